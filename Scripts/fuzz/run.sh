#!/bin/sh
# A longer fuzz campaign over the extractor: the generator and invariants of
# Tests/IngestTests/ExtractorPropertyTests.swift with a bigger count and a seed of your choice.
#
#   Scripts/fuzz/run.sh [COUNT] [SEED]      (defaults: 100000 inputs, seed from the clock)
#
# Prints how many inputs were tried, how long the slowest took and how many documents broke an
# invariant (offsets outside the text, a mention whose text is not its slice, a trigger outside
# its sentence, a dangling entity index). A crash shows as the test process dying with the
# signal; the failing input is reproducible from the seed and the index printed by the test.
set -eu
cd "$(dirname "$0")/../.."
COUNT=${1:-100000}
SEED=${2:-$(date +%s)}
echo "fuzz: $COUNT inputs, seed $SEED"
EVENTKB_FUZZ_COUNT=$COUNT EVENTKB_FUZZ_SEED=$SEED \
    swift test --filter 'ExtractorPropertyTests/mutatedArticlesGiveSoundDocuments' 2>&1 \
    | grep -E 'extractor properties:|input [0-9]+|passed|failed|error|Fatal|signal'

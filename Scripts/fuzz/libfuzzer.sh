#!/bin/sh
# Builds a libFuzzer target over the extractor (Sources/EventModel + Sources/Ingest compiled into
# one module with -sanitize=fuzzer,address) into .build-fuzz/, and runs it.
#
#   Scripts/fuzz/libfuzzer.sh [SECONDS]     (default 300; crash-* files land in .build-fuzz/)
#
# The seed corpus is three made-up articles; libFuzzer grows it in .build-fuzz/corpus.
set -eu
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-300}
OUT=.build-fuzz
mkdir -p "$OUT/corpus" "$OUT/empty"
# Ingest's files say `import EventModel`; here EventModel's types live in the same module, so an
# empty module of that name satisfies the import.
echo "" > "$OUT/empty/empty.swift"
swiftc -emit-module -module-name EventModel -emit-module-path "$OUT/EventModel.swiftmodule" "$OUT/empty/empty.swift"
if [ ! -x "$OUT/fuzz-extractor" ] || [ -n "$(find Sources/Ingest Sources/EventModel Scripts/fuzz -newer "$OUT/fuzz-extractor" -name '*.swift')" ]; then
    echo "building $OUT/fuzz-extractor (a few minutes)"
    swiftc -parse-as-library -sanitize=fuzzer,address -Onone -I "$OUT" -module-name FuzzExtractor \
        Sources/EventModel/*.swift $(find Sources/Ingest -name '*.swift') \
        Tests/IngestTests/DocumentInvariants.swift Scripts/fuzz/FuzzExtractor.swift \
        -o "$OUT/fuzz-extractor"
fi
# Seed corpus: a few made-up sentences (no corpus text).
printf 'date 2024-02-18 Ana Ribeiro met Karim Bennani in Lisbon on Monday.\n' > "$OUT/corpus/seed1.txt"
printf 'Prime Minister Lena Varga, the chief of the Blue River Party, is due to visit Paris next week.\n' > "$OUT/corpus/seed2.txt"
printf '"We will not negotiate," Mr. Haddad said in Baghdad on Feb. 18, 2024. Iran-backed militias attacked the U.S. base.\n' > "$OUT/corpus/seed3.txt"
"$OUT/fuzz-extractor" -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$OUT/" "$OUT/corpus"

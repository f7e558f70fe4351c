#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run):
#   1. the Swift tests (Swift Testing): wrapper, store, extractor, queries, the CLI as a process;
#   2. the scorers' and the benchmark's own self-tests (Python standard library);
#   3. where ../shared is present, the acceptance check on the real article (36 facts).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
python3 Scripts/embed-resources.py --check
swift build --build-tests
swift test --skip-build
python3 -m unittest discover -s Scripts/bench/tests
Scripts/eval-all.sh --self-test
acceptance="${SHARED:-../shared}/acceptance/check.py"
if [ -f "$acceptance" ]; then
    python3 "$acceptance" --eventkb .build/debug/eventkb
else
    echo "acceptance check skipped: $acceptance not found (it lives in the team's shared folder)"
fi

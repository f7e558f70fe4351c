#!/usr/bin/env bash
# The whole test suite: unit and integration tests (Swift Testing). Used as is by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
python3 Scripts/embed-resources.py --check
swift build --build-tests
swift test --skip-build

#!/usr/bin/env bash
# CAMEO root, source and target against the PETRARCH validation sentences (GSR, plus the synthetic files).
# Options pass through: --eventkb PATH, --json, --verbose, --gsr-only, --limit N, --self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 Scripts/eval/petrarch.py "$@"

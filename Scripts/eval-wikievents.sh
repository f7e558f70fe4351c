#!/usr/bin/env bash
# Attack and meeting triggers on WikiEvents dev/test, through `eventkb extract`.
# Options pass through: --eventkb PATH, --json, --verbose, --split dev|test|both, --limit N, --self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 Scripts/eval/wikievents.py "$@"

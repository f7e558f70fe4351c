#!/usr/bin/env bash
# CoNLL-2003 test NER (PER/ORG/LOC, exact spans) through `eventkb extract`.
# Options pass through: --eventkb PATH, --json, --verbose, --spaces, --all-mentions, --limit N, --self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 Scripts/eval/ner_conll.py "$@"

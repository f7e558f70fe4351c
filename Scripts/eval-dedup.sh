#!/usr/bin/env bash
# Event de-duplication measured on the Giveme5W1H news_cluster set (dated articles grouped by
# real event): ingest every article, then pairwise precision/recall of "same event".
# The gold definition and its limits: Scripts/eval/dedup.py.
#   Scripts/eval-dedup.sh [WORK_DIR]     (default: a fresh temporary directory)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${EVENTKB_CORPORA:-../shared/corpora}/giveme5w1h-newscluster"
[ -d "$corpus/data" ] || { echo "no corpus at $corpus (set EVENTKB_CORPORA)" >&2; exit 1; }
work="${1:-$(mktemp -d)}"
swift build -c release 2>&1 | tail -n 1
bin=.build/release/eventkb
rm -rf "$work/articles" "$work/kb.sqlite" "$work/kb.sqlite-wal" "$work/kb.sqlite-shm"
python3 Scripts/eval/dedup.py prepare "$corpus" "$work/articles"
"$bin" --db "$work/kb.sqlite" init >/dev/null
"$bin" --db "$work/kb.sqlite" ingest --quiet "$work/articles"
python3 Scripts/eval/dedup.py score "$corpus" "$work/kb.sqlite"

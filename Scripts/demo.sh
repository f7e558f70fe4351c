#!/usr/bin/env bash
# The main job on a fresh machine: set up, build release, ingest the bundled sample
# articles into a fresh database, and print who met whom.
#   Scripts/demo.sh [DB]      (default: samples.sqlite in the project root)
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release 2>&1 | tail -n 1
db="${1:-samples.sqlite}"
rm -f "$db" "$db-wal" "$db-shm"
bin=.build/release/eventkb
"$bin" --db "$db" init
"$bin" --db "$db" ingest Scripts/samples
echo
echo "Who met whom, where, when:"
"$bin" --db "$db" meetings --format table
echo
echo "Try: $bin --db $db events   |   sqlite3 $db 'SELECT who, whom, place, date, modality FROM meetings'"

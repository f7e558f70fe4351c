#!/usr/bin/env bash
# Prints the README's tour: each command run on the sample articles, with its real output,
# as Markdown. Regenerate after extractor or query changes:
#   Scripts/readme-tour.sh > /tmp/tour.md   (then paste it over the README's tour section)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${EVENTKB:-.build/release/eventkb}
db=$(mktemp -d)/samples.sqlite
export COLUMNS=${COLUMNS:-110}
show() {
    echo '```console'
    echo "\$ eventkb $*"
    "$bin" --db "$db" "$@" 2>&1 || true
    echo '```'
    echo
}
"$bin" --db "$db" init >/dev/null
show ingest Scripts/samples
show meetings --format table
show meetings --who bennani --format json
show meetings --where oslo --from 2024-11 --format csv
show events --type attack,kill,strike --format table
show entities --type location --format table
show entity haugen --format table
show relations --format table
show timeline otieno --format table
show search ferry route --format table
first=$("$bin" --db "$db" meetings --format jsonl | head -n 1 | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])')
show explain "$first" --format table
show stats --format json
echo '```console'
echo "\$ sqlite3 eventkb.sqlite 'SELECT who, whom, place, date, modality FROM meetings'"
sqlite3 -header -column "$db" 'SELECT who, whom, place, date, modality FROM meetings'
echo '```'
rm -rf "$(dirname "$db")"

#!/usr/bin/env bash
# "Who met whom, where, when" on the two development gold files, scored by the shared matcher
# (../shared/eval/score_meetings.py): ingest into a fresh database, `eventkb meetings`, match.
# usage: Scripts/eval-meetings.sh [--eventkb PATH] [--verbose]
# SHARED (default ../shared from the project root) is where eval/ and corpora/ live.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/eventkb
verbose=()
while [ $# -gt 0 ]; do
    case "$1" in
        --eventkb) bin="$2"; shift 2 ;;
        --eventkb=*) bin="${1#--eventkb=}"; shift ;;
        --verbose) verbose=(--verbose); shift ;;
        -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
        *) echo "error: unknown option $1" >&2; exit 64 ;;
    esac
done
shared="${SHARED:-../shared}"
scorer="$shared/eval/score_meetings.py"
[ -f "$scorer" ] || { echo "error: $scorer not found: set SHARED to the folder holding eval/score_meetings.py" >&2; exit 2; }
[ -x "$bin" ] || { echo "error: eventkb binary not found or not executable: $bin (build it with swift build -c release, or pass --eventkb PATH)" >&2; exit 2; }
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
status=0
for gold in meetings-dev-bbc.json meetings-dev-dated.json; do
    [ -f "$shared/eval/$gold" ] || { echo "error: $shared/eval/$gold not found" >&2; status=2; continue; }
    echo "== $gold"
    python3 "$scorer" "$bin" "$shared/eval/$gold" "${verbose[@]}" || status=1
done
exit $status

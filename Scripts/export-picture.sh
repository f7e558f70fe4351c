#!/usr/bin/env bash
# The README picture, made by eventkb's own commands: ingest Scripts/samples (and any more
# files or directories given), export who met whom as Graphviz DOT, render docs/meetings.svg.
#   Scripts/export-picture.sh [MORE_ARTICLES...]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v dot >/dev/null; then
    echo "installing graphviz (for dot)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y --no-install-recommends graphviz >/dev/null
    else sudo apt-get install -y --no-install-recommends graphviz >/dev/null; fi
fi
swift build -c release 2>&1 | tail -n 1
bin=.build/release/eventkb
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" --db "$work/kb.sqlite" init >/dev/null
"$bin" --db "$work/kb.sqlite" ingest --quiet Scripts/samples "$@"
mkdir -p docs
"$bin" --db "$work/kb.sqlite" export --format dot > "$work/meetings.dot"
dot -Tsvg "$work/meetings.dot" -o docs/meetings.svg
echo "wrote docs/meetings.svg ($(wc -c < docs/meetings.svg) bytes)"

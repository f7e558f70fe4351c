#!/usr/bin/env bash
# Every evaluation, then one summary table (Markdown, the one in the README).
# Builds the release binary first when it is missing. Options: --eventkb PATH, --json, --jobs N,
# --self-test (check the scorers themselves; no build, no binary).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/eventkb
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[$i]}" in
        --eventkb) bin="${args[$((i + 1))]}" ;;
        --eventkb=*) bin="${args[$i]#--eventkb=}" ;;
        --self-test) exec python3 Scripts/eval/eval_all.py --self-test ;;
    esac
done
if [ ! -x "$bin" ] && [ "$bin" = .build/release/eventkb ]; then
    echo "building the release binary (swift build -c release)..." >&2
    swift build -c release >&2
fi
exec python3 Scripts/eval/eval_all.py "$@"

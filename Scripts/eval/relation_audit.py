#!/usr/bin/env python3
"""Relation audit (issue 3): every relation eventkb states on a seeded sample of unseen articles,
with the sentence stating it, for a person to judge; and the tally of those judgments against what
a binary gives now.

usage: python3 Scripts/eval/relation_audit.py [--eventkb BIN] [--bbc N] [--dated N] [--seed S]
           [--judgments FILE] [--show all|unjudged|changed|none] [--counts]

The sample: `--bbc` articles of BBC News (`bbc-news-2225/raw`, all five categories, each file fed
as is) and `--dated` articles of the Giveme5W1H news cluster (`data/` and `google_news/data/`,
fed as ' date ' + date_publish[:10] + ' ' + title + '\\n\\n' + text, as the meeting scorer feeds
them), each set shuffled by `--seed`. Skipped: every article of the dev gold files
(`/work/shared/eval/*.json`) and any BBC article whose text is identical to one of those (the
corpus files some stories twice). Corpora: `$EVENTKB_CORPORA`, default `../shared/corpora`.

Each article goes through `eventkb extract`; every relation is printed as
`article  subject  predicate  object` with the words stating it and the evidence sentence.

Judgments (`--judgments`, default `Scripts/eval/relation-judgments.tsv`), TAB-separated, `#`
comments: `article  subject  predicate  object  verdict  kind`, verdict `right` (a careful reader
takes this relation from the article), `wrong` (the reader does not), or `missing` (the reader
takes it from the article and the base binary did not give it). `kind` names the kind of sentence
(`possessive-chain`, `award-named-after`, ...). No article text goes into the file.

The tally, for the binary given: per predicate, the judged relations it states now (right, wrong,
precision), the judged relations it no longer states (a `wrong` gone is a fix, a `right` gone is
a loss: LOST), the `missing` ones it now states (FOUND), and the relations it states that no
judgment covers (UNJUDGED: judge them before quoting a precision). `--show changed` lists only
those changed lines.

`--against OTHER` compares instead: the relations only the binary states (NEW) and only OTHER
states (GONE), each with its sentence, for judging a change on a sample not tuned on (another
`--seed`, larger `--bbc`/`--dated`).

`--counts` instead ingests the whole BBC corpus (`bbc-news-2225/raw`) into a fresh database and
prints the rows of its `relations` table per predicate.
"""
import argparse
import collections
import concurrent.futures
import glob
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import evalcommon  # noqa: E402
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPORA = os.environ.get("EVENTKB_CORPORA", os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora")))
GOLD_GLOB = "/work/shared/eval/*.json"
BBC = "bbc-news-2225"
DATED = "giveme5w1h-newscluster"
DEFAULT_JUDGMENTS = os.path.join(HERE, "relation-judgments.tsv")
VERDICTS = {"right", "wrong", "missing"}


def gold_files():
    """Article files of every dev gold set: BBC ones as `raw/<cat>/NNN.txt`, dated ones by name."""
    bbc, dated = set(), set()
    for gold in sorted(glob.glob(GOLD_GLOB)):
        try:
            data = json.load(open(gold, encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if not isinstance(data, dict):
            continue
        for a in data.get("articles", []):
            f = a.get("file", "")
            if f.endswith(".txt"):
                bbc.add(f if f.startswith("raw/") else "raw/" + f)
            elif f:
                dated.add(os.path.basename(f))
    return bbc, dated


read_text = evalcommon.bbc_text


def bbc_sample(n, seed, excluded):
    """`n` BBC articles, shuffled by seed, none a gold article nor a copy of one (by hash)."""
    root = os.path.join(CORPORA, BBC)
    categories = [c for c in sorted(os.listdir(os.path.join(root, "raw"))) if os.path.isdir(os.path.join(root, "raw", c))]
    paths = evalcommon.unseen_bbc_paths(root, categories, excluded)
    random.Random(seed).shuffle(paths)
    return [(f"bbc/{rel[4:]}", read_text(os.path.join(root, rel))) for rel in paths[:n]]


def dated_text(path):
    j = json.load(open(path, encoding="utf-8"))
    if (j.get("language") or "en") != "en":
        return None
    return " date " + (j.get("date_publish") or "")[:10] + " " + (j.get("title") or "") + "\n\n" + (j.get("text") or "")


def dated_sample(n, seed, excluded):
    root = os.path.join(CORPORA, DATED)
    names = {}
    for sub in ["data", os.path.join("google_news", "data")]:
        for path in sorted(glob.glob(os.path.join(root, sub, "*.json"))):
            name = os.path.basename(path)
            if name not in excluded and name not in names:
                names[name] = path
    order = sorted(names)
    random.Random(seed).shuffle(order)
    out = []
    for name in order:
        if len(out) == n:
            break
        text = dated_text(names[name])
        if text:
            out.append((f"dated/{name[:16]}", text))
    return out


def extract(binary, text):
    return evalcommon.extract_one(binary, text)


def clean(s):
    return " ".join(s.split())


def relations_of(binary, sample):
    """{(article, subject, predicate, object): (stating words, evidence sentence)} in sample order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        docs = list(pool.map(lambda a: extract(binary, a[1]), sample))
    out = {}
    for (article, text), doc in zip(sample, docs):
        for r in (doc or {}).get("relations", []):
            key = (article, clean(r["subject"]["name"]), r["predicate"], clean(r["object"]["name"]))
            if key not in out:
                out[key] = (clean(r.get("text", "")), clean((r.get("evidence") or {}).get("sentence", "")))
    return out


def load_judgments(path):
    out = {}
    if not os.path.exists(path):
        return out
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) < 5 or f[4] not in VERDICTS:
            sys.exit(f"{path}:{n}: want article, subject, predicate, object, verdict, kind")
        out[tuple(f[:4])] = (f[4], f[5] if len(f) > 5 else "")
    return out


def tally(found, judged, show):
    per = collections.defaultdict(collections.Counter)
    lines = []
    for key, (words, sentence) in found.items():
        verdict = judged.get(key, (None, ""))[0]
        pred = key[2]
        if verdict == "right":
            per[pred]["right"] += 1
        elif verdict == "wrong":
            per[pred]["wrong"] += 1
        elif verdict == "missing":
            per[pred]["right"] += 1
            per[pred]["found"] += 1
            lines.append(("FOUND", key, words, sentence))
        else:
            per[pred]["unjudged"] += 1
            lines.append(("UNJUDGED", key, words, sentence))
        if show == "all" and verdict in ("right", "wrong"):
            lines.append((verdict.upper(), key, words, sentence))
    for key, (verdict, kind) in judged.items():
        if key in found:
            continue
        if verdict == "wrong":
            per[key[2]]["fixed"] += 1
            lines.append(("FIXED", key, kind, ""))
        elif verdict == "right":
            per[key[2]]["lost"] += 1
            lines.append(("LOST", key, kind, ""))
        else:
            per[key[2]]["still_missing"] += 1
            if show == "all":
                lines.append(("MISSING", key, kind, ""))
    if show != "none":
        for status, key, words, sentence in sorted(lines, key=lambda x: (x[1][0], x[0], x[1])):
            if show == "changed" and status in ("RIGHT", "WRONG", "MISSING"):
                continue
            if show == "unjudged" and status != "UNJUDGED":
                continue
            print(f"{status}\t" + "\t".join(key))
            if words:
                print(f"    words: {words}")
            if sentence:
                print(f"    sentence: {sentence}")
    print()
    print(f"{'predicate':16} {'right':>5} {'wrong':>5} {'prec':>6} {'unjudged':>8} {'fixed':>5} {'lost':>5} {'found':>5} {'missing':>7}")
    total = collections.Counter()
    for pred in sorted(per):
        c = per[pred]
        total.update(c)
        judged_now = c["right"] + c["wrong"]
        prec = f"{c['right'] / judged_now:.3f}" if judged_now else "-"
        print(f"{pred:16} {c['right']:5} {c['wrong']:5} {prec:>6} {c['unjudged']:8} {c['fixed']:5} {c['lost']:5} {c['found']:5} {c['still_missing']:7}")
    judged_now = total["right"] + total["wrong"]
    prec = f"{total['right'] / judged_now:.3f}" if judged_now else "-"
    print(f"{'all':16} {total['right']:5} {total['wrong']:5} {prec:>6} {total['unjudged']:8} {total['fixed']:5} {total['lost']:5} {total['found']:5} {total['still_missing']:7}")
    print("(right includes FOUND; missing = judged missing and still not stated)")


def compare(found, other):
    per = collections.defaultdict(collections.Counter)
    for status, mine, theirs in (("NEW", found, other), ("GONE", other, found)):
        for key in sorted(k for k in mine if k not in theirs):
            per[key[2]][status] += 1
            words, sentence = mine[key]
            print(f"{status}\t" + "\t".join(key))
            print(f"    words: {words}\n    sentence: {sentence}")
    print()
    for pred in sorted(per):
        print(f"{pred:16} new {per[pred]['NEW']:4}  gone {per[pred]['GONE']:4}")


def corpus_counts(binary):
    tmp = tempfile.mkdtemp(prefix="relaudit")
    db = os.path.join(tmp, "kb.sqlite")
    run = lambda *a: subprocess.run([binary, "--db", db, *a], capture_output=True, text=True, timeout=3600)
    run("init")
    r = run("ingest", os.path.join(CORPORA, BBC, "raw"))
    print(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[-300:])
    con = sqlite3.connect(db)
    rows = con.execute("SELECT predicate, COUNT(*) FROM relations GROUP BY predicate ORDER BY predicate").fetchall()
    for pred, n in rows:
        print(f"{pred:16} {n:6}")
    print(f"{'all':16} {sum(n for _, n in rows):6}")
    con.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eventkb", default=os.path.join(ROOT, ".build", "release", "eventkb"))
    ap.add_argument("--bbc", type=int, default=100)
    ap.add_argument("--dated", type=int, default=60)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--judgments", default=DEFAULT_JUDGMENTS)
    ap.add_argument("--show", choices=["all", "unjudged", "changed", "none"], default="unjudged")
    ap.add_argument("--counts", action="store_true")
    ap.add_argument("--against", help="another binary: list the relations that differ")
    a = ap.parse_args()
    binary = os.path.abspath(a.eventkb)
    if not os.path.exists(binary):
        sys.exit(f"no binary at {binary}")
    if a.counts:
        corpus_counts(binary)
        return
    bbc_gold, dated_gold = gold_files()
    sample = bbc_sample(a.bbc, a.seed, bbc_gold) + dated_sample(a.dated, a.seed, dated_gold)
    found = relations_of(binary, sample)
    print(f"{len(sample)} articles, {len(found)} relations")
    if a.against:
        other = relations_of(os.path.abspath(a.against), sample)
        print(f"{len(other)} relations from {a.against}")
        compare(found, other)
        return
    tally(found, load_judgments(a.judgments), a.show)


if __name__ == "__main__":
    main()

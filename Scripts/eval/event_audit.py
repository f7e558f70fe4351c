#!/usr/bin/env python3
"""Event audit (issue 3, branch evt): are the non-meeting events eventkb reports (attack, kill,
arrest, accuse, warn, appeal, agree, negotiate, deploy) ones an analyst who reads ACLED or GDELT
would trust, with the right agent, patient, date and place?

usage: python3 Scripts/eval/event_audit.py [--eventkb BIN] [--seed S] [--bbc N] [--dated M]
           [--judgments FILE] [--only-unjudged] [--quiet] [--counts-bbc]

The sample: N BBC articles (bbc-news-2225/raw, all categories) and M dated news-please articles
(giveme5w1h-newscluster data/ and google_news/data/, giveme5w1h-gold data/), each list shuffled with
the seed. Skipped: every article of a dev gold file in ../shared/eval/*.json (by file name, and BBC
texts identical to one of them). The corpora are read in place (`$EVENTKB_CORPORA`, else
../shared/corpora). Each set is fed as `score_meetings.py` feeds it: BBC files as they are, dated
files as ' date ' + date_publish[:10] + ' ' + title + '\\n\\n' + text, one database per set, and
`events --mentions --format json --type <the types>` gives one row per report.

Every event is printed with its evidence sentence and the sentences around it, participants and
roles, place, date (value and the words it was read from) and modality.

Judgments (`--judgments`, TSV, '#' comments): columns
  article  start  type  event  agent  patient  date  place  kind  seen
- article: corpus-relative path; start: evidence start offset (Unicode scalars), with '#2', '#3'
  appended for the second, third event of the same type in the same sentence;
- event: `y` (an event of that type actually reported), `n` (not one: metaphor, sport, hypothetical,
  wrong type, ...), `?` (cannot tell);
- agent / patient / date / place: `ok`, `wrong` (a wrong filler, or a filler where none belongs),
  `missing` (the text gives one, the event has none), `-` (none given and none in the text);
- kind: a few words of the judge's own naming the error kind (never article text), `-` when none;
- seen: a short hash of what the judgment was made on (type, modality, participants and roles, place,
  date value). A key may hold several rows, one per version judged; the row whose hash matches the
  current output counts. When none matches, the event is CHANGED and the last row's verdicts are
  shown beside it until it is re-judged (a new row appended).
The audit prints per-type precision (event = y over judged), agent/patient/date/place accuracy over
the events judged y, and lists NEW (unjudged), CHANGED and GONE (judged, no longer reported).
`--counts-bbc` instead ingests the whole BBC corpus and prints event counts per type.
"""
import argparse
import collections
import glob
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import evalcommon  # noqa: E402
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPORA = os.environ.get("EVENTKB_CORPORA", os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora")))
SHARED_EVAL = os.path.normpath(os.path.join(CORPORA, "..", "eval"))
TYPES = ["attack", "kill", "arrest", "accuse", "warn", "appeal", "agree", "negotiate", "deploy"]
BBC = "bbc-news-2225"
DATED_FOLDERS = ["giveme5w1h-newscluster/data", "giveme5w1h-newscluster/google_news/data", "giveme5w1h-gold/data"]


read_bbc = evalcommon.bbc_text


def read_dated(path):
    j = json.load(open(path, encoding="utf-8"))
    if (j.get("language") or "en") != "en" or not j.get("date_publish"):
        return None
    return " date " + j["date_publish"][:10] + " " + (j.get("title") or "") + "\n\n" + (j.get("text") or "")


def gold_names():
    """File names (basename for news-please JSON, raw-relative for BBC) of every dev gold article."""
    out = set()
    for gold in glob.glob(os.path.join(SHARED_EVAL, "*.json")):
        for a in json.load(open(gold, encoding="utf-8")).get("articles", []):
            f = a["file"]
            out.add(os.path.basename(f) if f.endswith(".json") else "raw/" + f.removeprefix("raw/"))
    return out


def pick_bbc(n, seed, skip):
    digest = lambda p: hashlib.sha256(open(p, "rb").read()).hexdigest()
    banned = {digest(os.path.join(CORPORA, BBC, rel)) for rel in skip if rel.startswith("raw/")
              and os.path.exists(os.path.join(CORPORA, BBC, rel))}
    paths, seen = [], set()
    for path in sorted(glob.glob(os.path.join(CORPORA, BBC, "raw", "*", "*.txt"))):
        rel = os.path.relpath(path, os.path.join(CORPORA, BBC))
        h = digest(path)
        if rel in skip or h in banned or h in seen:
            continue
        seen.add(h)
        paths.append(path)
    random.Random(seed).shuffle(paths)
    chosen = paths[:n] if n else paths
    return [(os.path.relpath(p, CORPORA), read_bbc(p)) for p in chosen]


def pick_dated(n, seed, skip):
    paths, seen = [], set()
    for folder in DATED_FOLDERS:
        for path in sorted(glob.glob(os.path.join(CORPORA, folder, "*.json"))):
            name = os.path.basename(path)
            if name in skip or name in seen:  # the gold set holds copies of news-cluster files
                continue
            seen.add(name)
            paths.append(path)
    random.Random(seed).shuffle(paths)
    picked = []
    for p in paths:
        text = read_dated(p)
        if text:
            picked.append((os.path.relpath(p, CORPORA), text))
        if len(picked) == n:
            break
    return picked


def run_set(exe, picked, types):
    """One fresh database for the set, every article ingested at once, as the scorer does."""
    tmp, arts, texts = evalcommon.write_articles(picked, "event-audit-")
    run = evalcommon.ingested(exe, arts, timeout=3600)
    args = ["events", "--mentions", "--format", "json"] + (["--type", ",".join(types)] if types else [])
    events = json.loads(run(*args).stdout or "[]")
    shutil.rmtree(tmp, ignore_errors=True)
    return events, texts


def fingerprint(e):
    parts = [e["type"], e.get("modality") or ""]
    parts += sorted(f"{p.get('role')}={p.get('name')}" for p in e.get("participants", []))
    parts.append("@" + ((e.get("location") or {}).get("name") or ""))
    parts.append("d=" + str((e.get("date") or {}).get("value") or ""))
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:8]


def keyed(events, texts):
    """(article, start[#n], type) -> event, in text order."""
    out, count = {}, collections.Counter()
    for e in sorted(events, key=lambda e: (e["article"]["source"], e["evidence"]["start"], e["type"], e["id"])):
        rel, _ = texts[os.path.basename(e["article"]["source"])]
        base = (rel, str(e["evidence"]["start"]), e["type"])
        count[base] += 1
        start = base[1] + (f"#{count[base]}" if count[base] > 1 else "")
        out[(rel, start, e["type"])] = e
    return out


FIELDS = ["event", "agent", "patient", "date", "place", "kind", "seen"]


def load_judgments(path):
    """(article, start, type) -> its rows in file order, one per version judged."""
    judged = collections.defaultdict(list)
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            cols += ["-"] * (10 - len(cols))
            judged[tuple(cols[:3])].append(dict(zip(FIELDS, cols[3:10])))
    return judged


def judgment_of(rows, e):
    """The row judged on what `e` reports now, else None."""
    return next((j for j in reversed(rows) if j["seen"] == fingerprint(e)), None)


SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“‘'(])|\n+")


def around(text, start, end, n=1):
    """The n sentences before and after [start, end), roughly (split at end marks and newlines)."""
    before = [s for s in SENTENCE_END.split(text[max(0, start - 600):start]) if s.strip()][-n:]
    after = [s for s in SENTENCE_END.split(text[end:end + 600]) if s.strip()][:n]
    return " ".join(before).replace("\n", " "), " ".join(after).replace("\n", " ")


def show(key, e, text, j, status):
    ev = e["evidence"]
    d = e.get("date") or {}
    roles = " | ".join(f"{p['name']} ({p['type']}/{p['role']})" for p in e.get("participants", []))
    print(f"== {status}\t{key[0]}\t{key[1]}\t{key[2]}\tseen={fingerprint(e)}")
    if j:
        print("   judged: " + " ".join(f"{f}={j[f]}" for f in FIELDS[:-1]))
    print(f"   {e['type']} '{e.get('trigger')}' {e.get('modality')} | {roles or '(no participants)'}")
    print(f"   place={(e.get('location') or {}).get('name')} | date={d.get('value')} <{d.get('text')}>"
          f" | article date={e['article'].get('date')}")
    if text[ev["start"]:ev["end"]] != ev["sentence"]:
        print("   (evidence offsets do not match the text as fed)")
    b, a = around(text, ev["start"], ev["end"])
    print(f"   before: {b}")
    print(f"   >>> {ev['sentence'].strip()}")
    print(f"   after: {a}")


def tally(current, judged):
    """Per type: reported, judged, event=y; over y: agent/patient/date/place ok of judged."""
    rows = collections.defaultdict(collections.Counter)
    kinds = collections.Counter()
    for k, e in current.items():
        j = judgment_of(judged.get(k, []), e)
        t = rows[k[2]]
        t["reported"] += 1
        if not j:
            t["unjudged"] += 1
            continue
        t["judged"] += 1
        t["y"] += j["event"] == "y"
        if j["event"] != "y":
            kinds[(k[2], j["kind"])] += 1
            continue
        for f in ("agent", "patient", "date", "place"):
            if j[f] != "-":
                t[f + "_n"] += 1
                t[f + "_ok"] += j[f] == "ok"
            if j[f] not in ("ok", "-"):
                kinds[(k[2], f + " " + j[f] + ": " + j["kind"])] += 1
    return rows, kinds


def report(rows, kinds):
    total = collections.Counter()
    print("# type       reported judged  precision   agent     patient   date      place")
    frac = lambda a, b: f"{a}/{b}" if b else "-"
    for t in TYPES + ["ALL"]:
        r = total if t == "ALL" else rows.get(t, collections.Counter())
        if t != "ALL":
            total.update(r)
        p = f"{r['y']}/{r['judged']}" + (f" {r['y'] / r['judged']:.2f}" if r["judged"] else "")
        print(f"# {t:10} {r['reported']:8} {r['judged']:6}  {p:11} " + " ".join(
            f"{frac(r[f + '_ok'], r[f + '_n']):9}" for f in ("agent", "patient", "date", "place")))
    for (t, kind), n in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        print(f"#   {n:3}  {t:9} {kind}")


def bbc_counts(exe):
    picked = pick_bbc(0, 0, set())
    events, _ = run_set(exe, picked, None)
    c = collections.Counter(e["type"] for e in events)
    print(f"# whole BBC corpus ({len(picked)} distinct texts): {len(events)} event reports")
    for t, n in sorted(c.items(), key=lambda x: (-x[1], x[0])):
        print(f"{t}\t{n}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eventkb", default=os.path.join(ROOT, ".build", "release", "eventkb"))
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--bbc", type=int, default=150)
    ap.add_argument("--dated", type=int, default=120)
    ap.add_argument("--judgments", default=os.path.join(HERE, "event-audit-judgments.tsv"))
    ap.add_argument("--only-unjudged", action="store_true", help="print only NEW and CHANGED events")
    ap.add_argument("--quiet", action="store_true", help="print only the tally")
    ap.add_argument("--counts-bbc", action="store_true")
    args = ap.parse_args()
    if args.counts_bbc:
        return bbc_counts(args.eventkb)

    skip = gold_names()
    judged = load_judgments(args.judgments)
    current, texts_by_rel = {}, {}
    for picked in (pick_bbc(args.bbc, args.seed, skip), pick_dated(args.dated, args.seed, skip)):
        events, texts = run_set(args.eventkb, picked, TYPES)
        texts_by_rel.update({rel: text for rel, text in texts.values()})
        current.update(keyed(events, texts))
    changed = new = 0
    for k, e in current.items():
        j = judgment_of(judged.get(k, []), e)
        status = "judged" if j else ("CHANGED" if k in judged else "NEW")
        j = j or (judged[k][-1] if k in judged else None)
        new += status == "NEW"
        changed += status == "CHANGED"
        if args.quiet or (args.only_unjudged and status == "judged"):
            continue
        show(k, e, texts_by_rel[k[0]], j, status)
    gone = sorted(set(judged) - set(current))
    for k in gone:
        j = judged[k][-1]
        print(f"GONE\t{k[0]}\t{k[1]}\t{k[2]}\tevent={j['event']} kind={j['kind']}")
    rows, kinds = tally(current, judged)
    report(rows, kinds)
    gone_y = sum(judged[k][-1]["event"] == "y" for k in gone)
    print(f"# {len(current)} reported, {new} new, {changed} changed; gone {len(gone)} "
          f"({gone_y} judged events, {len(gone) - gone_y} judged non-events)")


if __name__ == "__main__":
    sys.exit(main())

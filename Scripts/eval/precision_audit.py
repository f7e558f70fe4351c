#!/usr/bin/env python3
"""Precision audit (issue 3, branch meetJ): is each meeting eventkb reports on unseen articles one a
careful reader would report, with the right parties?

usage: python3 Scripts/eval/precision_audit.py [--eventkb BIN] [--seed S] [--bbc 60] [--dated 40]
           [--judgments FILE] [--only-unjudged] [--picks-out FILE]

The sample: N BBC articles (bbc-news-2225/raw) and M dated articles (giveme5w1h-newscluster, both
folders, and the Giveme5W1H gold set's articles), picked at random with a fixed seed among the files whose text holds a meeting word
(met, meet, talks, visit, summit, host, negotiate and their forms). Skipped, by the filters of `trigger_audit.py`:
every name in the sealed and do-not-read lists (a dated file NAME anywhere), every article of a
visible gold file (dev, A, D, E; both corpora), and BBC texts identical to a skipped one. The
corpora are read in place (`$EVENTKB_CORPORA`, else ../shared/corpora); `--picks-out` writes the
picked file names (names only) for the record.

Each set is fed as `score_meetings.py` feeds it (one database per set: BBC files as they are, dated
files as ' date ' + date_publish[:10] + ' ' + title + '\\n\\n' + text) and every meeting
`meetings --format json` lists is printed with its sentence and some words around it.

Judgments (`--judgments`, TSV): `file <TAB> evidence-start <TAB> parties@place <TAB> verdict <TAB>
reason`, verdict one of `right`, `wrong-kind` (not a meeting under the convention), `wrong-party`
(a junk, wrong or missing party, a place or an unrelated group as a party) or `duplicate` (one
meeting listed twice in an article); the reason is a few words of the judge's own, never article
text. With it the audit tallies verdicts and reasons over the meetings reported now, marks meetings
not judged yet (NEW) and lists judged ones no longer reported (GONE).
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import trigger_audit  # noqa: E402
import evalcommon  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPORA = os.environ.get("EVENTKB_CORPORA", os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora")))
PROXY = os.environ.get("PROXY_GOLD", "/work/proxy-gold")
SHARED_EVAL = os.path.normpath(os.path.join(CORPORA, "..", "eval"))
DATED_GOLD = [os.path.join(SHARED_EVAL, "meetings-dev-dated.json")] + [
    os.path.join(PROXY, f) for f in ("proxy-dated-A.json", "dev-dated-D.json", "dev-dated-E.json")]
BBC_GOLD = [os.path.join(PROXY, "dev-bbc-E.json")]  # dev, A and D are trigger_audit.BBC_GOLD
SEALED_LISTS = [os.path.join(PROXY, "do-not-read-sealed.txt"), os.path.join(PROXY, "do-not-read.txt")]

# The brief's meeting words with their inflections: a file is a candidate when its text holds one.
# (The unseen dated pool is poor in meetings: the gold sets drew most of the meeting-rich articles,
# so the dated sample takes every candidate of both news-please corpora, fewer than 40.)
PICK_WORDS = re.compile(r"\b(?:met|meet(?:s|ing|ings)?|talks|visit(?:s|ed|ing)?|summit\w*|host(?:s|ed)?|"
                        r"negotiat\w*|held talks)\b", re.IGNORECASE)


def gold_files(paths):
    out = set()
    for gold in paths:
        if os.path.exists(gold):
            for a in json.load(open(gold, encoding="utf-8")).get("articles", []):
                out.add(os.path.basename(a["file"]) if a["file"].endswith(".json") else a["file"])
    return out


def pick_bbc(n, seed):
    extra_gold = {f if f.startswith("raw/") else "raw/" + f for f in gold_files(BBC_GOLD)}
    picked = []
    for rel in trigger_audit.bbc_paths(CORPORA, seed, 0, trigger_audit.BBC_CATEGORIES):
        if rel[len(trigger_audit.BBC_CORPUS) + 1:] in extra_gold:
            continue
        text = trigger_audit.bbc_text(os.path.join(CORPORA, rel))
        if PICK_WORDS.search(text):
            picked.append((rel, text))
        if len(picked) == n:
            break
    return picked


def pick_dated(n, seed):
    excluded = set()
    for listing in SEALED_LISTS:
        excluded |= trigger_audit.excluded_paths(listing, DATED_GOLD)
    excluded_names = {os.path.basename(p) for p in excluded} | gold_files(DATED_GOLD)
    picked = []
    for rel in trigger_audit.article_paths(CORPORA, excluded, seed, 0, True):
        if os.path.basename(rel) in excluded_names:
            continue
        text = trigger_audit.article_text(os.path.join(CORPORA, rel))
        if text and PICK_WORDS.search(text):
            picked.append((rel, text))
        if len(picked) == n:
            break
    return picked


def meetings(exe, picked):
    """One fresh database for the set, every article ingested at once, as the scorer does."""
    tmp, arts, texts = evalcommon.write_articles(picked, "precision-audit-")
    run = evalcommon.ingested(exe, arts)
    preds = json.loads(run("meetings", "--format", "json").stdout or "[]")
    shutil.rmtree(tmp, ignore_errors=True)
    return preds, texts


def key_of(rel, p):
    parties = "|".join(sorted(x.get("name") or "" for x in p.get("participants", [])))
    return rel, str((p.get("evidence") or {}).get("start", -1)), parties + "@" + ((p.get("location") or {}).get("name") or "")


def load_judgments(path):
    judged = {}
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            judged[tuple(cols[:3])] = (cols[3], cols[4] if len(cols) > 4 else "")
    return judged


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eventkb", default=os.path.join(ROOT, ".build", "release", "eventkb"))
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--bbc", type=int, default=60)
    ap.add_argument("--dated", type=int, default=40)
    ap.add_argument("--judgments", default=None)
    ap.add_argument("--only-unjudged", action="store_true")
    ap.add_argument("--picks-out", default=None)
    args = ap.parse_args()

    sets = [("bbc", pick_bbc(args.bbc, args.seed)), ("dated", pick_dated(args.dated, args.seed))]
    if args.picks_out:
        with open(args.picks_out, "w", encoding="utf-8") as fh:
            fh.write(f"# precision_audit.py --seed {args.seed}: picked file names (no text)\n")
            for label, picked in sets:
                for rel, _ in picked:
                    fh.write(f"{label}\t{rel}\n")
    judged = load_judgments(args.judgments)
    tally, reasons, seen = collections.Counter(), collections.Counter(), set()
    for label, picked in sets:
        preds, texts = meetings(args.eventkb, picked)
        for p in sorted(preds, key=lambda p: (p["article"]["source"], p["evidence"]["start"])):
            rel, text = texts[os.path.basename(p["article"]["source"])]
            k = key_of(rel, p)
            seen.add(k)
            j = judged.get(k)
            tally[(label, j[0] if j else "unjudged")] += 1
            if j and j[0] != "right":
                reasons[(j[0], j[1])] += 1
            if args.only_unjudged and j:
                continue
            ev = p["evidence"]
            d = p.get("date") or {}
            print(f"== {'[' + j[0] + ': ' + j[1] + ']' if j else 'NEW'}\t{k[0]}\t{k[1]}\t{k[2]}")
            print(f"   {p['type']} '{p.get('trigger')}' {p['modality']} | "
                  + " | ".join(f"{x['name']} ({x['type']}/{x['role']})" for x in p["participants"])
                  + f" | place={(p.get('location') or {}).get('name')} | date={d.get('value')} <{d.get('text')}>")
            print(f"   before: ...{text[max(0, ev['start'] - 300):ev['start']]}".replace("\n", " "))
            print(f"   >>> {ev['sentence'].strip()}")
            print(f"   after: {text[ev['end']:ev['end'] + 200]}...".replace("\n", " "))
    for k in sorted(set(judged) - seen):
        print(f"GONE\t{k[0]}\t{k[1]}\t{k[2]}\t[{judged[k][0]}: {judged[k][1]}]")
    for label, picked in sets:
        counts = {v: n for (l, v), n in tally.items() if l == label}
        total = sum(counts.values())
        print(f"# {label}: {len(picked)} articles, {total} meetings reported: "
              + ", ".join(f"{v} {n}" for v, n in sorted(counts.items())), file=sys.stderr)
    for (verdict, reason), n in reasons.most_common():
        print(f"#   {n}\t{verdict}\t{reason}", file=sys.stderr)


if __name__ == "__main__":
    main()

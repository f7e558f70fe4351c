#!/usr/bin/env python3
"""Meeting audit on unseen BBC articles: what does eventkb report as a meeting on text nobody
annotated, and which meeting-ish sentences does it leave uncovered?

usage: python3 Scripts/eval/meeting_audit.py [--eventkb BIN] [--n 450] [--seed 20261125]
           [--judgments FILE] [--recall] [--only-unjudged]

Picks N articles at random (fixed seed) from all five categories of bbc-news-2225/raw, skipping
every article listed in the sealed/do-not-read lists of /work/proxy-gold (or $PROXY_GOLD) and
every article of the development gold files (meetings-dev-bbc, proxy-bbc-A, dev-bbc-D, dev-bbc-E). The
articles are fed as score_meetings.py feeds them (the raw file, one per article, one ingest), and
every meeting the scorer sees (`meetings --format json`; `--modality-all` adds negated and
hypothetical ones) is printed with its evidence sentence,
parties, place, date and modality, so that a person can judge each one.

Judgments live in a TSV (`--judgments`): `article <TAB> evidence-start <TAB> parties <TAB>
verdict <TAB> kind`, where `parties` is the sorted participant names joined by `|`, then `@` and the place, `verdict` is
`right` or `wrong`, and `kind` says why (sports fixture, interview, wrong party, ...). No article
text goes into it. With it, the audit tallies verdicts and kinds over the predictions still made,
marks predictions not judged yet (`NEW`), and lists judged predictions that are gone (`GONE`),
so re-running after a fix shows what changed.

`--recall` lists instead the sentences with a meeting word (met, talks, visit, summit, hosted,
trip, ...) that no meeting's evidence covers, for classifying missed meetings.
"""
import argparse
import collections
import json
import os
import random
import re
import shutil
import sys
import tempfile

import evalcommon

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPORA = os.environ.get("EVENTKB_CORPORA", os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora")))
PROXY = os.environ.get("PROXY_GOLD", "/work/proxy-gold")
SHARED_EVAL = os.path.normpath(os.path.join(CORPORA, "..", "eval"))
CORPUS = "bbc-news-2225"
CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"]

MEETING_WORDS = re.compile(
    r"\b(met|meet|meets|meeting|meetings|talks|negotiat\w*|visit\w*|summit\w*|host\w*|trip\w*|tour\w*|"
    r"sat down|encounter\w*|reunit\w*|dinner with|lunch with|breakfast with|discussions|conference|"
    r"welcomed|greeted|received|held\b)", re.I)


def excluded_articles():
    """Paths (relative to the corpus) that must not be read or are already development gold."""
    out = set()
    for listing in ("do-not-read-sealed.txt", "do-not-read.txt"):
        path = os.path.join(PROXY, listing)
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                line = line.strip()
                if line.startswith(CORPUS + "/raw/"):
                    out.add(line[len(CORPUS) + 1:])
    for gold in (os.path.join(SHARED_EVAL, "meetings-dev-bbc.json"),
                 os.path.join(PROXY, "proxy-bbc-A.json"), os.path.join(PROXY, "dev-bbc-D.json"),
                 os.path.join(PROXY, "dev-bbc-E.json")):
        if os.path.exists(gold):
            for a in json.load(open(gold, encoding="utf-8"))["articles"]:
                f = a["file"]
                out.add(f if f.startswith("raw/") else "raw/" + f)
    return out


def pick(n, seed, rest=False):
    skip = excluded_articles()
    files = []
    for cat in CATEGORIES:
        for name in sorted(os.listdir(os.path.join(CORPORA, CORPUS, "raw", cat)), key=lambda s: (len(s), s)):
            rel = f"raw/{cat}/{name}"
            if name.endswith(".txt") and rel not in skip:
                files.append(rel)
    rng = random.Random(seed)
    sample = sorted(rng.sample(files, min(n, len(files))))
    if rest:  # the articles the sample left out: a second, unjudged set to check a fix on
        chosen = set(sample)
        sample = [f for f in files if f not in chosen]
    return sample, len(skip)


def run_eventkb(exe, files, modality_all):
    tmp = tempfile.mkdtemp(prefix="meeting-audit-")
    arts = os.path.join(tmp, "articles")
    os.makedirs(arts)
    texts = {}
    for rel in files:
        name = rel[len("raw/"):].replace("/", "_")
        src = os.path.join(CORPORA, CORPUS, rel)
        shutil.copy(src, os.path.join(arts, name))
        texts[name] = open(src, encoding="utf-8", errors="replace").read()
    run = evalcommon.ingested(exe, arts)
    out = run("meetings", "--format", "json", *(["--modality", "all"] if modality_all else []))
    preds = json.loads(out.stdout)
    shutil.rmtree(tmp, ignore_errors=True)
    return preds, texts


def key_of(p):
    art = os.path.basename(str((p.get("article") or {}).get("source", "")))
    start = (p.get("evidence") or {}).get("start", -1)
    parties = "|".join(sorted(x.get("name") or "" for x in p.get("participants", [])))
    return art, str(start), parties + "@" + str((p.get("location") or {}).get("name") or "")


def load_judgments(path):
    judged = {}
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4:
                judged[tuple(cols[:3])] = (cols[3], cols[4] if len(cols) > 4 else "")
    return judged


def describe(p):
    parts = ", ".join(f"{x.get('name')} ({x.get('type')}/{x.get('role')})" for x in p.get("participants", []))
    loc = (p.get("location") or {}).get("name")
    d = p.get("date") or {}
    date = f"{d.get('value')} [{d.get('text')}]" if d else None
    return (f"  {p.get('type')} '{p.get('trigger')}' {p.get('modality')} | {parts} | place={loc} | date={date}\n"
            f"  > {(p.get('evidence') or {}).get('sentence', '').strip()}")


def sentences(text):
    """Rough sentence spans (line breaks and end punctuation), enough to list candidates."""
    for para in re.finditer(r"[^\n]+", text):
        base = para.start()
        for m in re.finditer(r".+?(?:[.!?][\"')\u201d]?(?=\s+[\"'\u201c(]?[A-Z0-9])|$)", para.group(0)):
            if m.group(0).strip():
                yield base + m.start(), base + m.end(), m.group(0).strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eventkb", default=os.path.join(ROOT, ".build", "release", "eventkb"))
    ap.add_argument("--n", type=int, default=450)
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--judgments", default=None, help="TSV of judged predictions (see the docstring)")
    ap.add_argument("--recall", action="store_true", help="list uncovered meeting-word sentences instead")
    ap.add_argument("--rest", action="store_true",
                    help="use the articles the seeded sample leaves out (a held-out set for checking a fix)")
    ap.add_argument("--modality-all", action="store_true",
                    help="also negated and hypothetical meetings (the scorer, like `meetings`, takes asserted and planned)")
    ap.add_argument("--only-unjudged", action="store_true", help="print only predictions not in the judgments")
    args = ap.parse_args()

    files, skipped = pick(args.n, args.seed, args.rest)
    preds, texts = run_eventkb(args.eventkb, files, args.modality_all)
    by_article = collections.defaultdict(list)
    for p in preds:
        by_article[key_of(p)[0]].append(p)

    if args.recall:
        shown = 0
        for name in sorted(texts):
            spans = [((p.get("evidence") or {}).get("start", -1), (p.get("evidence") or {}).get("end", -1))
                     for p in by_article.get(name, [])]
            for s, e, sent in sentences(texts[name]):
                if not MEETING_WORDS.search(sent) or any(s < pe and ps < e for ps, pe in spans):
                    continue
                shown += 1
                print(f"{name}\t{s}\t{sent}")
        print(f"# {shown} uncovered meeting-word sentences in {len(files)} articles", file=sys.stderr)
        return

    judged = load_judgments(args.judgments)
    seen = set()
    tally = collections.Counter()
    kinds = collections.Counter()
    for name in sorted(by_article):
        for p in sorted(by_article[name], key=lambda p: (p.get("evidence") or {}).get("start", 0)):
            k = key_of(p)
            seen.add(k)
            verdict = judged.get(k)
            if verdict:
                tally[verdict[0]] += 1
                if verdict[0] != "right":
                    kinds[verdict[1]] += 1
            else:
                tally["unjudged"] += 1
            if args.only_unjudged and verdict:
                continue
            tag = f"[{verdict[0]}: {verdict[1]}]" if verdict else "NEW"
            print(f"{k[0]}\t{k[1]}\t{k[2]}\t{tag}\n{describe(p)}")
    for k in sorted(set(judged) - seen):
        print(f"GONE\t{k[0]}\t{k[1]}\t{k[2]}\t[{judged[k][0]}: {judged[k][1]}]")
    counted = collections.Counter(p.get("modality") for p in preds)
    print(f"\n# {len(files)} articles ({skipped} excluded paths), {len(by_article)} with meetings, "
          f"{len(preds)} meetings (modality {dict(counted)})")
    print(f"# verdicts over current predictions: {dict(tally)}; gone since judged: {len(set(judged) - seen)}")
    for kind, n in kinds.most_common():
        print(f"#   {n:3d}  {kind}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A wide recall sample of unseen articles, and what eventkb reports on it (branch meetK).

usage:
  python3 Scripts/eval/recall_sample.py pick [--n 40] [--seed 20261126] [--bbc-extra 40]  # writes recall-sample.txt
  python3 Scripts/eval/recall_sample.py run [--eventkb BIN] [--mentions]  # meetings per sampled article
  python3 Scripts/eval/recall_sample.py score [--eventkb BIN]             # recall of the judged meetings

`pick` draws N dated articles (giveme5w1h-newscluster data and google_news/data, giveme5w1h-gold
data) and N BBC articles (bbc-news-2225/raw) at random with a fixed seed, among files whose text
has a meeting word, skipping every file NAME listed in the do-not-read lists of /work/proxy-gold
(in every folder) and every article of a visible gold file. Only file names are written.

`run` feeds the sample as score_meetings.py feeds its articles (the BBC file as it is; a dated
article as ' date ' + date_publish[:10] + ' ' + title + blank line + text), ingests it once into a
fresh database and prints every meeting of `eventkb meetings --format json` by article.

`score` reads the judged meetings (recall-judgments.tsv: file, parties, found/missed, kind, reason;
parties are key-token lists joined by `;`, tokens by space, an optional `@place`) and checks each
against the binary's meetings with the scorer's matcher, so a re-run after a fix shows the recall.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPORA = os.environ.get("EVENTKB_CORPORA", os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora")))
PROXY = os.environ.get("PROXY_GOLD", "/work/proxy-gold")
SHARED_EVAL = os.path.normpath(os.path.join(CORPORA, "..", "eval"))
bbc_listed = set()
SAMPLE = os.path.join(HERE, "recall-sample.txt")
JUDGED = os.path.join(HERE, "recall-judgments.tsv")

MEETING_WORD = re.compile(r"\b(met|meet\w*|talks|visit\w*|summit\w*|hosted|held talks|sat down|welcomed)\b", re.I)
# Visible gold files only: the sealed and blind ones are never opened.
VISIBLE_GOLD = [os.path.join(SHARED_EVAL, "meetings-dev-bbc.json"), os.path.join(SHARED_EVAL, "meetings-dev-dated.json")] + [
    os.path.join(PROXY, n) for n in ("proxy-bbc-A.json", "proxy-dated-A.json", "dev-bbc-D.json", "dev-dated-D.json",
                                     "dev-bbc-E.json", "dev-dated-E.json")]
DATED_DIRS = ["giveme5w1h-newscluster/data", "giveme5w1h-newscluster/google_news/data", "giveme5w1h-gold/data"]


def skipped_names():
    """Dated names are skipped in every folder; BBC names repeat across categories, so BBC files by path."""
    names = set()
    for listing in ("do-not-read-sealed.txt", "do-not-read.txt"):
        for line in open(os.path.join(PROXY, listing), encoding="utf-8"):
            if line.strip():
                names.add(os.path.basename(line.strip()))
                bbc_listed.add(line.strip())
    gold_paths = set()
    for path in VISIBLE_GOLD:
        if os.path.exists(path):
            for a in json.load(open(path, encoding="utf-8"))["articles"]:
                names.add(os.path.basename(a["file"])) if a["file"].endswith(".json") else gold_paths.add(a["file"])
    return names, gold_paths


def dated_text(path):
    j = json.load(open(path, encoding="utf-8"))
    if not j.get("date_publish"):
        return None
    return " date " + j["date_publish"][:10] + " " + (j.get("title") or "") + "\n\n" + (j.get("text") or "")


def pick(n, seed, bbc_extra=0):
    names, gold_paths = skipped_names()
    dated = []
    for d in DATED_DIRS:
        full = os.path.join(CORPORA, d)
        for f in sorted(os.listdir(full)):
            if f.endswith(".json") and f not in names:
                text = dated_text(os.path.join(full, f))
                if text and MEETING_WORD.search(text):
                    dated.append(d + "/" + f)
    # the same article can sit in two folders under one name: keep one
    seen, unique = set(), []
    for p in dated:
        if os.path.basename(p) not in seen:
            seen.add(os.path.basename(p)); unique.append(p)
    bbc = []
    raw = os.path.join(CORPORA, "bbc-news-2225", "raw")
    for cat in sorted(os.listdir(raw)):
        if not os.path.isdir(os.path.join(raw, cat)):
            continue
        for f in sorted(os.listdir(os.path.join(raw, cat))):
            rel = cat + "/" + f
            if f.endswith(".txt") and rel not in gold_paths and ("bbc-news-2225/raw/" + rel) not in bbc_listed:
                text = open(os.path.join(raw, cat, f), encoding="utf-8", errors="replace").read()
                if MEETING_WORD.search(text):
                    bbc.append("bbc-news-2225/raw/" + rel)
    rng = random.Random(seed)
    picked = rng.sample(unique, min(n, len(unique))) + rng.sample(bbc, min(n, len(bbc)))
    # The dated pool is nearly used up by earlier sets: a second BBC draw widens the sample.
    if bbc_extra:
        rest = [b for b in bbc if b not in picked]
        picked += rng.sample(rest, min(bbc_extra, len(rest)))
    with open(SAMPLE, "w", encoding="utf-8") as fh:
        fh.write("\n".join(picked) + "\n")
    print(f"dated pool {len(unique)}, BBC pool {len(bbc)}; wrote {len(picked)} names to {SAMPLE}")


def feed(tmp):
    arts = os.path.join(tmp, "articles"); os.makedirs(arts)
    out = {}
    for rel in open(SAMPLE, encoding="utf-8").read().split():
        name = rel.replace("/", "_")
        src = os.path.join(CORPORA, rel)
        if rel.endswith(".json"):
            name = name[:-5] + ".txt"
            open(os.path.join(arts, name), "w", encoding="utf-8").write(dated_text(src))
        else:
            shutil.copy(src, os.path.join(arts, name))
        out[name] = rel
    return arts, out


def meetings(exe, mentions=False):
    tmp = tempfile.mkdtemp(prefix="meetK-")
    try:
        arts, names = feed(tmp)
        db = os.path.join(tmp, "kb.sqlite")
        run = lambda *a: subprocess.run([exe, "--db", db, *a], capture_output=True, text=True, timeout=900)
        run("init"); run("ingest", arts)
        aliases = {}
        for e in json.loads(run("entities", "--format", "json").stdout or "[]"):
            aliases[e.get("id")] = [e.get("name")] + list(e.get("aliases") or [])
        preds = json.loads(run("meetings", "--format", "json", *(["--mentions"] if mentions else [])).stdout)
        by = {}
        for p in preds:
            key = os.path.basename(str((p.get("article") or {}).get("source", "")))
            by.setdefault(names.get(key, key), []).append(p)
        return by, aliases
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toks(s):
    s = (s or "").lower().replace("\u2019", "'").replace("-", " ")
    return set(re.sub(r"[^a-z0-9' ]+", " ", s).split())


def matches(pred, parties, place, aliases):
    """score_meetings.matches, on judged rows."""
    def has(obj, keys):
        if not obj:
            return False
        return any(all(k in toks(n) for k in keys) for n in [obj.get("name")] + aliases.get(obj.get("id"), []))
    ps = pred.get("participants", [])
    places = [pred.get("location")] + ps
    got = [k for k in parties if any(has(p, k) for p in ps)]
    if len(parties) == 1:
        return bool(got) and (not place or any(has(p, place) for p in places if p))
    if len(got) >= 2:
        return True
    return len(got) == 1 and any(has(p, k) for k in parties if k not in got for p in places if p)


def score(exe):
    by, aliases = meetings(exe)
    rows = [l.rstrip("\n").split("\t") for l in open(JUDGED, encoding="utf-8") if l.strip() and not l.startswith("#")]
    found = total = 0
    per_kind = {}
    left = {rel: list(ps) for rel, ps in by.items()}  # one prediction per judged meeting, as the scorer matches
    for row in rows:
        rel, parties_s = row[0], row[1]
        place = None
        if "@" in parties_s:
            parties_s, place_s = parties_s.split("@", 1)
            place = place_s.split()
        parties = [p.split() for p in parties_s.split(";") if p.strip()]
        preds = left.setdefault(rel, [])
        hit = next((p for p in preds if matches(p, parties, place, aliases)), None)
        if hit is not None:
            preds.remove(hit)
        total += 1; found += hit is not None
        if hit is None:
            per_kind.setdefault(row[3] if len(row) > 3 else "?", []).append(rel.split("/")[-1][:12] + " " + row[1])
        status = "found" if hit else "MISSED"
        was = row[2] if len(row) > 2 else ""
        flag = "" if (status == "found") == (was == "found") else "  (changed)"
        print(f"{status:7} {row[1]:45} {rel[-30:]}{flag}")
    print(f"recall {found}/{total} = {found / max(1, total):.3f}")
    for k, v in sorted(per_kind.items(), key=lambda kv: -len(kv[1])):
        print(f"  missed {len(v):3} {k}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["pick", "run", "score"])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--bbc-extra", type=int, default=0)
    ap.add_argument("--eventkb", default=os.path.join(ROOT, ".build", "release", "eventkb"))
    ap.add_argument("--mentions", action="store_true")
    a = ap.parse_args()
    if a.cmd == "pick":
        pick(a.n, a.seed, a.bbc_extra)
    elif a.cmd == "run":
        by, _ = meetings(a.eventkb, a.mentions)
        for rel in open(SAMPLE, encoding="utf-8").read().split():
            print("==", rel)
            for p in by.get(rel, []):
                d = p.get("date") or {}
                print("   ", " | ".join(x.get("name", "?") for x in p.get("participants", [])),
                      "@", (p.get("location") or {}).get("name"), d.get("value") or d.get("start"), p.get("modality", ""))
    else:
        score(a.eventkb)


if __name__ == "__main__":
    sys.exit(main())

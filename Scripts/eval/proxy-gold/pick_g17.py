#!/usr/bin/env python3
"""Session 23 blind proxy parts. BBC: 32 articles with a meeting word (seed 20261139);
dated: 24 English news-cluster articles with a meeting word (seed 20261140). Dev gold excluded.
Earlier proxy parts (/work/proxy-gold2) were lost with the old machine, so they cannot be excluded.
usage: python3 Scripts/eval/proxy-gold/pick_g17.py (corpora from $EVENTKB_CORPORA, default ../shared/corpora)"""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.environ.get("EVENTKB_CORPORA", os.path.join(HERE, "..", "..", "..", "..", "shared", "corpora"))
EVAL = os.path.join(os.path.dirname(os.path.abspath(C)), "eval")
W = re.compile(r"\b(meet|meets|met|meeting|meetings|talks|negotiat\w*|visit\w*|summit\w*|host\w*|dialogue)\b", re.I)
dev_b = {a["file"] for a in json.load(open(os.path.join(EVAL, "meetings-dev-bbc.json")))["articles"]}
dev_d = {a["file"] for a in json.load(open(os.path.join(EVAL, "meetings-dev-dated.json")))["articles"]}
bbc = []
for cat in sorted(d for d in os.listdir(f"{C}/bbc-news-2225/raw") if os.path.isdir(f"{C}/bbc-news-2225/raw/{d}")):
    for f in sorted(os.listdir(f"{C}/bbc-news-2225/raw/{cat}")):
        rel = f"{cat}/{f}"
        if rel in dev_b: continue
        t = open(f"{C}/bbc-news-2225/raw/{rel}", encoding="latin-1").read()
        if W.search(t): bbc.append(rel)
dated = []
for sub in ("data", "google_news/data"):
    for f in sorted(os.listdir(f"{C}/giveme5w1h-newscluster/{sub}")):
        rel = f"{sub}/{f}"
        if rel in dev_d: continue
        j = json.load(open(f"{C}/giveme5w1h-newscluster/{rel}"))
        if j.get("language") not in (None, "en") or not j.get("date_publish"): continue
        if W.search((j.get("title") or "") + "\n" + (j.get("text") or "")): dated.append(rel)
print(len(bbc), "bbc with a meeting word;", len(dated), "dated")
b = random.Random(20261139).sample(bbc, 32)
d = random.Random(20261140).sample(dated, 24)
json.dump({"bbc": b, "dated": d}, open(os.path.join(HERE, "picks-g17.json"), "w"), indent=1)
for i in range(4): print("bbc", i, b[i*8:(i+1)*8])
for i in range(3): print("dated", i, d[i*8:(i+1)*8])

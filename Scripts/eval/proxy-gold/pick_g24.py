#!/usr/bin/env python3
"""Session 25 parts G24. BBC: 32 articles with a meeting word (seed 20261150), not in the dev gold
or G17 to G23; blind at the start of session 25, then development. 5W1H: every article of the Giveme5W1H gold set (`giveme5w1h-gold`, data/ and
data_damaged/, news of November 2016 from 13 outlets) with a meeting word, in a shuffled order (seed
20261151) cut into groups of about 8 for the annotators. This corpus was never annotated for meetings
before; some of its articles were read in the event audit (non-meeting events). Eleven of its articles
are also in the news-cluster set; those in the dev gold or an earlier part (G17 to G23) are left out by
file name. Blind at the start of session 25, then development.
usage: python3 Scripts/eval/proxy-gold/pick_g24.py (corpora from $EVENTKB_CORPORA, default ../shared/corpora)"""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.environ.get("EVENTKB_CORPORA", os.path.join(HERE, "..", "..", "..", "..", "shared", "corpora"))
W = re.compile(r"\b(meet|meets|met|meeting|meetings|talks|negotiat\w*|visit\w*|summit\w*|host\w*|dialogue)\b", re.I)
EVAL = os.path.join(os.path.dirname(os.path.abspath(C)), "eval")
seen = {os.path.basename(a["file"]) for a in json.load(open(os.path.join(EVAL, "meetings-dev-dated.json")))["articles"]}
for n in range(17, 24):
    seen |= {os.path.basename(a) for a in json.load(open(os.path.join(HERE, f"picks-g{n}.json"))).get("dated", [])}
arts = []
for sub in ("data", "data_damaged"):
    for f in sorted(os.listdir(f"{C}/giveme5w1h-gold/{sub}")):
        j = json.load(open(f"{C}/giveme5w1h-gold/{sub}/{f}"))
        if f in seen or not j.get("date_publish"): continue
        if W.search((j.get("title") or "") + "\n" + (j.get("text") or "")): arts.append(f"{sub}/{f}")
random.Random(20261151).shuffle(arts)
import runpy, io, contextlib
with contextlib.redirect_stdout(io.StringIO()):
    g = runpy.run_path(os.path.join(HERE, "pick_g17.py"))
used = [json.load(open(os.path.join(HERE, f"picks-g{n}.json"))) for n in range(17, 24)]
bbc = [a for a in g["bbc"] if all(a not in u["bbc"] for u in used)]
print(len(bbc), "bbc left")
b = random.Random(20261150).sample(bbc, 32)
print(len(arts), "5W1H gold articles with a meeting word and a date, not in the dev gold or G17 to G23")
json.dump({"bbc": b, "dated": [], "dated5w1h": arts}, open(os.path.join(HERE, "picks-g24.json"), "w"), indent=1)
for i in range(4): print("bbc", i, b[i*8:(i+1)*8])
for i in range(0, len(arts), 8): print(i // 8, arts[i:i + 8])

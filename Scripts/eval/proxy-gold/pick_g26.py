#!/usr/bin/env python3
"""Session 27 part G26: 32 BBC articles with a meeting word (seed 20261153), not in the dev gold or
G17 to G25; blind at the start of session 27, then development. No dated world-news article is left
undrawn (news-cluster and Giveme5W1H gold are used up), so this part is BBC only.
usage: python3 Scripts/eval/proxy-gold/pick_g26.py (corpora from $EVENTKB_CORPORA, default ../shared/corpora)"""
import json, os, random
import runpy, io, contextlib
HERE = os.path.dirname(os.path.abspath(__file__))
with contextlib.redirect_stdout(io.StringIO()):
    g = runpy.run_path(os.path.join(HERE, "pick_g17.py"))
used = [json.load(open(os.path.join(HERE, f"picks-g{n}.json"))) for n in range(17, 26)]
bbc = [a for a in g["bbc"] if all(a not in u["bbc"] for u in used)]
print(len(bbc), "bbc left")
b = random.Random(20261153).sample(bbc, 32)
json.dump({"bbc": b, "dated": []}, open(os.path.join(HERE, "picks-g26.json"), "w"), indent=1)
for i in range(4): print("bbc", i, b[i*8:(i+1)*8])

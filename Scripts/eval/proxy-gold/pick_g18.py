#!/usr/bin/env python3
"""Session 23 second blind part G18: 32 BBC (seed 20261141) and 24 dated (seed 20261142) articles
with a meeting word, not in the dev gold and not in G17."""
import json, os, random, runpy, sys, io, contextlib
HERE = os.path.dirname(os.path.abspath(__file__))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    g = runpy.run_path(os.path.join(HERE, "pick_g17.py"))
used = json.load(open(os.path.join(HERE, "picks-g17.json")))
bbc = [a for a in g["bbc"] if a not in used["bbc"]]
dated = [a for a in g["dated"] if a not in used["dated"]]
print(len(bbc), "bbc left;", len(dated), "dated left")
b = random.Random(20261141).sample(bbc, 32)
d = random.Random(20261142).sample(dated, 24)
json.dump({"bbc": b, "dated": d}, open(os.path.join(HERE, "picks-g18.json"), "w"), indent=1)

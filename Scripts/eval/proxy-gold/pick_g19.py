#!/usr/bin/env python3
"""Session 23 SEALED part G19 (score only, never --verbose): 32 BBC (seed 20261143) and 24 dated
(seed 20261144) articles with a meeting word, not in the dev gold, G17 or G18."""
import json, os, random, runpy, io, contextlib
HERE = os.path.dirname(os.path.abspath(__file__))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    g = runpy.run_path(os.path.join(HERE, "pick_g17.py"))
used17 = json.load(open(os.path.join(HERE, "picks-g17.json"))); used18 = json.load(open(os.path.join(HERE, "picks-g18.json")))
bbc = [a for a in g["bbc"] if a not in used17["bbc"] and a not in used18["bbc"]]
dated = [a for a in g["dated"] if a not in used17["dated"] and a not in used18["dated"]]
print(len(bbc), "bbc left;", len(dated), "dated left")
b = random.Random(20261143).sample(bbc, 32)
d = random.Random(20261144).sample(dated, 24)
json.dump({"bbc": b, "dated": d}, open(os.path.join(HERE, "picks-g19.json"), "w"), indent=1)

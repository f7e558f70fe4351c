#!/usr/bin/env python3
"""Session 24 part G21: 32 BBC articles (seed 20261147; blind when drawn, after the first 6 changes of session 24, then
development), with a meeting word, not in the dev gold or G17 to G20. No dated part: only 4 dated
articles with a meeting word are left."""
import json, os, random, runpy, io, contextlib
HERE = os.path.dirname(os.path.abspath(__file__))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    g = runpy.run_path(os.path.join(HERE, "pick_g17.py"))
used = [json.load(open(os.path.join(HERE, f"picks-g{n}.json"))) for n in (17, 18, 19, 20)]
bbc = [a for a in g["bbc"] if all(a not in u["bbc"] for u in used)]
dated = [a for a in g["dated"] if all(a not in u["dated"] for u in used)]
print(len(bbc), "bbc left;", len(dated), "dated left")
b = random.Random(20261147).sample(bbc, 32)
d = []
json.dump({"bbc": b, "dated": d}, open(os.path.join(HERE, "picks-g21.json"), "w"), indent=1)

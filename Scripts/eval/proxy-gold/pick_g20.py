#!/usr/bin/env python3
"""Session 24 parts G20: 32 BBC articles (seed 20261145; blind at the start of session 24, then
development) and 24 dated articles (seed 20261146; SEALED: score only, never --verbose), with a
meeting word, not in the dev gold, G17, G18 or G19."""
import json, os, random, runpy, io, contextlib
HERE = os.path.dirname(os.path.abspath(__file__))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    g = runpy.run_path(os.path.join(HERE, "pick_g17.py"))
used = [json.load(open(os.path.join(HERE, f"picks-g{n}.json"))) for n in (17, 18, 19)]
bbc = [a for a in g["bbc"] if all(a not in u["bbc"] for u in used)]
dated = [a for a in g["dated"] if all(a not in u["dated"] for u in used)]
print(len(bbc), "bbc left;", len(dated), "dated left")
b = random.Random(20261145).sample(bbc, 32)
d = random.Random(20261146).sample(dated, 24)
json.dump({"bbc": b, "dated": d}, open(os.path.join(HERE, "picks-g20.json"), "w"), indent=1)

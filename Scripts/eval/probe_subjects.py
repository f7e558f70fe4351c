#!/usr/bin/env python3
"""A probe grid of SUBJECT AND OBJECT FORMS of two-party meetings (issue 3, session 19).

Composes one-sentence invented articles (dated 2025-03-10) from named pieces: a subject form
("Peru's foreign minister, Ann Roe,", "Ann Roe, the Peruvian president,"), an object form
("his Chilean counterpart, Tom Obi,", "President Tom Obi of Chile") and a verb frame ("met X in
Lima on Monday.", "is due to hold talks with X ..."), plus both as a coordinated subject ("S and
O met in Lima on Monday."). A probe passes when `eventkb extract` gives a meeting-type event
(CAMEO 04x) naming both Roe and Obi. Prints every failure and the count.

usage: python3 Scripts/eval/probe_subjects.py --eventkb .build/release/eventkb

The names are pieces of the grid, not rules: no extraction code may special-case them.
"""
import argparse, itertools, json, os, subprocess, shutil, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--eventkb", required=True)
B = ap.parse_args().eventkb
subj = ["Ann Roe", "Peruvian President Ann Roe", "Peru's President Ann Roe", "Peru's foreign minister, Ann Roe,", "Ann Roe, Peru's foreign minister,",
        "the Peruvian foreign minister, Ann Roe,", "Foreign Minister Ann Roe of Peru", "Ms Roe", "Peruvian foreign minister Ann Roe", "Ann Roe, the Peruvian president,"]
obj = ["Tom Obi", "Chilean President Tom Obi", "Chile's President Tom Obi", "his Chilean counterpart, Tom Obi,", "Chile's foreign minister, Tom Obi,",
       "the Chilean foreign minister, Tom Obi,", "Tom Obi, Chile's president,", "President Tom Obi of Chile", "Chilean energy minister Tom Obi", "her Chilean counterpart Tom Obi"]
verbs = ["met {o} in Lima on Monday.", "held talks with {o} in Lima on Monday.", "will meet {o} in Lima next week.", "met with {o} in Lima on Monday.",
         "is due to hold talks with {o} in Lima on Friday.", "hosted {o} in Lima on Monday."]
pairs = ["{s} and {o} met in Lima on Monday.", "{s} and {o} held talks in Lima on Monday."]
cases = []
for s in subj:
    for v in verbs: cases.append(f"{s} {v.format(o='Tom Obi')}")
for o in obj:
    for v in verbs: cases.append(f"Ann Roe {v.format(o=o)}")
for s, o in itertools.product(subj[:4] + ["Ann Roe"], obj):
    for p in pairs: cases.append(p.format(s=s, o=o).replace(", met", " met").replace(", held", " held"))
arts = tempfile.mkdtemp()
for i, c in enumerate(cases):
    c = c[0].upper() + c[1:]
    open(os.path.join(arts, f"a{i:04d}.txt"), "w").write(f" date 2025-03-10\n{c}\n")
got = {}
for f in sorted(os.listdir(arts)):
    d = json.loads(subprocess.run([B, "extract", os.path.join(arts, f)], capture_output=True, text=True).stdout)
    for e in d["events"]:
        if e["cameo"].startswith("04"):
            got.setdefault(f, []).append(sorted(p["name"] for p in e["participants"]))
fails = 0
for i, c in enumerate(cases):
    g = got.get(f"a{i:04d}.txt", [])
    ok = any(any("Roe" in n for n in x) and any("Obi" in n for n in x) for x in g)
    if not ok:
        fails += 1; print("FAIL", c, g)
print(fails, "of", len(cases))
shutil.rmtree(arts)
sys.exit(1 if fails else 0)

#!/usr/bin/env python3
"""Every evaluation in one go, and the one summary table that goes into the README.

Runs ner_conll.py, petrarch.py and wikievents.py with --json, and the shared meetings scorer
on both development gold files (through Scripts/eval-meetings.sh), then prints a Markdown
table: measure, eventkb's figure, the reference figure where one is given. A scorer that
fails shows as "failed" in its rows with its message on stderr, and the exit status is 1.
`--self-test` runs the three scorers' self-tests instead (no binary needed).
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SCORERS = ["ner_conll.py", "petrarch.py", "wikievents.py", "junk_news.py"]


def run_json(script, binary, jobs):
    proc = subprocess.run([sys.executable, os.path.join(HERE, script), "--eventkb", binary, "--json", "--jobs", str(jobs)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        print(f"{script} failed (exit {proc.returncode}):\n{proc.stderr.strip()[-800:]}", file=sys.stderr)
        return None
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        print(f"{script} printed no JSON:\n{proc.stdout[-400:]}", file=sys.stderr)
        return None


def run_meetings(binary):
    """{gold file: {f1, precision, recall, matched, extra, missed, owed, place, date}} from the shared scorer's output."""
    proc = subprocess.run([os.path.join(ROOT, "Scripts", "eval-meetings.sh"), "--eventkb", binary],
                          capture_output=True, text=True, cwd=ROOT)
    out = parse_meetings_output(proc.stdout)
    if proc.returncode != 0 or not out:
        print(f"eval-meetings.sh exit {proc.returncode}:\n{proc.stdout.strip()[-600:]}\n{proc.stderr.strip()[-600:]}", file=sys.stderr)
    return out


def parse_meetings_output(text):
    out, current = {}, None
    for line in text.splitlines():
        m = re.match(r"== (\S+)", line)
        if m:
            current = m.group(1)
            continue
        m = re.match(r"place (\d+)/(\d+), date (\d+)/(\d+) on matched pairs", line)
        if m and current:
            out.setdefault(current, {}).update(place=(int(m.group(1)), int(m.group(2))), date=(int(m.group(3)), int(m.group(4))))
        m = re.match(r"meetings: F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+); (\d+) matched, (\d+) extra, (\d+) missed of (\d+)\)", line)
        if m and current:
            out.setdefault(current, {}).update(f1=float(m.group(1)), precision=float(m.group(2)), recall=float(m.group(3)),
                                               matched=int(m.group(4)), extra=int(m.group(5)), missed=int(m.group(6)),
                                               owed=int(m.group(7)))
    return out


SAMPLE_MEETINGS_OUTPUT = """== meetings-dev-bbc.json
MISS ('a.txt', [['x']], '')
place 3/4, date 1/2 on matched pairs
meetings: F1 0.500 (P 0.600 R 0.429; 3 matched, 2 extra, 4 missed of 7)
== meetings-dev-dated.json
meetings gave no JSON: boom
"""


def prf(d):
    return f"{d['f1']:.3f} (P {d['precision']:.3f}, R {d['recall']:.3f})"


def ratio(right, of):
    return f"{right}/{of} = {right / of:.3f}" if of else f"{right}/{of}"


def rows(ner, petr, wiki, meetings):
    FAILED = "failed (see stderr)"
    out = []
    if ner:
        t = ner["per_type"]
        out += [("NER, CoNLL-2003 test: PER/ORG/LOC exact span and type, micro F1", prf(ner["micro"]), "spaCy en_core_web_sm 0.61"),
                ("NER, CoNLL-2003 test: untyped span F1", prf(ner["untyped"]), ""),
                ("NER, CoNLL-2003 test: F1 PER / ORG / LOC", f"{t['PER']['f1']:.3f} / {t['ORG']['f1']:.3f} / {t['LOC']['f1']:.3f}", "")]
    else:
        out.append(("NER, CoNLL-2003 test", FAILED, "spaCy en_core_web_sm 0.61"))
    if petr:
        g = petr.get("PETR2 GSR")
        if g:
            a = g["agreement"]
            out += [("PETR2 GSR: CAMEO root recall (gold codings found)", ratio(g["root_recall"]["found"], g["root_recall"]["of"]), ""),
                    ("PETR2 GSR: root precision (predicted events in coded sentences)",
                     ratio(g["root_precision"]["right"], g["root_precision"]["of"]), ""),
                    ("PETR2 GSR: noevents sentences given an event (any / non-statement)",
                     f"{g['noevents']['with_any_event']} / {g['noevents']['with_non_statement_event']} of {g['noevents']['sentences']}", "0 is best"),
                    ("PETR2 GSR: source, target, both right, on root-matched codings",
                     f"source {a['source']['right']}/{a['source']['of']}, target {a['target']['right']}/{a['target']['of']}, "
                     f"both {a['both']['right']}/{a['both']['of']}", "")]
        for name, label in (("synthetic: petrarch2", "petrarch2 unit records"), ("synthetic: UD-PETR dev-validate", "UD-PETR validate records")):
            s = petr.get(name)
            if s:
                c = s["root_recall_cameo_roots"]
                out.append((f"synthetic regression, {label}: root recall (CAMEO roots)", ratio(c["found"], c["of"]), ""))
    else:
        out.append(("PETRARCH validation", FAILED, ""))
    if wiki:
        w = wiki.get("both") or next(iter(wiki.values()))
        for c in ("attack", "meeting"):
            for level in ("trigger", "sentence"):
                out.append((f"WikiEvents dev+test: {c} events, {level} level F1", prf(w["classes"][c][level]), ""))
    else:
        out.append(("WikiEvents", FAILED, ""))
    for gold, ref in (("meetings-dev-bbc.json", "spaCy + dependency rules 0.23"), ("meetings-dev-dated.json", "spaCy + dependency rules 0.13")):
        m = meetings.get(gold)
        if m and "f1" in m:
            place, date = m.get("place", (0, 0)), m.get("date", (0, 0))
            out.append((f"meetings, {gold}: F1 (who met whom)", f"{prf(m)}; {m['matched']} matched, {m['extra']} extra, {m['missed']} missed of {m['owed']}", ref))
            out.append((f"meetings, {gold}: place and date right on matches", f"place {place[0]}/{place[1]}, date {date[0]}/{date[1]}", ""))
        else:
            out.append((f"meetings, {gold}", FAILED, ref))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eventkb", default=os.path.join(ROOT, ".build", "release", "eventkb"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print every scorer's summary as one JSON object")
    parser.add_argument("--self-test", action="store_true", help="run the scorers' self-tests")
    args = parser.parse_args()
    if args.self_test:
        parsed = parse_meetings_output(SAMPLE_MEETINGS_OUTPUT)
        expected = {"meetings-dev-bbc.json": {"place": (3, 4), "date": (1, 2), "f1": 0.5, "precision": 0.6, "recall": 0.429,
                                              "matched": 3, "extra": 2, "missed": 4, "owed": 7}}
        status = 0 if parsed == expected else 1
        print(("ok    " if parsed == expected else f"FAIL  ({parsed}) ") + "the meetings scorer's summary lines are read, a failed run is absent")
        for script in SCORERS:
            print(f"== {script} --self-test")
            status |= subprocess.run([sys.executable, os.path.join(HERE, script), "--self-test"], cwd=ROOT).returncode
        sys.exit(1 if status else 0)
    binary = os.path.abspath(args.eventkb)
    ner = run_json("ner_conll.py", binary, args.jobs)
    petr = run_json("petrarch.py", binary, args.jobs)
    wiki = run_json("wikievents.py", binary, args.jobs)
    meetings = run_meetings(binary)
    if args.json:
        print(json.dumps({"ner_conll": ner, "petrarch": petr, "wikievents": wiki, "meetings": meetings}, indent=2))
    else:
        print("| measure | eventkb | reference |")
        print("| --- | --- | --- |")
        for measure, value, ref in rows(ner, petr, wiki, meetings):
            print(f"| {measure} | {value} | {ref} |")
    complete = ner and petr and wiki and all("f1" in (meetings.get(g) or {}) for g in ("meetings-dev-bbc.json", "meetings-dev-dated.json"))
    sys.exit(0 if complete else 1)


if __name__ == "__main__":
    main()

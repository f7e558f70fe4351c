#!/usr/bin/env python3
"""Date and place audit (issue 3): the date and place eventkb gives each meeting it reports on
unseen dated world news, for a person to judge against the sentence and its neighbours.

usage: python3 Scripts/eval/date_place_audit.py [--eventkb BIN] [--limit N] [--seed S]
           [--judgments FILE] [--only-unjudged] [--gold]

The articles are those of `trigger_audit.py` (the Giveme5W1H news-please sets and the 5W1H gold
set, fed as `score_meetings.py` feeds them), skipping every sealed file NAME in every folder and
every article of the dated dev/A/D gold files. All are ingested into one fresh database and every
meeting `meetings --format json` lists is printed: article, header date, evidence sentence with the
one before and after, parties, place, date (value, mod, the words it came from) and modality.

Judgments live in a TSV (`--judgments`): `article <TAB> evidence-start <TAB> parties <TAB>
date-verdict <TAB> place-verdict <TAB> kind [<TAB> date-after <TAB> place-after [<TAB> date-meetI <TAB> place-meetI]]`, verdicts `right`, `wrong`, `missing` (stated nearby
but not given), `none` (rightly no date/place) or `na` (not a meeting). No article text goes into
it. With it the audit tallies the verdicts against what the binary gives now: a judged `wrong` or
`missing` whose value has changed is listed as CHANGED for re-judging, and a `right` whose value
changed as REGRESSED. The expected value is kept in the kind column as `want=VALUE` where known.

`--gold` lists instead the matched pairs of the visible dated and BBC gold files (dev, A, D) whose
place or date the scorer counts wrong, with the gold and predicted values (the scorer's matcher).
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import trigger_audit  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPORA = os.environ.get("EVENTKB_CORPORA", os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora")))
SCORER = "/work/shared/eval/score_meetings.py"
VISIBLE_GOLD = ["/work/shared/eval/meetings-dev-bbc.json", "/work/shared/eval/meetings-dev-dated.json",
                "/work/proxy-gold/proxy-bbc-A.json", "/work/proxy-gold/proxy-dated-A.json",
                "/work/proxy-gold/dev-bbc-D.json", "/work/proxy-gold/dev-dated-D.json",
                "/work/proxy-gold/dev-bbc-E.json", "/work/proxy-gold/dev-dated-E.json"]


def run(exe, db, *args):
    return subprocess.run([exe, "--db", db, *args], capture_output=True, text=True, timeout=900)


def sentence_around(text, start, end):
    """The words before and after the evidence sentence (the crawled text keeps few line breaks),
    and the article's title line: enough to judge the date and place by."""
    return text[max(0, start - 350):start].replace("\n", " "), text[end:end + 250].replace("\n", " ")


def key_of(p):
    parties = "|".join(sorted(x.get("name", "") for x in p.get("participants", [])))
    return parties + "@" + ((p.get("location") or {}).get("name") or "")


def now_value(p, what):
    if what == "date":
        return (p.get("date") or {}).get("value") or "-"
    return (p.get("location") or {}).get("name") or "-"


def fmt_date(d):
    if not d:
        return "-"
    return f"{d.get('value')}{'/' + d['mod'] if d.get('mod') else ''} <{d.get('text')}>"


def audit(args):
    excluded = trigger_audit.excluded_paths(trigger_audit.DEFAULT_SEALED, trigger_audit.DEFAULT_GOLD)
    paths = trigger_audit.article_paths(CORPORA, excluded, args.seed, args.limit, True)
    tmp = tempfile.mkdtemp(prefix="dpaudit-")
    arts = os.path.join(tmp, "a")
    os.makedirs(arts)
    texts = {}
    for rel in paths:
        t = trigger_audit.article_text(os.path.join(CORPORA, rel))
        if t is None:
            continue
        name = rel.replace("/", "_")[:-5] + ".txt"
        texts[name] = (rel, t)
        with open(os.path.join(arts, name), "w", encoding="utf-8") as fh:
            fh.write(t)
    db = os.path.join(tmp, "kb.sqlite")
    run(args.eventkb, db, "init")
    run(args.eventkb, db, "ingest", arts)
    preds = json.loads(run(args.eventkb, db, "meetings", "--format", "json").stdout or "[]")
    judged, judged_loose = {}, {}
    if args.judgments and os.path.exists(args.judgments):
        for line in open(args.judgments, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t")
            # Matched by article, evidence, parties and place, else by the first three: a changed
            # place is then a CHANGED line, not a new meeting (a trip's stops share their parties).
            judged[(f[0], int(f[1]), f[2])] = f
            judged_loose.setdefault((f[0], int(f[1]), f[2].split("@")[0]), f)
    tally = collections.Counter()
    seen = set()
    for p in sorted(preds, key=lambda p: (p["article"]["source"], p["evidence"]["start"])):
        name = os.path.basename(p["article"]["source"])
        rel, text = texts[name]
        k = (rel, p["evidence"]["start"], key_of(p))
        j = judged.get(k)
        if j is None:
            j = judged_loose.get((rel, k[1], k[2].split("@")[0]))
            if j is not None and tuple(j[:3]) in seen:
                j = None
            elif j is not None:
                k = (j[0], int(j[1]), j[2])
        seen.add(k)
        if j:
            tally[("date", j[3])] += 1
            tally[("place", j[4])] += 1
            if len(j) > 7:  # re-judged after a change
                tally[("date after", j[6])] += 1
                tally[("place after", j[7])] += 1
            if len(j) > 9:  # re-judged again (branch meetI)
                tally[("date meetI", j[8])] += 1
                tally[("place meetI", j[9])] += 1
            want = dict(x.split("=", 1) for x in j[5].split(";") if "=" in x) if len(j) > 5 else {}
            now_date, now_place = now_value(p, "date"), now_value(p, "place")
            for what, now in (("date", now_date), ("place", now_place)):
                if f"{what}_was" in want and want[f"{what}_was"] != now:
                    print(f"CHANGED {what} {rel} @{k[1]} {k[2]}: was {want[what + '_was']} now {now}"
                          f" (judged {j[3] if what == 'date' else j[4]}, want {want.get(what, '?')})")
            if args.only_unjudged:
                continue
        elif args.judgments:
            tally["unjudged"] += 1
        if args.skeleton:
            if not j:
                print("\t".join([rel, str(k[1]), key_of(p), "?", "?",
                                  f"date_was={now_value(p, 'date')};place_was={now_value(p, 'place')}"]))
            continue
        prev, after = sentence_around(text, p["evidence"]["start"], p["evidence"]["end"])
        print(f"== {'' if j else 'NEW '}{rel} @{p['evidence']['start']} [{p['article'].get('date')}] {p['type']} {p['modality']}")
        print(f"   parties: {' | '.join(x['name'] + ':' + x['role'] for x in p['participants'])}")
        print(f"   place: {(p.get('location') or {}).get('name') or '-'}   date: {fmt_date(p.get('date'))}")
        print(f"   evidence: {p['evidence']['sentence']}")
        print(f"   title: {text[:text.find(chr(10))].strip()[:160]}")
        print(f"   before: ...{prev}")
        print(f"   after: {after}...")
    for k, j in judged.items():
        if k not in seen:
            print(f"GONE {k[0]} @{k[1]} {k[2]} (judged date {j[3]}, place {j[4]})")
    print(f"{len(texts)} articles, {len(preds)} meetings", file=sys.stderr)
    for k, v in sorted(tally.items(), key=str):
        print(f"  {k}: {v}", file=sys.stderr)
    shutil.rmtree(tmp, ignore_errors=True)


def gold_errors(args):
    """The scorer's matched pairs with a wrong place or date, per visible gold file."""
    sys.argv = [SCORER]
    import importlib.util
    spec = importlib.util.spec_from_file_location("score_meetings", SCORER)
    sm = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sm)
    for gold_path in VISIBLE_GOLD:
        gold = json.load(open(gold_path))
        src = os.path.join(CORPORA, gold["corpus"])
        tmp = tempfile.mkdtemp(prefix="dpgold-")
        arts = os.path.join(tmp, "a")
        os.makedirs(arts)
        names = {}
        for a in gold["articles"]:
            name = a["file"].replace("/", "_")
            if name.endswith(".json"):
                j = json.load(open(os.path.join(src, a["file"]), encoding="utf-8"))
                name = name[:-5] + ".txt"
                with open(os.path.join(arts, name), "w", encoding="utf-8") as fh:
                    fh.write(" date " + j["date_publish"][:10] + " " + (j.get("title") or "") + "\n\n" + (j.get("text") or ""))
            else:
                shutil.copy(os.path.join(src, a["file"]), os.path.join(arts, name))
            names[name] = a
        db = os.path.join(tmp, "kb.sqlite")
        run(args.eventkb, db, "init")
        run(args.eventkb, db, "ingest", arts)
        sm.ALIASES.clear()
        for e in json.loads(run(args.eventkb, db, "entities", "--format", "json").stdout or "[]"):
            sm.ALIASES[e.get("id")] = [e.get("name")] + list(e.get("aliases") or [])
        preds = json.loads(run(args.eventkb, db, "meetings", "--format", "json").stdout or "[]")
        by = collections.defaultdict(list)
        for p in preds:
            by[os.path.basename(p["article"]["source"])].append(p)
        print(f"## {os.path.basename(gold_path)}")
        for name, a in names.items():
            ps = list(by.get(name, []))
            for g in a["meetings"]:
                if g.get("modality") not in ("asserted", "planned"):
                    continue
                hit = next((p for p in ps if sm.matches(p, g)), None)
                if hit is None:
                    continue
                ps.remove(hit)
                pl = [hit.get("location")] + hit.get("participants", [])
                bad_place = g.get("place") and not any(sm.has(x, g["place"]) for x in pl if x)
                d = hit.get("date") or {}
                bad_date = g.get("date") and not (str(d.get("value", "")).startswith(g["date"])
                                                   or str(d.get("start", "")).startswith(g["date"]))
                if bad_place or bad_date:
                    print(f"  {name} {g['participants']}: "
                          + (f"PLACE gold {g['place']} got {(hit.get('location') or {}).get('name')}; " if bad_place else "")
                          + (f"DATE gold {g['date']} got {fmt_date(hit.get('date'))}; " if bad_date else "")
                          + f"[{hit['evidence']['sentence'][:160]}]")
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eventkb", default=os.path.join(ROOT, ".build", "release", "eventkb"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--judgments")
    ap.add_argument("--only-unjudged", action="store_true")
    ap.add_argument("--gold", action="store_true")
    ap.add_argument("--skeleton", action="store_true", help="print a judgments TSV row for each unjudged meeting")
    args = ap.parse_args()
    gold_errors(args) if args.gold else audit(args)


if __name__ == "__main__":
    main()

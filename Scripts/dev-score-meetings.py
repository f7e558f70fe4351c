#!/usr/bin/env python3
"""Development aid: score meetings straight from `eventkb extract` (no store needed), with
the same matcher as ../shared/eval/score_meetings.py. The real figure is that script's.

    python3 Scripts/dev-score-meetings.py .build/release/eventkb ../shared/eval/meetings-dev-bbc.json [--verbose]
"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
EVAL = "/work/shared/eval"
sys.path.insert(0, EVAL)
import score_meetings as sm  # noqa: E402


def main():
    exe, gold_path = sys.argv[1], sys.argv[2]
    verbose = "--verbose" in sys.argv
    gold = json.load(open(gold_path))
    src = os.path.join(sm.CORPORA, gold["corpus"])
    tp = fp = fn = 0
    place_ok = place_n = date_ok = date_n = 0
    for a in gold["articles"]:
        path = os.path.join(src, a["file"])
        if path.endswith(".json"):
            j = json.load(open(path, encoding="utf-8"))
            text = " date " + j["date_publish"][:10] + " " + (j.get("title") or "") + "\n\n" + (j.get("text") or "")
            p = subprocess.run([exe, "extract", "-"], input=text, capture_output=True, text=True)
        else:
            p = subprocess.run([exe, "extract", path], capture_output=True, text=True)
        doc = json.loads(p.stdout)
        ents = doc["entities"]
        base = len(sm.ALIASES) * 1000
        for i, e in enumerate(ents):
            sm.ALIASES[base + i] = [e["name"]] + e.get("aliases", [])
        def conv(x):
            return None if x is None else {"id": base + x["entity"], "name": x["name"]}
        preds = []
        for ev in doc["events"]:
            if ev["type"] in ("meet", "visit", "host", "negotiate") and ev["modality"] in ("asserted", "planned"):
                preds.append({"participants": [conv(q) for q in ev["participants"]], "location": conv(ev.get("location")),
                              "date": ev.get("date"), "trigger": ev["trigger"], "evidence": ev.get("evidence", {}).get("sentence", "")})
        owed = [g for g in a["meetings"] if g.get("modality") in ("asserted", "planned")]
        ignorable = [g for g in a["meetings"] if g.get("modality") not in ("asserted", "planned")]
        ps = list(preds)
        for g in owed:
            hit = next((q for q in ps if sm.matches(q, g)), None)
            if hit is None:
                fn += 1
                if verbose: print("MISS ", a["file"], g["participants"], g.get("place"), "|", g.get("evidence", "")[:110])
                continue
            ps.remove(hit); tp += 1
            if g.get("place"):
                place_n += 1
                ok = any(sm.has(x, g["place"]) for x in [hit.get("location")] + hit["participants"] if x)
                place_ok += ok
                if verbose and not ok: print("PLACE", a["file"], g["place"], "got", hit.get("location"))
            if g.get("date"):
                date_n += 1
                d = hit.get("date") or {}
                ok = str(d.get("value", "")).startswith(g["date"]) or str(d.get("start", "")).startswith(g["date"])
                date_ok += ok
                if verbose and not ok: print("DATE ", a["file"], g["date"], "got", d.get("value"), d.get("text"))
        for q in ps:
            if any(sm.matches(q, g) for g in ignorable):
                continue
            fp += 1
            if verbose: print("EXTRA", a["file"], [x["name"] for x in q["participants"]], q["location"] and q["location"]["name"], "|", q["trigger"], "|", q["evidence"][:110])
    P = tp / max(1, tp + fp); R = tp / max(1, tp + fn); F = 2 * P * R / max(1e-9, P + R)
    print(f"place {place_ok}/{place_n}, date {date_ok}/{date_n} on matched pairs")
    print(f"meetings: F1 {F:.3f} (P {P:.3f} R {R:.3f}; {tp} matched, {fp} extra, {fn} missed of {tp + fn})")


if __name__ == "__main__":
    main()

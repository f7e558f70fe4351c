#!/usr/bin/env python3
"""Time probe (issue 3): one invented meeting sentence, dated on a Thursday, with each of many time
expressions at its end and fronted; prints every expression whose date is not the one a reader
gives, and the pass count.

usage: python3 Scripts/eval/probe_times.py [--eventkb BIN]

A meeting's date is right, as in the shared meetings scorer, when the event's date value or the
start of its interval begins with the wanted date (a week is given by its month and its first day).
`None` wants no date (an unresolvable or ambiguous expression). The sentences are invented; nothing
is read from the corpora.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ARTICLE_DATE = "2016-11-10"  # a Thursday

# (expression, wanted date prefix or None)
CASES = [
    ("on Thursday", "2016-11-10"), ("on Tuesday", "2016-11-08"), ("last Friday", "2016-11-04"),
    ("yesterday", "2016-11-09"), ("today", "2016-11-10"), ("on Wednesday night", "2016-11-09"),
    ("last week", "2016-10-31"), ("earlier this week", "2016-11-07"), ("earlier this month", "2016-11"),
    ("last month", "2016-10"), ("in October", "2016-10"), ("on 3 November", "2016-11-03"),
    ("on November 3", "2016-11-03"), ("on Nov. 3", "2016-11-03"), ("on 3rd November", "2016-11-03"),
    ("on November 3rd", "2016-11-03"), ("on 22nd October", "2016-10-22"), ("on Nov. 3, 2016", "2016-11-03"),
    ("in 2015", "2015"), ("last year", "2015"), ("in late October", "2016-10"), ("in mid-October", "2016-10"),
    ("this morning", "2016-11-10"), ("last night", "2016-11-09"), ("two days ago", "2016-11-08"),
    ("in March last year", "2015-03"), ("in September of last year", "2015-09"), ("in December last year", "2015-12"),
    ("in mid-2015", "2015"), ("early 2015", "2015"), ("at the weekend", "2016-11-05"), ("last weekend", "2016-11-05"),
    ("on Thursday, November 10", "2016-11-10"), ("on Thursday (Nov 10)", "2016-11-10"), ("earlier on Thursday", "2016-11-10"),
    ("on Sept. 30", "2016-09-30"), ("on 30 Sept", "2016-09-30"), ("a month ago", "2016-10"),
    ("in the summer", "2016"), ("on Christmas Day", "2015-12-25"), ("the day before", None),
]
FUTURE = [
    ("next week", "2016-11-14"), ("next Tuesday", "2016-11-15"), ("on Saturday", "2016-11-12"),
    ("later this month", "2016-11"), ("in December", "2016-12"), ("tomorrow", "2016-11-11"),
    ("on Monday next week", "2016-11-14"), ("in January", "2017-01"), ("in January next year", "2017-01"),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eventkb", default=".build/release/eventkb")
    args = ap.parse_args()
    if not os.path.exists(args.eventkb):
        sys.exit(f"no eventkb binary at {args.eventkb}: build it with swift build -c release")
    tmp = tempfile.mkdtemp(prefix="probe-times-")
    path = os.path.join(tmp, "a.txt")
    ok = n = 0
    for cases, verb in ((CASES, "met"), (FUTURE, "will meet")):
        for when, want in cases:
            for s in (f"Ana Lunde {verb} Marc Devaux in Lyon {when}.", f"{when[0].upper() + when[1:]}, Ana Lunde {verb} Marc Devaux in Lyon."):
                with open(path, "w") as fh:
                    fh.write(f"date {ARTICLE_DATE}\n\n{s}\n")
                out = subprocess.run([args.eventkb, "extract", path], capture_output=True, text=True)
                events = [e for e in json.loads(out.stdout or "{}").get("events", []) if e["type"] in ("meet", "negotiate")]
                date = (events[0].get("date") if events else None) or {}
                got = date.get("value")
                right = (want is None and got is None) or (want is not None and got is not None and (
                    str(got).startswith(want) or str(date.get("start", "")).startswith(want)))
                n += 1
                ok += right
                if not right:
                    print(f"WRONG {s!r}: got {got} ({date.get('start')}..{date.get('end')}) want {want}"
                          + ("" if events else " [no meeting found]"))
    print(f"{ok}/{n} time expressions dated as a reader dates them")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A stand-in for `eventkb extract PATH`, used only by the evaluation scripts' --self-test.

It prints the document that `$FAKE_EVENTKB_ORACLE` (a JSON file: sha1 of the article text ->
document) holds for the article, or an empty document when the text is not in it (or there is
no oracle). It lets the self-tests check the whole path, text written to a file, a process run,
offsets read back, scored, without the real extractor.
"""
import hashlib
import json
import os
import sys


def main():
    if len(sys.argv) != 3 or sys.argv[1] != "extract":
        print("usage: fake_eventkb.py extract PATH", file=sys.stderr)
        return 64
    with open(sys.argv[2], encoding="utf-8", newline="") as fh:
        text = fh.read()
    oracle = {}
    if os.environ.get("FAKE_EVENTKB_ORACLE"):
        with open(os.environ["FAKE_EVENTKB_ORACLE"], encoding="utf-8") as fh:
            oracle = json.load(fh)
    doc = oracle.get(hashlib.sha1(text.encode("utf-8")).hexdigest())
    if doc is None:
        doc = {"date": None, "sentences": [], "mentions": [], "entities": [], "events": [], "relations": []}
    print(json.dumps(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())

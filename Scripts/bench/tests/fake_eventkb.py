#!/usr/bin/env python3
"""A stand-in for the eventkb CLI with the contract's command shapes, for testing the
benchmark's mechanics without the Swift build. It stores content hashes and capitalised
words in SQLite; it extracts nothing worth the name."""

import hashlib
import json
import os
import re
import sqlite3
import sys


def main() -> int:
    args = sys.argv[1:]
    if args == ["--version"]:
        print("0.0.0-fake")
        return 0
    db, command, rest = args[1], args[2], args[3:]
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE IF NOT EXISTS articles (hash TEXT PRIMARY KEY)")
    con.execute("CREATE TABLE IF NOT EXISTS names (name TEXT PRIMARY KEY, mentions INTEGER)")
    if command == "init":
        con.commit()
        return 0
    if command == "ingest":
        new = old = rejected = 0
        files = []
        for path in (a for a in rest if a != "-q"):
            if os.path.isfile(path):
                files.append(path)
            for root, _, names in os.walk(path):
                files += [os.path.join(root, n) for n in names if n.endswith(".txt")]
        for path in sorted(files):
            data = open(path, "rb").read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                rejected += 1
                continue
            cur = con.execute("INSERT OR IGNORE INTO articles VALUES (?)", (hashlib.sha256(data).hexdigest(),))
            if cur.rowcount:
                new += 1
                for name in re.findall(r"\b[A-Z][a-z]+\b", text):
                    con.execute("INSERT INTO names VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET mentions = mentions + 1", (name,))
            else:
                old += 1
        con.commit()
        entities = con.execute("SELECT count(*) FROM names").fetchone()[0]
        print(f"ingested {new} articles ({old} already present): {entities} entities, 0 events, 0 relations; {rejected} rejected")
        return 1 if rejected else 0
    if command == "stats":
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        e = con.execute("SELECT count(*) FROM names").fetchone()[0]
        print(json.dumps({"articles": n, "sentences": 0, "entities": e, "mentions": 0, "events": 0, "relations": 0}))
        return 0
    if command == "entities":
        rows = con.execute("SELECT rowid, name, mentions FROM names").fetchall()
        kinds = ["person", "organization", "location"]
        print(json.dumps([{"id": i, "name": n, "type": kinds[i % 3], "subtype": None, "aliases": [], "mentions": m}
                          for i, n, m in rows]))
        return 0
    if command in ("meetings", "entity", "timeline", "search"):
        if rest and rest[0] == "Fail":
            print("no such thing", file=sys.stderr)
            return 1
        print("[]")
        if os.environ.get("EVENTKB_TIMING"):
            print("eventkb-timing: run_ms=0.250", file=sys.stderr)
        return 0
    print(f"unknown command {command}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

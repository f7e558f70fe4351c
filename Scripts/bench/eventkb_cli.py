"""The eventkb commands the benchmark runs, and reading their answers.

Only the public CLI is used (CONTRACT.md): `init`, `ingest PATH... -q`, `stats --format
json`, `entities --format json` and the canned queries.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass

from run import Result, run

# "ingested N articles (M already present): E entities, V events, R relations; K rejected"
SUMMARY = re.compile(
    r"ingested (\d+) articles? \((\d+) already present\): (\d+) entit(?:y|ies), "
    r"(\d+) events?, (\d+) relations?; (\d+) rejected")


@dataclass
class IngestSummary:
    articles: int
    already_present: int
    entities: int
    events: int
    relations: int
    rejected: int


def parse_summary(output: str) -> IngestSummary | None:
    match = SUMMARY.search(output)
    return IngestSummary(*map(int, match.groups())) if match else None


class EventKB:
    def __init__(self, binary: str, db: str):
        self.binary, self.db = binary, db

    def argv(self, *args: str) -> list[str]:
        return [self.binary, "--db", self.db, *args]

    def init(self) -> Result:
        return run(self.argv("init"))

    def ingest(self, *paths: str) -> tuple[Result, IngestSummary | None]:
        result = run(self.argv("ingest", *paths, "-q"))
        return result, parse_summary(result.stdout + "\n" + result.stderr)

    def stats(self) -> dict | None:
        result = run(self.argv("stats", "--format", "json"), measure_rss=False)
        try:
            return json.loads(result.stdout) if result.status == 0 else None
        except json.JSONDecodeError:
            return None

    def entities(self) -> list[dict]:
        result = run(self.argv("entities", "--format", "json"), measure_rss=False)
        if result.status != 0:
            raise RuntimeError(f"entities failed ({result.status}): {result.stderr.strip()[:300]}")
        return json.loads(result.stdout)

    def database_bytes(self) -> int:
        """The database file plus its WAL and shared-memory files, if left behind."""
        total = 0
        for suffix in ("", "-wal", "-shm"):
            try:
                total += os.path.getsize(self.db + suffix)
            except OSError:
                pass
        return total

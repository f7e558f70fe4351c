"""Canned-query latency: which names to ask about, and timing each query as a CLI run.

Every figure includes process spawn, exactly what a user at the shell waits for; the
report puts a bare `eventkb --version` spawn beside them so the query cost can be read
net of process start.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from run import run
from stats import summary_ms

ACTORS = {"person", "organization"}
PLACES = {"location"}


def _usable(name: str) -> bool:
    """Names a shell user would type: letters, spaces, hyphens, apostrophes, dots."""
    return bool(name) and len(name) <= 60 and all(c.isalpha() or c in " -'.’" for c in name)


def pick_names(entities: list[dict], types: set[str] | None, count: int, rng: random.Random) -> list[str]:
    """Half the most-mentioned entities (of `types`), half chosen at random from the rest.

    The top ones have the longest answers (the hard case); the random ones stand for the
    long tail an analyst also asks about.
    """
    pool = [e for e in entities
            if (types is None or e.get("type") in types) and _usable(str(e.get("name", "")))]
    pool.sort(key=lambda e: (-int(e.get("mentions") or 0), str(e["name"])))
    top_n = (count + 1) // 2
    top = pool[:top_n]
    rest = pool[top_n:]
    tail = rng.sample(rest, min(count - len(top), len(rest)))
    return [str(e["name"]) for e in top + tail]


def date_ranges(first: dt.date, last: dt.date, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Ranges a user asks for: a day, a week, a month, a year, placed at random in [first, last]."""
    widths = [0, 6, 30, 364]
    span = (last - first).days
    ranges = []
    for i in range(count):
        width = widths[i % len(widths)]
        start = first + dt.timedelta(days=rng.randint(0, max(0, span - width)))
        ranges.append((start.isoformat(), (start + dt.timedelta(days=width)).isoformat()))
    return ranges


@dataclass
class Latency:
    kind: str
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    non_empty: int = 0

    def summary(self) -> dict:
        s = summary_ms(self.seconds) if self.seconds else {"n": 0}
        if self.cpu_seconds:
            s["cpu_p50"] = summary_ms(self.cpu_seconds)["p50"]
        s.update(kind=self.kind, failures=len(self.failures), non_empty=self.non_empty,
                 failure_examples=self.failures[:3])
        return s


def _answered(stdout: str) -> bool:
    text = stdout.strip()
    return text not in ("", "[]", "{}", "null")


def time_queries(kind: str, argvs: list[list[str]], warmup: int = 2) -> Latency:
    """Runs each argv once (after `warmup` untimed runs that bring the database into the
    page cache) and records its wall time, spawn to exit."""
    for argv in argvs[:warmup]:
        run(argv, measure_rss=False)
    latency = Latency(kind)
    for argv in argvs:
        result = run(argv, measure_rss=False)
        if result.status != 0:
            latency.failures.append(f"exit {result.status}: {' '.join(argv[3:])}: {result.stderr.strip()[:200]}")
            continue
        latency.seconds.append(result.seconds)
        latency.cpu_seconds.append(result.cpu_seconds)
        latency.non_empty += _answered(result.stdout)
    return latency

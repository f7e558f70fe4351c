"""Canned-query latency: which names to ask about, and timing each query as a CLI run.

Every figure includes process spawn, exactly what a user at the shell waits for; the
report puts a bare `eventkb --version` spawn beside them so the query cost can be read
net of process start. Each query also runs with `EVENTKB_TIMING=1`, so eventkb reports on
standard error the wall time of the command itself (open the database, query, format, write
the answer; no process start, no argument parsing): the in-process figure, reported beside the
CLI one, never instead of it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from dataclasses import dataclass, field

from run import run
from stats import summary_ms

ACTORS = {"person", "organization"}
# The line eventkb prints on standard error under EVENTKB_TIMING=1.
TIMING = re.compile(r"^eventkb-timing: run_ms=([0-9]+(?:\.[0-9]+)?)$", re.MULTILINE)
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
    in_process_seconds: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    non_empty: int = 0

    def summary(self) -> dict:
        s = summary_ms(self.seconds) if self.seconds else {"n": 0}
        if self.cpu_seconds:
            s["cpu_p50"] = summary_ms(self.cpu_seconds)["p50"]
        if self.in_process_seconds:
            inside = summary_ms(self.in_process_seconds)
            s.update(in_process_n=inside["n"], in_process_p50=inside["p50"], in_process_p95=inside["p95"])
        s.update(kind=self.kind, failures=len(self.failures), non_empty=self.non_empty,
                 failure_examples=self.failures[:3])
        return s


def _answered(stdout: str) -> bool:
    text = stdout.strip()
    return text not in ("", "[]", "{}", "null")


def in_process_seconds(stderr: str) -> float | None:
    """The command's own time from eventkb's `EVENTKB_TIMING` line, or None without one."""
    found = TIMING.findall(stderr)
    return float(found[-1]) / 1000 if found else None


def time_queries(kind: str, argvs: list[list[str]], warmup: int = 2) -> Latency:
    """Runs each argv once (after `warmup` untimed runs that bring the database into the
    page cache) and records its wall time, spawn to exit, and the in-process time eventkb
    reports when it does."""
    env = dict(os.environ, EVENTKB_TIMING="1")
    for argv in argvs[:warmup]:
        run(argv, measure_rss=False, env=env)
    latency = Latency(kind)
    for argv in argvs:
        result = run(argv, measure_rss=False, env=env)
        if result.status != 0:
            latency.failures.append(f"exit {result.status}: {' '.join(argv[3:])}: {result.stderr.strip()[:200]}")
            continue
        latency.seconds.append(result.seconds)
        latency.cpu_seconds.append(result.cpu_seconds)
        inside = in_process_seconds(result.stderr)
        if inside is not None:
            latency.in_process_seconds.append(inside)
        latency.non_empty += _answered(result.stdout)
    return latency

"""Percentiles for latency samples.

Nearest-rank definition (the smallest sample such that at least p% of the samples are
less than or equal to it): every reported figure is a latency that was actually
observed, never an interpolation between two runs.
"""

from __future__ import annotations

import math


def percentile(samples: list[float], p: float) -> float:
    """The p-th percentile (0 < p <= 100) of `samples` by the nearest-rank method."""
    if not samples:
        raise ValueError("percentile of no samples")
    if not 0 < p <= 100:
        raise ValueError(f"percentile {p} outside (0, 100]")
    ordered = sorted(samples)
    rank = math.ceil(p / 100 * len(ordered))
    return ordered[rank - 1]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    """p50, p95 and max of durations given in seconds, in milliseconds."""
    return {
        "n": len(seconds),
        "p50": percentile(seconds, 50) * 1000,
        "p95": percentile(seconds, 95) * 1000,
        "max": max(seconds) * 1000,
    }

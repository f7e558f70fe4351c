"""Facts about the machine and toolchain a benchmark ran on, for the report header."""

from __future__ import annotations

import os
import subprocess


def _first_line(argv: list[str]) -> str | None:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else None


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def _memory_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def load_average() -> str | None:
    """1/5/15-minute load: the machine is shared, so this says how quiet it was."""
    try:
        with open("/proc/loadavg", encoding="utf-8") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return None


def describe(repo: str) -> dict[str, object]:
    libsqlite = _first_line(["dpkg-query", "-W", "-f", "${Version}", "libsqlite3-0"])
    commit = _first_line(["git", "-C", repo, "rev-parse", "--short", "HEAD"])
    dirty = _first_line(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"])
    return {
        "nproc": os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gib": _memory_gib(),
        "swift": _first_line(["swift", "--version"]),
        "sqlite_library": f"libsqlite3-0 {libsqlite}" if libsqlite else None,
        "sqlite_shell": _first_line(["sqlite3", "--version"]),
        "kernel": _first_line(["uname", "-sr"]),
        "commit": f"{commit}{' (uncommitted changes)' if dirty else ''}" if commit else None,
    }

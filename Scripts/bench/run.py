"""Running one child process and measuring it: wall time, exit status, peak RSS.

Peak RSS is `ru_maxrss` of the child (getrusage(2)). On Linux that high-water mark
survives exec, so a child forked straight from this Python driver would report at least
the driver's own size. Hence the child is started under `/usr/bin/time -f %M`, a small C
program whose own fork is tiny, and its figure is read back (KiB). Without
/usr/bin/time the figure falls back to `os.wait4` on a direct child, an upper bound, and
`rss_source` says so.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass

TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


@dataclass
class Result:
    argv: list[str]
    status: int
    seconds: float
    cpu_seconds: float  # user + system of the child (and its reaped children)
    peak_rss_kib: int
    rss_source: str
    stdout: str
    stderr: str

    @property
    def peak_rss_mib(self) -> float:
        return self.peak_rss_kib / 1024


def run(argv: list[str], capture: bool = True, measure_rss: bool = True,
        env: dict[str, str] | None = None) -> Result:
    """Runs `argv` to completion. Timing spans spawn to reap: process start is included.

    With `capture=False` output goes to /dev/null (query latency measures the query,
    not how fast Python drains output). With `measure_rss=False` the child is started
    directly, without /usr/bin/time in between, for the lowest spawn overhead.
    """
    use_time = measure_rss and TIME is not None
    with tempfile.TemporaryDirectory(prefix="eventkb-run-") as scratch:
        rss_path = os.path.join(scratch, "rss")
        full = [TIME, "-f", "%M", "-o", rss_path, *argv] if use_time else argv
        # Output goes to files, not pipes: a child that fills one pipe while we block
        # reading the other would deadlock.
        with open(os.path.join(scratch, "out"), "w+b") as out_file, \
             open(os.path.join(scratch, "err"), "w+b") as err_file:
            out = out_file if capture else subprocess.DEVNULL
            err = err_file if capture else subprocess.DEVNULL
            start = time.perf_counter()
            child = subprocess.Popen(full, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
            _, wait_status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - start
            child.returncode = os.waitstatus_to_exitcode(wait_status)  # Popen must not reap again
            out_file.seek(0)
            err_file.seek(0)
            stdout_b, stderr_b = out_file.read(), err_file.read()
        rss, source = usage.ru_maxrss, "wait4 (upper bound: includes the forked driver)"
        if use_time:
            rss, source = _read_time_rss(rss_path), "/usr/bin/time -f %M"
    return Result(argv=argv, status=child.returncode, seconds=seconds,
                  cpu_seconds=usage.ru_utime + usage.ru_stime, peak_rss_kib=rss,
                  rss_source=source, stdout=stdout_b.decode("utf-8", "replace"),
                  stderr=stderr_b.decode("utf-8", "replace"))


def _read_time_rss(path: str) -> int:
    """The last line of /usr/bin/time's -o file is %M; a line before it may say
    'Command exited with non-zero status N'."""
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f if line.strip()]
    return int(lines[-1])

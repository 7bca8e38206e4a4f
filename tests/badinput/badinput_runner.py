"""Run bad-input cases as real ``python -m summarizer`` processes, measured.

Each case runs in its own directory and process group, with an
address-space cap; its CPU time and peak RSS come from ``wait4``'s rusage of
that very child. A case behaves when the exit status is the expected one,
stderr/stdout match their patterns, no "Traceback" appears, the paths that
must not be written are absent, its own check passes, and it stayed under
5 s of CPU and 500 MB. The limit is on CPU time because the cases run in
parallel on a machine that may be busy: the work a case does is what must
stay small, and a case still running after 30 s of wall time is killed as
a hang (a blocked read uses no CPU), so a hang fails the case, not the suite.
"""

from __future__ import annotations

import contextlib
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT = 5.0
HANG_LIMIT = 30.0
MEMORY_LIMIT_MB = 500.0
_AS_CAP = 2 << 30  # a runaway case fails fast instead of taking the machine


@dataclass
class Case:
    """One bad input and what the program must do with it."""

    id: str
    area: str
    """cli, glossary, lint, build or serve."""
    argv: list[str]
    """After ``python -m summarizer``; ``{d}`` is the case directory, ``{root}`` the project."""
    rc: int
    err: str = ""
    """Regex that stderr must match (search, multiline)."""
    out: str = ""
    files: dict[str, str | bytes] = field(default_factory=dict)
    fifos: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    """Paths (relative to the case directory) that must not exist afterwards."""
    check: Callable[[Path], str | None] | None = None
    """Extra check on the case directory; returns a problem or None."""
    max_err_lines: int | None = None
    interrupt_after: float | None = None
    """Send SIGINT after this many seconds (Ctrl-C)."""


@dataclass
class Result:
    case: Case
    rc: int | None
    stdout: str
    stderr: str
    seconds: float
    """CPU time (user + system) of the case's process and the workers it waited for."""
    peak_mb: float
    problems: list[str]
    wall: float = 0.0
    """Wall time from start to exit (the cases run in parallel: it includes waiting)."""

    @property
    def ok(self) -> bool:
        return not self.problems


def run_case(case: Case, base: Path, pycache: Path | None = None) -> Result:
    d = base / case.id
    d.mkdir(parents=True)
    for rel, content in case.files.items():
        path = d / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for rel in case.fifos:
        os.mkfifo(d / rel)
    argv = [a.replace("{d}", str(d)).replace("{root}", str(ROOT)) for a in case.argv]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    out_path, err_path = d / ".stdout", d / ".stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "summarizer", *argv],
            cwd=d,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
            start_new_session=True,
        )
        # (not preexec_fn: unsafe with the threads running the other cases)
        with contextlib.suppress(OSError, AttributeError):
            resource.prlimit(proc.pid, resource.RLIMIT_AS, (_AS_CAP, _AS_CAP))
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(HANG_LIMIT, kill)
        timer.start()
        if case.interrupt_after is not None:
            threading.Timer(case.interrupt_after, lambda: _signal(proc.pid, signal.SIGINT)).start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        seconds = usage.ru_utime + usage.ru_stime
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    # nothing of the case may outlive it (forked workers included)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    stdout = out_path.read_text("utf-8", errors="replace")
    stderr = err_path.read_text("utf-8", errors="replace")
    out_path.unlink()
    err_path.unlink()
    peak = usage.ru_maxrss / 1024
    problems = []
    if killed.is_set():
        problems.append(f"hung: killed after {HANG_LIMIT:.0f} s")
    if proc.returncode != case.rc:
        problems.append(f"exit status {proc.returncode}, expected {case.rc}")
    if "Traceback" in stdout + stderr:
        problems.append("printed a traceback")
    if case.err and not re.search(case.err, stderr, re.M):
        problems.append(f"stderr does not match {case.err!r}")
    if case.out and not re.search(case.out, stdout, re.M):
        problems.append(f"stdout does not match {case.out!r}")
    if case.max_err_lines is not None and len(stderr.splitlines()) > case.max_err_lines:
        problems.append(f"stderr has {len(stderr.splitlines())} lines")
    for rel in case.absent:
        if (d / rel).exists() or (d / rel).is_symlink():
            problems.append(f"{rel} was written")
    if case.check is not None and not problems:
        problem = case.check(d)
        if problem:
            problems.append(problem)
    if seconds > TIME_LIMIT:
        problems.append(f"took {seconds:.2f} s of CPU")
    if peak > MEMORY_LIMIT_MB:
        problems.append(f"peak memory {peak:.0f} MB")
    return Result(case, proc.returncode, stdout, stderr, seconds, peak, problems, wall)


def _signal(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


_WARM = """
import importlib, pkgutil, summarizer
for m in pkgutil.walk_packages(summarizer.__path__, "summarizer."):
    if not m.name.endswith("__main__"):
        importlib.import_module(m.name)
"""


def compile_package(pycache: Path) -> None:
    """Compile into ``pycache`` (a bytecode prefix: the checkout gets no
    ``__pycache__``) every module the cases import: the package's, and the
    standard library's and dependencies' that it imports, since under a
    prefix Python reads bytecode only from there. The cases then start as an
    installed tool does, from bytecode (pip compiles it at install): without
    it each case compiled the package from source, CPU that belongs to the
    test set-up, not to the work the case's input asks for."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", _WARM], env=env, check=True)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "summarizer")], env=env, check=True
    )


def run_all(cases: list[Case], jobs: int | None = None) -> list[Result]:
    """Every case, in parallel (each is its own process), in table order."""
    base = Path(tempfile.mkdtemp(prefix="badinput-"))
    os.umask(0o022)  # inherited by every case: output modes are checked against it
    try:
        pycache = base / ".pycache"
        compile_package(pycache)
        with ThreadPoolExecutor(jobs or os.cpu_count() or 1) as pool:
            return list(pool.map(lambda c: run_case(c, base, pycache), cases))
    finally:
        subprocess.run(["rm", "-rf", str(base)], check=False)


def summary(results: list[Result]) -> str:
    """The figures CI prints: cases, how many behave, worst time and peak memory."""
    good = sum(r.ok for r in results)
    slow = max(results, key=lambda r: r.seconds)
    late = max(results, key=lambda r: r.wall)
    big = max(results, key=lambda r: r.peak_mb)
    areas: dict[str, list[int]] = {}
    for r in results:
        areas.setdefault(r.case.area, [0, 0])[0] += 1
        areas[r.case.area][1] += r.ok
    per_area = ", ".join(f"{a} {n[1]}/{n[0]}" for a, n in sorted(areas.items()))
    return (
        f"bad-input corpus: {len(results)} cases, {good} behave ({per_area}); "
        f"worst time {slow.seconds:.2f} s CPU ({slow.case.id}), "
        f"{late.wall:.2f} s wall ({late.case.id}), "
        f"peak memory {big.peak_mb:.0f} MB ({big.case.id}); "
        f"limits {TIME_LIMIT:.0f} s CPU, {MEMORY_LIMIT_MB:.0f} MB"
    )

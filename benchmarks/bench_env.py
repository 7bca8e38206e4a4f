"""What the benchmark scripts share: the environment they run this checkout's
Python children in, and the one-story edit a rebuild is timed on.

An installed package has its bytecode compiled (pip writes the ``.pyc``
files), so a child that compiles every module on each start would charge
our start-up with work a user never pays. Development shells often set
``PYTHONDONTWRITEBYTECODE=1``; the children run without it and keep their
bytecode under ``benchmarks/.work/pycache`` (git-ignored), so the first run
writes the caches and the timed ones read them, as an installed tool would.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Pagefind's extended binary (Chinese segmentation), installed by
#: scripts/setup.sh: the search peer of bench_search and bench_site.
PAGEFIND = ROOT / "benchmarks/.pagefind/node_modules/@pagefind/linux-x64/bin/pagefind_extended"


def installed_env(work: Path = ROOT / "benchmarks" / ".work") -> dict[str, str]:
    """``os.environ`` for a child that runs this checkout like an installed package.

    >>> env = installed_env()
    >>> "PYTHONDONTWRITEBYTECODE" in env, env["PYTHONPATH"] == str(ROOT)
    (False, True)
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env["PYTHONPATH"] = str(ROOT)
    return env


#: The zh-Hans title of a facts file, and the edit markers in front of it.
_TITLE = re.compile(r"(\n  title:\n    zh-Hans: )((?:改\d+)*)")


def edit_title(victim: Path) -> None:
    r"""Change one story's zh-Hans title for a timed one-story rebuild: a
    marker ``改N`` in front of it, replacing the previous marker (N the next
    number), so every call is an edit and the title never grows past the
    schema's limit however many runs a site gets.

    >>> import tempfile
    >>> f = Path(tempfile.mkdtemp()) / "s.yaml"
    >>> _ = f.write_text("story:\n  title:\n    zh-Hans: 标题\n", "utf-8")
    >>> edit_title(f); edit_title(f); f.read_text("utf-8").split(": ")[-1]
    '改1标题\n'
    """
    text = victim.read_text("utf-8")
    found = _TITLE.search(text)
    if found is None:
        raise SystemExit(f"{victim}: no zh-Hans title to change")
    marks = found.group(2)
    n = int(marks.rsplit("改", 1)[1]) + 1 if marks else 0
    victim.write_text(text[: found.start(2)] + f"改{n % 1000}" + text[found.end(2) :], "utf-8")


def yardstick(steps: int = 20_000_000, rounds: int = 3) -> float:
    """CPU seconds of a fixed pure-Python loop, best of ``rounds``: the speed
    of the machine at the time of a run, printed with every result, since the
    same code's figures moved by 1.7x between runs of one day on this shared
    machine (autocorrect's lint of one corpus: 7.2 s one day, 8.1 s and 12.1 s
    half an hour apart the next). Divide a figure by it to compare two runs.

    >>> 0 < yardstick(1000, 1) < 1
    True
    """
    best = float("inf")
    for _ in range(rounds):
        began = time.process_time()
        total = 0
        for i in range(steps):
            total += i
        best = min(best, time.process_time() - began)
    return best


def machine() -> str:
    """One line on the machine and its speed now, for the head of a report."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {load:.2f}, "
        f"yardstick {yardstick():.3f} s CPU (a 20,000,000-step Python loop, best of 3)"
    )

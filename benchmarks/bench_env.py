"""The environment a benchmark runs this checkout's Python children in.

An installed package has its bytecode compiled (pip writes the ``.pyc``
files), so a child that compiles every module on each start would charge
our start-up with work a user never pays. Development shells often set
``PYTHONDONTWRITEBYTECODE=1``; the children run without it and keep their
bytecode under ``benchmarks/.work/pycache`` (git-ignored), so the first run
writes the caches and the timed ones read them, as an installed tool would.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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

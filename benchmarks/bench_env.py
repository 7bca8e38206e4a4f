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

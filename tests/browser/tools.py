"""The outside checkers the measured browser tests run (issue 11), and what to
do when one is missing.

scripts/setup.sh installs each in its own npm prefix (an npm install prunes
what its prefix's package.json does not list). Locally a missing tool skips
the test with the command that installs it; under CI (``CI`` set, as .ci/run
runs) it fails: a measurement CI promises must not pass by not running.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
VNU_JAR = HERE / ".vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = HERE / ".lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = Path("/usr/bin/chromium")


def need(*paths: Path | str, install: str = "bash scripts/setup.sh") -> None:
    """Skip (locally) or fail (CI) unless every file or command in ``paths`` exists.

    A ``str`` is a command looked up on PATH, a ``Path`` a file.
    """
    missing = [
        str(p)
        for p in paths
        if (isinstance(p, Path) and not p.exists())
        or (isinstance(p, str) and shutil.which(p) is None)
    ]
    if not missing:
        return
    reason = f"missing {', '.join(missing)} (install: {install})"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run this measurement: {reason}", pytrace=False)
    pytest.skip(reason)

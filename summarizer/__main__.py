"""``python -m summarizer`` runs the command line.

Ctrl-C while the package is still importing (the first few hundred
milliseconds) is caught here too, so it also ends in one line and 130.
"""

from __future__ import annotations

import os
import sys

from .interrupts import interrupted


def _leave() -> None:
    sys.stderr.write("summarizer: interrupted\n")
    sys.stderr.flush()
    os._exit(130)


try:
    from .cli import run
except BaseException as exc:  # an interrupt while importing; anything else goes on
    if interrupted(exc):
        _leave()
    raise

try:
    run()
except BaseException as exc:  # an interrupt between main() and exit
    if isinstance(exc, SystemExit) or not interrupted(exc):
        raise
    _leave()

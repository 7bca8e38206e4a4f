"""``python -m summarizer`` runs the command line.

Ctrl-C while the package is still importing (the first few hundred
milliseconds) is caught here too, so it also ends in one line and 130.
"""

from __future__ import annotations

import os
import sys

try:
    from .cli import interrupted, run
except BaseException as exc:  # noqa: BLE001 - only an interrupt is handled
    cause: BaseException | None = exc
    for _ in range(8):  # an interrupt inside class creation comes back wrapped
        if isinstance(cause, KeyboardInterrupt):
            sys.stderr.write("summarizer: interrupted\n")
            sys.stderr.flush()
            os._exit(130)
        cause = cause.__cause__ or cause.__context__ if cause is not None else None
    raise

try:
    run()
except BaseException as exc:  # an interrupt between main() and exit
    if isinstance(exc, SystemExit) or not interrupted(exc):
        raise
    sys.stderr.write("summarizer: interrupted\n")
    sys.stderr.flush()
    os._exit(130)

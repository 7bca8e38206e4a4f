"""Colour for the human report on a terminal.

``--color auto`` (the default) colours when the report goes to a terminal
(``isatty`` and ``TERM`` is not ``dumb``), unless ``NO_COLOR`` is set to
anything non-empty (https://no-color.org); ``FORCE_COLOR`` (non-empty, not
``0``) colours even into a pipe, as CI logs that render ANSI want.
``always`` and ``never`` override both. Only the human format is coloured:
the machine formats are parsed by other programs.
"""

from __future__ import annotations

import os
import re
from typing import TextIO

CHOICES = ("auto", "always", "never")
_RESET = "\033[0m"
_STYLE = {
    "path": "\033[1m",
    "error": "\033[31m",
    "warning": "\033[33m",
    "suggestion": "\033[36m",
    "rule": "\033[2m",
}
_LINE = re.compile(r"^(.+?:\d+:\d+)  (error|warning|suggestion)  (.*)  (\S+)$")
_COUNT = re.compile(r"\b([1-9]\d*) (errors|warnings|suggestions)\b")


def wanted(choice: str, stream: TextIO) -> bool:
    """Whether to colour output written to ``stream``."""
    if choice != "auto":
        return choice == "always"
    force = os.environ.get("FORCE_COLOR", "")
    if force and force != "0":
        return True
    if os.environ.get("NO_COLOR", ""):
        return False
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False
    return tty and os.environ.get("TERM") != "dumb"


def _paint(style: str, text: str) -> str:
    return f"{_STYLE[style]}{text}{_RESET}"


def colour_lines(text: str) -> str:
    """Finding lines painted; a summary line's non-zero counts in their colour."""
    out = []
    for line in text.split("\n"):
        m = _LINE.match(line)
        if m:
            path, level, message, rule = m.groups()
            line = (
                f"{_paint('path', path)}  {_paint(level, level)}  {message}  {_paint('rule', rule)}"
            )
        elif " errors, " in line and " suggestions" in line:
            line = _COUNT.sub(lambda c: _paint(c.group(2)[:-1], c.group()), line)
        out.append(line)
    return "\n".join(out)


def colour_human(report: str) -> str:
    """The human report (``path:line:col  level  message  rule`` lines, then
    the summary) with the place bold, the level in its colour, the rule dim
    and non-zero counts of the summary in their level's colour."""
    out: list[str] = []
    lines = report.split("\n")
    for i, line in enumerate(lines):
        m = _LINE.match(line)
        if m:
            path, level, message, rule = m.groups()
            line = (
                f"{_paint('path', path)}  {_paint(level, level)}  {message}  {_paint('rule', rule)}"
            )
        elif i == len(lines) - 2:  # the summary (the report ends with a newline)
            line = _COUNT.sub(lambda c: _paint(c.group(2)[:-1], c.group()), line)
        out.append(line)
    return "\n".join(out)


class Colouring:
    """A text stream that colours the human report as it is written (the
    report is streamed, line by line, so each line is painted on its own)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self._pending = ""

    def write(self, text: str) -> int:
        self._pending += text
        done, _, self._pending = self._pending.rpartition("\n")
        if done:
            self.out.write(colour_lines(done + "\n"))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.out.write(colour_lines(self._pending))
            self._pending = ""
        self.out.flush()

    def isatty(self) -> bool:
        return False

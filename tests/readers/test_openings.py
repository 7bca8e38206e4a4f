"""No opening clause under two readers: a story's points each say what the news means for one
reader, and a section that opens like the next one ("With cotton at US$2.01 a pound, …" under
six readers) reads as a form filled in six times. Each reader comes in by its own figure or its
own connective. Read from the golden briefs, which test_golden holds equal to what `render`
prints."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
POINT = re.compile(r"\d+\. \*\*[^*]+\*\*[:：] ?(.*)")
CITE = re.compile(r"\[\^?\d+\]")
#: Up to the first comma or colon, in either script: the way into the point.
OPENING = re.compile(r", |: |，|：")
#: Shorter openings are a connective or a date ('Since April 1'), not a repeated figure.
LONG = 20


def openings(md: str) -> dict[str, set[str]]:
    """Each reader section's point openings (the Quick Summary and Sources left out)."""
    shared: dict[str, set[str]] = defaultdict(set)
    for section in md.split("\n## ")[2:-1]:
        head = section.split("\n", 1)[0]
        for line in section.splitlines():
            if m := POINT.match(line):
                first = OPENING.split(CITE.sub("", m.group(1)), maxsplit=1)[0]
                if len(first) > LONG:
                    shared[first].add(head)
    return shared


BRIEFS = sorted(p for lang in ("en", "zh-Hans") for p in GOLDEN.glob(f"*.{lang}.md"))


def test_there_are_briefs_to_read() -> None:
    assert len(BRIEFS) >= 200


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_no_opening_under_two_readers(path: Path) -> None:
    over = {o: sorted(h) for o, h in openings(path.read_text(encoding="utf-8")).items()
            if len(h) >= 2}
    assert not over, over


def test_the_check_sees_a_repeated_opening() -> None:
    md = ("# T\n\n## Quick Summary\n\n1. x\n\n"
          + "".join(f"## {r}\n\n1. **Risk**: With cotton at US$2.01 a pound, do {r}.\n\n"
                    for r in ("Brands", "Sellers", "Factories"))
          + "## Sources\n")
    assert openings(md) == {"With cotton at US$2.01 a pound": {"Brands", "Sellers", "Factories"}}

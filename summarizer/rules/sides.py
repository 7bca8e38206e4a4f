"""Which side of an event a platform is on, where that decides whether the
event is a reader's news at all: an access ban is news when it blocks a
platform (a channel closed to everyone who sells through it), a lawsuit
when a platform is sued or sues (its terms at stake, or its rules enforced
in court). Kept apart from ``events`` so that rule keeps to what it says.
"""

from __future__ import annotations

from ..model import Fact, Story


def blocks_platform(story: Story, e: Fact) -> bool:
    """Whether an access ban blocks a platform (its ``object``): a channel
    closed to everyone who sells, buys or serves through it there."""
    banned = story.entities.get(e.segment) if e.segment else None
    return banned is not None and banned.kind == "platform"


def platform_side(story: Story, e: Fact) -> bool:
    """Whether a platform is a side of a lawsuit: sued (its terms at stake), or
    suing (``parties[0]``: those who abuse its store, fakes or false claims)."""
    sides = (e.entity, *e.parties[:1])
    return any((x := story.entities.get(s)) is not None and x.kind == "platform" for s in sides)

"""The rule registry: an ordered list of named rules, like markdown-it's Ruler.

Order matters: when two takeaways tie on priority, the earlier rule wins, so
the order here is part of the output and a test pins it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import Figure, Story, Takeaway
from .facts import FactIndex, UndefinedFigureError


@dataclass(frozen=True, slots=True)
class Check:
    """A stated figure and the rule's recomputation of it."""

    rule: str
    fact: str
    """Id of the stated fact."""
    figure: Figure
    inputs: tuple[str, ...]
    """Fact ids the figure was computed from."""


@dataclass(frozen=True, slots=True)
class Derived:
    """What one rule produced for one story."""

    takeaways: list[Takeaway]
    checks: list[Check]


log = logging.getLogger(__name__)

RuleFn = Callable[[FactIndex], Iterable[Takeaway | Check]]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    fn: RuleFn
    needs: tuple[str, ...]
    """Vocabulary the rule reads: 'metric:revenue', 'event:lockup_expiry', 'claim'."""
    doc: str


RULES: list[Rule] = []


def rule(name: str, needs: tuple[str, ...]) -> Callable[[RuleFn], RuleFn]:
    """Register ``fn`` under ``name``; ``needs`` is checked against the schema."""

    def deco(fn: RuleFn) -> RuleFn:
        if any(r.name == name for r in RULES):
            raise ValueError(f"rule '{name}' registered twice")
        RULES.append(Rule(name, fn, needs, (fn.__doc__ or "").strip().splitlines()[0]))
        return fn

    return deco


def set_order(order: tuple[str, ...]) -> None:
    """Put the registry in ``order``; every registered rule must be listed once."""
    names = [r.name for r in RULES]
    missing = sorted(set(names) - set(order))
    unknown = sorted(set(order) - set(names))
    if missing or unknown or len(set(order)) != len(order):
        raise ValueError(f"rule order: unlisted {missing}, unknown {unknown}")
    RULES.sort(key=lambda r: order.index(r.name))


def check_needs(metrics: set[str], events: set[str]) -> None:
    """Every ``needs`` entry must name a metric or event of the facts schema,
    so a rule cannot silently wait for facts no editor can write."""
    bad = []
    for r in RULES:
        for need in r.needs:
            kind, _, name = need.partition(":")
            ok = (
                (kind == "metric" and name in metrics)
                or (kind == "event" and name in events)
                or need == "claim"
            )
            if not ok:
                bad.append(f"{r.name}: {need}")
    if bad:
        raise ValueError(f"rules need what the schema does not define: {bad}")


def rule_names() -> list[str]:
    return [r.name for r in RULES]


def derive(story: Story, enabled: Iterable[str] | None = None) -> Derived:
    """Run every (enabled) rule over one story, in registry order."""
    index = FactIndex(story)
    allowed = set(enabled) if enabled is not None else None
    takeaways: list[Takeaway] = []
    checks: list[Check] = []
    for r in RULES:
        if allowed is not None and r.name not in allowed:
            continue
        try:
            for item in r.fn(index):
                (checks if isinstance(item, Check) else takeaways).append(item)  # type: ignore[arg-type]
        except UndefinedFigureError as exc:  # backstop: rules skip undefined figures themselves
            log.info("%s: rule %s stopped: %s", story.path, r.name, exc)
    return Derived(takeaways, checks)

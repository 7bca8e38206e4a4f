"""An event's dates and direction, checked while the event is built: a date
as precise as the article gives it, the day a temporary event ends (after
its date), and which way a price, a fee or a duty went (said in words, or by a
signed percent, never both ways at once)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import Fact, Quantity, SourceSpan
from ..vocabulary.vocab import default_vocabulary
from .yamlload import Located, Path_

Problems = list[tuple[SourceSpan | None, str]]

#: Event kinds that may say which way they went without a figure: prices,
#: fees and duties up or down, and a rule change asking more of sellers
#: (up) or less (down: refund-only orders ended).
DIRECTED = frozenset({"fee_change", "price_change", "tariff_change", "policy_change"})
#: Those whose direction ``check`` asks for when a reader was told of them
#: without one (a rule change is worded by what it is about instead).
DIRECTION_ASKED = frozenset({"fee_change", "price_change", "tariff_change"})


def _signed(kind: str, qty: Quantity | None) -> str:
    """'up' or 'down' as a price change's percent says it ('' otherwise: a
    fee's or a tariff's percent is its rate, which says no direction)."""
    if kind != "price_change" or qty is None or qty.unit != "percent" or qty.value == 0:
        return ""
    return "up" if qty.value > 0 else "down"


def way(e: Fact) -> bool | None:
    """Which way a price, fee or duty change went: True up, False down, None
    not said. One reading for the rule that words it (``dated_event``) and
    the check that asks for it (``events_undirected``)."""
    said = e.direction or _signed(e.event, e.quantity)
    return {"up": True, "down": False}.get(said)


def parse_date(raw: str) -> tuple[date, str]:
    """'2026-02-01' -> day; '2026-10' -> month; '2026' -> year."""
    parts = raw.split("-")
    if len(parts) == 3:
        return date.fromisoformat(raw), "day"
    if len(parts) == 2:
        return date(int(parts[0]), int(parts[1]), 1), "month"
    return date(int(parts[0]), 1, 1), "year"


def planned_of(
    raw: dict[str, Any], fid: str, loc: Located, path: Path_, problems: Problems
) -> bool | None:
    """Whether an event is a change announced with no date yet ('planned:
    true'); ``None`` (a problem noted) where that cannot be: with a 'date'
    (the day says it all), or for a kind that does not take effect (a
    launch or a layoff with no day simply omits its date)."""
    kind = default_vocabulary().events[raw["event"]]
    if not raw.get("planned"):
        if "date" not in raw and kind.dated:
            hint = " (or 'planned: true' for one announced with no date yet)"
            problems.append(
                (
                    loc.span(path),
                    f"field 'facts.{fid}': a '{raw['event']}' event needs a 'date'"
                    + (hint if kind.plannable else ""),
                )
            )
            return None
        return False
    where = loc.span((*path, "planned"))
    if "date" in raw:
        problems.append(
            (
                where,
                f"field 'facts.{fid}.planned': expected no 'date' beside it (a planned "
                f"change has no day yet), got date {raw['date']}; with a day, write 'date' alone",
            )
        )
        return None
    plannable = sorted(k for k, d in default_vocabulary().events.items() if d.plannable)
    if not kind.plannable:
        problems.append(
            (
                where,
                f"field 'facts.{fid}.planned': expected an event that may be announced "
                f"with no date ({', '.join(plannable)}), got a '{raw['event']}' event",
            )
        )
        return None
    if "until" in raw:
        problems.append(
            (where, f"field 'facts.{fid}.planned': a change with no date yet has no 'until' either")
        )
        return None
    return True


def until_of(
    raw: dict[str, Any], start: date | None, fid: str, loc: Located, path: Path_, problems: Problems
) -> date | None:
    """The day a temporary event ends ('until: 2026-11-10'), after its date."""
    if "until" not in raw:
        return None
    where = loc.span((*path, "until"))
    try:
        end = date.fromisoformat(str(raw["until"]))
    except ValueError as exc:
        problems.append((where, f"field 'facts.{fid}.until': not a real date: {exc}"))
        return None
    if start is not None and end <= start:
        problems.append(
            (
                where,
                f"field 'facts.{fid}.until': expected a day after the event's date "
                f"{start.isoformat()}, got {end.isoformat()}",
            )
        )
        return None
    return end


def direction_of(
    raw: dict[str, Any],
    qty: Quantity | None,
    fid: str,
    loc: Located,
    path: Path_,
    problems: Problems,
) -> str | None:
    """'up', 'down' or '' (not said) for an event; None after a problem: a
    direction on a kind that has none, or one a signed percent contradicts
    ('direction: up' with 'value: -8, unit: percent')."""
    said = str(raw.get("direction", ""))
    if not said:
        return ""
    where = loc.span((*path, "direction"))
    if raw["event"] not in DIRECTED:
        *most, last = (f"'{k}'" for k in sorted(DIRECTED))
        kinds = f"{', '.join(most)} or {last}" if most else last
        problems.append(
            (
                where,
                f"field 'facts.{fid}.direction': only a {kinds} event has a direction, "
                f"not a '{raw['event']}' event",
            )
        )
        return None
    signed = _signed(raw["event"], qty)
    if signed and signed != said:
        assert qty is not None
        problems.append(
            (
                where,
                f"field 'facts.{fid}.direction': expected '{signed}' as its value "
                f"{qty.value}% says, got '{said}'",
            )
        )
        return None
    return said

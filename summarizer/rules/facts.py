"""Indexes and arithmetic the rules share.

``FactIndex`` answers the questions rules ask ("every revenue level of
zhipu", "the lock-up expiries of minimax") without each rule scanning the
list. ``Num`` carries a value with the interval its written precision
allows, and ``compute`` evaluates a formula at the corners of that box, so
a derived figure knows how far rounding alone could move it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, getcontext

from ..model import Fact, Figure, Story
from .timeline import previous_period

getcontext().prec = 28

QUALIFIER_SLACK = {"about": Decimal("0.05"), "nearly": Decimal("0.10")}
#: Relative slack for the author's intermediate rounding, on top of the
#: stated figure's own last digit and qualifier.
TOLERANCE = Decimal("0.01")


#: Percent to fraction and back: one Decimal for every rule.
HUNDRED = Decimal(100)

@dataclass(frozen=True, slots=True)
class Num:
    """A number with the interval it stands for and the facts it came from."""

    value: Decimal
    low: Decimal
    high: Decimal
    facts: tuple[str, ...]
    unit: str
    upper: Decimal | None = None
    """The other end when the figure is a range as written (a new fee of 2.5%
    to 4%) or computed from one (up 0.5 to 2 points): ``value`` is the end
    computed from the written lower ends, ``upper`` from the upper ends.
    ``low``/``high`` stay the interval rounding allows around both."""

    @classmethod
    def of(cls, fact: Fact) -> Num:
        q = fact.quantity
        assert q is not None, fact.id
        low, high = q.bounds()
        return cls(q.value, low, high, (fact.id,), q.unit, q.upper)

    def scaled(self, k: Decimal, unit: str | None = None) -> Num:
        upper = None if self.upper is None else self.upper * k
        return Num(self.value * k, self.low * k, self.high * k, self.facts, unit or self.unit,
                   upper)

    @property
    def figure(self) -> Figure:
        return Figure(self.value, self.unit, min(self.low, self.high), max(self.low, self.high))


class UndefinedFigureError(ArithmeticError):
    """A figure that cannot be computed from these inputs (a zero base, a
    logarithm of a non-positive ratio); the rule says nothing rather than
    something wrong."""


def apart(a: Num, b: Num) -> int:
    """1 if ``a`` is above ``b`` over both intervals, -1 if below, 0 if their
    rounding could make them equal (41% against 32%: 1; 32.4% against 32%: 0)."""
    if a.low > b.high:
        return 1
    if a.high < b.low:
        return -1
    return 0


def compute(fn: Callable[..., Decimal], *args: Num, unit: str) -> Num:
    """``fn`` at the values, and its range over every corner of the input box.

    Raises ``UndefinedFigureError`` when the formula has no value at the inputs (or at a
    corner of the box, e.g. a base whose interval reaches zero).
    """
    ranged = any(a.upper is not None for a in args)
    try:
        value = fn(*(a.value for a in args))
        upper = fn(*(a.value if a.upper is None else a.upper for a in args)) if ranged else None
        corners = [fn(*c) for c in itertools.product(*((a.low, a.high) for a in args))]
    except (ArithmeticError, ValueError) as exc:
        raise UndefinedFigureError(str(exc)) from None
    facts = tuple(dict.fromkeys(f for a in args for f in a.facts))
    return Num(value, min(corners), max(corners), facts, unit,
               None if upper is None or upper == value else upper)


def stated_interval(fact: Fact) -> tuple[Decimal | None, Decimal | None]:
    """What a stated figure allows, reading its qualifier as written.

    约 (about) allows 5% either way, 近 (nearly) up to 10% below, 超 (over) and
    至少 anything above, 不超过 anything below; all on top of the rounding
    of the last written digit and ``TOLERANCE``. The inputs a rule computes
    from are taken as exact: they are what the author computed from, and
    "1万亿" read as ±0.5万亿 would let every figure pass.
    """
    q = fact.quantity
    assert q is not None
    low, high = q.bounds()
    tol = abs(q.value) * TOLERANCE
    low, high = low - tol, high + tol
    slack = abs(q.value) * QUALIFIER_SLACK.get(q.qualifier, Decimal(0))
    if q.qualifier == "about":
        return low - slack, high + slack
    if q.qualifier == "nearly":
        return low - slack, high
    if q.qualifier in ("over", "at_least"):
        return low, None
    if q.qualifier in ("up_to", "under"):
        return None, high
    return low, high


class FactIndex:
    """One story's facts, indexed for rules."""

    def __init__(self, story: Story) -> None:
        self.story = story
        # forecasts are not results: no rule compares or adds them up with the
        # facts; the outlook rule reads them (rules/outlook.py)
        self.facts = tuple(f for f in story.facts if not f.forecast)
        self.forecasts = tuple(f for f in story.facts if f.forecast)
        self._fx = {(a, b): r for a, b, r in story.fx}

    def metrics(
        self,
        metric: str | None = None,
        *,
        entity: str | None = None,
        measure: str | None = "level",
        segment: str | None = None,
        period: str | None = None,
        stated: bool | None = None,
    ) -> list[Fact]:
        out = []
        for f in self.facts:
            if f.kind != "metric":
                continue
            if metric is not None and f.metric != metric:
                continue
            if entity is not None and f.entity != entity:
                continue
            if measure is not None and f.measure != measure:
                continue
            if segment is not None and f.segment != segment:
                continue
            if period is not None and f.period != period:
                continue
            if stated is not None and f.stated != stated:
                continue
            out.append(f)
        return out

    def events(self, event: str | None = None, *, entity: str | None = None) -> list[Fact]:
        return [
            f
            for f in self.facts
            if f.kind == "event"
            and (event is None or f.event == event)
            and (entity is None or f.entity == entity)
        ]

    def claims(self) -> list[Fact]:
        return [f for f in self.facts if f.kind == "claim"]

    def fact(self, fact_id: str) -> Fact | None:
        for f in self.facts:
            if f.id == fact_id:
                return f
        return None

    def earlier(self, f: Fact) -> Fact | None:
        """The level ``f`` is read against: the ``base:`` the editor named,
        or else the same metric's level of the same entity and segment a
        period earlier (FY2024's beside FY2025's); None if there is none."""
        if f.base:
            return self.fact(f.base)
        before = previous_period(f.period) if f.period else None
        if not before:
            return None
        found = self.metrics(f.metric, entity=f.entity, segment=f.segment, period=before,
                             stated=False)
        return found[0] if found else None

    def against_earlier(self, f: Fact, unit: str = "percent") -> tuple[Fact | None, Num | None]:
        """``f``'s level a period earlier (``earlier``) and its move from it:
        growth in percent (revenue up 24.3%), or with ``unit='pp'`` the
        difference in points of a rate (on time 3.7 points more); the move is
        None when the levels give none (no earlier level, a zero base)."""
        prev = self.earlier(f)
        if prev is None or prev.quantity is None or f.quantity is None:
            return prev, None
        try:
            if unit == "pp":
                return prev, compute(lambda a, b: b - a, Num.of(prev), Num.of(f), unit="pp")
            return prev, compute(lambda a, b: (b / a - 1) * HUNDRED, Num.of(prev), Num.of(f),
                                 unit=unit)
        except UndefinedFigureError:
            return prev, None

    def stated_yoy(self, metric: str, entity: str, period: str, segment: str = "") -> Fact | None:
        """The rate on a year earlier the source states for ``metric`` of
        ``entity`` in ``period`` (in ``segment``, none by default): in percent
        and one value, so a rule can multiply or compare it (a range tells
        neither); None if none."""
        return next((f for f in self.metrics(metric, entity=entity, segment=segment, period=period,
                                             measure="yoy")
                     if f.quantity is not None and f.quantity.unit == "percent"
                     and f.quantity.upper is None), None)

    def yoy_rate(
        self, metric: str, entity: str, period: str, segment: str = ""
    ) -> tuple[Num | None, Fact | None]:
        """``metric``'s rate on a year earlier for ``entity`` (and ``segment``) in
        ``period``: the stated one (``stated_yoy``), else worked out from its
        level and the level it is read against; and the level, if given. Rules
        that set two rates against each other (ads against units sold,
        freight spend against shipments) take either."""
        level = next((f for f in self.metrics(metric, entity=entity, segment=segment,
                                              period=period, stated=False)
                      if f.quantity is not None), None)
        stated = self.stated_yoy(metric, entity, period, segment)
        if stated is not None:
            return Num.of(stated), level
        return (self.against_earlier(level)[1] if level is not None else None), level

    def olds(self, metric: str) -> set[str]:
        """Ids of the ``metric`` levels another level is read against (its
        ``earlier``): old levels, told with their new ones, not on their own."""
        return {b.id for f in self.metrics(metric) if (b := self.earlier(f)) is not None}

    def kind(self, entity: str) -> str:
        """The kind of a story's entity ('index', 'company', …), '' for an id
        the story does not declare: rules pick carriers, trackers and
        platforms by it."""
        e = self.story.entities.get(entity)
        return e.kind if e is not None else ""

    def entities_with(self, metric: str, measure: str = "level") -> list[str]:
        """Entity ids that have ``metric`` facts, in first-mention order."""
        return list(dict.fromkeys(f.entity for f in self.metrics(metric, measure=measure)))

    def unconverted(self, stated: Decimal, computed: Decimal) -> tuple[str, str, Decimal] | None:
        """The story's exchange rate that explains a stated figure, if it is off
        from the recomputed one by just that rate (the article divided HK$ by
        RMB without converting): (from, to, rate), else None."""
        if not computed or not stated:
            return None
        ratio = stated / computed
        for a, b, rate in self.story.fx:
            for r in (rate, 1 / rate):
                if abs(ratio / r - 1) <= Decimal("0.03"):
                    return (a, b, rate)
        return None

    def to_currency(self, num: Num, currency: str) -> Num | None:
        """Convert money with the story's own exchange rates (None if it has none)."""
        if num.unit == currency:
            return num
        rate = self._fx.get((num.unit, currency))
        if rate is None and (currency, num.unit) in self._fx:
            rate = 1 / self._fx[(currency, num.unit)]
        if rate is None:
            return None
        return num.scaled(rate, currency)


def ids_of(rows: Iterable[Mapping[str, object]], *keys: str) -> tuple[str, ...]:
    """The ids of the facts under ``keys`` in each row, in order, each once:
    a takeaway's facts when it tells several moves (each with its base).
    Rows whose key holds no fact (a rebate ended, with no base) add none."""
    return tuple(dict.fromkeys(
        x.id for r in rows for k in keys if isinstance(x := r.get(k), Fact)
    ))


def moved(old: Fact, new: Fact) -> tuple[Num, Num] | None:
    """The move from ``old`` to ``new`` and its share of ``old`` (US$25 to
    US$35: US$10, 40%); None when the old level is zero."""
    assert new.quantity is not None
    a, b = Num.of(old), Num.of(new)
    try:
        move = compute(lambda x, y: y - x, a, b, unit=new.quantity.unit)
        share = compute(lambda x, y: (y - x) / x * HUNDRED, a, b, unit="percent")
    except UndefinedFigureError:
        return None
    return move, share

"""The two largest sections of the vocabulary, read and checked: event kinds
and metrics (every key of a definition, its stances for each role and kind of
entity, what a charge is paid on, the metrics a sum is made of). Split from
``vocab.parse_vocabulary``, which reads the small sections and puts them
together."""

from __future__ import annotations

from ..keys import unknown_keys
from .defs import EventDef, FacetDef, MetricDef
from .entries import Reader, stances_by_kind, sum_of, told_by

#: What a charge can be paid on (``levied_on``): its cost is worded for it.
LEVIED_ON = ("", "sales", "imports", "shipments", "exports")
#: Which goods-trade flow a metric is (``trade``): worded for exporters and forwarders.
TRADE = ("", "exports", "imports", "both")

#: The keys an event or a metric definition may have (a typo is an error).
EVENT_KEYS = (
    "zh-Hans",
    "en",
    "dated",
    "effective",
    "facet",
    "for",
    "by_kind",
    "per_role",
    "channel",
    "plannable",
    "grounds",
)
METRIC_KEYS = (
    "kind",
    "flow",
    "facet",
    "good",
    "signed",
    "for",
    "by_kind",
    "levied_on",
    "trade",
    "sum_of",
    "told_by",
    "sales",
    "per_order",
    "shop",
    "loss",
    "name",
    "term",
    "limit",
    "bill",
    "points_told",
)


def parse_events(
    r: Reader, facets: dict[str, FacetDef], roles: tuple[str, ...], stances: tuple[str, ...],
    entity_kinds: tuple[str, ...],
) -> dict[str, EventDef]:
    """The event kinds (``events:``), each checked; problems go to ``r``."""
    loc = r.loc
    events: dict[str, EventDef] = {}
    for eid, raw in r.mapping("events").items():
        p = ("events", eid)
        name = r.text(p, raw)
        if not name:
            continue
        facet = str(raw.get("facet", ""))
        if facet:
            r.one_of((*p, "facet"), facet, facets)
        st = r.stance((*p, "for"), raw.get("for"), roles, stances)
        r.problems += unknown_keys(loc, p, EVENT_KEYS, f"vocabulary 'events.{eid}'")
        channel = r.one_of((*p, "channel"), raw.get("channel", ""), ("", "opens", "closes"))
        events[eid] = EventDef(
            eid,
            name,
            bool(raw.get("dated", False)),
            facet,
            st,
            bool(raw.get("effective", False)),
            bool(raw.get("per_role", False)),
            bool(raw.get("plannable", raw.get("effective", False))),
            channel,
            stances_by_kind(r, p, raw.get("by_kind"), entity_kinds, roles, stances),
            bool(raw.get("grounds", False)),
        )
    return events


def parse_metrics(
    r: Reader, facets: dict[str, FacetDef], kinds: tuple[str, ...], roles: tuple[str, ...],
    stances: tuple[str, ...], entity_kinds: tuple[str, ...],
) -> dict[str, MetricDef]:
    """The metrics (``metrics:``), each checked, and the parts of each sum
    checked to be metrics of its kind; problems go to ``r``."""
    loc = r.loc
    metrics: dict[str, MetricDef] = {}
    for mid, raw in r.mapping("metrics").items():
        p = ("metrics", mid)
        if not isinstance(raw, dict):
            r.fail(p, "expected a mapping with at least 'kind'")
            continue
        r.problems += unknown_keys(loc, p, METRIC_KEYS, f"vocabulary 'metrics.{mid}'")
        kind = r.one_of((*p, "kind"), raw.get("kind"), kinds)
        facet = r.one_of((*p, "facet"), raw.get("facet", "market"), facets)
        good = r.one_of((*p, "good"), raw.get("good", "up"), ("up", "down"))
        st = r.stance((*p, "for"), raw.get("for"), roles, stances)
        name = r.text((*p, "name"), raw.get("name"), required=False, names_only=True)
        by_kind = stances_by_kind(r, p, raw.get("by_kind"), entity_kinds, roles, stances)
        metrics[mid] = MetricDef(
            mid,
            kind,
            r.flag((*p, "flow"), raw.get("flow")),
            facet,
            good,
            r.flag((*p, "signed"), raw.get("signed")),
            st,
            name,
            str(raw.get("term", "")) or mid,
            r.at(p),
            by_kind,
            r.one_of((*p, "levied_on"), raw.get("levied_on", ""), LEVIED_ON),
            r.one_of((*p, "trade"), raw.get("trade", ""), TRADE),
            sum_of(r, p, raw.get("sum_of")),
            told_by(r, p, raw.get("told_by")),
            r.flag((*p, "per_order"), raw.get("per_order")),
            r.flag((*p, "sales"), raw.get("sales")),
            str(raw.get("loss", "")),
            r.flag((*p, "shop"), raw.get("shop")),
            r.flag((*p, "limit"), raw.get("limit")),
            r.flag((*p, "bill"), raw.get("bill")),
            r.flag((*p, "points_told"), raw.get("points_told")),
        )
    for mid, m in metrics.items():  # the parts of a sum are metrics of its kind
        for i, part in enumerate(m.sum_of):
            if part not in metrics or metrics[part].kind != m.kind or part == mid:
                r.fail(
                    ("metrics", mid, "sum_of", i),
                    f"expected another {m.kind} metric of this vocabulary, got {part!r}",
                )
    return metrics

"""Validate stage, second pass, and building: checked YAML -> ``Fact`` values.

What a schema cannot say is checked here while each fact is built:
references between facts and entities, dates that exist, measures that fit
their periods, amounts that are numbers (a range runs low to high; a cash
level is never negative), bases that name another fact. Problems are
collected, never raised one by one, so an editor sees all of them at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import Any

from ..model import Entity, Fact, Obligation, Quantity, Source, SourceSpan, Text
from ..vocabulary.vocab import default_vocabulary
from .event_fields import direction_of, parse_date, planned_of, until_of
from .periods import parse_period
from .quantities import amount_from
from .yamlload import Located, Path_

Problems = list[tuple[SourceSpan | None, str]]


def text_of(raw: dict[str, str]) -> Text:
    return Text(zh=raw["zh-Hans"].strip(), en=raw["en"].strip())


def build_fact(
    fid: str, raw: dict[str, Any], story: StoryHeader, loc: Located, problems: Problems
) -> Fact | None:
    path: Path_ = ("facts", fid)
    span = loc.span(path)
    src = raw["source"]
    source = Source(
        article=str(src.get("article") or story.source), quote=str(src["quote"]).strip()
    )
    entity = str(raw.get("entity", ""))
    if entity and entity not in story.entities:
        problems.append((loc.span((*path, "entity")), unknown("entity", entity, story.entities)))
    common: dict[str, Any] = {
        "id": fid,
        "story": story.id,
        "source": source,
        "span": span,
        "entity": entity,
    }
    segment = str(raw.get("segment", ""))
    known_segments = default_vocabulary().segments
    if segment and segment not in story.entities and segment not in known_segments:
        near = unknown("segment", segment, [*story.entities, *known_segments])
        problems.append(
            (
                loc.span((*path, "segment")),
                f"field 'facts.{fid}.segment': {near}; expected an entity of this story "
                "(give it a name) or a segment of the vocabulary",
            )
        )
    if "metric" in raw:
        has_cur, has_unit = "currency" in raw, "unit" in raw
        if has_cur == has_unit:
            problems.append(
                (span, f"field 'facts.{fid}': give exactly one of 'currency' or 'unit'")
            )
            return None
        measure = str(raw.get("measure", "level"))
        period = str(raw.get("period", ""))
        owner = story.entities.get(entity)
        year_end = owner.year_end if owner else 12  # how its FY, H and Q codes read
        if period:
            try:
                p = parse_period(period, year_end)
            except ValueError as exc:
                problems.append((loc.span((*path, "period")), f"field 'facts.{fid}.period': {exc}"))
                return None
            if measure == "cagr" and p.kind != "span":
                problems.append(
                    (
                        loc.span((*path, "period")),
                        f"field 'facts.{fid}.period': a CAGR needs a span "
                        f"such as FY2022/FY2024, got {period!r}",
                    )
                )
        elif measure in ("yoy", "cagr"):
            problems.append((span, f"field 'facts.{fid}': measure '{measure}' needs a 'period'"))
        elif raw.get("base"):  # a move from another level says since when
            problems.append(
                (span, f"field 'facts.{fid}': a 'base' needs a 'period' (when the new level began)")
            )
        of = str(raw.get("of", ""))
        if of and of not in story.entities and of not in story.fact_ids:
            problems.append(
                (
                    loc.span((*path, "of")),
                    f"field 'facts.{fid}.of': '{of}' is neither a fact id "
                    "nor an entity id of this story",
                )
            )
        forecast = str(raw.get("forecast", ""))
        if forecast and forecast not in story.entities:
            problems.append(
                (loc.span((*path, "forecast")), unknown("entity", forecast, story.entities))
            )
        base = str(raw.get("base", ""))
        if base and (base not in story.fact_ids or base == fid):
            problems.append(
                (
                    loc.span((*path, "base")),
                    f"field 'facts.{fid}.base': expected the id of another fact of this story, "
                    f"got {base!r}",
                )
            )
        qty = _amount(raw, str(raw.get("currency") or raw.get("unit")), fid, loc, problems)
        if qty is None:
            return None
        mdef = default_vocabulary().metrics[str(raw["metric"])]
        if qty.value < 0 and measure == "level" and not mdef.signed:
            problems.append(
                (
                    loc.span((*path, "value")),
                    f"field 'facts.{fid}.value': a {raw['metric']} level is never negative "
                    f"(got {raw['value']}); write a fall as measure: change, or a loss as net_loss",
                )
            )
            return None
        assume = tuple(sorted((str(k), str(v)) for k, v in (raw.get("assume") or {}).items()))
        return Fact(
            **common,
            kind="metric",
            metric=str(raw["metric"]),
            measure=measure,
            segment=str(raw.get("segment", "")),
            period=period,
            quantity=qty,
            of=of,
            assume=assume,
            stated=bool(raw.get("stated", False)),
            at=str(raw.get("at", "")),
            base=base,
            year_end=year_end,
            forecast=forecast,
            trial=bool(raw.get("trial", False)),
        )
    if "event" in raw:
        when, precision = None, "day"
        if "date" in raw:
            try:
                when, precision = parse_date(str(raw["date"]))
            except ValueError as exc:
                problems.append(
                    (loc.span((*path, "date")), f"field 'facts.{fid}.date': not a real date: {exc}")
                )
                return None
        planned = planned_of(raw, fid, loc, path, problems)
        if planned is None:
            return None
        until = until_of(raw, when, fid, loc, path, problems)
        if "until" in raw and until is None:
            return None
        for key in ("parties",):
            for i, party in enumerate(raw.get(key) or []):
                if party not in story.entities:
                    problems.append(
                        (loc.span((*path, key, i)), unknown("entity", party, story.entities))
                    )
        obj = str(raw.get("object", ""))
        if obj and obj not in story.entities:
            problems.append((loc.span((*path, "object")), unknown("entity", obj, story.entities)))
        for key, only in (("grounds", _grounded()), ("area", ("policy_change",))):
            if key in raw and raw["event"] not in only:
                problems.append(
                    (
                        loc.span((*path, key)),
                        f"field 'facts.{fid}.{key}': only a "
                        f"{' or '.join(repr(o) for o in only)} event has {key}, "
                        f"not a '{raw['event']}' event",
                    )
                )
        obligations = []
        for i, ob in enumerate(raw.get("obligations") or []):
            if ob["party"] not in story.entities:
                problems.append(
                    (
                        loc.span((*path, "obligations", i, "party")),
                        unknown("entity", ob["party"], story.entities),
                    )
                )
            obligations.append(Obligation(str(ob["party"]), text_of(ob["duty"])))
        qty = None
        if "value" in raw:
            unit = raw.get("currency") or raw.get("unit")
            if not unit:
                problems.append(
                    (span, f"field 'facts.{fid}': an amount needs 'currency' or 'unit'")
                )
                return None
            qty = _amount(raw, str(unit), fid, loc, problems)
            if qty is None:
                return None
        direction = direction_of(raw, qty, fid, loc, path, problems)
        if direction is None:
            return None
        return Fact(
            **common,
            kind="event",
            event=str(raw["event"]),
            date=when,
            date_precision=precision,
            until=until,
            planned=planned,
            direction=direction,
            parties=tuple(raw.get("parties") or ()),
            obligations=tuple(obligations),
            grounds=str(raw.get("grounds", "")),
            area=str(raw.get("area", "")),
            quantity=qty,
            segment=obj,
            text=text_of(raw["text"]) if "text" in raw else None,
        )
    if "claim" in raw:
        return Fact(
            **common,
            kind="claim",
            text=text_of(raw["claim"]),
            facet=str(raw["facet"]),
            audience=tuple(raw.get("audience") or ()),
            priority=int(raw.get("priority", 50)),
            implications=tuple(
                (str(role), text_of(text)) for role, text in (raw.get("implications") or {}).items()
            ),
            implication_facets=tuple(
                (str(role), str(text["facet"]))
                for role, text in (raw.get("implications") or {}).items()
                if "facet" in text
            ),
            about=_about(raw, fid, story, loc, problems),
        )
    problems.append(
        (span, f"field 'facts.{fid}': a fact needs one of the keys 'metric', 'event' or 'claim'")
    )
    return None


def _amount(
    raw: dict[str, Any], unit: str, fid: str, loc: Located, problems: Problems
) -> Quantity | None:
    """The fact's amount (a number or a [low, high] range), or a problem at its value."""
    value = raw["value"]
    scale, qualifier = str(raw.get("scale", "")), str(raw.get("qualifier", ""))
    try:
        if isinstance(value, list):
            low = amount_from(value[0], scale, unit, qualifier)
            high = amount_from(value[1], scale, unit, qualifier)
            if high.value <= low.value:
                raise ValueError(f"a range runs from low to high, got {value!r}")
            return replace(low, upper=high.value, per=str(raw.get("per", "")))
        return replace(amount_from(value, scale, unit, qualifier), per=str(raw.get("per", "")))
    except (ValueError, TypeError, ArithmeticError) as exc:
        problems.append(
            (
                loc.span(("facts", fid, "value")),
                f"field 'facts.{fid}.value': expected a written number such as 5.34 or "
                f'"2.70"; {exc}',
            )
        )
        return None


def _about(
    raw: dict[str, Any], fid: str, story: StoryHeader, loc: Located, problems: Problems
) -> tuple[str, ...]:
    """A claim's ``about``: other facts of this story that it restates."""
    ids = [str(x) for x in raw.get("about") or ()]
    for i, other in enumerate(ids):
        if other == fid or other not in story.fact_ids:
            problems.append(
                (
                    loc.span(("facts", fid, "about", i)),
                    f"field 'facts.{fid}.about': "
                    + (
                        f"'{fid}' is this claim"
                        if other == fid
                        else unknown("fact", other, story.fact_ids - {fid})
                    )
                    + "; expected the id of another fact of this story",
                )
            )
    return tuple(ids)


def unknown(what: str, name: str, known: Iterable[str]) -> str:
    near = difflib.get_close_matches(name, list(known), n=1)
    hint = f" (did you mean '{near[0]}'?)" if near else ""
    return f"unknown {what} '{name}'{hint}"


class StoryHeader:
    """Story header while facts are being built (facts refer to it)."""

    def __init__(
        self, sid: str, source: str, entities: dict[str, Entity], fact_ids: set[str]
    ) -> None:
        self.id, self.source, self.entities, self.fact_ids = sid, source, entities, fact_ids


@cache
def _grounded() -> tuple[str, ...]:
    """The event kinds that say what they are over (vocabulary ``grounds: true``)."""
    return tuple(sorted(k for k, d in default_vocabulary().events.items() if d.grounds))

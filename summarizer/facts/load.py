"""Load and validate stage: ``seeds/<story>.yaml`` -> ``Story``.

Validation happens in two passes and reports *every* problem of a file at
once: the JSON Schema (the same one editors get in their editor) checks
shapes, keys and vocabularies; then the semantic pass checks what a schema
cannot say (references between facts and entities, dates that exist,
measures that fit their periods). Each problem carries ``file:line:col``
from the YAML node marks, names the field, and says what was expected.
A file with any error yields no Story, so an invalid story renders nothing.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from ..errors import SeedError
from ..model import Entity, Fact, Obligation, Quantity, Source, SourceSpan, Story, Text
from ..userfiles import load_user_yaml
from ..vocabulary.schema import facts_schema
from ..vocabulary.vocab import Vocabulary, default_vocabulary
from .periods import parse_period
from .quantities import amount_from, written_decimal
from .wording import wording_problems
from .yamlload import Located, Path_

log = logging.getLogger(__name__)

Problems = list[tuple[SourceSpan | None, str]]


def schema() -> dict[str, Any]:
    """The facts JSON Schema, generated from the vocabulary in force (the
    same one ``summarizer schema`` writes for editors' YAML language servers)."""
    return _schema(default_vocabulary())


@cache
def _schema(vocab: Vocabulary) -> dict[str, Any]:
    return facts_schema(vocab)


def _validator() -> jsonschema.Draft202012Validator:
    return _compiled(default_vocabulary())


@cache
def _compiled(vocab: Vocabulary) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(_schema(vocab))


def story_paths(directory: str | Path) -> list[Path]:
    """Every ``*.yaml`` facts file in ``directory``, in name order."""
    d = Path(directory)
    if not d.is_dir():
        raise SeedError.at(SourceSpan(str(d), 1, 1), "not a directory of facts files")
    return sorted(p for p in d.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def _field(path: Path_) -> str:
    return ".".join(str(p) for p in path) or "(top level)"


def _expected_keys(error: jsonschema.ValidationError) -> list[str]:
    props = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    return sorted(props)


_LIMITS = {
    "minLength": "at least this many characters:",
    "maxLength": "at most this many characters:",
    "minProperties": "at least this many entries:",
    "maxProperties": "at most this many entries:",
    "minItems": "at least this many items:",
    "maxItems": "at most this many items:",
}


def _size(instance: Any) -> str:
    if isinstance(instance, str | list | dict):
        return f"{len(instance)}"
    return repr(instance)[:40]


def schema_problems(loc: Located) -> Problems:
    """Every schema violation, worded for an editor, in file order."""
    out: list[tuple[SourceSpan, str]] = []
    for err in _validator().iter_errors(loc.data):
        path: Path_ = tuple(err.absolute_path)
        where = _field(path)
        kind = err.validator
        if kind == "additionalProperties":
            allowed = _expected_keys(err)
            extra = [k for k in err.instance if k not in allowed]
            for key in extra:
                near = difflib.get_close_matches(key, allowed, n=1)
                hint = f" (did you mean '{near[0]}'?)" if near else ""
                out.append(
                    (
                        loc.span((*path, key, "<key>")),
                        f"field '{where}': unknown key '{key}'{hint}; "
                        f"expected one of: {', '.join(allowed)}",
                    )
                )
            continue
        if kind == "enum":
            msg = _enum_message(where, err.validator_value, err.instance)
        elif kind == "required":
            missing = str(err.message).split("'")[1] if "'" in err.message else err.message
            msg = f"field '{where}': missing required key '{missing}'"
        elif kind == "pattern":
            desc = err.schema.get("description", f"pattern {err.validator_value}")
            msg = f"field '{where}': {repr(err.instance)[:60]} is not of the expected form: {desc}"
        elif kind == "type":
            msg = (
                f"field '{where}': expected {err.validator_value} but received: "
                f"{repr(err.instance)[:60]}"
            )
        elif kind == "anyOf" and path and path[-1] == "value":
            msg = (
                f"field '{where}': expected a written number such as 5.34 or \"2.70\", "
                f"or a range [low, high]; got {repr(err.instance)[:40]}"
            )
        elif kind in _LIMITS:
            limit = f"{_LIMITS[kind]} {err.validator_value}"
            msg = f"field '{where}': expected {limit}; got {_size(err.instance)}"
        elif kind == "propertyNames":
            msg = f"field '{where}': invalid id: {err.message}"
        else:
            msg = f"field '{where}': {err.message}"
        if len(msg) > 300:  # a message never echoes a whole value back
            msg = msg[:280] + " … (shortened)"
        out.append((loc.span(path), msg))
    out.sort(key=lambda p: (p[0].line, p[0].col, p[1]))
    return list(out)


def _enum_message(where: str, allowed: list[Any], found: Any) -> str:
    """'expected one of: [...] but received: 'gvm' (did you mean 'gmv'?)'; long
    vocabularies (metrics, units) are named by their section, not listed."""
    shown = repr(found)[:60]
    near = difflib.get_close_matches(str(found), [str(a) for a in allowed], n=1)
    hint = f" (did you mean '{near[0]}'?)" if near else ""
    if len(allowed) > 12:
        section = where.rsplit(".", 1)[-1]
        return (
            f"field '{where}': unknown {section} {shown}{hint}; expected one of the "
            f"{len(allowed)} in vocabulary.yaml ({', '.join(str(a) for a in allowed[:8])}, …)"
        )
    choices = ", ".join(repr(c) for c in allowed)
    return f"field '{where}': expected one of: [{choices}] but received: {shown}{hint}"


def _text(raw: dict[str, str]) -> Text:
    return Text(zh=raw["zh-Hans"].strip(), en=raw["en"].strip())


def _parse_date(raw: str) -> tuple[date, str]:
    """'2026-02-01' -> day; '2026-10' -> month; '2026' -> year."""
    parts = raw.split("-")
    if len(parts) == 3:
        return date.fromisoformat(raw), "day"
    if len(parts) == 2:
        return date(int(parts[0]), int(parts[1]), 1), "month"
    return date(int(parts[0]), 1, 1), "year"


def _fact(
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
        problems.append((loc.span((*path, "entity")), _unknown("entity", entity, story.entities)))
    common: dict[str, Any] = {
        "id": fid,
        "story": story.id,
        "source": source,
        "span": span,
        "entity": entity,
    }
    if "metric" in raw:
        has_cur, has_unit = "currency" in raw, "unit" in raw
        if has_cur == has_unit:
            problems.append(
                (span, f"field 'facts.{fid}': give exactly one of 'currency' or 'unit'")
            )
            return None
        measure = str(raw.get("measure", "level"))
        period = str(raw.get("period", ""))
        if period:
            try:
                p = parse_period(period)
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
        of = str(raw.get("of", ""))
        if of and of not in story.entities and of not in story.fact_ids:
            problems.append(
                (
                    loc.span((*path, "of")),
                    f"field 'facts.{fid}.of': '{of}' is neither a fact id "
                    "nor an entity id of this story",
                )
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
        )
    if "event" in raw:
        when, precision = None, "day"
        if "date" in raw:
            try:
                when, precision = _parse_date(str(raw["date"]))
            except ValueError as exc:
                problems.append(
                    (loc.span((*path, "date")), f"field 'facts.{fid}.date': not a real date: {exc}")
                )
                return None
        elif default_vocabulary().events[raw["event"]].dated:
            problems.append((span, f"field 'facts.{fid}': a '{raw['event']}' event needs a 'date'"))
            return None
        for key in ("parties",):
            for i, party in enumerate(raw.get(key) or []):
                if party not in story.entities:
                    problems.append(
                        (loc.span((*path, key, i)), _unknown("entity", party, story.entities))
                    )
        obj = str(raw.get("object", ""))
        if obj and obj not in story.entities:
            problems.append((loc.span((*path, "object")), _unknown("entity", obj, story.entities)))
        obligations = []
        for i, ob in enumerate(raw.get("obligations") or []):
            if ob["party"] not in story.entities:
                problems.append(
                    (
                        loc.span((*path, "obligations", i, "party")),
                        _unknown("entity", ob["party"], story.entities),
                    )
                )
            obligations.append(Obligation(str(ob["party"]), _text(ob["duty"])))
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
        return Fact(
            **common,
            kind="event",
            event=str(raw["event"]),
            date=when,
            date_precision=precision,
            parties=tuple(raw.get("parties") or ()),
            obligations=tuple(obligations),
            quantity=qty,
            segment=obj,
            text=_text(raw["text"]) if "text" in raw else None,
        )
    if "claim" in raw:
        return Fact(
            **common,
            kind="claim",
            text=_text(raw["claim"]),
            facet=str(raw["facet"]),
            audience=tuple(raw.get("audience") or ()),
            priority=int(raw.get("priority", 50)),
            implications=tuple(
                (str(role), _text(text)) for role, text in (raw.get("implications") or {}).items()
            ),
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
                f"\"2.70\"; {exc}",
            )
        )
        return None


def _unknown(what: str, name: str, known: Iterable[str]) -> str:
    near = difflib.get_close_matches(name, list(known), n=1)
    hint = f" (did you mean '{near[0]}'?)" if near else ""
    return f"unknown {what} '{name}'{hint}"


class StoryHeader:
    """Story header while facts are being built (facts refer to it)."""

    def __init__(
        self, sid: str, source: str, entities: dict[str, Entity], fact_ids: set[str]
    ) -> None:
        self.id, self.source, self.entities, self.fact_ids = sid, source, entities, fact_ids


def parse_story(loc: Located) -> Story:
    """Validate loaded YAML and build the Story; raise SeedError with all problems."""
    problems: Problems = list(schema_problems(loc))
    if problems:
        raise SeedError(problems)
    problems += wording_problems(loc)
    data = loc.data
    st = data["story"]
    entities = {
        eid: Entity(
            eid, e["kind"], _text(e["name"]), str(e.get("term", "")), loc.span(("entities", eid))
        )
        for eid, e in data["entities"].items()
    }
    header = StoryHeader(st["id"], st["source"], entities, set(data["facts"]))
    facts = []
    for fid, raw in data["facts"].items():
        fact = _fact(fid, raw, header, loc, problems)
        if fact is not None:
            facts.append(fact)
    try:
        published = date.fromisoformat(st["published"])
    except ValueError as exc:
        problems.append(
            (loc.span(("story", "published")), f"field 'story.published': not a real date: {exc}")
        )
        published = date.min
    fx = []
    for pair, rate in (st.get("fx") or {}).items():
        a, b = pair.split("/")
        try:
            value = written_decimal(rate if isinstance(rate, int | str) else str(rate))
        except (ValueError, TypeError) as exc:
            value, why = Decimal(0), str(exc)
        else:
            why = f"got {rate!r}"
        if value <= 0:
            problems.append(
                (
                    loc.span(("story", "fx", pair)),
                    f"field 'story.fx.{pair}': expected a positive exchange rate; {why}",
                )
            )
            continue
        fx.append((a, b, value))
    if problems:
        problems.sort(key=lambda p: (p[0].line, p[0].col) if p[0] else (0, 0))
        raise SeedError(problems)
    author = st.get("author")
    return Story(
        id=st["id"],
        path=loc.file,
        title=_text(st["title"]),
        outlet=_text(st["outlet"]) if "outlet" in st else Text("", ""),
        author=_text(author) if author else Text("", ""),
        published=published,
        source=st["source"],
        url=str(st.get("url", "")),
        lede=_text(st["lede"]),
        entities=entities,
        facts=tuple(facts),
        fx=tuple(fx),
        assumed=tuple(st.get("assumed") or ()),
        audiences=tuple((pid, _text(t)) for pid, t in (st.get("audiences") or {}).items()),
    )


def load_story(path: str | Path) -> Story:
    """Load, validate and build one story."""
    return parse_story(load_user_yaml(path, SeedError))


def load_stories(paths: Iterable[str | Path]) -> list[Story]:
    """Load every story; report the problems of *all* files together.

    Story ids must be unique across the set (they name output files).
    """
    stories: list[Story] = []
    problems: Problems = []
    seen: dict[str, str] = {}
    for p in paths:
        try:
            story = load_story(p)
        except SeedError as exc:
            problems.extend(exc.problems)
            continue
        if story.id in seen:
            problems.append(
                (
                    SourceSpan(story.path, 1, 1),
                    f"story id '{story.id}' is also used by {seen[story.id]}",
                )
            )
            continue
        seen[story.id] = story.path
        stories.append(story)
    if problems:
        raise SeedError(problems)
    return stories

"""The vocabulary (``vocabulary.yaml``): every value word a facts file may use.

Metrics, event kinds, units, currencies, scales, qualifiers, facets, roles and
declared ratios live in one data file, so that the JSON Schema, the
validator, the rules, the reader layer and the number formatting all read
the same list. Adding GMV or a ``fee_change`` event is a data edit; nothing
in the code names them except rules that need one specifically.

The file is checked as it is loaded (duplicate ids are refused by the YAML
loader; unknown kinds, roles, stances or facets and missing language names
here), every problem with its ``file:line:col``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import cache
from pathlib import Path

from ..errors import ConfigError
from ..facts.yamlload import Located, Path_
from ..keys import unknown_keys
from ..model import Text
from ..paths import VOCABULARY_PATH
from .defs import (
    EventDef,
    FacetDef,
    MetricDef,
    QualifierDef,
    RatioDef,
    SegmentDef,
    UnitDef,
    Vocabulary,
)
from .entries import Reader
from .sections import parse_events, parse_metrics

__all__ = [
    "EventDef",
    "FacetDef",
    "MetricDef",
    "QualifierDef",
    "RatioDef",
    "SegmentDef",
    "UnitDef",
    "Vocabulary",
    "activate",
    "default_vocabulary",
    "derived_table",
    "load_vocabulary",
    "packaged_vocabulary",
    "parse_vocabulary",
]

#: The keys a segment may have (a typo such as ``answer:`` is reported, not ignored).
SEGMENT_KEYS = ("name", "in", "term", "sells", "channel", "answers", "years")

#: Who sells through a channel segment (``SegmentDef.sells``); '' for other segments.
SELLERS = ("", "own", "creators")
#: How freight travels (``freight_modes``): worded 海运 / ocean, 空运 / air.
FREIGHT_MODES = ("ocean", "air")


def parse_vocabulary(loc: Located) -> Vocabulary:
    """Build and check a Vocabulary; raise ConfigError with every problem."""
    r = Reader(loc)
    roles, stances, kinds = r.names("roles"), r.names("stances"), r.names("kinds")
    entity_kinds = r.names("entity_kinds")
    facets: dict[str, FacetDef] = {}
    for fid, raw in r.mapping("facets").items():
        p: Path_ = ("facets", fid)
        name = r.text(p, raw)
        label = r.text((*p, "label"), raw.get("label") if isinstance(raw, dict) else None,
                       names_only=True)
        topic = r.text((*p, "topic"), raw.get("topic") if isinstance(raw, dict) else None,
                       names_only=True)
        if name and label and topic:
            facets[fid] = FacetDef(fid, name, label, topic)
    events = parse_events(r, facets, roles, stances, entity_kinds)
    metrics = parse_metrics(r, facets, kinds, roles, stances, entity_kinds)
    units: dict[str, UnitDef] = {}
    for uid, raw in r.mapping("units").items():
        en = raw.get("en") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or not isinstance(raw.get("zh-Hans"), str):
            r.fail(("units", uid), "expected {zh-Hans: measure word, en: [one, many]}")
            continue
        one, many = (str(en[0]), str(en[1])) if isinstance(en, list) and len(en) == 2 else ("", "")
        units[uid] = UnitDef(uid, raw["zh-Hans"], one, many, bool(raw.get("scaled", True)))
    currencies: dict[str, Text] = {}
    currency_names: dict[str, Text] = {}
    for code, raw in r.mapping("currencies").items():
        name = r.text(("currencies", code), raw)
        if name:
            currencies[code] = name
        prose = r.text(("currencies", code, "name"), raw.get("name"), required=False,
                       names_only=True)
        if prose:
            currency_names[code] = prose
    qualifiers: dict[str, QualifierDef] = {}
    for qid, raw in r.mapping("qualifiers").items():
        name = r.text(("qualifiers", qid), raw)
        if name:
            qualifiers[qid] = QualifierDef(
                qid, name, Decimal(str(raw.get("slack", 0))), str(raw.get("bound", ""))
            )
    per, grounds, areas = (_named(r, key) for key in ("per", "grounds", "policy_areas"))
    ratios: dict[str, RatioDef] = {}
    for rid, raw in r.mapping("ratios").items():
        p = ("ratios", rid)
        for key in ("of", "per"):
            for i, m in enumerate(raw.get(key) or []):
                r.one_of((*p, key, i), m, metrics)
        unit = str(raw.get("unit", ""))
        if unit != "money":
            r.one_of((*p, "unit"), unit, units)
        ratios[rid] = RatioDef(
            rid,
            tuple(raw.get("of") or ()),
            tuple(raw.get("per") or ()),
            unit,
            Decimal(str(raw.get("scale", 1))),
            r.one_of((*p, "facet"), raw.get("facet", "market"), facets),
            str(raw.get("rule", "")),
        )
    segments: dict[str, SegmentDef] = {}
    for sid, raw in r.mapping("segments").items():
        raw = raw if isinstance(raw, dict) else {}
        r.problems += unknown_keys(r.loc, ("segments", sid), SEGMENT_KEYS,
                                   f"vocabulary 'segments.{sid}'")
        name = r.text(("segments", sid, "name"), raw.get("name"), required=False, names_only=True)
        within = r.text(("segments", sid, "in"), raw.get("in"), required=False, names_only=True)
        sells = r.one_of(("segments", sid, "sells"), raw.get("sells", ""), SELLERS)
        answers = ""  # whose work a problem shoppers complain about is (complaint_problems)
        if "answers" in raw:
            answers = r.one_of(("segments", sid, "answers"), raw["answers"], roles)
        years = raw.get("years", 0)  # a loan tenor's length (loan_rates)
        if isinstance(years, bool) or not isinstance(years, int) or years < 0:
            r.fail(("segments", sid, "years"),
                   f"expected a whole number of years but received: {years!r}")
            years = 0
        segments[sid] = SegmentDef(
            sid, name, str(raw.get("term", "")) or sid, r.at(("segments", sid)), within, sells,
            bool(raw.get("channel", False)), answers, years,
        )
    scales = {str(k): int(v) for k, v in r.mapping("scales").items()}
    freight_modes: dict[str, str] = {}
    for unit, mode in r.mapping("freight_modes", required=False).items():
        r.one_of(("freight_modes", unit), unit, per)  # one of the vocabulary's per units
        freight_modes[str(unit)] = r.one_of(("freight_modes", unit), mode, FREIGHT_MODES)
    vocab = Vocabulary(
        roles=roles,
        stances=stances,
        kinds=kinds,
        scales=scales,
        currencies=currencies,
        units=units,
        qualifiers=qualifiers,
        measures=r.names("measures"),
        per=per,
        freight_modes=freight_modes,
        grounds=grounds,
        policy_areas=areas,
        snapshots=r.names("snapshots"),
        entity_kinds=entity_kinds,
        facets=facets,
        events=events,
        metrics=metrics,
        ratios=ratios,
        segments=segments,
        currency_names=currency_names,
        path=loc.file,
    )
    if r.problems:
        raise ConfigError(
            sorted(r.problems, key=lambda p: (p[0].line, p[0].col) if p[0] else (0, 0))
        )
    return vocab


def load_vocabulary(path: str | Path) -> Vocabulary:
    """Load and check a vocabulary file (read as a user file: bounded, regular),
    or read it back from the user cache if it was checked before (:mod:`.vocab_cache`)."""
    from ..userfiles import load_user_yaml
    from .vocab_cache import load

    return load(path, lambda: parse_vocabulary(load_user_yaml(path, ConfigError)))


@cache
def packaged_vocabulary() -> Vocabulary:
    """The vocabulary shipped with the project, loaded once per process."""
    return load_vocabulary(VOCABULARY_PATH)


#: The vocabulary in force: the packaged one unless a project brings its own.
_ACTIVE: list[Vocabulary] = []
#: Tables other modules keep for speed (currency and unit words, scale
#: factors, labels), each rebuilt in place by its function when another
#: vocabulary is activated. Registered with ``derived_table``.
_DERIVED: list[Callable[[Vocabulary], None]] = []


def default_vocabulary() -> Vocabulary:
    """The vocabulary in force (see ``activate``)."""
    if not _ACTIVE:
        _ACTIVE.append(packaged_vocabulary())
    return _ACTIVE[0]


def segment_term(sid: str) -> str:
    """The glossary term a segment names: its vocabulary ``term``
    ('own-livestreams' -> 'own_livestreams'), else the id itself."""
    known = default_vocabulary().segments.get(sid)
    return known.term if known is not None else sid


def derived_table(fn: Callable[[Vocabulary], None]) -> Callable[[Vocabulary], None]:
    """Register ``fn`` to rebuild a module's table from a vocabulary, and run it now."""
    _DERIVED.append(fn)
    fn(default_vocabulary())
    return fn


def activate(vocab: Vocabulary) -> None:
    """Put ``vocab`` in force (a site's own vocabulary.yaml): every derived
    table follows, so a unit or currency added there formats like ours."""
    if _ACTIVE and _ACTIVE[0] is vocab:
        return
    _ACTIVE[:] = [vocab]
    for fn in _DERIVED:
        fn(vocab)


def _named(r: Reader, key: str) -> dict[str, Text]:
    """A section of ids, each with its name in both languages (``per``,
    ``grounds``, ``policy_areas``); an id with a bad name is left out (``r``
    has said why)."""
    out: dict[str, Text] = {}
    for nid, raw in r.mapping(key).items():
        name = r.text((key, nid), raw)
        if name:
            out[nid] = name
    return out

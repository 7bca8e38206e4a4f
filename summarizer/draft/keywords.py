"""The keyword table (``keywords.yaml``), read once: the words that guess a
drafted figure's metric, unit and measure, which way a change went, the
parts of a business and the shopping festivals. Data, not code: a desk adds
a word to the YAML, not a branch here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..vocabulary.vocab import default_vocabulary


@dataclass(frozen=True, slots=True)
class Keywords:
    """The keyword table (``keywords.yaml``): words -> metric, unit, measure."""

    metrics: list[tuple[str, str, str, str]]
    """(word, metric, unit, measure), longest word first."""
    units: dict[str, list[str]]
    measures: dict[str, tuple[str, ...]]
    between: frozenset[str]
    """Words between an English part's name and its figure (draft.segments)."""
    not_parts: frozenset[str]
    """Capitalised words that never name a part."""
    direction: re.Pattern[str]
    """A word saying which way a change went: group ``up`` or ``down``."""
    festival: re.Pattern[str]
    """A shopping festival's name."""
    counts_only: frozenset[str] = frozenset()
    """Metrics whose words are read only for a count ("190 countries")."""
    no_levels: frozenset[str] = frozenset()
    """Metrics whose words name no rate that is a level (imports: a tariff's
    rate on imports is a tariff rate)."""
    rates_only: frozenset[str] = frozenset()
    """Metrics whose words are read only for a percentage ("the fine will be
    4% of its sales" is the fine's share of sales, "a fine of $1 million" a fine)."""
    only_with: dict[tuple[str, str], re.Pattern[str]] | None = None
    """(word, metric) read only in a sentence that also has one of the entry's
    ``with`` words: a parcel carrier's "tariff rates" are its list rates,
    customs' are duties ("UPS will raise 2024 tariff rates 5.9%"); "raised"
    is IPO proceeds beside "initial public offering", funding elsewhere."""
    events: tuple[EventCue, ...] = ()
    """The words that draft an event, in the order they are tried (``draft.events``)."""
    grounds: dict[str, re.Pattern[str]] | None = None
    """What a fine punishes (the vocabulary's grounds) -> the words that say so."""
    areas: dict[str, re.Pattern[str]] | None = None
    """What a platform's rule change is about (the vocabulary's policy_areas)
    -> the words that say so."""
    markets: frozenset[str] = frozenset()
    """Parts of a business that are places ("International GMV", "Temu's US
    sales"): drafted as a market, not a product line."""
    channels: tuple[str, ...] = ()
    """Words in the name of a part that is a way to sell (即时零售, "live
    commerce"), lower-cased: drafted as a channel, not a product line."""
    public: frozenset[str] = frozenset()
    """Metrics a government or a market sets (``public_metrics``): a figure of
    one does not take the article's subject as its entity."""
    money_only: frozenset[str] = frozenset()
    """Words read for an amount of money alone ("raised $400 million" is
    funding; "raised the transaction fee from 5% to 6.5%" is not)."""
    yearly: frozenset[str] = frozenset()
    """Metrics only ever told as a change on a year earlier (comparable sales:
    "comparable sales rose 4.5 percent" is year on year)."""
    per: dict[str, str] | None = None
    """Metrics whose amounts are always per something the article need not
    say (an annual fee is a year's: "from 6,000 yuan to 30,000 yuan")."""


@dataclass(frozen=True, slots=True)
class EventCue:
    """One ``events:`` entry: the words that say an event of kind ``event`` happened."""

    event: str
    words: re.Pattern[str]
    moved: bool = False
    """A change (a fee, a price, a duty): drafted only where its sentence says which way
    (``direction``) or that it changed (``changed``)."""
    direction: re.Pattern[str] | None = None
    """The table's direction words and the entry's own (group ``up`` or ``down``)."""
    changed: re.Pattern[str] | None = None
    """Words saying the kind changed without saying which way ("updates")."""
    years: bool = False
    """A year alone dates it (a founding); else a month or a day must."""
    takes_object: bool = False
    """Names what it acts on after its word: a ban's platform, a takeover's target."""
    undated: bool = False
    """Drafted at the article's date when its sentence gives none (a fine, a recall)."""
    with_words: re.Pattern[str] | None = None
    """Read only in a sentence that also has one of these words."""
    counts: str = ""
    """The unit of the count its sentence gives it ("recalling 1.1 million of
    its power banks": units), drafted as the event's value."""
    amount: str = ""
    """The metric of the amount its sentence gives it ("a fine of RMB18.228
    billion": fine), drafted as the event's value and not as a figure."""
    imposed: bool = False
    """Imposed by an authority (a fine): the entity is who it is imposed on,
    and the regulator or government that imposed it is one of its parties."""
    once: bool = False
    """One act with one date (a law issued): a sentence drafts it once, at its
    first date, however many dates follow ("issued … on 9 June, … on 11 June")."""
    starts: bool = False
    """Dated by the day it applies: of several dates in its sentence, those
    marked as a start (1月26日起, "effective January 26", "starting March 1")
    are its dates, not the day it was announced."""


def sentence_rows(
    kw: Keywords, rows: list[tuple[str, str, str, str]], sentence: str
) -> list[tuple[str, str, str, str]]:
    """``rows`` without the words whose ``with`` context the sentence lacks."""
    if not kw.only_with:
        return rows
    gates = kw.only_with
    return [r for r in rows if (r[0], r[1]) not in gates or gates[(r[0], r[1])].search(sentence)]


@cache
def load_keywords() -> Keywords:
    """The bundled keyword table, read once."""
    raw: Any = yaml.safe_load(
        resources.files(__package__).joinpath("keywords.yaml").read_text("utf-8")
    )
    rows = [
        (w, e["metric"], e.get("unit", ""), e.get("measure", ""))
        for e in raw["metrics"]
        for w in e["words"]
    ]
    rows.sort(key=lambda r: -len(r[0]))
    seg, way = raw["segments"], raw["directions"]
    return Keywords(
        rows,
        raw["units"],
        {k: tuple(str(w) for w in v) for k, v in raw["measures"].items()},
        frozenset(str(w).lower() for w in seg["between"]),
        frozenset(str(w) for w in seg["not_parts"]),
        re.compile(f"(?P<up>{_any(way['up'])})|(?P<down>{_any(way['down'])})", re.IGNORECASE),
        re.compile(_any(raw["festivals"]), re.IGNORECASE),
        frozenset(e["metric"] for e in raw["metrics"] if e.get("counts_only")),
        frozenset(e["metric"] for e in raw["metrics"] if e.get("no_levels")),
        frozenset(e["metric"] for e in raw["metrics"] if e.get("rates_only")),
        {
            (str(w), e["metric"]): re.compile(_any(e["with"]), re.IGNORECASE)
            for e in raw["metrics"]
            if e.get("with")
            for w in e["words"]
        },
        tuple(_event_cue(e, way) for e in raw.get("events", [])),
        {g: re.compile(_any(ws), re.IGNORECASE) for g, ws in raw.get("grounds", {}).items()},
        areas={
            a: re.compile(_any(ws), re.IGNORECASE) for a, ws in raw.get("policy_areas", {}).items()
        },
        markets=frozenset(str(w) for w in seg.get("markets", [])),
        channels=tuple(str(w).lower() for w in seg.get("channels", [])),
        public=frozenset(str(m) for m in raw.get("public_metrics", [])),
        money_only=frozenset(
            str(w) for e in raw["metrics"] if e.get("money_only") for w in e["words"]
        ),
        yearly=frozenset(e["metric"] for e in raw["metrics"] if e.get("yearly")),
        per={str(e["metric"]): str(e["per"]) for e in raw["metrics"] if e.get("per")},
    )


def _event_cue(entry: dict[str, Any], way: dict[str, list[object]]) -> EventCue:
    """One ``events:`` entry; ``way``: the table's direction words."""
    moved = bool(entry.get("moved"))
    up, down = way["up"] + entry.get("up", []), way["down"] + entry.get("down", [])
    return EventCue(
        str(entry["event"]),
        re.compile(_any(entry["words"]), re.IGNORECASE),
        moved,
        re.compile(f"(?P<up>{_any(up)})|(?P<down>{_any(down)})", re.IGNORECASE) if moved else None,
        re.compile(_any(entry["changed"]), re.IGNORECASE) if entry.get("changed") else None,
        bool(entry.get("years")),
        bool(entry.get("object")),
        bool(entry.get("undated")),
        re.compile(_any(entry["with"]), re.IGNORECASE) if entry.get("with") else None,
        str(entry.get("counts", "")),
        str(entry.get("amount", "")),
        bool(entry.get("imposed")),
        bool(entry.get("once")),
        bool(entry.get("starts")),
    )


def fitting(
    kw: Keywords, unit: str, measure: str, money: bool = False
) -> list[tuple[str, str, str, str]]:
    """The keyword rows that may name the figure's metric: words that only
    say what a count counts are read for counts alone ("ASEAN countries grew
    9.6 percent" and "partner countries reached 17.37 trillion yuan" are
    trade), and words of a flow are read for no rate that is a level
    ("tariffs on imports lowered from 20 percent": a tariff rate), and words
    of a share of sales are read for percentages alone, and words of money
    (``money_only``) for amounts alone. An amount of money
    (``money``) is no count: "the devices, which retail for about $27" is a
    price, not a number of devices."""
    if unit != "percent":
        rows = [r for r in kw.metrics if r[1] not in kw.rates_only]
        if money:
            return [r for r in rows if not r[2] and r[1] not in kw.counts_only]
        rows = [r for r in rows if r[0] not in kw.money_only]
        if unit == "index":  # a survey index's reading: only an index's words name it
            return [r for r in rows if r[2] == "index"]
        if unit and unit not in RATES:
            # a count: its noun says what it counts, and a count of things
            # only a metric that counts ("12 million products" is no referral
            # fee; a span of months or a score's points are read as before)
            return rows if unit in SPANS else [r for r in rows if _counts(r[1])]
        return [r for r in rows if r[1] not in kw.counts_only]
    rows = [r for r in kw.metrics if r[0] not in kw.money_only]
    if not measure:
        return [r for r in rows if r[1] not in kw.counts_only | kw.no_levels]
    return [r for r in rows if r[1] not in kw.counts_only]


def _counts(metric: str) -> bool:
    """Whether the vocabulary's ``metric`` is a count, or unknown to it."""
    m = default_vocabulary().metrics.get(metric)
    return m is None or m.kind == "count"


#: Count units that are no things counted: spans of time and a score's points.
SPANS = frozenset({"days", "business_days", "hours", "months", "years", "points"})


#: Units of a rate; any other unit is a count's (an amount has a currency instead).
RATES = frozenset({"percent", "pp", "times"})


def _any(words: list[object]) -> str:
    """A regex alternation of ``words``, longest first; an English word only whole."""
    out = []
    for w in sorted((str(x) for x in words), key=len, reverse=True):
        out.append(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w))
    return "|".join(out)

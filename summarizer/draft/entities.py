"""Entities: the glossary terms and commerce players an article names.

Only terms whose glossary category is an entity kind (a company, a person, a
regulation, …) become entities; metric and finance terms are words, not
parties to a story. The glossary holds few companies, so the players list
(``players.yaml``: platforms, brands, carriers, governments) names the ones
commerce news is about, with the kind the rules read (a platform, a brand).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..paths import GLOSSARY_PATH
from .script import simplified

KINDS = {
    "company": "company",
    "person": "person",
    "regulation": "regulation",
    "organisation": "regulator",
    "product": "product",
    "market": "market",
    "chip": "company",
}


@cache
def _terms() -> list[tuple[str, str, str, str, bool]]:
    raw: Any = yaml.safe_load(GLOSSARY_PATH.read_text("utf-8"))
    out = []
    for term in raw.get("terms", []):
        kind = KINDS.get(str(term.get("category", "")))
        if kind and isinstance(term.get("zh-Hans"), str) and isinstance(term.get("en"), str):
            out.append(
                (term["id"], kind, term["zh-Hans"], term["en"], bool(term.get("case_sensitive")))
            )
    return out


@dataclass(frozen=True, slots=True)
class Player:
    """One ``players.yaml`` entry."""

    id: str
    kind: str
    zh: str
    en: str
    names: tuple[str, ...]
    """Every way it is written: its names and aliases."""
    pattern: re.Pattern[str]
    """Any of ``names``: English ones whole and in their case."""
    carrier: bool = False
    """A parcel or freight carrier: the draft says so (``carrier: true``)."""


@cache
def players() -> dict[str, Player]:
    """The bundled players list, read once: id -> player."""
    raw: Any = yaml.safe_load(
        resources.files(__package__).joinpath("players.yaml").read_text("utf-8")
    )
    out = {}
    for e in raw["players"]:
        names = tuple(dict.fromkeys([e["zh-Hans"], e["en"], *e.get("aliases", [])]))
        alts = sorted(names, key=len, reverse=True)
        pattern = "|".join(_whole(n) if n.isascii() else re.escape(n) for n in alts)
        out[e["id"]] = Player(
            e["id"], e["kind"], e["zh-Hans"], e["en"], names, re.compile(pattern),
            bool(e.get("carrier", False)),
        )
    return out


def is_term(entity_id: str) -> bool:
    """Whether the id is a glossary term's (a player's is not: no ``term:``)."""
    return any(t[0] == entity_id for t in _terms())


def _whole(name: str) -> str:
    """``name`` not inside a longer Latin word; beside Chinese it stands alone
    (``\\b`` would not see SHEIN in SHEIN宣布: CJK characters are word characters)."""
    return rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])"


def find_entities(text: str) -> dict[str, tuple[str, str, str]]:
    """id -> (kind, zh-Hans name, English name) of every glossary term and
    player the text names. Where both have the id, the glossary's names and
    the player's kind: the glossary's categories know no brand (Nike is a
    'company' term there, a brand in the players list)."""
    low = text.lower()
    found: dict[str, tuple[str, str, str]] = {}
    known = players()
    for term_id, kind, zh, en, case in _terms():
        hay = text if case else low
        if any((f if case else f.lower()) in hay for f in (zh, en)):
            found[term_id] = (known[term_id].kind if term_id in known else kind, zh, en)
    for p in known.values():
        if p.id not in found and p.pattern.search(text):
            found[p.id] = (p.kind, p.zh, p.en)
    return found


@cache
def territories() -> frozenset[str]:
    """Every country's and region's English name, lower case, from Babel's
    CLDR data ("indonesia", "hong kong sar china"): a place, not a business."""
    from babel import Locale

    return frozenset(n.lower() for n in Locale("en").territories.values())


#: Title words that start a headline without naming its subject.
_NOT_NAMES = frozenset(
    {"a", "an", "the", "how", "why", "what", "when", "where", "who", "this", "these", "new",
     "us", "uk", "eu"}
)
_TITLE_WORD = re.compile(r"[A-Z0-9][\w&.'’-]*")


def headline_entity(
    title: str, body: str, known: dict[str, tuple[str, str, str]], places: frozenset[str]
) -> tuple[str, tuple[str, str, str]] | None:
    """A business the English title names first that neither the glossary
    nor the players list knows ("Forever 21 Blames Shein, Temu For Downfall"),
    as (id, (kind, name, name)): the longest run of the title's first words,
    up to four, that the body writes at least twice and never in lower case,
    unless it starts with a known name, a place (``places``, lower case) or a
    word that names no one ("The", "US").
    Its kind is a guess (company) the draft marks for review; without it the
    article's figures went to the first player named near them (Temu).

    >>> headline_entity("Forever 21 Blames Shein, Temu For Downfall",
    ...                 "Forever 21 has filed. Forever 21's stores", {}, frozenset())
    ('forever-21', ('company', 'Forever 21', 'Forever 21'))
    >>> headline_entity("Walgreens to close 1,200 stores", "Walgreens said", {},
    ...                 frozenset()) is None
    True
    >>> headline_entity("Tariffs Hit Exporters", "Tariffs rose. Tariffs and tariffs", {},
    ...                 frozenset()) is None
    True
    """
    if re.search(r"[\u3400-\u9fff]", title):  # a Chinese title: names are not title-cased
        return None
    names = {n.lower() for _, zh, en in known.values() for n in (zh, en)} | places
    first = re.sub(r"['’]s$", "", title.split()[0]).lower() if title.split() else ""
    if first in names or any(k.startswith(first + " ") for k in names if first):
        return None  # the title opens with a business the draft knows: its subject
    return _opening_name(title, body, known, names) or _subject_in_title(title, body, known, names)


def _slugged(
    name: str, known: dict[str, tuple[str, str, str]]
) -> tuple[str, tuple[str, str, str]] | None:
    """(slug, (kind, name, name)) of a guessed business, None if the slug is taken."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return (slug, ("company", name, name)) if slug and slug not in known else None


def _opening_name(
    title: str, body: str, known: dict[str, tuple[str, str, str]], names: set[str]
) -> tuple[str, tuple[str, str, str]] | None:
    """The longest run of the title's first words that the body writes as a name."""
    words: list[str] = []
    for m in re.finditer(r"\S+", title):
        word = re.sub(r"['’]s$", "", m.group())  # "China's"
        if word.endswith(":"):  # a column's label ("Industry KPIs:"), not who acts
            return None
        if not _TITLE_WORD.fullmatch(word) or len(words) == 4:
            break
        words.append(word)
        if word != m.group():
            break
    if not words or words[0].lower() in _NOT_NAMES:
        return None
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        low = name.lower()
        if low in names or any(low.startswith(k + " ") for k in names if k):
            return None
        # a name, not a word the body also writes in lower case ("Industry")
        if len(re.findall(_whole(name), body)) >= 2 and not re.search(_whole(low), body):
            return _slugged(name, known)
    return None


def _subject_in_title(
    title: str, body: str, known: dict[str, tuple[str, str, str]], names: set[str]
) -> tuple[str, tuple[str, str, str]] | None:
    """A capitalised word after the title's first ("Tea drinks Mixue shares
    pop nearly 30%") that opens at least two of the body's sentences and is
    never written in lower case: the one the article is about."""
    head, colon, tail = title.rpartition(":")
    if colon and len(tail.split()) <= 3:
        title = head  # "…: Adobe", "…: report": who says it, not whom it is about
    for m in list(re.finditer(r"\S+", title))[1:]:
        word = re.sub(r"['’]s$", "", m.group()).rstrip(",:;")
        low = word.lower()
        if not _TITLE_WORD.fullmatch(word) or word.isupper() or low in _NOT_NAMES:
            continue
        if low in names or any(low.startswith(k + " ") for k in names if k):
            continue
        opens = re.findall(r"(?:^|[.!?]\s+)" + re.escape(word) + r"\b", body, re.MULTILINE)
        if len(opens) >= 2 and not re.search(_whole(low), body):
            return _slugged(word, known)
    return None


def entity_names(entities: dict[str, tuple[str, str, str]]) -> dict[str, list[str]]:
    """id -> every way the article may write it (a player's aliases too), as
    ``annotate`` and ``events`` look for who a figure or an event is about."""
    known = players()
    out = {
        k: list(dict.fromkeys([zh, en, *(known[k].names if k in known else ())]))
        for k, (_, zh, en) in entities.items()
    }
    # the text is read in its Simplified shadow (draft.script): aliases too
    return {k: list(dict.fromkeys([*v, *map(simplified, v)])) for k, v in out.items()}


def subject_of(title: str, body: str, names: dict[str, list[str]]) -> str:
    """Who the article is about: the entity its title names first, else the
    one its body names most often (at least twice, unless it names no one
    else; the first found on a tie), else nobody. A figure or an event whose
    sentence and the text just before it name no one is most often about this
    entity ("Subscription Solutions grew 15%" in a Shopify results story)."""
    low = title.lower()  # "SHOPIFY INC. (SHOP) Q3 2025 Earnings Summary"
    first = min(
        ((i, k) for k, ns in names.items() for n in ns if n and (i := low.find(n.lower())) >= 0),
        default=None,
    )
    if first:
        return first[1]
    counts = {k: sum(body.count(n) for n in set(ns) if n) for k, ns in names.items()}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: the first found on a tie
    if not ranked or ranked[0][1] < (1 if len(ranked) == 1 else 2):
        return ""
    return ranked[0][0]

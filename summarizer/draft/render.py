"""Write the draft as a facts file an editor corrects: YAML with review comments.

Written line by line rather than with ``yaml.dump`` because the draft's
value is in its comments (``# REVIEW: …``, the quote's offset), which a
dumper cannot emit. Strings go through ``json.dumps``: a JSON string is a
valid YAML double-quoted scalar.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from ..rules.kinds import trade_flow
from .entities import is_term, players
from .events import Event
from .figures import Figure
from .keywords import load_keywords
from .source import Header

ID_CHARS = re.compile(r"[^a-z0-9]+")


def _s(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _value(value: str) -> str:
    """The number as written; quoted when a trailing zero after the point would be lost."""
    return _s(value) if "." in value and value.endswith("0") else value


def story_id(header: Header, name: str) -> str:
    """A slug for the story: from the file name (the title is often Chinese)."""
    base = name.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    return ID_CHARS.sub("-", base).strip("-") or "story"


def render_draft(
    header: Header,
    source: str,
    entities: dict[str, tuple[str, str, str]],
    figures: list[Figure],
    events: Sequence[Event] = (),
) -> str:
    """The facts draft as YAML text."""
    out = [
        "# yaml-language-server: $schema=../summarizer/schema/facts.schema.json",
        "# Drafted by `summarizer draft`: correct every line marked REVIEW,"
        " then run `summarizer check`.",
        "story:",
        f"  id: {story_id(header, source)}",
        f"  source: {_s(source)}",
    ]

    def header_line(key: str, value: str, bilingual: bool = True) -> None:
        notes = [header.review[key]] if key in header.review else []
        if bilingual and value:  # the article's own words stand in both languages
            notes.append("translate the en" if _CJK.search(value) else "translate the zh-Hans")
        note = f"  # REVIEW: {'; '.join(notes)}" if notes else ""
        if bilingual:
            out.append(f"  {key}: {{zh-Hans: {_s(value)}, en: {_s(value)}}}{note}")
        else:
            out.append(f"  {key}: {value}{note}")

    header_line("title", header.title)
    if header.outlet:
        header_line("outlet", header.outlet)
    if header.author:
        header_line("author", header.author)
    if header.url:
        out.append(f"  url: {_s(header.url)}")
    header_line("published", header.published.isoformat() if header.published else "null", False)
    out.append('  lede: {zh-Hans: "", en: ""}  # REVIEW: one sentence, your words')
    out.append("")
    # a part named in the article (a vocabulary segment has no name here: it needs no entity)
    parts = {f.segment: f.segment_name for f in figures
             if f.segment_name and f.segment not in entities}
    out.append("entities:" + ("" if entities or parts else " {}"))
    known = players()
    for ent, (kind, zh, en) in entities.items():
        term = f", term: {ent}" if is_term(ent) else ""
        carrier = ", carrier: true" if ent in known and known[ent].carrier else ""
        guess = (
            "" if term or ent in known else
            "  # REVIEW: named in the title as its subject, in no players list: its kind"
            " (company, brand, platform) and Chinese name"
        )
        out.append(
            f"  {ent}: {{kind: {kind}{carrier}, name: {{zh-Hans: {_s(zh)}, en: {_s(en)}}}{term}}}"
            + guess
        )
    # a country's trade partner and a freight lane are markets, a way to sell (quick commerce) a
    # channel; another part is most often a product line
    places, ways = load_keywords().markets, load_keywords().channels
    markets = {
        f.segment
        for f in figures
        if f.segment and (trade_flow(f.metric) or f.segment_name in places or "–" in f.segment_name)
    }  # a lane ("Southeast Asia–North America", segments._lane) is a market too
    for seg, name in parts.items():
        channel = any(w in name.lower() for w in ways)
        kind = "market" if seg in markets else "channel" if channel else "product"
        out.append(
            f"  {seg}: {{kind: {kind}, name: {{zh-Hans: {_s(name)}, en: {_s(name)}}}}}"
            "  # REVIEW: a part of the business: its kind (product, channel, market) and"
            " Chinese name"
        )
    out.append("")
    out.append("facts:" + ("" if figures or events else " {}"))
    ids = {id(fig): f"f{i:03d}" for i, fig in enumerate(figures, 1)}
    for i, fig in enumerate(figures, 1):
        out.extend(_fact(i, fig, ids.get(id(fig.base), "") if fig.base else ""))
    for i, event in enumerate(events, 1):
        out.extend(_event(i, event))
    return "\n".join(out) + "\n"


#: A Chinese character: the article's words are Chinese, so its English needs writing.
_CJK = re.compile(r"[\u3400-\u9fff]")


def _event(i: int, event: Event) -> list[str]:
    """An event for the editor to confirm: its kind, who and when are guesses
    from cue words, and its clause is theirs to write."""
    review = ["guessed from its words: the kind, who and when", *event.review]
    if not event.entity:
        review.append("who: add entity")
    lines = [f"  e{i:03d}:", f"    event: {event.kind}  # REVIEW: {'; '.join(review)}"]
    if event.entity:
        lines.append(f"    entity: {event.entity}")
    if event.object:
        lines.append(f"    object: {event.object}")
    if event.planned:
        lines.append("    planned: true  # REVIEW: no date yet; replace with date: once it is set")
    else:
        lines.append(f"    date: {_s(event.date)}")
    if event.direction:
        lines.append(f"    direction: {event.direction}")
    if event.parties:
        lines.append(f"    parties: [{', '.join(event.parties)}]")
    if event.grounds:
        lines.append(f"    grounds: {event.grounds}  # REVIEW: what it is over, from its words")
    if event.area:
        lines.append(f"    area: {event.area}  # REVIEW: what its rules are about, from its words")
    if event.value is not None:
        lines.extend(_amount(event.value, "  # REVIEW: what it counts"))
    what = (
        "what it is over, in a few words, without the date ('violating antitrust law')"
        if event.cue is not None and event.cue.imposed
        else "one clause saying who did what, without the date"
    )
    lines.append(f'    text: {{zh-Hans: "", en: ""}}  # REVIEW: {what}')
    lines.append(f"    source: {{quote: {_s(event.quote)}}}  # offset {event.quote_at}")
    return lines


def _fact(i: int, fig: Figure, base: str = "") -> list[str]:
    note = f"  # REVIEW: {'; '.join(fig.review)}" if fig.review else ""
    lines = [f"  f{i:03d}:", f"    metric: {fig.metric}{note}"]
    if fig.measure:
        lines.append(f"    measure: {fig.measure}")
        lines.append("    stated: true")
    if fig.entity:
        lines.append(f"    entity: {fig.entity}")
    if fig.segment:
        lines.append(f"    segment: {fig.segment}")
    if fig.period:
        lines.append(f"    period: {_s(fig.period)}")
    lines.extend(_amount(fig))
    if base:
        lines.append(f"    base: {base}  # REVIEW: the level it moved from")
    lines.append(f"    source: {{quote: {_s(fig.quote)}}}  # offset {fig.quote_at}")
    return lines


def _amount(fig: Figure, unit_note: str = "") -> list[str]:
    """A figure's value, scale, currency (and what it is per) or unit, and
    qualifier, as a fact or an event gives them; ``unit_note``: a comment
    after a count's unit."""
    value = f"[{_value(fig.low)}, {_value(fig.value)}]" if fig.low else _value(fig.value)
    lines = [f"    value: {value}"]
    if fig.scale:
        lines.append(f"    scale: {fig.scale}")
    if fig.currency:
        lines.append(f"    currency: {fig.currency}")
        if fig.per:
            lines.append(f"    per: {fig.per}")
    elif fig.unit:
        lines.append(f"    unit: {fig.unit}{unit_note}")
    else:
        lines.append("    unit: count  # REVIEW: no unit written")
    if fig.qualifier:
        lines.append(f"    qualifier: {fig.qualifier}")
    return lines

"""Events: the dated happenings an article reports, drafted from cue words.

Commerce news is mostly events — a platform raising its fees from April 1,
a duty charged from August 29, a brand recalling a product — and the rules
tell each reader what a price, fee or duty change, a ban or a store opening
means for them only when the story has the event. Writing them by hand was
the slowest part of a draft, so each sentence with an event's cue words
(``keywords.yaml``, ``events:``) drafts one event per date it gives: kind,
who (the entity named nearest before the cue), date, which way a change went
and its quote. The clause (``text``) stays the editor's to write, and every
guess is marked for review: a wrong event is quicker to delete than a missing
one is to type, but a change with no direction word or a cue without a date
(except the kinds news reports on the day: a fine, a recall) is not drafted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..vocabulary.vocab import default_vocabulary
from .eventdates import date_of, event_dates, starts_at
from .figures import Figure
from .keywords import EventCue, Keywords, load_keywords
from .periods import Period
from .sentences import CLAUSE_END, SENTENCE_END, sentence_bounds, whole_words
from .who import antecedent, entity_before, named, refers_back

#: Words before a date that make it the day a change was announced, not made.
SAID = re.compile(
    r"\b(?:said|says|announced|announces|told \w+|confirmed)\s+(?:on\s+)?$|(?:宣布|表示|称|稱)$",
    re.IGNORECASE,
)
#: Words that put a change still to come: "will", "plans to", 将, 拟, 计划.
FUTURE = re.compile(
    r"\b(?:will|plans? to|planning to|is set to|are set to)\b|将|將|拟|擬|计划|計劃", re.IGNORECASE
)
#: An event's quote: its sentence, cut at clause marks outside the words that
#: say what and when, then to whole words around them.
MAX_QUOTE = 160


@dataclass(slots=True)
class Event:
    """A drafted event: kind, who, when, which way, and the quote that says so."""

    kind: str
    date: str
    quote: str
    quote_at: int
    entity: str = ""
    object: str = ""
    """What a ban blocks or a takeover buys (``keywords.yaml``: ``object: true``)."""
    direction: str = ""
    review: list[str] = field(default_factory=list)
    undated: bool = False
    """Dated by the article's date: its sentence gives none."""
    planned: bool = False
    """A change still to come, with no date in its sentence (``_planned``)."""
    cue: EventCue | None = None
    """The ``events:`` entry it was drafted by."""
    sentence: tuple[int, int] = (0, 0)
    """Where the sentence it was drafted from starts and ends in the text."""
    value: Figure | None = None
    """The count or amount its sentence gives it (``eventvalues``)."""
    parties: list[str] = field(default_factory=list)
    """Others in it: the authority that imposed a fine (``eventvalues``)."""
    grounds: str = ""
    """What a fine punishes, from its sentence's words (``eventvalues``)."""
    area: str = ""
    """What a rule change is about, from its sentence's words (``eventvalues``)."""


def find_events(
    text: str,
    body: int,
    published: date | None,
    entities: dict[str, list[str]],
    subject: str = "",
) -> list[Event]:
    """The events the article's body (``text[body:]``) reports, in order;
    ``entities``: id -> names, as ``annotate`` takes them; ``subject``: who
    the article is about, for an event whose sentence names no one."""
    kw = load_keywords()
    periods = event_dates(text, body, published)
    out: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    start = body
    for end in [m.end() for m in SENTENCE_END.finditer(text, body)] + [len(text)]:
        sentence = text[start:end]
        cue = _cue(kw, sentence)
        if cue is not None:
            told: set[tuple[str, str]] = set()  # (kind, entity) this sentence has drafted
            for event in _events(
                text, (start, end, body), cue, periods, published, entities, subject
            ):
                if not event.entity and subject and subject != event.object:
                    event.entity = subject
                    event.review.append("who: the article's subject")
                if cue[0].once and (event.kind, event.entity) in told:
                    continue  # one act, one date: "issued Decree … on 9 June, … on 11 June"
                told.add((event.kind, event.entity))
                key = (event.kind, event.date, event.entity)
                if key not in seen:
                    seen.add(key)
                    out.append(event)
        start = end
    # a kind the article dates elsewhere is not drafted again at its own date
    dated = {e.kind for e in out if not e.undated}
    return [e for e in out if not (e.undated and e.kind in dated)]


def _cue(kw: Keywords, sentence: str) -> tuple[EventCue, re.Match[str]] | None:
    """The first entry whose words the sentence has (and its ``with`` words, and
    for a change a word saying which way or that it changed), and where its
    word is. Where the first is a change and others are too, the one whose word
    stands nearest a direction word wins: "Nike would raise prices …, but
    denied the move was linked to tariffs" is a price change, not a duty's."""
    found: list[tuple[EventCue, re.Match[str]]] = []
    for cue in kw.events:
        m = cue.words.search(sentence)
        if m is None or (cue.with_words and not cue.with_words.search(sentence)):
            continue
        if cue.moved and not _says_change(cue, sentence):
            continue
        if not found or (found[0][0].moved and cue.moved):
            found.append((cue, m))
        if not found[0][0].moved:
            break
    if len(found) > 1:
        return min(found, key=lambda f: _gap(f[0], sentence))
    return found[0] if found else None


def _gap(cue: EventCue, sentence: str) -> int:
    """How near any of the cue's words stands to a direction word."""
    words = [(m.start(), m.end()) for m in cue.words.finditer(sentence)]
    ways = [(m.start(), m.end()) for m in cue.direction.finditer(sentence)] if cue.direction else []
    return min(
        (max(a[0] - b[1], b[0] - a[1], 0) for a in words for b in ways), default=len(sentence)
    )


#: A passive verb before an event's word: "being acquired", "was blocked".
PASSIVE = re.compile(r"\b(?:being|been|was|were|is|are|be)\s+$")
#: Who acts in a passive sentence: "… by Simon Property Group".
BY = re.compile(r"\bby\s+")


def _says_change(cue: EventCue, sentence: str) -> bool:
    return bool(
        (cue.direction and cue.direction.search(sentence))
        or (cue.changed and cue.changed.search(sentence))
    )


def _events(
    text: str,
    where: tuple[int, int, int],
    found: tuple[EventCue, re.Match[str]],
    periods: list[Period],
    published: date | None,
    entities: dict[str, list[str]],
    subject: str = "",
) -> list[Event]:
    """The events of the sentence ``text[start:end]`` (``where``: start, end
    and where the body starts: who acts is looked for in the body only, the
    headline names the subject): one per date it gives."""
    start, end, floor = where
    cue, m = found
    sentence = text[start:end]
    at = start + m.start()
    # what a ban or a takeover acts on is named after its word ("blocked Temu",
    # "acquire Ceconomy"); who acts, before it
    thing, thing_end = ("", 0)
    if cue.takes_object:
        thing, thing_end = named(text[start + m.end() : end], entities, last=False)
    reach = start + m.end() + thing_end  # the quote runs to the object's name
    others = {k: v for k, v in entities.items() if k != thing}
    who = entity_before(text[max(floor, at - 200) : at], others) or entity_before(sentence, others)
    if refers_back(text[start:at], others):  # "The retailer first filed …"
        who = antecedent(text, start, floor, others, subject)
    if cue.takes_object and PASSIVE.search(text, max(start, at - 12), at):
        # "before being acquired for $81 million by Simon Property Group": what
        # it acts on is who the sentence is about; who acts follows 'by'
        by = BY.search(text, start + m.end(), end)
        thing = who
        who = named(text[by.end() : end], entities, last=False)[0] if by else ""
        reach = start + m.end()
    dates = [
        (p, d) for p in periods if p.start < end and p.end > start and (d := date_of(p, cue.years))
    ]
    if cue.moved and len(dates) > 1:
        # "said on Wednesday they would raise prices from April 25": a change
        # happens on the day it takes effect, not the day it was announced
        said = [(p, d) for p, d in dates if SAID.search(text, max(0, p.start - 24), p.start)]
        dates = [x for x in dates if x not in said] or dates
    if cue.starts and len(dates) > 1:
        # "adjusted its rules in January …, from January 26": the rules
        # change on the day they apply
        begun = [(p, d) for p, d in dates if starts_at(text, p)]
        dates = begun or dates
    if not dates and _effective(cue):
        # "… will require most sellers to pay up to 1%. The new rates will take
        # effect from 10th January 2023.": a change's day in the sentence after
        after = SENTENCE_END.search(text, end)
        nxt = (end, after.end() if after else len(text))
        dates = [
            (p, d)
            for p in periods
            if nxt[0] <= p.start < nxt[1] and starts_at(text, p) and (d := date_of(p, cue.years))
        ][:1]
    if not dates:
        planned = _planned(cue, sentence, published)
        if not (planned or (cue.undated and published)):
            return []
        quote, quote_at = quote_span(text, at, max(start + m.end(), reach))
        day = "" if planned or published is None else published.isoformat()
        event = Event(cue.event, day, quote, quote_at, who, thing, undated=True, planned=planned)
        event.cue, event.sentence = cue, (start, end)
        event.review.append(
            "announced with no date: planned; write date: once the day is set"
            if planned
            else "no date in the sentence: the article's date"
        )
        return [event]
    out = []
    for p, day in dates:
        event = Event(cue.event, day, "", 0, who, thing)
        event.cue, event.sentence = cue, (start, end)
        if p.relative:
            event.review.append("the year (or day) read from the article's date")
        # the quote holds the date and what says which way (else the cue word)
        word = _direction(event, cue, sentence, p.start - start)
        a, b = (start + word.start(), start + word.end()) if word else (at, start + m.end())
        lo, hi = max(start, min(a, p.start)), max(b, p.end, reach)
        event.quote, event.quote_at = quote_span(text, lo, hi)
        out.append(event)
    return out


def _effective(cue: EventCue) -> bool:
    """Whether ``cue`` drafts a change that takes effect (a fee, rule or duty)."""
    kind = default_vocabulary().events.get(cue.event)
    return kind is not None and kind.effective


def _planned(cue: EventCue, sentence: str, published: date | None) -> bool:
    """Whether an undated change that takes effect is one still to come
    ("will completely cancel …", 将全面取消, 拟上调): drafted ``planned``
    rather than dated on the article's day, which would say the rules
    "have applied since" then. Not where the sentence names a day the draft
    cannot place ("effective Dec. 26" in an article with no date). Only a
    change that takes effect, though a market entry or job cuts may be
    planned too: "Amazon will cut 14,000 jobs" is that day's news, and
    即将登陆资本市场 no market entry; the editor writes those plans."""
    return (
        _effective(cue)
        and FUTURE.search(sentence) is not None
        and not event_dates(sentence, 0, published or _SOME_DAY)
    )


#: Any day: what a sentence's dates are read against where only whether it
#: names one matters.
_SOME_DAY = date(2000, 1, 1)


def quote_span(text: str, lo: int, hi: int) -> tuple[str, int]:
    """The sentence holding ``text[lo:hi]``, cut at the clause marks outside it
    when long, then to whole words around it; and where the quote starts."""
    start, end = sentence_bounds(text, lo)
    end = max(end, hi)
    if end - start > MAX_QUOTE:
        start = max([m.end() for m in CLAUSE_END.finditer(text, start, lo)] or [start])
        later = CLAUSE_END.search(text, hi, end)
        end = later.start() if later else end
    if end - start > MAX_QUOTE:
        pad = max(0, (MAX_QUOTE - (hi - lo)) // 2)
        start, end = whole_words(text, max(start, lo - pad), min(end, hi + pad))
    while start < end and text[start].isspace():
        start += 1
    return text[start:end].rstrip(), start


def _direction(event: Event, cue: EventCue, sentence: str, near: int) -> re.Match[str] | None:
    """A change's direction: the direction word nearest ``near`` in the
    sentence, and that word (for the quote); asked for when none says."""
    if cue.direction is None:
        return None
    words = list(cue.direction.finditer(sentence))
    if not words:
        event.review.append("which way it went: write direction: up or down")
        return None
    best = min(words, key=lambda w: abs(w.start() - near))
    event.direction = "up" if best.group("up") else "down"
    return best

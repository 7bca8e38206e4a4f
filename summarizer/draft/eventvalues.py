"""What an event's sentence says beyond its kind, who and when: how many, how
much, and who imposed it.

A recall, a fine or a layoff is reported with its size: "Anker is recalling
more than 1.1 million of its power banks", "SAMR imposed a fine of
RMB18.228 billion against Alibaba". Drafted as separate figures, the count
became a revenue of 1.1 million and the fine a metric fact beside an event
that said nothing of its size; and the fine's entity was the regulator,
named first, where the rules read a fine as the fined company's. Here, after
the figures and events are drafted, each event takes (data in
``keywords.yaml``, ``events:``):

- ``counts: <unit>``: the first number of its sentence with no currency, no
  rate and no metric word, as its value in that unit;
- ``amount: <metric>``: the first amount of that metric in its sentence
  (``deal``: the first amount no metric word claims, or a valuation);
- ``imposed: true``: where its entity is a regulator or a government and its
  sentence names someone else, that one is the entity and the authority a
  party (a fine is the fined one's, a suit the sued one's: "The Federal
  Trade Commission and 17 states filed a lawsuit against Amazon"); what it
  punishes or is over (``grounds``) is guessed from the sentence's words
  (``keywords.yaml``, ``grounds:``: antitrust, deceptive, privacy, unsafe …).
  A suit filed by anyone else ("Amazon has filed three lawsuits against bad
  actors") makes the filer a party and whoever is named after "against"
  the entity.

The figure an event takes is no longer drafted as a figure of its own.
"""

from __future__ import annotations

import re

from .earlier import LAST_RESORT
from .events import Event, quote_span
from .figures import Figure
from .keywords import RATES, load_keywords
from .sentences import SENTENCE_END

#: A grounds word that names who enforces it ("antitrust agency", 反垄断局).
AGENCY = re.compile(r"\s*(?:agency|authority|authorities|regulator|watchdog|body|局|机构|部门)")
#: ``amount: deal``: what a takeover pays ("acquired for $81 million").
DEAL = "deal"
#: Entity kinds that impose fines rather than pay them.
AUTHORITIES = frozenset({"regulator", "government"})


def complete_events(
    text: str,
    events: list[Event],
    figures: list[Figure],
    kinds: dict[str, str],
    names: dict[str, list[str]],
) -> list[Figure]:
    """Give each event its value and parties (module docstring) and return
    the figures no event took; ``kinds``: entity id -> kind; ``names``: id ->
    the ways the text writes it."""
    taken: set[int] = set()
    for event in events:
        if event.cue is None:
            continue
        lo, hi = event.sentence
        if event.cue.imposed:
            _imposed_on(event, text[lo:hi], kinds, names)
            # the reason is often the next sentence's ("The fine … follows
            # allegations of deceptive business practices")
            after = SENTENCE_END.search(text, hi + 1)
            event.grounds = _grounds(text[lo : after.end() if after else len(text)])
        if event.kind == "policy_change":
            event.area = _first_named(load_keywords().areas, text[lo:hi])
        for fig in figures:
            if id(fig) in taken or not lo <= fig.start < hi or not _fits(event, fig):
                continue
            if event.cue.counts:
                fig.unit = event.cue.counts
                fig.review.remove(LAST_RESORT)
            event.value = fig
            taken.add(id(fig))
            end = max(event.quote_at + len(event.quote), fig.end)
            event.quote, event.quote_at = quote_span(text, min(event.quote_at, fig.start), end)
            break
    return [f for f in figures if id(f) not in taken]


def _fits(event: Event, fig: Figure) -> bool:
    """Whether ``fig`` is the count or the amount ``event``'s entry asks for."""
    assert event.cue is not None
    if event.cue.counts:
        return LAST_RESORT in fig.review and not fig.currency and fig.unit not in RATES
    if event.cue.amount == DEAL:  # a takeover's price: an amount no metric word claims
        return bool(fig.currency) and not fig.measure and (
            LAST_RESORT in fig.review or fig.metric == "valuation"
        )
    if event.cue.amount:
        return bool(fig.currency) and fig.metric == event.cue.amount and not fig.measure
    return False


def _imposed_on(
    event: Event, sentence: str, kinds: dict[str, str], names: dict[str, list[str]]
) -> None:
    """An authority's fine is the fined one's: the first entity of the sentence
    that is no authority becomes the event's entity, the authority a party."""
    if kinds.get(event.entity) not in AUTHORITIES:
        _plaintiff(event, sentence, names)
        return
    named = [
        (at, k)
        for k, ns in names.items()
        if k != event.entity
        and kinds.get(k) not in AUTHORITIES
        and (at := _first_at(sentence, ns)) >= 0
    ]
    if named:
        event.parties.append(event.entity)
        event.entity = min(named)[1]


#: What a suit is against: its defendants follow ("filed three lawsuits
#: against bad actors", 亚马逊起诉不法分子; not 被起诉, sued).
AGAINST = re.compile(r"\bagainst\b|(?<!被)起[诉訴]")


def _plaintiff(event: Event, sentence: str, names: dict[str, list[str]]) -> None:
    """A business that sues ("Amazon has filed three lawsuits against bad
    actors") is a party, not the one sued: the first entity named after
    "against" becomes the event's entity, or none, for the editor to add
    (defendants the article does not name, as a group)."""
    if event.kind != "lawsuit":
        return
    m = AGAINST.search(sentence)
    at = _first_at(sentence, names.get(event.entity, []))
    if m is None or not 0 <= at < m.start():
        return
    after = sentence[m.end() :]
    named = [
        (i, k) for k, ns in names.items() if k != event.entity and (i := _first_at(after, ns)) >= 0
    ]
    event.parties.append(event.entity)
    event.entity = min(named)[1] if named else ""  # '': the render asks the editor to add it


def _grounds(sentence: str) -> str:
    """What the sentence says a fine punishes (``keywords.yaml`` ``grounds``):
    the grounds whose word comes first, or ''."""
    return _first_named(load_keywords().grounds, sentence)


def _first_named(table: dict[str, re.Pattern[str]] | None, sentence: str) -> str:
    """The entry of ``table`` (a fine's grounds, a rule change's area) whose
    word comes first in ``sentence``, or ''; a word that names who enforces
    it names nothing ("France's antitrust agency")."""
    found = [
        (m.start(), g)
        for g, words in (table or {}).items()
        for m in words.finditer(sentence)
        if not AGENCY.match(sentence, m.end())
    ]
    return min(found)[1] if found else ""


def _first_at(sentence: str, names: list[str]) -> int:
    """Where the first of ``names`` to appear in ``sentence`` starts, or -1."""
    found = [i for n in names if n and (i := sentence.find(n)) >= 0]
    return min(found, default=-1)

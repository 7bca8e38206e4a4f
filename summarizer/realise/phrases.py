"""The filters templates word everything but a figure with: periods and
dates, lists, names from the section's voice, currency names, small counts
spelled out, and the case of a phrase moved in a sentence.

Split from ``filters`` so that module keeps to how an amount is printed;
these are the words around it. Like those filters they are made per source
language, since every one of them says it the way that language does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from ..errors import BuildError
from ..facts.periods import parse_period
from ..model import Fact
from ..rules.kinds import of_a_period
from ..vocabulary.vocab import default_vocabulary
from . import locale
from .article import indefinite

#: Words that start an editor's English sentence and are lowered when the
#: sentence follows a lead-in (``clause``).
_DETERMINERS = frozenset(
    ("The", "A", "An", "Its", "Their", "His", "Her", "This", "That", "These", "Those")
    + ("Some", "All", "Both", "Each", "Every")
)


#: Words after which a law's title names what it governs, not what it is.
_TITLE_STOPS = frozenset(("for", "on", "of", "concerning", "governing", "regarding", "to", "in"))


def title_head(title: str) -> str:
    """The noun an English title of a law is: its word before the first
    preposition, else its last word, leaving out numbers (so the verb agrees
    with it and the article fits it).

    >>> title_head("Measures for the Supervision and Administration of Live-Streaming E-Commerce")
    'Measures'
    >>> title_head("Digital Services Act"), title_head("Decree 117/2025/ND-CP")
    ('Act', 'Decree')
    """
    words = [w for w in title.split() if not any(c.isdigit() for c in w)]
    for i, w in enumerate(words):
        if i and w.lower() in _TITLE_STOPS:
            return words[i - 1]
    return words[-1] if words else ""


def capitalized(text: str) -> str:
    """``text`` with its first letter capitalised, to start a sentence or a
    heading; a name written with a capital inside its first word (eBay,
    iPhone) is left as its owner writes it.

    >>> capitalized("in 2024"), capitalized("eBay UK adds a fee"), capitalized("iPhone sales")
    ('In 2024', 'eBay UK adds a fee', 'iPhone sales')

    A capital after a hyphen is an ordinary word's ("non-Star sellers"):

    >>> capitalized("non-Star sellers pay 8%")
    'Non-Star sellers pay 8%'
    """
    first = text.split(" ", 1)[0]
    if first[:1].islower() and any(
        c.isupper() and first[i] != "-" for i, c in enumerate(first[1:])
    ):
        return text
    return text[:1].upper() + text[1:]


def plural_title(title: str) -> bool:
    """Whether a law's English title takes a plural verb ('the Measures …
    require', 'Decree 117 requires').

    >>> plural_title("Measures for the Supervision of Live-Streaming E-Commerce")
    True
    >>> plural_title("Decree 117/2025/ND-CP"), plural_title("Digital Services Act")
    (False, False)
    """
    head = title_head(title)
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))


def titled(title: str) -> str:
    """A law's English title as a sentence names it: with 'the' unless it is
    numbered ('Decree 117/2025/ND-CP') or already has one.

    >>> titled("Digital Services Act"), titled("Decree 117/2025/ND-CP")
    ('the Digital Services Act', 'Decree 117/2025/ND-CP')
    """
    if title[:4].lower() == "the " or any(c.isdigit() for c in title):
        return title
    return "the " + title


def phrase_filters(lang: str) -> dict[str, Callable[..., Any]]:
    """The filters that word periods, dates, names and prose in ``lang``."""

    def currency_name(code: str) -> str:
        """A currency named in prose: 'HKD' -> '港元' / 'Hong Kong dollars'."""
        name = default_vocabulary().currency_names.get(code)
        return name.get(lang) if name else code

    def period(p: Any, as_of: bool = True) -> str:
        """A period in words; a day's amount that adds up (a day's GMV), or a
        ratio of such amounts (its average order value), is that day's, never
        "as of" it: '2025年11月28日', not '截至…'."""
        if isinstance(p, Fact):
            as_of = as_of and not of_a_period(p.metric)
            return locale.format_period(p.period, lang, as_of=as_of, year_end=p.year_end)
        return locale.format_period(str(p), lang, as_of=as_of)

    def day(f: Fact) -> str:
        """A fact of one day, in a sentence that already named its year:
        '4月9日' / 'April 9' (a fee's or a tariff's later steps)."""
        return locale.format_month_day(date.fromisoformat(f.period[:10]), lang)

    def when(f: Fact) -> str:
        if f.date is None:
            raise BuildError.at(f.span, f"event '{f.id}' has no date")
        return locale.format_date(f.date, lang, f.date_precision)  # type: ignore[arg-type]

    def until(f: Fact) -> str:
        """The day a temporary event ends: '2026年11月10日' / 'November 10, 2026'."""
        if f.until is None:
            raise BuildError.at(f.span, f"event '{f.id}' has no 'until' day")
        return locale.format_date(f.until, lang, "day")

    def grounds(f: Fact) -> str:
        """What a fine or a lawsuit is over, in the vocabulary's words:
        'anti-competitive conduct' / '垄断' ('' where the facts do not say)."""
        g = default_vocabulary().grounds.get(f.grounds)
        return g.get(lang) if g else ""

    def listing(items: Iterable[str]) -> str:
        return locale.format_list(list(items), lang)

    def inp(p: Any) -> str:
        """English period phrase with its preposition: 'in 2024', 'as of June 22, 2026'."""
        text = p.period if isinstance(p, Fact) else str(p)
        year_end = p.year_end if isinstance(p, Fact) else 12
        kind = parse_period(text, year_end).kind
        if kind == "instant":
            if isinstance(p, Fact) and of_a_period(p.metric):  # a day's sales: on that day
                return "on " + locale.format_period(text, lang, as_of=False)
            return locale.format_period(text, lang, as_of=True)
        if kind == "days":
            return locale.format_between(text, lang)
        return "in " + locale.format_period(text, lang, as_of=False, year_end=year_end)

    def lcfirst(text: str) -> str:
        """'Answer for …' -> 'answer for …' (kept for acronyms: 'MCN …')."""
        if len(text) > 1 and text[0].isupper() and not text[1].isupper():
            return text[0].lower() + text[1:]
        return text

    def clause(text: str) -> str:
        """An editor's sentence placed after a lead-in ('On May 2, 2025, …'):
        'The US ended …' -> 'the US ended …'. Only a leading determiner is
        lowered; a name ('Amazon cut …', 'TikTok Shop …') keeps its capital."""
        first, sep, rest = text.partition(" ")
        return f"{first.lower()}{sep}{rest}" if first in _DETERMINERS else text

    def capitalize_first(text: str) -> str:
        """'in 2024' -> 'In 2024': a phrase moved to the start of a sentence."""
        return capitalized(text)

    def spell(n: int) -> str:
        """Small counts in words in English prose (house style): 4 -> 'four'."""
        words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        if lang == "en":
            return words[n] if 0 <= n < 10 else str(n)
        zh = ("零", "一", "两", "三", "四", "五", "六", "七", "八", "九")
        return zh[n] if 0 <= n < 10 else str(n)

    @pass_context
    def entity_name(ctx: Context, entity_id: str) -> str:
        return str(ctx["name"](entity_id))

    @pass_context
    def org_name(ctx: Context, entity_id: str) -> str:
        return str(ctx["org"](entity_id))

    return {
        "currency_name": currency_name,
        "period": period,
        "when": when,
        "until": until,
        "grounds": grounds,
        "day": day,
        "listing": listing,
        "inp": inp,
        "entity_name": entity_name,
        "org_name": org_name,
        "lcfirst": lcfirst,
        "clause": clause,
        "capitalize_first": capitalize_first,
        "spell": spell,
        "titled": titled,
        "plural_title": plural_title,
        "a": indefinite,
    }

"""The Jinja2 environment of a source language, and the filters templates
format figures with (Babel through ``locale``, an explicit locale always).

Filters are plain functions; numbers reach them as Quantities (as written)
or ``Num`` (computed, printed to three significant digits so zh and en
agree).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    pass_context,
)
from jinja2.runtime import Context

from .. import languages
from ..errors import BuildError
from ..facts.periods import parse_period
from ..model import Fact, Quantity
from ..paths import TEMPLATES_DIR
from ..rules.facts import Num
from ..rules.kinds import (
    facet_of,
    is_fee,
    levied_on,
    of_a_period,
    per_order,
    per_payer,
    retail,
)
from ..vocabulary.vocab import default_vocabulary
from . import locale
from .bytecode import bytecode_cache
from .text import was
from .units import PER_WORDS, per_phrase


def _value(x: Any) -> Quantity | Decimal:
    """Accept a metric Fact, a Quantity or a computed Num in filters."""
    if isinstance(x, Fact):
        if x.quantity is None:
            raise BuildError.at(x.span, f"fact '{x.id}' has no amount to format")
        return x.quantity
    if isinstance(x, Num):
        return x.value
    if isinstance(x, Quantity | Decimal | int):
        return x if isinstance(x, Quantity | Decimal) else Decimal(x)
    raise TypeError(f"cannot format {type(x).__name__} as a number")


def _digits_for(v: Decimal) -> int:
    """Decimals for a computed figure: 412 -> 0, 37.5 -> 1, 3.78 -> 1, 0.43 -> 2."""
    a = abs(v)
    if a >= 100:
        return 0
    if a >= 1:
        return 1
    return 2


_UNSCALED = locale.UNITS["percent"]


def absq(x: Any, bare: bool = False) -> Any:
    """The magnitude of a signed figure; templates say the direction in words.
    ``bare`` drops the written qualifier where the sentence words it itself
    (最多上涨5美元, not 上涨不超过5美元)."""
    if isinstance(x, Fact) and x.quantity is not None:
        q = x.quantity  # everything written stays: digits, scale, qualifier, per
        upper = None if q.upper is None else abs(q.upper)
        return replace(q, value=abs(q.value), upper=upper, qualifier="" if bare else q.qualifier)
    if isinstance(x, Num):
        return Num(abs(x.value), abs(x.low), abs(x.high), x.facts, x.unit)
    return abs(x)


#: Names a dict has as attributes: ``v.items`` must stay the method.
_DICT_ATTRS = frozenset(dir(dict))


class _Environment(Environment):
    """An environment whose ``v.name`` on a plain dict looks the key up first.

    Jinja tries ``getattr`` and, when that raises, the item; the values of a
    takeaway are a dict, so every ``v.first`` raised and caught an
    AttributeError. Same result: a name a dict has as an attribute still
    goes Jinja's way.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRS:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


#: Words that start an editor's English sentence and are lowered when the
#: sentence follows a lead-in (``clause``).
_DETERMINERS = frozenset(
    ("The", "A", "An", "Its", "Their", "His", "Her", "This", "That", "These", "Those")
    + ("Some", "All", "Both", "Each", "Every")
)


def make_env(lang: str, loader: BaseLoader | None = None) -> Environment:
    """The Jinja2 environment for one source language (zh-Hans or en).

    Text output: escaping happens when Markdown becomes HTML, not here.
    StrictUndefined makes a missing value fail instead of printing blank.
    """
    env = _Environment(
        loader=loader or FileSystemLoader(str(TEMPLATES_DIR / lang)),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        bytecode_cache=bytecode_cache(),
    )

    def amount(x: Any, digits: int | None = None) -> str:
        """Money or count as written: 5.34亿元 / RMB 534 million."""
        v = _value(x)
        if isinstance(v, Quantity):
            if v.upper is not None and digits is None:
                return locale.format_quantity(v, lang)
            return locale.format_amount(v, "", lang, digits=digits)
        unit = x.unit if isinstance(x, Num) else "percent"
        if digits is None:
            if unit in locale.CURRENCIES or locale.UNITS.get(unit, _UNSCALED).scaled:
                # a computed amount: three significant digits in every language
                # (19,430,000 -> 1940万 / 19.4 million), so zh and en agree
                v = locale.round_significant(v)
                digits = locale.significant_decimals(v, lang)
            else:
                digits = _digits_for(v)
        return locale.format_amount(v, unit, lang, digits=digits)

    def event_text(e: Fact) -> str:
        """An event's clause with its amount, the way editors write it to lead
        into one ('…表示有信心实现集团收入同比增长' + '50%'), without the final stop.
        The clause words the direction ('cut prices by', '下调'), so the figure
        is its magnitude: 'cut prices by 8%', not 'by -8%'."""
        text = e.text.get(lang).rstrip("。.") if e.text else ""
        if e.quantity is None or _says(text, abs(e.quantity.value), e.quantity.unit):
            return text  # the editor wrote the figure into the clause: not twice
        figure = amount(absq(e))
        return f"{text}{figure}" if lang != "en" else f"{text} {figure}".strip()

    def currency_name(code: str) -> str:
        """A currency named in prose: 'HKD' -> '港元' / 'Hong Kong dollars'."""
        name = default_vocabulary().currency_names.get(code)
        return name.get(lang) if name else code

    def money(value: Any, code: str) -> str:
        """A plain amount in a currency: money(Decimal('0.88'), 'CNY') -> 'RMB 0.88'."""
        return locale.format_amount(Decimal(str(value)), code, lang)

    def cents(x: Any) -> str:
        """A small amount of money to the cent, zeros kept, as a price list
        prints it: US$3.40, 2.00美元 (figures compared in one sentence line up)."""
        v = _value(x)
        value = v.value if isinstance(v, Quantity) else v
        unit = v.unit if isinstance(v, Quantity) else x.unit
        text = locale.format_amount(value, unit, lang, digits=2)
        full = format(abs(value).quantize(Decimal("0.01")), ",.2f" if lang == "en" else ".2f")
        short = full.rstrip("0").rstrip(".")
        return text.replace(short, full, 1) if short != full and abs(value) < 10000 else text

    def pct(x: Any, digits: int | None = None) -> str:
        v = _value(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 1000 else 0
        return locale.format_percent(v, lang, digits)

    def times(x: Any, digits: int | None = None, spelled: bool = False) -> str:
        """Multiples: one decimal below 10× (5.9×), whole numbers above (34×)."""
        v = _value(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 10 else 0
        return locale.format_multiple(v, lang, digits=digits, spelled=spelled)

    def change(x: Any, digits: int | None = None) -> str:
        v = _value(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 1000 else 0
        return locale.format_change(v, lang, digits)

    def points(x: Any, digits: int | None = 1) -> str:
        return locale.format_points(_value(x), lang, digits)

    def count(x: Any, unit: str, digits: int | None = None) -> str:
        v = _value(x)
        if isinstance(v, Decimal) and digits is None:
            digits = _digits_for(v)
        return locale.format_count(v, "" if isinstance(v, Quantity) else unit, lang, digits=digits)

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

    def per(f: Fact) -> str:
        """What an amount is per, in the vocabulary's word: '件' / 'unit' ('' for
        a total). A template says it its own way: 每件上调0.08美元 / by US$0.08 a unit."""
        q = f.quantity
        words = PER_WORDS.get(q.per) if q is not None and q.per else None
        return (words[0] if languages.is_chinese(lang) else words[1]) if words else ""

    def per_each(f: Fact) -> str:
        """What an amount is per, said as English says it after the amount:
        'a unit', 'an item', 'a 40ft container' ('' for a total)."""
        q = f.quantity
        return per_phrase("", q.per, lang).strip() if q is not None and q.per else ""

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
        return text[:1].upper() + text[1:]

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

    env.filters.update(
        amount=amount,
        cents=cents,
        currency_name=currency_name,
        event_text=event_text,
        money=money,
        pct=pct,
        times=times,
        change=change,
        points=points,
        count=count,
        period=period,
        when=when,
        until=until,
        per=per,
        per_each=per_each,
        day=day,
        listing=listing,
        inp=inp,
        entity_name=entity_name,
        org_name=org_name,
        count_fact=amount,
        lcfirst=lcfirst,
        clause=clause,
        capitalize_first=capitalize_first,
        spell=spell,
        was=was,
    )
    env.globals.update(
        absq=absq,
        absnum=absq,
        facet_of=facet_of,
        is_fee=is_fee,
        levied_on=levied_on,
        per_payer=per_payer,
        retail=retail,
        per_order=per_order,
    )
    return env


#: Powers of ten a clause may write a figure in: thousand, 万, million, 亿,
#: billion, trillion ('1.158 million', '115.8万' for 1,158,000).
_SCALES = (0, 3, 4, 6, 8, 9, 12)


def _says(text: str, value: Decimal, unit: str = "") -> bool:
    """Whether ``text`` already writes ``value`` ('裁员1200人', 'cut 1,200 jobs',
    'recalling 1.158 million', '召回115.8万台'), so the event clause does not
    get the figure a second time. A figure written as one digit is never
    taken as said (a '1' anywhere would match), unless a percent sign follows
    it where the figure is a percent ('raised prices by 8%', '上调8%').

    >>> _says("recalling 1.158 million power banks", Decimal(1158000))
    True
    >>> _says("召回115.8万台充电宝", Decimal(1158000)), _says("cut jobs", Decimal(1200))
    (True, False)
    >>> _says("raised prices by 8%", Decimal(8), "percent"), _says("8 lines", Decimal(8), "percent")
    (True, False)
    """
    plain = text.replace(",", "")
    for power in _SCALES:
        digits = format((value / Decimal(10) ** power).normalize(), "f")
        if len(digits.lstrip("0.")) >= 2 and digits in plain:
            return True
    if unit == "percent":
        return any(f"{format(value.normalize(), 'f')}{sign}" in plain for sign in ("%", "％"))
    return False

"""The Jinja2 environment of a source language, and the filters templates
format figures with (Babel through ``locale``, an explicit locale always).

Filters are plain functions; numbers reach them as Quantities (as written)
or ``Num`` (computed, printed to three significant digits so zh and en
agree). The words around a figure (periods, dates, names, lists) are
``phrases``'s filters, registered here too.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
)

from .. import languages
from ..model import Fact, Quantity
from ..paths import TEMPLATES_DIR
from ..readers.wording import market_growth
from ..rules.facts import Num
from ..rules.kinds import (
    channel_part,
    facet_of,
    is_fee,
    kind_of,
    levied_on,
    per_order,
    per_payer,
    retail,
)
from . import locale
from .bytecode import bytecode_cache
from .digits import with_written_zeros
from .figurevalues import (
    absq,
    digits_for,
    exact_digits,
    index_reading,
    places,
    range_of,
    scaled,
    value_of,
)
from .phrases import phrase_filters
from .text import was
from .units import PER_WORDS, measure_split, per_phrase

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
        """Money or count as written: 5.34亿元 / RMB 534 million; a computed
        range both ends, each rounded as one amount (2.4万至5.4万元)."""
        significant = isinstance(x, Num) and scaled(x.unit)
        if (r := range_of(x, digits, significant)) is not None:
            return locale.format_quantity(r, lang)
        v = value_of(x)
        if isinstance(v, Quantity):
            if v.upper is not None and digits is None:
                return locale.format_quantity(v, lang)
            return locale.format_amount(v, "", lang, digits=digits)
        unit = x.unit if isinstance(x, Num) else "percent"
        if digits is None:
            if scaled(unit):
                # a computed amount: three significant digits in every language
                # (19,430,000 -> 1940万 / 19.4 million), so zh and en agree
                v = locale.round_significant(v)
                digits = locale.significant_decimals(v, lang)
            else:
                digits = digits_for(v)
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

    def money(value: Any, code: str) -> str:
        """A plain amount in a currency: money(Decimal('0.88'), 'CNY') -> 'RMB 0.88'."""
        return locale.format_amount(Decimal(str(value)), code, lang)

    def cents(x: Any, qualified: bool = False) -> str:
        """A small amount of money to the cent, zeros kept, as a price list
        prints it: US$3.40, 2.00美元 (figures compared in one sentence line up);
        a computed range both ends (a fee of 2% to 16% on INR 300: INR 6.00–48.00).
        ``qualified``: with its written qualifier, for a sentence that does not
        word it itself (a level reached: "to more than RMB 1.40")."""
        if (r := range_of(x, 2)) is not None:
            return locale.format_quantity(r, lang)
        v = value_of(x)
        value = v.value if isinstance(v, Quantity) else v
        unit = v.unit if isinstance(v, Quantity) else x.unit
        written = v if qualified and isinstance(v, Quantity) else value
        text = locale.format_amount(written, unit, lang, digits=2)
        full = format(abs(value).quantize(Decimal("0.01")), ",.2f" if lang == "en" else ".2f")
        short = full.rstrip("0").rstrip(".")
        return text.replace(short, full, 1) if short != full and abs(value) < 10000 else text

    def reading(x: Any) -> str:
        """An index reading to one decimal, zeros kept, as indices are
        published: ``49.0``, not ``49`` (a PMI's 49.0 beside 50.5)."""
        v = value_of(x)
        return index_reading(v.value if isinstance(v, Quantity) else v)

    def pct(x: Any, digits: int | None = None) -> str:
        if (r := range_of(x, digits)) is not None:
            return locale.format_percent(r, lang)
        v = value_of(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 1000 else 0
        return locale.format_percent(v, lang, digits)

    def rate(x: Fact) -> str:
        """A rate as its setter wrote it, trailing zeros kept: a loan prime
        rate of '3.0' prints 3.0%, not the 3% ``pct`` would (3.0% beside 3.1%
        and 3.45% in one sentence)."""
        text = pct(x, places(x))
        return with_written_zeros(text, x.quantity) if x.quantity is not None else text

    def times(x: Any, digits: int | None = None, spelled: bool = False) -> str:
        """Multiples: one decimal below 10× (5.9×), whole numbers above (34×);
        a computed range both ends, its unit once (5–10 times, 5至10倍)."""
        if isinstance(x, Num) and x.upper is not None:
            lo, hi = sorted((x.value, x.upper))
            d = digits if digits is not None else (1 if abs(hi) < 10 else 0)
            high = locale.format_multiple(hi, lang, digits=d, spelled=spelled)
            low = locale.format_multiple(lo, lang, digits=d)
            low = low.rstrip("倍×")
            return f"{low}至{high}" if languages.is_chinese(lang) else f"{low}–{high}"
        v = value_of(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 10 else 0
        return locale.format_multiple(v, lang, digits=digits, spelled=spelled)

    def change(x: Any, digits: int | None = None) -> str:
        if (r := range_of(x, digits)) is not None:
            return locale.format_change(r, lang)
        v = value_of(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 1000 else 0
        return locale.format_change(v, lang, digits)

    def points(x: Any, digits: int | None = None) -> str:
        """A difference in percentage points, as exact as its inputs:
        points(Num 13.25 - 12.9) -> '0.35个百分点', not the 0.4 a fixed
        decimal would print; a difference of computed shares -> 1 decimal;
        a range's move -> both ends ('0.5至2个百分点')."""
        if (r := range_of(x, digits)) is not None:
            return locale.format_quantity(r, lang)
        v = value_of(x)
        if isinstance(v, Decimal) and digits is None:
            digits = exact_digits(v)
        return locale.format_points(v, lang, digits)

    def count(x: Any, unit: str, digits: int | None = None) -> str:
        v = value_of(x)
        if isinstance(v, Decimal) and digits is None:
            digits = digits_for(v)
        return locale.format_count(v, "" if isinstance(v, Quantity) else unit, lang, digits=digits)

    def unit_word(unit: str) -> str:
        """The word for one of a count's unit, as a price per one says it:
        unit_word('cups') -> 'cup' / '杯' (RMB 18.45 a cup, 每杯18.45元)."""
        return locale.format_count(Decimal(1), unit, lang, digits=0)[1:].strip()

    def per(f: Fact) -> str:
        """What an amount is per, in the vocabulary's word: '件' / 'unit' ('' for
        a total). A template says it its own way: 每件上调0.08美元 / by US$0.08 a unit."""
        q = f.quantity
        words = PER_WORDS.get(q.per) if q is not None and q.per else None
        return (words[0] if languages.is_chinese(lang) else words[1]) if words else ""

    def per_parts(f: Fact) -> tuple[str, str]:
        """What an amount is per, as Chinese counts it: (measure word, noun),
        ('件', '包裹') for 件包裹 (units.measure_split); '' for a total."""
        return measure_split(per(f)) if per(f) else ("", "")

    def per_each(f: Fact) -> str:
        """What an amount is per, said as English says it after the amount:
        'a unit', 'an item', 'a 40ft container' ('' for a total)."""
        q = f.quantity
        return per_phrase("", q.per, lang).strip() if q is not None and q.per else ""

    env.filters.update(
        amount=amount,
        places=places,
        cents=cents,
        rate=rate,
        reading=reading,
        event_text=event_text,
        money=money,
        pct=pct,
        times=times,
        change=change,
        points=points,
        count=count,
        per=per,
        per_each=per_each,
        per_parts=per_parts,
        unit_word=unit_word,
        count_fact=amount,
        was=was,
    )
    env.filters.update(phrase_filters(lang))
    env.globals.update(
        absq=absq,
        absnum=absq,
        facet_of=facet_of,
        is_fee=is_fee,
        levied_on=levied_on,
        per_payer=per_payer,
        retail=retail,
        per_order=per_order,
        channel_part=channel_part,
        kind_of=kind_of,
        market_growth=market_growth,
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

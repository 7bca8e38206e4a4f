"""Numbers, money, percentages, dates, periods and lists, worded per language.

Why this module exists, and why it does not simply call Babel's compact
formatting:

* Every figure in a quick read must be said the same way in every language
  and traceable to a fact, so formatting is one set of pure, deterministic
  functions that templates use as filters. Babel is always called with an
  explicit ``locale=``; the process locale is never consulted.
* Chinese scale words come from our own table (万, 亿, 万亿). Babel's compact
  formats are wrong for news copy: ``zh_Hant_HK`` prints "1T" and
  ``zh_Hant_TW`` prints "1兆" for 万亿. Babel is used for what it is right
  about: digit grouping, decimal symbols, long dates, month names and lists.
* All Chinese variants are formatted as zh-Hans (locale ``zh_Hans_CN``). The
  OpenCC stage (``summarizer.convert.hant``) converts the script afterwards and masks
  number tokens, so numbers are formatted once and never patched by a
  conversion dictionary.
* Figures keep the precision the article wrote (``Quantity.resolution``);
  trailing zeros after the decimal point are dropped, so a computed figure
  never reads "1.0万亿". ``digits`` sets the decimals for computed figures.
  Rounding is half-up (四舍五入), as readers expect.
* Chinese output never contains an ASCII comma: Chinese figures are not
  digit-grouped (mantissas stay below 10,000 because of the scale words).

The work is split by kind: ``units`` (the vocabulary's words), ``numbers``
(amounts), ``relative`` (percentages, points, multiples, changes) and
``dates`` (dates, periods, lists); this module is what templates and
stages import.
"""

from __future__ import annotations

from .dates import (
    Precision,
    format_between,
    format_date,
    format_list,
    format_month_day,
    format_period,
)
from .digits import round_significant, significant_decimals
from .numbers import (
    AmountParts,
    amount_parts,
    format_amount,
    format_count,
    format_quantity,
)
from .relative import format_change, format_multiple, format_percent, format_points
from .units import _LANGS, CURRENCIES, EN_LOCALE, QUALIFIER_WORDS, UNITS, ZH_LOCALE

__all__ = [
    "CURRENCIES",
    "EN_LOCALE",
    "QUALIFIER_WORDS",
    "UNITS",
    "ZH_LOCALE",
    "_LANGS",
    "AmountParts",
    "Precision",
    "amount_parts",
    "format_amount",
    "format_change",
    "format_count",
    "format_date",
    "format_between",
    "format_month_day",
    "format_list",
    "format_multiple",
    "format_percent",
    "format_period",
    "format_points",
    "format_quantity",
    "round_significant",
    "significant_decimals",
]

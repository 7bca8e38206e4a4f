"""Each figure against its own quote: is the value there, with the same bound?

``quotes_in_source`` proves the quote is the article's; this proves the fact
says what the quote says. The quote's figures are read by the draft's
reader (``draft.figures``: value, scale, unit, the qualifier around it), so
``check`` and ``draft`` read an article the same way. A fact passes when a
figure of the quote has its value (sign aside: 降幅14.08% is a change of
-14.08%; 增长7倍 is +700%; 腰斩 is -50%; "tripled" is +200%, "flat" 0),
and warns when the quote bounds the figure (约, 左右, 至少, 超, 近, 不到…)
but the fact does not, because the fact would then be printed as exact.
高出N倍 is ambiguous (N times as much, or N times more, i.e. N+1 times):
without a note saying which reading the editor took (a qualifier),
``check`` notes it. "The high-single-digit range" is 7 to 9, a fact
entered as that range.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from ..model import Fact, Finding, Quantity
from .consistency_figures import Context
from .facts import HUNDRED

#: Traditional scale words a quote may keep (Taiwan and Hong Kong sources).
_HANT = str.maketrans({"億": "亿", "萬": "万", "兆": "万亿"})
#: Figures said in words, as value in percent.
_WORD_FIGURES = {
    "腰斩": Decimal(-50),
    "翻番": Decimal(100),
    "翻倍": Decimal(100),
    "翻一番": Decimal(100),
    "翻两番": Decimal(300),
    "持平": Decimal(0),
    # English: whole words, any case ("sales more than tripled", "flat sales")
    "flat": Decimal(0),
    "unchanged": Decimal(0),
    "doubled": Decimal(100),
    "double": Decimal(100),
    "tripled": Decimal(200),
    "triple": Decimal(200),
    "quadrupled": Decimal(300),
    "quadruple": Decimal(300),
    # the -ing forms ("nearly quadrupling to $27.2 billion")
    "doubling": Decimal(100),
    "tripling": Decimal(200),
    "quadrupling": Decimal(300),
    "halved": Decimal(-50),
    # a rate cancelled or scrapped is a rate of 0 ("will cancel export tax rebates")
    "取消": Decimal(0),
    "cancel": Decimal(0),
    "cancelled": Decimal(0),
    "canceled": Decimal(0),
    "scrap": Decimal(0),
    "scrapped": Decimal(0),
    "abolished": Decimal(0),
    "eliminate": Decimal(0),
    "eliminates": Decimal(0),
    "eliminated": Decimal(0),
    "eliminating": Decimal(0),
    "waive": Decimal(0),
    "waived": Decimal(0),
    "免收": Decimal(0),
    "免除": Decimal(0),
    # a charge introduced was none before ("TikTok Shop introduces a platform support fee")
    "introduce": Decimal(0),
    "introduces": Decimal(0),
    "introduced": Decimal(0),
    "开征": Decimal(0),
    # a charge not levied yet ("such parcels currently enter the EU duty free")
    "duty free": Decimal(0),
    "duty-free": Decimal(0),
    "免税": Decimal(0),
}
#: Ranges said in words: "the high-single-digit range" is 7 to 9 (a fact
#: entered as that range passes; a single value would be a guess, and does not).
_DIGIT_RANGES = {"low": (1, 3), "mid": (4, 6), "high": (7, 9)}
_DIGITS_SAID = re.compile(r"\b(low|mid|high)[- ]single[- ]digits?\b", re.IGNORECASE)
_MORE_TIMES = re.compile(r"(?:高出|多出|高了|增加了?)\s*([0-9.]+|[一二两三四五六七八九十]+)\s*倍")


def _says(text: str, word: str) -> bool:
    """Whether ``text`` has ``word``: a Chinese word anywhere, an English one
    as a whole word in any case ("Flat sales", not "flattened")."""
    if not word.isascii():
        return word in text
    return re.search(rf"\b{word}\b", text, re.IGNORECASE) is not None


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _candidates(q: Quantity) -> list[Decimal]:
    """The value as the quote may write it: itself, unsigned, and for a
    percent change also as a multiple (增长7倍 = +700%); points also in
    basis points ("by 50 points" is 0.5 percentage points)."""
    out = [q.value, abs(q.value)]
    if q.unit == "pp":
        out.append(abs(q.value) * HUNDRED)
    if q.unit == "percent":
        out.append(abs(q.value) / HUNDRED)
    if q.unit == "times":  # 2x: "200%" as much, or up 100% ("doubled")
        out += [q.value * HUNDRED, (q.value - 1) * HUNDRED]
    return out


def _close(a: Decimal, b: Decimal, q: Quantity) -> bool:
    tol = max(q.resolution / 2 if q.resolution else Decimal(0), abs(b) * Decimal("0.0005"))
    return abs(a - b) <= tol


def _scaled_digits(q: Quantity, scales: dict[str, int]) -> str:
    """The digits as written before the scale word: 5340000000 亿 -> '53.4'."""
    exp = scales.get(q.scale, 0)
    shown = abs(q.value) / (Decimal(10) ** exp)
    return format(shown.normalize(), "f")


def _match(f: Fact, q: Quantity, scales: dict[str, int]) -> tuple[bool, str]:
    """(found, the quote's qualifier at the figure found)."""
    # imported here: the draft parser is needed only for a figure that is not
    # in its quote as written (~3 ms of every start otherwise)
    from ..draft.figures import find_figures

    text = f.source.quote.translate(_HANT)
    wanted = _candidates(q)
    for fig in find_figures(text):
        value = _number(fig.value)
        if value is None:
            continue
        value *= Decimal(10) ** scales.get(fig.scale, 0)
        if any(_close(value, w, q) for w in wanted):
            return True, fig.qualifier
    if any(
        _says(text, word) and any(_close(v, w, q) for w in wanted)
        for word, v in _WORD_FIGURES.items()
    ):
        return True, ""
    if q.upper is not None and any(
        (Decimal(lo), Decimal(hi)) == (q.value, q.upper)
        for lo, hi in (_DIGIT_RANGES[m.group(1).lower()] for m in _DIGITS_SAID.finditer(text))
    ):
        return True, ""
    plain = text.replace(",", "").replace(" ", "")
    written = [_scaled_digits(q, scales)]
    if q.unit == "pp":  # in basis points: "by 50 points"
        written.append(format((abs(q.value) * HUNDRED).normalize(), "f"))
    return any(w in plain for w in written), ""


def _is_limit(ctx: Context, f: Fact) -> bool:
    """A figure the vocabulary calls a cap or a ceiling (``limit: true``): its
    quote's "capped at" or "up to" is what it is, not a bound on it."""
    m = ctx.vocab.metrics.get(f.metric)
    return m is not None and m.limit


def values_in_quotes(ctx: Context) -> Iterator[Finding]:
    """A warning for a value its quote does not contain or bounds differently."""
    scales = dict(ctx.vocab.scales)
    for story in ctx.stories:
        for f in story.facts:
            q = f.quantity
            if q is None or not f.source.quote:
                continue
            found, said = _match(f, q, scales)
            if not found:
                yield Finding(
                    "warning",
                    "value-not-in-quote",
                    f"'{f.id}': {_scaled_digits(q, scales)}{q.scale} is not in its quote "
                    f"{f.source.quote[:60]!r}; quote the passage that gives it",
                    f.span,
                )
            elif said and not q.qualifier and not _is_limit(ctx, f):
                known = ctx.vocab.qualifiers.get(said)
                word = known.name.zh if known else said
                yield Finding(
                    "warning",
                    "quote-bound-dropped",
                    f"'{f.id}': the quote bounds the figure ({word}: qualifier: {said}) but the "
                    "fact does not, so it would be printed as exact",
                    f.span,
                )
            m = _MORE_TIMES.search(f.source.quote)
            if m and q.unit == "times" and not q.qualifier:
                yield Finding(
                    "info",
                    "quote-times-ambiguous",
                    f"'{f.id}': “{m.group(0)}” reads as {m.group(1)}× or as one more "
                    "(N times more = N+1 times as much); set qualifier: (over, about) for the "
                    "reading you took and say why in note:",
                    f.span,
                )

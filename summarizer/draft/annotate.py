"""Annotate figures from their sentence: quote, period, metric, measure, entity.

Everything here is a guess from the words around a figure, so each guess the
keyword table cannot back is marked for review rather than left out: an
editor deletes a wrong line faster than they type a missing one.
"""

from __future__ import annotations

import re
from datetime import date

from .earlier import LAST_RESORT, earlier_metric
from .figures import Figure
from .keywords import Keywords, fitting, load_keywords, sentence_rows
from .measures import YEAR_EARLIER_AFTER, carried, measure_of, year_earlier
from .metricwords import first_row, listed_before, listed_row, nearest_row
from .periods import Period, find_periods, span_of_years
from .reviews import FISCAL, ask_about

#: A full stop ends an English sentence unless it ends an abbreviation
#: ("gross margin fell to 48.9% (vs. 51.7% LY)", "U.S. online sales"). A
#: month's ("Nov. 10, 2025") ends one only before a word, a.m./p.m. only
#: before a capitalised word ("12:01 a.m. EST on Nov. 10" runs on).
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_STOP = (
    r"(?<!\bvs)(?<!\bVs)(?<!\bapprox)(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)"
    r"(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bU\.S)(?<!\be\.g)(?<!\bi\.e)"
    r"(?<!\ba\.m)(?<!\bp\.m)"
    + "".join(rf"(?<!\b{m})" for m in _MONTHS)
    + r"\.(?=\s)|"
    + "(?:"
    + "|".join(rf"(?<=\b{m})" for m in _MONTHS)
    + r")\.(?=\s+[^\s\d])|"
    + r"(?:(?<=\ba\.m)|(?<=\bp\.m))\.(?=\s+[A-Z][a-z])"
)
SENTENCE_END = re.compile(r"[。！？!?；;\n]|" + _STOP)
#: A period written at the head of a sentence holds across its semicolons
#: ("2025年前9个月，A收入为…；B收入为…；C…"), so its scope ends only at 。！？.
SCOPE_END = re.compile(r"[。！？!?\n]|" + _STOP)
#: A clause mark; not a thousands separator ("14,000 roles") or a time's colon (12:01).
CLAUSE_END = re.compile(r"[，、：（(）)]|,(?!\d{3}(?!\d))|:(?!\d\d)")
LIST_END = re.compile(r"[；;]")
MAX_QUOTE = 120
#: A sentence that goes on with the one before ("其中", "Of that"): same period.
GO_ON = re.compile(r"\s*(?:其中|其中，|Of (?:that|this|which)\b)", re.IGNORECASE)
#: An amount followed by what it is ("$11.8 billion in online sales"),
#: perhaps after its conversion in brackets.
IN_AFTER = re.compile(
    r"\s*(?:[（(][^)）]{0,40}[)）]|[)）])?\s*"
    r"(?:(?:year-(?:over|on)-year\s+)?(?:increase|rise|growth|jump|gain|drop|decline|fall)\s+)?"
    r"in\s+",
    re.IGNORECASE,
)
COUNT_UNITS = {"users", "companies", "items", "devices", "products", "count"}


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Start and end of the sentence holding offset ``at``."""
    start = 0
    for m in SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = m.end()
    m2 = SENTENCE_END.search(text, at)
    return start, (m2.end() if m2 and m2.group() != "\n" else (m2.start() if m2 else len(text)))


def quote_for(text: str, fig: Figure) -> tuple[str, int]:
    """The sentence around ``fig``, cut at clause marks to at most MAX_QUOTE characters."""
    at, to = fig.start, fig.end
    start, end = sentence_bounds(text, at)
    while end - start > MAX_QUOTE:
        cuts = [m.end() for m in CLAUSE_END.finditer(text, start, at)]
        later = [m.start() for m in CLAUSE_END.finditer(text, to, end)]
        if at - start > end - to and cuts and cuts[0] < at:
            start = cuts[0]
        elif later:
            end = later[-1]
        elif cuts:
            start = cuts[0]
        else:
            start, end = whole_words(
                text, max(start, at - MAX_QUOTE // 2), min(end, at + MAX_QUOTE // 2)
            )
    while start < end and text[start].isspace():
        start += 1
    quote = text[start:end].rstrip()
    return quote, start


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A window moved in to whole English words ("ts are still …" -> "are still …")."""
    if 0 < start < end and _in_word(text, start):
        space = text.find(" ", start, end)
        start = space + 1 if space >= 0 else start
    if start < end < len(text) and _in_word(text, end):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def _in_word(text: str, at: int) -> bool:
    """Whether offset ``at`` falls between two letters of an English word."""
    pair = text[at - 1 : at + 1]
    return pair.isascii() and pair.isalpha()


def annotate(
    text: str,
    figures: list[Figure],
    published: date | None,
    entities: dict[str, list[str]],
    subject: str = "",
    body: int = 0,
) -> None:
    """Fill in quote, period, metric, measure, unit and entity of every figure;
    ``subject``: who the article is about (``entities.subject_of``), for a
    figure with no one named just before it in the body (from ``body``: the
    header's title is the subject's, not the first figure's)."""
    kw = load_keywords()
    periods = find_periods(text, published)
    fiscal = bool(FISCAL.search(text))
    prev: tuple[Figure, int] | None = None  # the figure before, and its sentence's start
    for i, fig in enumerate(figures):
        fig.quote, fig.quote_at = quote_for(text, fig)
        s_start, s_end = sentence_bounds(text, fig.start)
        before = text[s_start : fig.start]
        clause_start = max(
            [m.end() for m in CLAUSE_END.finditer(text, s_start, fig.start)] or [s_start]
        )
        measure_of(fig, text[clause_start : fig.start], before, text[fig.end : fig.end + 24], kw)
        if prev is not None and prev[1] == s_start:
            carried(fig, text[clause_start : fig.start], prev[0], kw)
        prev = (fig, s_start)
        fitting_rows = fitting(kw, fig.unit, fig.measure, bool(fig.currency))
        rows = sentence_rows(kw, fitting_rows, text[s_start:s_end])
        row = listed_row(before, kw) or nearest_row(before, rows)
        money_or_rate = bool(fig.currency) or fig.unit == "percent"
        if money_or_rate and (m := IN_AFTER.match(text, fig.end)):
            # "surpassed 1 billion yuan ($138.62 million) in gross merchandise
            # value", "a 200 per cent increase in sales": what follows "in"
            row = first_row(text[fig.end : min(m.end() + 30, s_end)], rows) or row
        elif fig.unit not in ("", "percent", "times", "pp") and not fig.currency or not row:
            # a count says what it counts after the number (1.2万家企业客户), and
            # English often says what an amount is after it ("$11.8 billion in
            # U.S. online sales")
            reach = 12 if row else 28
            row = first_row(text[fig.start : min(fig.end + reach, s_end)], rows) or row
        else:  # a metric word right after the amount: "a 150 billion yuan subsidy"
            after = text[fig.end : min(fig.end + 30, s_end)]
            named = first_row(after, rows)
            if named and after.lower().lstrip().startswith(named[0].lower()):
                row = named
        if row:
            fig.metric = row[1]
            if row[3] == "level" and fig.measure == "multiple":
                fig.measure = ""
            if row[2] and not (fig.currency or fig.unit in ("percent", "times", "pp")):
                fig.unit = fig.unit if fig.unit in kw.units and fig.unit == row[2] else row[2]
        elif (
            fig.unit
            and not fig.currency
            and (counted := next((r for r in fitting_rows if r[2] == fig.unit), None))
        ):  # "cut an estimated 14,000 jobs": a count of employees names its metric
            fig.metric = counted[1]
            fig.review.append("metric from what it counts")
        else:
            found = earlier_metric(
                text, fig, s_start, figures[:i], kw, fitting_rows, sentence_bounds
            )
            if found:
                fig.metric = found[0]
                fig.review.append(found[1])
            else:
                fig.metric = "users" if fig.unit == "users" else "revenue"
                fig.review.append(LAST_RESORT)
        _count_unit(fig, text, kw)
        p_start = max(
            [m.end() for m in SCOPE_END.finditer(text, max(0, fig.start - 400), fig.start)] or [0]
        )
        if GO_ON.match(text, p_start):  # "其中，…": the sentence before holds the period
            p_start = max(
                [m.end() for m in SCOPE_END.finditer(text, max(0, p_start - 400), p_start - 1)]
                or [0]
            )
        _period(fig, text, periods, p_start, text[p_start : fig.start])
        if YEAR_EARLIER_AFTER.match(text[fig.end : fig.end + 24]):
            year_earlier(fig)
        ask_about(fig, text[s_start : fig.start], text[s_start:s_end], fiscal, kw.festival)
        fig.entity = entity_before(text[max(body, fig.start - 200) : fig.start], entities)
        if not fig.entity and subject and fig.metric not in kw.public:
            fig.entity = subject
            fig.review.append("who: the article's subject")
    _fill_currency(text, figures)


def _count_unit(fig: Figure, text: str, kw: Keywords) -> None:
    """家/名 say "a count of something": the noun after (or just before) says what."""
    if fig.unit not in ("companies", "users", "items") or fig.currency:
        return
    after = text[fig.end : fig.end + 8]
    stop = SENTENCE_END.search(after)  # "超过5亿。公司同时宣布…": 公司 is the next sentence's
    near = after[: stop.start() if stop else None] + " " + text[max(0, fig.start - 12) : fig.start]
    for unit, words in kw.units.items():
        if any(w in near for w in words):
            fig.unit = unit
            return


def _period(fig: Figure, text: str, periods: list[Period], s_start: int, before: str) -> None:
    """The period written nearest before the figure in its sentence; 分别 lists in order."""
    if fig.measure == "cagr":
        span = span_of_years(text[max(0, s_start - 300) : fig.start])
        if span:
            fig.period = f"{span[0]}/{span[1]}"
            return
    inside = [p for p in periods if s_start <= p.start and p.end <= fig.start]
    if not inside:  # English often says the period after the figure ("$1.5 billion in 2024")
        after = [
            p
            for p in periods
            if fig.end <= p.start <= fig.end + 16 and text[fig.end : p.start].isascii()
        ]
        if not after:  # "lowered … to 10 percent, effective … on Nov. 10, 2025"
            after = _effective(fig, text, periods)
        fig.period = after[0].value if after else ""
        if after and after[0].relative:
            fig.review.append("period resolved against the publication date")
        return
    resp = before.rfind("分别")
    if resp >= 0 and not any(p.start >= s_start + resp for p in inside):
        # the periods listed are the nearest "；"-clause's that names any: its own in
        # "…；2022年至2024年，毛利率分别为…", the previous one's in "2023年、2024年…
        # 分别实现营收…；经调整净亏损分别为…"; a period written after 分别 ends the list
        listed: list[Period] = []
        heads = [0] + [m.end() for m in LIST_END.finditer(before, 0, resp)]
        for head, stop in zip(reversed(heads), [resp, *reversed(heads[1:])], strict=True):
            listed = [p for p in inside if s_start + head <= p.start and p.end <= s_start + stop]
            if listed:
                break
        names = [p.value for p in listed]
        span = span_of_years(before[head:stop])
        if span:  # 2022年至2024年 lists every year of the span ("…及2025年前三季度" after it)
            first, last = int(span[0][2:]), int(span[1][2:])
            names = [f"FY{y}" for y in range(first, last + 1)] + [n for n in names if n not in span]
        k = listed_before(text[s_start + resp : fig.start])
        if names and k < len(names):
            fig.period = names[k]
            return
    fig.period = inside[-1].value
    if inside[-1].relative:
        fig.review.append("period resolved against the publication date")


#: The word that dates a change later in its sentence ("effective … Nov. 10").
EFFECTIVE = re.compile(r"\beffective\b|\btakes? effect\b", re.IGNORECASE)


def _effective(fig: Figure, text: str, periods: list[Period]) -> list[Period]:
    """The date a change takes effect, said after the figure in its sentence."""
    end = sentence_bounds(text, fig.end)[1]
    m = EFFECTIVE.search(text, fig.end, end)
    return [p for p in periods if m and m.end() <= p.start and p.end <= end][:1]


#: An amount, a percent or a count in a 分别 list: what counts the figures before this one.
def entity_before(before: str, entities: dict[str, list[str]]) -> str:
    """The entity (id -> names) named last in ``before``."""
    return named(before, entities, last=True)[0]


def named(text: str, entities: dict[str, list[str]], *, last: bool) -> tuple[str, int]:
    """The entity (id -> names) named last (or first) in ``text``, and where
    its name ends (0: none named)."""
    best, at, stop = "", -1 if last else len(text), 0
    for ent, names in entities.items():
        for name in names:
            i = text.rfind(name) if last else text.find(name)
            if i >= 0 and (i > at if last else i < at):
                best, at, stop = ent, i, i + len(name)
    return best, stop


def _fill_currency(text: str, figures: list[Figure]) -> None:
    """An amount with a scale but no currency (1231亿市值) takes the last currency before it."""
    last = ""
    for fig in figures:
        if fig.currency:
            last = fig.currency
        elif (
            fig.scale
            and not fig.unit
            and fig.metric not in ("users", "mau", "paying_users")
            and (
                LAST_RESORT not in fig.review  # no word says it is money: maybe a count
            )
        ):
            conversion = "约合" in text[max(0, fig.start - 4) : fig.start] or text[
                max(0, fig.start - 2) : fig.start
            ].endswith(("(约", "（约"))
            fig.currency = "CNY" if conversion or not last else last
            fig.review.append("currency not written; guessed")

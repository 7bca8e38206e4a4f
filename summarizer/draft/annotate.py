"""Annotate figures from their sentence: quote, period, metric, measure, entity.

Everything here is a guess from the words around a figure, so each guess the
keyword table cannot back is marked for review rather than left out: an
editor deletes a wrong line faster than they type a missing one.
"""

from __future__ import annotations

import re
from datetime import date

from ..vocabulary.vocab import default_vocabulary
from .earlier import LAST_RESORT, earlier_metric
from .figureperiod import figure_period
from .figures import Figure
from .keywords import Keywords, fitting, load_keywords, sentence_rows
from .measures import YEAR_EARLIER_AFTER, YOY_THAN, carried, measure_of, year_earlier
from .metricwords import first_row, listed_row, nearest_row
from .periods import find_periods
from .reviews import FISCAL, ask_about
from .sentences import CLAUSE_END, SCOPE_END, SENTENCE_END, sentence_bounds, whole_words
from .who import antecedent, entity_before, named, refers_back

MAX_QUOTE = 120
#: A sentence that goes on with the one before ("其中", "Of that"): same period.
GO_ON = re.compile(r"\s*(?:其中|其中，|Of (?:that|this|which)\b)", re.IGNORECASE)
#: An amount followed by what it is ("$11.8 billion in online sales"),
#: perhaps after its conversion in brackets.
IN_AFTER = re.compile(
    r"\s*(?:[（(][^)）]{0,40}[)）]|[)）])?\s*"
    r"(?:(?:year-(?:over|on)-year\s+)?(?:increase|rise|growth|jump|gain|drop|decline|fall)\s+)?"
    r"in\s+|\s*(?:more|less|higher|lower)\s+(?:for|in|on)\s+",
    re.IGNORECASE,
)
COUNT_UNITS = {"users", "companies", "items", "devices", "products", "count"}
#: Words that make a profit the adjusted one where the sentence puts them before
#: the figure ("on a non-GAAP basis, net income was RMB 32.71 billion").
ADJUSTED = re.compile(
    r"non-GAAP|adjusted|经调整|调整后|非公认会计准则|非通用会计准则", re.IGNORECASE
)

#: Units a figure writes that say exactly what it counts ("5.42 million cups"):
#: kept over the unit a metric's keyword gives a bare count (销量 -> items).
WRITTEN = ("cups", "downloads")


def adjusted(fig: Figure, before: str, prev: Figure | None, metrics: frozenset[str]) -> None:
    """Make ``fig``'s metric its adjusted variant (net_income -> adjusted_net_income)
    where the keyword table has one (``metrics``) and its sentence says so before it, after any
    figure before it there; or the figure just before it in the sentence was
    adjusted ("RMB 32.71 billion (-5% y/y)")."""
    variant = "adjusted_" + fig.metric
    if variant not in metrics:
        return
    if ADJUSTED.search(before) or prev is not None and prev.metric == variant:
        fig.metric = variant


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


#: What a figure is not about: "adjusted for seasonal variation, but not for price
#: changes, was $87.5 billion" is no price.
NOT_ABOUT = re.compile(
    r"\b(?:(?:not\s+)?adjusted\s+|not\s+)for\s+(?:seasonal\s+variation|price\s+changes|inflation"
    r"|(?:currency|exchange[- ]rate)\s+(?:moves|changes|movements))",
    re.IGNORECASE,
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


#: Units of time: a figure in one is how long something lasts, not a count of
#: the noun after it.
DURATIONS = frozenset({"days", "business_days", "hours", "months", "years"})
#: Where a duration's clause ends: what follows is another clause's.
PAST_CLAUSE = re.compile(r"[,，;；。]")


def annotate(
    text: str,
    figures: list[Figure],
    published: date | None,
    entities: dict[str, list[str]],
    subject: str = "",
    body: int = 0,
    setters: frozenset[str] = frozenset(),
) -> None:
    """Fill in quote, period, metric, measure, unit and entity of every figure;
    ``setters``: the governments and regulators among ``entities``, whose
    figures the vocabulary's public metrics are (a tariff is Mexico's, not
    the platform named just before it: "purchases from Shein and Temu, a
    sharp increase from the previous 19% rate");
    ``subject``: who the article is about (``entities.subject_of``), for a
    figure with no one named just before it in the body (from ``body``: the
    header's title is the subject's, not the first figure's)."""
    kw = load_keywords()
    drafted = frozenset(row[1] for row in kw.metrics)  # the metrics a draft can name
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
        # the figure before this one in its sentence, if any
        same = prev[0] if prev is not None and prev[1] == s_start else None
        if same is not None:
            carried(fig, text[clause_start : fig.start], same, kw)
        prev = (fig, s_start)
        fitting_rows = fitting(kw, fig.unit, fig.measure, bool(fig.currency))
        rows = sentence_rows(kw, fitting_rows, text[s_start:s_end])
        row = listed_row(before, kw) or nearest_row(NOT_ABOUT.sub(_blank, before), rows)
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
            stop = min(fig.end + reach, s_end)
            if fig.unit in DURATIONS and (cut := PAST_CLAUSE.search(text, fig.end, stop)):
                # a duration counts nothing: past its clause is another's words
                # ("within 2 business days, and stores over the limit pay ...")
                stop = cut.start()
            row = first_row(text[fig.start : stop], rows) or row
        else:  # a metric word right after the amount: "a 150 billion yuan subsidy"
            after = text[fig.end : min(fig.end + 30, s_end)]
            named = first_row(after, rows)
            if named and after.lower().lstrip().startswith(named[0].lower()):
                row = named
        if row:
            fig.metric = row[1]
            adjusted(fig, text[same.end if same else s_start : fig.start], same, drafted)
            if fig.measure == "change" and fig.metric in kw.yearly:
                fig.measure = "yoy"  # comparable sales "rose 4.5 percent": on a year earlier
            if fig.currency and not fig.per and kw.per and fig.metric in kw.per:
                fig.per = kw.per[fig.metric]  # an annual fee of 6,000 yuan: a year's
            if row[3] == "level" and fig.measure in ("multiple", "share", "change"):
                # the metric is itself the multiple, share or rate (a late limit's 占比,
                # a subsidy's "discount of 15 percent")
                fig.measure = ""
            if fig.qualifier == "up_to" and _limit(fig.metric):
                fig.qualifier = ""  # a cap by definition: "capped at CNY500" is the cap
            if row[2] and not (fig.currency or fig.unit in ("percent", "times", "pp", *WRITTEN)):
                fig.unit = fig.unit if fig.unit in kw.units and fig.unit == row[2] else row[2]
        elif (
            fig.unit
            and not fig.currency
            and (
                counted := next((r for r in rows if r[2] == fig.unit), None)
                or next((r for r in fitting_rows if r[2] == fig.unit), None)
            )
        ):  # "cut an estimated 14,000 jobs": a count of employees names its metric;
            # of metrics counted in days, the one the sentence names ("5.8 days between
            # the order date and delivery date" is a delivery time, not a payout delay)
            fig.metric = counted[1]
            fig.review.append("metric from what it counts")
        else:
            found = earlier_metric(text, fig, s_start, figures[:i], kw, fitting_rows)
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
        on_year = YOY_THAN.match(text, fig.end)  # "5% less than last year": its own period's
        own = [p for p in periods if not (on_year and on_year.start() < p.end <= on_year.end())]
        figure_period(fig, text, own, p_start, text[p_start : fig.start])
        if on_year and fig.measure == "change":
            fig.measure = "yoy"
        after = text[fig.end : fig.end + 24]
        if YEAR_EARLIER_AFTER.match(after) and not _moved_last_year(fig, after):
            year_earlier(fig)
        ask_about(fig, text[s_start : fig.start], text[s_start:s_end], fiscal, kw.festival)
        pool = entities
        if fig.metric in kw.public and any(k in setters for k in entities):
            pool = {k: v for k, v in entities.items() if k in setters}
        fig.entity = entity_before(text[max(body, fig.start - 200) : fig.start], pool)
        if not fig.entity and pool is not entities:  # the setter named earlier in the article
            fig.entity = entity_before(text[body : fig.start], pool)
        fig.entity = _subject_of_and(text[max(body, s_start) : fig.start], pool, fig.entity)
        if fig.metric not in kw.public and refers_back(text[max(body, s_start) : fig.start], pool):
            fig.entity = antecedent(text, s_start, body, pool, subject)
            fig.review.append("who: 'the company' read as the one the sentence before names first")
        if not fig.entity and subject and fig.metric not in kw.public:
            fig.entity = subject
            fig.review.append("who: the article's subject")
    _fill_currency(text, figures)


#: "rose 2.08 per cent last year": the year the change happened, not a level
#: of a year before to compare with ("51.7% LY", "a year earlier").
_LAST_YEAR = re.compile(r"^\s*last year\b")


def _moved_last_year(fig: Figure, after: str) -> bool:
    return fig.measure == "change" and _LAST_YEAR.match(after) is not None


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


#: A second verb of the sentence's subject: "Alibaba has taken control of
#: Cainiao and pledged to spend 100 billion yuan" (Cainiao is the object).
_AND_VERB = re.compile(
    r"\s(?:and|but)\s(?:has\s|have\s|also\s)?"
    r"(?:[a-z]{2,}ed|said|says|plans|pledges|aims|expects|will|would)\b"
)


def _subject_of_and(sentence: str, entities: dict[str, list[str]], last: str) -> str:
    """The sentence's first-named entity when the figure's verb is joined by
    'and' to an earlier one whose object is the last name before it."""
    first, _ = named(sentence, entities, last=False)
    if not first or first == last:
        return last
    _, stop = named(sentence, entities, last=True)
    return first if _AND_VERB.search(sentence, stop) else last


def _limit(metric: str) -> bool:
    """A metric the vocabulary calls a cap or a ceiling (``limit: true``)."""
    m = default_vocabulary().metrics.get(metric)
    return m is not None and m.limit


def _counts(metric: str) -> bool:
    """A metric the vocabulary says counts things (users, downloads, orders): a
    scaled figure of it with no currency written is a count, not money."""
    m = default_vocabulary().metrics.get(metric)
    return m is not None and m.kind == "count"


def _fill_currency(text: str, figures: list[Figure]) -> None:
    """An amount with a scale but no currency (1231亿市值) takes the last currency before it."""
    last = ""
    for fig in figures:
        if fig.currency:
            last = fig.currency
        elif (
            fig.scale
            and not fig.unit
            and not _counts(fig.metric)
            and (
                LAST_RESORT not in fig.review  # no word says it is money: maybe a count
            )
        ):
            conversion = "约合" in text[max(0, fig.start - 4) : fig.start] or text[
                max(0, fig.start - 2) : fig.start
            ].endswith(("(约", "（约"))
            fig.currency = "CNY" if conversion or not last else last
            fig.review.append("currency not written; guessed")

"""The facts table of a story: one row per fact, worded in a language.

Every figure of a quick read points to a row here (subject, what it
measures, its value and period, the quote it came from), so a reader can
check it against the article. A forecast's row says whose forecast it is; a
day's amount that adds up is that day's, not "as of" it; Traditional Chinese
rows are converted in one batch, each quote character by character.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from . import languages
from .convert import hant
from .convert.names import story_names
from .model import Fact, FactRow, Lang, Quantity, Story
from .realise.figurevalues import absq, index_reading
from .realise.locale import format_date, format_period, format_quantity
from .realise.units import per_phrase
from .rules.kinds import of_a_period
from .vocabulary.glossary import Glossary
from .vocabulary.labels import event_name, facet_name
from .vocabulary.vocab import default_vocabulary, segment_term

if TYPE_CHECKING:
    from .pipeline import Project


def fact_rows(project: Project, story: Story, lang: Lang) -> list[FactRow]:
    """The facts table of a story, worded in ``lang``."""
    src = languages.source_of(lang)
    g = project.glossary
    bases = frozenset(f.base for f in story.facts if f.base)  # old levels: "as of" their day
    rows = [_row(f, story, g, src, f.id in bases) for f in story.facts]
    if lang != src:  # every text of the table in one batch, each quote once
        c = hant.to_traditional_many(
            (t for r in rows for t in (r.subject, r.label, r.value, r.period)),
            lang,
            g,
            story_names(story),
        )
        # a quote is the article's words: characters only
        quotes = {q: hant.to_script(q, lang, g) for q in {r.quote for r in rows}}
        rows = [
            replace(
                r,
                subject=c[r.subject],
                label=c[r.label],
                value=c[r.value],
                period=c[r.period],
                quote=quotes[r.quote],
            )
            for r in rows
        ]
    return rows


def _row(f: Fact, story: Story, g: Glossary, lang: str, base: bool = False) -> FactRow:
    ent = story.entities.get(f.entity)
    subject = ""
    if ent is not None:
        subject = g.form(ent.term, lang) if ent.term and ent.term in g.terms else ent.name.get(lang)
        if subject[1:2].islower():  # a cell starts a line: 'The US government', not 'iPhone'
            subject = subject[:1].upper() + subject[1:]
    if f.kind == "metric":
        term, q = _named(f)
        label = g.form(term, lang) if term in g.terms else term
        if ent is not None and ent.kind == "index" and q is not None and q.unit == "index":
            # the index names itself in the subject ("China's official manufacturing PMI"):
            # its level is its reading, not the metric's name a second time
            label = "读数" if languages.is_chinese(lang) else "reading"
        if f.segment:
            seg = story.entities.get(f.segment)
            term = segment_term(f.segment)
            seg_name = (
                seg.name.get(lang) if seg else (g.form(term, lang) if term in g.terms else term)
            )
            zh = languages.is_chinese(lang)
            label = f"{label}（{seg_name}）" if zh else f"{label} ({seg_name})"
        measure = {
            "yoy": ("同比增速", "year on year"),
            "cagr": ("年复合增长率", "CAGR"),
            "share": ("占比", "share"),
            "multiple": ("倍数", "multiple"),
            "change": ("变动", "change"),
        }.get(f.measure)
        named = f"{f.metric}-{f.measure}"  # a glossary name for the move itself
        if measure and named in g.terms:  # the yuan's move, not the rate's: 人民币对美元涨跌幅
            label = g.form(named, lang)
            label = label[:1].upper() + label[1:]
        elif measure:
            zh = languages.is_chinese(lang)
            label = f"{label}{measure[0]}" if zh else f"{label}, {measure[1]}"
        zh = languages.is_chinese(lang)
        who = story.entities.get(f.forecast)
        if who is not None:  # a forecast is never read as a result, in the table either
            name = who.name.get(lang)
            label = _noted(label, f"{name}预测" if zh else f"{name}'s forecast", zh)
        if f.trial:  # nor a level being tested as the rule
            label = _noted(label, "测试" if zh else "test", zh)
        value = format_quantity(q, lang) if q else ""
        if q is not None and q.unit == "index":  # 49.0, as an index is published
            value = index_reading(q.value)
        if q is not None and q.per:  # US$1,806 a 40ft container
            value = per_phrase(value, q.per, lang)
        # a day's GMV, store visits or AOV is that day's, not "as of" it, nor is a
        # change dated by the day it applies (a rate increase from December 26); a
        # balance is as of its date
        as_of = not of_a_period(f.metric) and f.measure != "change"
        period = (
            format_period(f.period, lang, as_of=as_of, year_end=f.year_end)
            if f.period
            else ""
        )
        if as_of and not base and _after(f.period, story.published):  # a term to come
            day = format_period(f.period, lang, as_of=False)
            period = f"自{day}起" if languages.is_chinese(lang) else f"from {day}"
    elif f.kind == "event":
        label = event_name(f.event, lang, f.area)
        obj = story.entities.get(f.segment)
        if f.quantity and obj is not None:  # a bare 10% says what of only with its object
            label = _noted(label, obj.name.get(lang), languages.is_chinese(lang))
        value = (
            format_quantity(f.quantity, lang)
            if f.quantity
            else (f.text.get(lang) if f.text else "")
        )
        period = format_date(f.date, lang, f.date_precision) if f.date else ""  # type: ignore[arg-type]
        if f.planned:  # a change announced with no date yet
            period = "日期待公布" if languages.is_chinese(lang) else "date to be announced"
        if f.date and f.until and f.date_precision == "day":  # a pause: from its day to its end
            period = format_period(f"{f.date.isoformat()}/{f.until.isoformat()}", lang, as_of=False)
    else:
        label = facet_name(f.facet, lang)
        value = f.text.get(lang) if f.text else ""
        period = ""
    return FactRow(f.id, subject, label, value, period, f.source.quote, f.source.article, f.span)


def _named(f: Fact) -> tuple[str, Quantity | None]:
    """The term a metric's row is labelled with, and its amount: a profit
    below 0 is a loss by the vocabulary's ``loss:`` term (经营亏损 157亿元,
    not 经营利润 -157亿元); any other figure as it is."""
    q = f.quantity
    loss = default_vocabulary().metrics[f.metric].loss if f.metric else ""
    if loss and q is not None and f.measure == "level" and q.value < 0:
        return loss, absq(f)
    return f.metric, q


def _noted(label: str, note: str, zh: bool) -> str:
    """A note on a row's label, in its one bracket: （先买后付，Adobe预测）."""
    if label.endswith("）" if zh else ")"):
        return f"{label[:-1]}{'，' if zh else '; '}{note}{label[-1]}"
    return f"{label}（{note}）" if zh else f"{label} ({note})"


def _after(period: str, published: date) -> bool:
    """Whether ``period`` is one day after the story's date: a level set to
    apply then (a payout hold from March 12, 2026, in a September 2025
    story) is "from" that day; "as of" a day still to come says nothing.

    >>> _after("2026-03-12", date(2025, 9, 30)), _after("2025-09-30", date(2025, 9, 30))
    (True, False)
    >>> _after("2026Q1", date(2025, 9, 30))
    False
    """
    return len(period) == 10 and period[4] == "-" and date.fromisoformat(period) > published

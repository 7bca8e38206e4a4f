"""Property tests: for any valid facts, every persona in every language
renders without leaks, and every number printed comes from a fact or a rule.

Stories are generated as YAML text, so validation runs too. "Comes from":
each numeric token of the output must be the formatting of a fact's amount,
of a figure a rule computed, or part of a date or period of the story.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.locale import format_amount, format_date, format_period
from summarizer.markdown import brief_markdown
from summarizer.model import LANGS, Story
from summarizer.pipeline import Project, load_project, make_brief
from summarizer.rules import derive
from summarizer.rules.facts import Num
from summarizer.seeds import parse_story
from summarizer.yamlload import load_yaml_text

PROJECT: Project = load_project()
TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
LEAKS = re.compile(r"None|\bnan\b|\{\{|\}\}|\{%|%\}|\ue000|\ue001|。。|，，|,,")
#: A direction word followed, in the same clause, by a negative figure.
WRONG_WAY = re.compile(r"(rose|grew|up |增至|增长|提升)[^。.;；,，(（]*-\d")
ZH_ASCII_PUNCT = re.compile(r"[\u4e00-\u9fff][,;!?]|[,;!?][\u4e00-\u9fff]")

HEAD = """\
story:
  id: synthetic
  source: synthetic.txt
  title: {zh-Hans: 合成报道, en: A synthetic story}
  outlet: {zh-Hans: 测试社, en: Test Wire}
  published: '2026-03-15'
  lede: {zh-Hans: 这是一篇合成的报道。, en: A synthetic story.}
  fx: {HKD/CNY: 0.88}
entities:
  a: {kind: company, name: {zh-Hans: 甲公司, en: Alpha}}
  b: {kind: company, name: {zh-Hans: 乙公司, en: Beta}}
facts:
"""

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999"), places=2)
scales = st.sampled_from(["万", "亿", "million", "billion", ""])
pcts = st.decimals(min_value=Decimal("-90"), max_value=Decimal("900"), places=1).filter(
    lambda d: d != 0
)


def metric(fid: str, **kw: Any) -> str:
    body = ", ".join(f"{k}: {v}" for k, v in kw.items())
    return f"  {fid}: {{{body}, source: {{quote: 原文如此}}}}\n"


@st.composite
def stories(draw: st.DrawFn) -> str:
    text = HEAD
    cur = draw(st.sampled_from(["CNY", "USD", "HKD"]))
    for year in (2022, 2023, 2024):
        text += metric(
            f"rev{year}",
            metric="revenue",
            entity="a",
            period=f"FY{year}",
            value=str(draw(amounts)),
            scale=draw(scales) or "亿",
            currency=cur,
        )
    if draw(st.booleans()):
        text += metric(
            "cagr",
            metric="revenue",
            measure="cagr",
            entity="a",
            period="FY2022/FY2024",
            value=str(draw(pcts)),
            unit="percent",
            stated="true",
        )
    text += metric(
        "cash",
        metric="cash",
        entity="a",
        period="'2025-09-30'",
        value=str(draw(amounts)),
        scale="亿",
        currency="USD",
    )
    text += metric(
        "burn",
        metric="monthly_burn",
        entity="a",
        period="FY2025",
        value=str(draw(amounts)),
        scale="万",
        currency="USD",
    )
    text += metric(
        "float",
        metric="free_float",
        entity="b",
        period="'2026-06-22'",
        value=str(draw(st.decimals(min_value=1, max_value=20, places=2))),
        unit="percent",
    )
    text += (
        f"  exp: {{event: lockup_expiry, entity: b, date: '2026-07-09', "
        f"value: {draw(st.decimals(min_value=1, max_value=60, places=2))}, unit: percent, source: {{quote: 原文如此}}}}\n"
    )
    text += metric(
        "price",
        metric="price",
        measure="change",
        entity="a",
        period="2026Q1",
        value=str(draw(pcts)),
        unit="percent",
    )
    text += metric(
        "calls",
        metric="call_volume",
        measure="change",
        entity="a",
        period="2026Q1",
        value=str(draw(pcts)),
        unit="percent",
    )
    text += metric(
        "cap",
        metric="market_cap",
        entity="a",
        period="'2026-06-22'",
        value=str(draw(amounts)),
        scale="亿",
        currency="HKD",
    )
    text += metric(
        "arr",
        metric="arr",
        entity="a",
        period="2026-03",
        value=str(draw(amounts)),
        scale="亿",
        currency="CNY",
    )
    return text


def allowed_tokens(story: Story, lang: str) -> set[str]:
    """Every number the story's facts and rules could put in front of a reader."""
    out: set[str] = set()
    src = "en" if lang == "en" else "zh-Hans"
    texts = [format_date(story.published, src)]
    for f in story.facts:
        if f.quantity is not None:
            texts.append(format_amount(f.quantity, "", src))
        if f.period:
            texts += [format_period(f.period, src), format_period(f.period, src, as_of=False)]
        if f.date is not None:
            texts.append(format_date(f.date, src, f.date_precision))  # type: ignore[arg-type]
    derived = derive(story)
    nums: list[Num] = []
    for t in derived.takeaways:
        for v in t.values.values():
            items = v if isinstance(v, list | tuple) else [v]
            for it in items:
                parts = it if isinstance(it, tuple) else (it,)
                nums += [p for p in parts if isinstance(p, Num)]
    for n in nums:
        for d in (0, 1, 2):
            texts.append(format_amount(abs(n.value), "percent", src, digits=d))
    for s in texts:
        out.update(TOKEN.findall(s))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_every_output_is_clean_and_every_number_is_traceable(yaml_text: str) -> None:
    story = parse_story(load_yaml_text(yaml_text, "synthetic.yaml"))
    for lang in LANGS:
        brief = make_brief(PROJECT, story, lang)
        md = brief_markdown(brief)
        assert not LEAKS.search(md), LEAKS.search(md)
        assert not WRONG_WAY.search(md), WRONG_WAY.search(md)
        assert " it by " not in md, md  # a pronoun with nothing to refer to
        if lang != "en":
            assert not ZH_ASCII_PUNCT.search(md), md
        allowed = allowed_tokens(story, lang)
        for sec in brief.sections:
            for point in sec.points:
                for sentence in point.sentences:
                    assert sentence.facts, sentence
                    for tok in TOKEN.findall(sentence.text):
                        assert tok in allowed, (lang, tok, sentence.text)


def test_the_traceability_check_can_fail() -> None:
    """An invented figure is caught: 12.34 is in no fact and no rule result."""
    story = parse_story(
        load_yaml_text(
            HEAD
            + metric(
                "x",
                metric="revenue",
                entity="a",
                period="FY2024",
                value="5.34",
                scale="亿",
                currency="CNY",
            ),
            "t.yaml",
        )
    )
    allowed = allowed_tokens(story, "zh-Hans")
    assert "5.34" in allowed and "12.34" not in allowed

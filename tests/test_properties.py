"""Property tests: for any valid facts, every persona in every language
renders without leaks, and every number printed comes from a fact or a rule.

Stories are generated as YAML text, so validation runs too. "Comes from":
each numeric token of the output must be the formatting of a fact's amount,
of a figure a rule computed, or part of a date or period of the story.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.facts.load import parse_story
from summarizer.facts.synthetic import HEAD, metric, story_yaml
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import LANGS, Story
from summarizer.pipeline import Project, load_project, make_brief
from summarizer.realise.locale import (
    CURRENCIES,
    format_amount,
    format_date,
    format_period,
    round_significant,
    significant_decimals,
)
from summarizer.realise.text import opening
from summarizer.rules import derive
from summarizer.rules.facts import Num
from summarizer.writers.markdown import brief_markdown

PROJECT: Project = load_project()
TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
LEAKS = re.compile(r"None|\bnan\b|\{\{|\}\}|\{%|%\}|\ue000|\ue001|。。|，，|,,")
#: A direction word followed, in the same clause, by a negative figure.
WRONG_WAY = re.compile(r"(rose|grew|up |增至|增长|提升)[^。.;；,，(（]*-\d")
ZH_ASCII_PUNCT = re.compile(r"[\u4e00-\u9fff][,;!?]|[,;!?][\u4e00-\u9fff]")

class HypothesisDraw:
    """summarizer.facts.synthetic's choices, drawn by hypothesis (so it can shrink them)."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def decimal(self, lo: str, hi: str, places: int, nonzero: bool = False) -> Decimal:
        values = st.decimals(min_value=Decimal(lo), max_value=Decimal(hi), places=places)
        value: Decimal = self.draw(values.filter(lambda d: d != 0) if nonzero else values)
        return value

    def choice(self, options: list[str]) -> str:
        return str(self.draw(st.sampled_from(options)))

    def coin(self) -> bool:
        return bool(self.draw(st.booleans()))


@st.composite
def stories(draw: st.DrawFn) -> str:
    return story_yaml(HypothesisDraw(draw))


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
        if n.unit in CURRENCIES:  # a computed amount: three significant figures
            v = round_significant(abs(n.value))
            texts.append(format_amount(v, n.unit, src, digits=significant_decimals(v, src)))
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
        for sec in brief.sections:  # no doubled spaces inside a point's text
            for point in sec.points:
                text = "".join(s.text for s in point.sentences)
                assert "  " not in text.strip(), text
        if lang != "en":
            assert not ZH_ASCII_PUNCT.search(md), md
        allowed = allowed_tokens(story, lang)
        for sec in brief.sections:
            if not any(p.label for p in sec.points):  # unlabeled points never open alike
                firsts = [opening("".join(s.text for s in p.sentences), lang) for p in sec.points]
                assert all(a != b for a, b in zip(firsts, firsts[1:], strict=False)), firsts
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

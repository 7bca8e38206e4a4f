"""A story's own names convert by characters only (convert/names.py).

s2twp and s2hk reword phrases; a company's name must not be reworded: 速达仓配
is not 速達倉儲物流, FedEx is 聯邦快遞 in Hong Kong. Checked through the whole
pipeline (brief, facts table, tag chip) and at the stage itself.
"""

from __future__ import annotations

import pytest

from summarizer.convert.hant import to_traditional, to_traditional_many
from summarizer.convert.names import story_names
from summarizer.pipeline import fact_rows, load_project, make_brief
from summarizer.site import topics
from summarizer.vocabulary.glossary import Glossary, Term
from summarizer.writers.markdown import brief_markdown
from tests.ministory import mini_story

ENTITIES = (
    "  sd: {kind: company, name: {zh-Hans: 速达仓配, en: Suda Fulfilment}}\n"
    "  pl: {kind: product, name: {zh-Hans: 仓配服务, en: fulfilment services}}\n"
)
FACTS = (
    "  rev: {metric: revenue, entity: sd, period: FY2025, value: 12, scale: 亿, currency: CNY,\n"
    "        source: {quote: 速达仓配2025年营收12亿元}}\n"
    "  rev0: {metric: revenue, entity: sd, period: FY2024, value: 8, scale: 亿, currency: CNY,\n"
    "        source: {quote: 2024年为8亿元}}\n"
    "  rev-pl: {metric: revenue, entity: pl, period: FY2025, value: 3, scale: 亿, currency: CNY,\n"
    "        source: {quote: 仓配服务收入3亿元}}\n"
)


@pytest.fixture(scope="module")
def story():  # type: ignore[no-untyped-def]
    return mini_story(ENTITIES, FACTS)


def test_only_own_names_are_held(story) -> None:  # type: ignore[no-untyped-def]
    # the product is a common noun: running text, regional wording
    assert story_names(story) == ("速达仓配",)


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hant-HK"])
def test_brief_and_table_keep_the_name(story, lang: str) -> None:  # type: ignore[no-untyped-def]
    project = load_project()
    text = brief_markdown(make_brief(project, story, lang))
    assert "速達倉配" in text and "速達倉儲物流" not in text
    rows = fact_rows(project, story, lang)
    assert [r.subject for r in rows][0] == "速達倉配"


def test_common_noun_still_reworded(story) -> None:  # type: ignore[no-untyped-def]
    rows = fact_rows(load_project(), story, "zh-Hant")
    # 仓配 is 倉儲物流 to a Taiwan reader (OpenCC s2twp's phrase), as before
    assert rows[-1].subject == to_traditional("仓配服务", "zh-Hant", load_project().glossary)


def test_tag_chip_keeps_the_name(story) -> None:  # type: ignore[no-untyped-def]
    assert topics.has_page("company/sd")
    names = topics.tag_names(story, ["company/sd"], "zh-Hant", {}, load_project().glossary)
    assert names == {"company/sd": "速達倉配"}


def test_stage_memo_does_not_leak_between_stories() -> None:
    g = Glossary({})
    text = "速达仓配的仓配服务"
    plain = to_traditional(text, "zh-Hant", g)
    held = to_traditional(text, "zh-Hant", g, names=("速达仓配",))
    assert plain == "速達倉儲物流的倉儲物流服務"
    assert held == "速達倉配的倉儲物流服務"
    # and in the other order, through the batch call
    many = to_traditional_many([text], "zh-Hant", g, ("速达仓配",))
    assert many[text] == held
    assert to_traditional_many([text], "zh-Hant", g)[text] == plain


def test_glossary_word_containing_a_name_wins() -> None:
    g = Glossary(
        {"t": Term("t", "general", {"zh-Hans": "速达仓配网", "en": "x", "zh-Hant": "速達倉配網站"})}
    )
    out = to_traditional("速达仓配网和速达仓配", "zh-Hant", g, names=("速达仓配",))
    assert out == "速達倉配網站和速達倉配"


def test_name_in_quote_and_beside_numbers() -> None:
    g = Glossary({})
    out = to_traditional("“速达仓配”称速达仓配营收1万亿元", "zh-Hant", g, names=("速达仓配",))
    assert out == "「速達倉配」稱速達倉配營收1兆元人民幣"


def test_check_says_when_the_lint_would_flag_a_name() -> None:
    from summarizer.rules.namehant import name_region_findings

    story = mini_story(ENTITIES, FACTS)
    found = name_region_findings([story], load_project().glossary)
    # 倉配 is a mainland word to the region lint (倉儲物流); the product is running text
    assert [(f.code, f.level) for f in found] == [("name-region", "info")]
    assert "entity 'sd'" in found[0].message and "速達倉配" in found[0].message
    assert "zh-Hant and zh-Hant-HK" in found[0].message
    # a glossary term takes it over: nothing to say
    linked = mini_story(ENTITIES.replace("{kind: company,", "{kind: company, term: syntun,"), FACTS)
    assert name_region_findings([linked], load_project().glossary) == []


def test_digest_heading_keeps_the_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    head = (
        "story:\n  id: s\n  source: s.txt\n  title: {zh-Hans: 速达仓配营收增长, en: Suda grows}\n"
        "  published: '2025-11-05'\n  lede: {zh-Hans: 导语。, en: Lede.}\nentities:\n"
    )
    (tmp_path / "s.yaml").write_text(head + ENTITIES + "facts:\n" + FACTS, "utf-8")
    for lang in ("zh-Hant", "zh-Hant-HK"):
        cmd = [sys.executable, "-m", "summarizer", "digest", str(tmp_path), "--persona"]
        out = subprocess.run(
            [*cmd, "general", "--lang", lang], capture_output=True, text=True, check=True
        ).stdout
        assert "\n## 速達倉配\n" in out and "倉儲物流" not in out, out


def test_heading_of_a_common_noun_is_running_text() -> None:
    from summarizer.digest.group import SUBJECT_KINDS, group_name, held_names

    g = load_project().glossary
    product = SUBJECT_KINDS.index("product")
    held = held_names(["pl"], [("pl", product)], {"pl": "仓配服务"}, g)
    assert held == ()
    assert group_name(["仓配服务"], "zh-Hant", g, held) == "倉儲物流服務"

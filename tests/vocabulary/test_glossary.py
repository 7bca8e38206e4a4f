"""glossary.yaml: the shipped file, the term API and the validation messages."""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from summarizer.errors import GlossaryError
from summarizer.facts.yamlload import load_yaml_text
from summarizer.paths import GLOSSARY_PATH, SCHEMA_PATH
from summarizer.vocabulary.glossary import CATEGORIES, load_glossary, parse_glossary


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(GLOSSARY_PATH)


def parse(text: str):
    return parse_glossary(load_yaml_text(textwrap.dedent(text), "g.yaml", GlossaryError))


def problems(text: str) -> list[str]:
    with pytest.raises(GlossaryError) as exc:
        parse(text)
    return exc.value.render().splitlines()


def test_shipped_glossary_is_large_and_valid(glossary):
    assert len(glossary.terms) >= 90
    assert all(t.category in CATEGORIES for t in glossary.terms.values())


REQUIRED = {
    "zhipu": ("智谱", "Zhipu AI"),
    "huawei-ascend": ("华为昇腾", "Huawei Ascend"),
    "cambricon": ("寒武纪", "Cambricon"),
    "t-head": ("平头哥", "T-Head"),
    "metax": ("沐曦", "MetaX"),
    "glm-5-2": ("GLM-5.2", "GLM-5.2"),
    "hkex": ("港交所", "HKEX"),
    "star-market": ("科创板", "STAR Market"),
    "samr": ("市场监管总局", "State Administration for Market Regulation"),
    "cac": ("国家网信办", "Cyberspace Administration of China"),
    "live-commerce-measures": (
        "直播电商监督管理办法",
        "Measures for the Supervision and Administration of Live-Streaming E-Commerce",
    ),
    "persona-general": ("全文速览", "Quick Summary"),
    "persona-brand": ("品牌商", "brands"),
    "persona-platform-operator": ("平台商", "platform operators"),
    "lockup-expiry": ("解禁", "lock-up expiry"),
    "free-float": ("流通盘", "free float"),
    "shareholder-structure": ("筹码结构", "shareholder structure"),
    "ps-ratio": ("市销率", "price-to-sales ratio"),
    "arr": ("年度经常性收入", "annual recurring revenue"),
    "cagr": ("年复合增长率", "compound annual growth rate"),
    "llm": ("大模型", "large model"),
    "maas": ("模型即服务", "Model-as-a-Service"),
    "on-premise": ("私有化部署", "on-premise deployment"),
    "revenue": ("收入", "revenue"),
    "monthly_burn": ("月均现金消耗", "monthly cash burn"),
    "cash_runway": ("现金可支撑时间", "cash runway"),
    "ps_ratio": ("市销率", "price-to-sales ratio"),
}


@pytest.mark.parametrize(("tid", "forms"), sorted(REQUIRED.items()))
def test_required_terms(glossary, tid, forms):
    assert (glossary.form(tid, "zh-Hans"), glossary.form(tid, "en")) == forms


def test_abbreviations_plurals_and_flags(glossary):
    assert glossary.term("maas").abbr == {"en": "MaaS", "zh-Hans": "MaaS"}
    assert glossary.term("samr").abbr == {"en": "SAMR"}
    assert glossary.term("ps-ratio").abbr == {"en": "P/S"}
    assert glossary.form("lockup-expiry", "en", plural=True) == "lock-up expiries"
    assert glossary.term("glm-5-2").protect
    assert "GLM-5.2" in glossary.protected
    rejected = {v.form: v for v in glossary.term("lockup-expiry").variants}
    assert set(rejected) >= {
        "lock-up expiration",
        "unlocking volumes",
        "unlocking pressure",
        "unlocking",
    }
    assert rejected["unlocking"].when_paired == ("解禁",)
    assert "Cambriccon" in {v.form for v in glossary.term("cambricon").variants}
    mp = glossary.term("persona-platform-operator").variants[0]
    assert (mp.form, mp.when_paired) == ("Marketplace Seller", ("平台商",))


def test_every_metric_of_the_schema_has_a_term(glossary):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    metrics = schema["$defs"]["metric"]["properties"]["metric"]["enum"]
    assert [m for m in metrics if m not in glossary.terms] == []
    for m in metrics:
        assert glossary.form(m, "zh-Hans") and glossary.form(m, "en")


def test_same_as_shares_the_forms(glossary):
    assert glossary.term("market_cap").forms == glossary.term("market-cap").forms
    assert glossary.form("gross_margin", "en") == "gross margin"


@pytest.mark.parametrize(
    ("zh_hans", "lang", "expected"),
    [
        ("回调", "zh-Hant", "回檔"),
        ("回调", "zh-Hant-HK", "回調"),
        ("正循环", "zh-Hant", "正循環"),
        ("溢出", "zh-Hant", "溢出"),
        ("声明", "zh-Hant", "聲明"),
        ("程序", "zh-Hant", "程序"),
        ("文件", "zh-Hant", "文件"),
        ("智能", "zh-Hant", "智能"),
        ("数据不出域", "zh-Hant-HK", "數據不出域"),
    ],
)
def test_opencc_trap_overrides(glossary, zh_hans, lang, expected):
    assert glossary.hant_overrides(lang)[zh_hans] == expected


def test_overrides_differ_from_what_opencc_would_write(glossary):
    opencc = pytest.importorskip("opencc")
    conv = opencc.OpenCC("s2twp")
    for word in ("回调", "正循环", "溢出", "声明", "程序", "文件", "智能"):
        assert glossary.hant_overrides("zh-Hant")[word] != conv.convert(word)


VALIDATION = [
    (
        """
        terms:
          - {id: a, category: finance, zh-Hans: 甲, en: alpha}
          - {id: a, category: finance, zh-Hans: 乙, en: beta}
        """,
        ["g.yaml:4:10: error: duplicate term id 'a' (first at line 3)"],
    ),
    (
        """
        terms:
          - {id: a, category: finance, zh-Hans: 甲}
        """,
        ["g.yaml:3:5: error: term 'a' lacks en"],
    ),
    (
        """
        terms:
          - {id: a, category: sports, zh-Hans: 甲, en: alpha}
        """,
        [
            "g.yaml:3:23: error: term 'a': expected a category, one of: "
            f"{list(CATEGORIES)} but received: 'sports'"
        ],
    ),
    (
        """
        terms:
          - {id: a, category: finance, zh-Hans: 甲, en: alpha}
          - {id: b, category: finance, zh-Hans: 甲, en: beta}
        """,
        ["g.yaml:4:5: error: term 'b': zh-Hans form '甲' is already the form of 'a'"],
    ),
    (
        """
        terms:
          - id: a
            category: finance
            zh-Hans: 甲
            en: alpha
          - id: b
            category: finance
            zh-Hans: 乙
            en: beta
            reject:
              en: [Alpha]
        """,
        ["g.yaml:12:12: error: term 'b': rejected en form 'Alpha' is the canonical form of 'a'"],
    ),
    (
        """
        terms:
          - {id: a, category: finance, zh-Hans: 甲, en: alpha, colour: red}
        """,
        [
            "g.yaml:3:55: error: term 'a': unknown key 'colour'; expected one of: "
            "id, category, zh-Hans, zh-Hant, zh-Hant-HK, en, plural, abbr, accept, reject, "
            "case_sensitive, protect, note, exceptions, level, message, same_as"
        ],
    ),
    (
        """
        terms:
          - {id: m, category: metric, same_as: nowhere}
        """,
        ["g.yaml:3:5: error: term 'm': same_as 'nowhere' is not a term with its own forms"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VALIDATION)
def test_validation_messages(text, expected):
    assert problems(text) == expected


def test_all_problems_are_reported_at_once():
    got = problems(
        """
        terms:
          - {id: a, category: finance, zh-Hans: 甲}
          - {id: b, category: nope, zh-Hans: 乙, en: beta}
          - {id: b, category: finance, zh-Hans: 丙, en: gamma}
        """
    )
    assert len(got) == 3
    assert [re.match(r"g\.yaml:(\d+):", line).group(1) for line in got] == ["3", "4", "5"]


def test_shipped_glossary_problems_point_to_lines(tmp_path):
    text = GLOSSARY_PATH.read_text(encoding="utf-8")
    broken = text.replace("    en: Cambricon\n", "    en: Huawei Ascend\n", 1)
    path = tmp_path / "glossary.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(GlossaryError) as exc:
        load_glossary(path)
    line = next(i for i, s in enumerate(broken.splitlines(), 1) if s == "  - id: cambricon")
    assert exc.value.render().startswith(f"{path}:{line}:5: error: term 'cambricon': en form ")

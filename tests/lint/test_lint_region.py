"""Region lint (summarizer.lint.region): variants from name, <html lang>, an
element's lang and front matter; expected forms; --fix only when unambiguous."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.lint.config import LintConfig
from summarizer.lint.engine import lint_paths
from summarizer.lint.fix import apply_fixes
from summarizer.pipeline import load_project
from summarizer.vocabulary.glossary import Glossary

CFG = LintConfig(enabled=("region.vocabulary", "region.script"))


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_project().glossary


def lint(tmp_path: Path, name: str, text: str, glossary: Glossary) -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = lint_paths([str(path)], glossary, CFG).findings
    return [(f.message.split("'")[1], f.suggestion) for f in found]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.zh-Hant.md", "營銷與拋壓，2026年一季度，市值1萬億港元。",
         [("營銷", "行銷"), ("拋壓", "賣壓"), ("一季度", "第一季"), ("萬億", "兆")]),
        ("a.zh-Hant.md", "沽壓與賣壓", [("沽壓", "賣壓")]),
        ("a.zh-Hant-HK.md", "賣壓與第一季，行銷",
         [("賣壓", "沽壓"), ("第一季", "第一季度"), ("行銷", "")]),
        ("a.zh-Hant-HK.md", "第一季度營銷沽壓，1萬億港元", []),
        ("a.zh-Hant.md", "這是发展", [("发", "")]),
        ("a.zh-Hant.md", "他们", [("们", "們")]),
        ("a.zh-Hant.md", "引述「營銷與拋壓」不查詞彙", []),
        ("a.zh-Hant.md", "直播營銷人員（法規用語）", []),
        ("a.zh-Hans.md", "营销与抛压", []),
        ("a.md", "---\nlang: zh-Hant-HK\n---\n賣壓\n", [("賣壓", "沽壓")]),
        ("a.html", '<html lang="zh-Hant"><p>營銷<q lang="zh-Hant">營銷</q>'
                   '<span lang="zh-Hant-HK">賣壓</span><td lang="zh-Hans">营销</td></p></html>',
         [("營銷", "行銷"), ("賣壓", "沽壓")]),
    ],
)  # fmt: skip
def test_region_findings(
    tmp_path: Path, name: str, text: str, expected: list[tuple[str, str]], glossary: Glossary
) -> None:
    assert lint(tmp_path, name, text, glossary) == expected


def test_fix_applies_only_unambiguous(tmp_path: Path, glossary: Glossary) -> None:
    path = tmp_path / "b.zh-Hant-HK.md"
    path.write_text("賣壓，行銷，1兆港元，他们\n", encoding="utf-8")
    result = lint_paths([str(path)], glossary, CFG)
    apply_fixes(result.findings, result.texts)
    assert path.read_text(encoding="utf-8") == "沽壓，行銷，1萬億港元，他們\n"


def test_a_form_is_named_for_where_it_comes_from(tmp_path: Path, glossary: Glossary) -> None:
    """營銷 is a mainland word and 沽壓 Hong Kong's; 公佈 is neither, only
    OpenCC's character conversion of 公布, which both regions write as the
    mainland does: its finding says so rather than calling it mainland."""
    path = tmp_path / "c.zh-Hant.md"
    path.write_text("營銷，沽壓，尚未公佈\n", encoding="utf-8")
    messages = [f.message for f in lint_paths([str(path)], glossary, CFG).findings]
    assert messages == [
        "Mainland form '營銷' in zh-Hant (Taiwan) text; write '行銷'",
        "Hong Kong form '沽壓' in zh-Hant (Taiwan) text; write '賣壓'",
        "Character-converted form '公佈' in zh-Hant (Taiwan) text; write '公布'",
    ]

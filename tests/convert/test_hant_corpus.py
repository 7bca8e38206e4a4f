"""The regression corpus: the script stage must give exactly what an editor in
Taipei and in Hong Kong would publish (tests/data/hant_corpus.yaml), and the
region lint must find nothing in it.

Each sentence is its own test case, named by its line in the corpus file, so a
failure points at the sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from summarizer.convert.hant import CHAR_CONFIG, converter, to_traditional
from summarizer.convert.regional import load_entries, simplified_only
from summarizer.lint.config import LintConfig
from summarizer.lint.documents import make_documents
from summarizer.lint.region import check_region
from summarizer.pipeline import load_project
from summarizer.vocabulary.glossary import Glossary

CORPUS = Path(__file__).parents[1] / "data" / "hant_corpus.yaml"
REGIONS = ("zh-Hant", "zh-Hant-HK")


def _cases() -> list[Any]:
    node = yaml.compose(CORPUS.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert isinstance(node, yaml.SequenceNode)
    rows = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    return [
        pytest.param(row, id=f"line{item.start_mark.line + 1}")
        for row, item in zip(rows, node.value, strict=True)
    ]


CASES = _cases()


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_project().glossary


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 300
    sources = {p.values[0]["from"].split(":")[0] for p in CASES}
    assert {"seed", "template", "ui", "commerce"} <= sources


@pytest.mark.parametrize("row", CASES)
def test_corpus_sentence(row: dict[str, str], glossary: Glossary) -> None:
    for lang in REGIONS:
        assert to_traditional(row["zh-Hans"], lang, glossary) == row[lang], lang


def test_region_lint_finds_nothing_in_the_corpus(glossary: Glossary) -> None:
    cfg = LintConfig()
    for lang in REGIONS:
        text = "\n".join(p.values[0][lang] for p in CASES)
        (doc,) = make_documents(f"corpus.{lang}.md", text, "markdown")
        assert [f.message for f in check_region(doc, glossary, cfg)] == []


@pytest.mark.parametrize("lang", REGIONS)
def test_regional_forms_are_traditional_in_the_right_glyphs(lang: str) -> None:
    only, several = simplified_only()
    chars, hk = converter(CHAR_CONFIG[lang]), converter("t2hk")
    for entry in load_entries():
        form = entry.forms.get(lang, "")
        # as the lint sees it: 群 and 税 are Simplified to OpenCC's ST table, not to s2tw / s2hk
        simplified = {c for c in form if c in only | several and chars.convert(c) != c}
        assert not simplified, (entry.hans, form)
        if lang == "zh-Hant-HK" and form:
            # Hong Kong glyphs (説, 綫): OpenCC's HK variants (t2hk) leave the
            # form alone. Not s2hk, which would also turn 佣 (a commission, as
            # in 降佣) into 傭 (a servant): a choice of word, not of glyph.
            assert hk.convert(form) == form, (entry.hans, form)

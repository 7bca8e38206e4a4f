"""Real text: seed 004's LLM quick read, English against Chinese.

The article's "Quick Summary" renders 解禁 four ways, misspells 寒武纪 and
calls 平台商 "Marketplace Seller" in its persona bar; its 全文速览 uses
half-width commas. Both parts are cut out of sources/ (the articles) at test time
and linted as a zh-Hans/en pair through the command line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from summarizer.commands import lint as lint_cmd

SEEDS = Path(__file__).parents[2] / "sources"


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="summarizer")
    lint_cmd.register(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture(scope="module")
def findings(tmp_path_factory):
    seed = next(SEEDS.glob("004_*.txt"), None)
    if seed is None:
        pytest.skip(f"seed 004 not found under {SEEDS}")
    text = seed.read_text(encoding="utf-8")
    zh = text[text.index("全文速览") : text.index("帮我再读一遍。") + len("帮我再读一遍。")]
    en = text[text.index("Quick Summary") : text.index("Read it again.") + len("Read it again.")]
    d = tmp_path_factory.mktemp("seed004")
    (d / "quick.zh-Hans.md").write_text(zh, encoding="utf-8")
    (d / "quick.en.md").write_text(en, encoding="utf-8")
    out = d / "report.json"
    status = run(
        [
            "lint",
            "--format",
            "json",
            "-o",
            str(out),
            str(d / "quick.zh-Hans.md"),
            str(d / "quick.en.md"),
        ]
    )
    assert status == 1
    rows = json.loads(out.read_text(encoding="utf-8"))["findings"]
    return [r | {"file": Path(r["path"]).name} for r in rows]


def _found(rows, file: str, check: str) -> list[str]:
    return [r["message"] for r in rows if r["file"] == file and r["check"] == check]


@pytest.mark.parametrize(
    "wrong",
    [
        "Lock-up expiration",
        "lock-up expiration",
        "unlocking volumes",
        "unlocking pressure",
        "unlocking",
    ],
)
def test_every_non_canonical_rendering_of_jiejin(findings, wrong):
    msgs = _found(findings, "quick.en.md", "glossary.variant")
    assert any(f"instead of '{wrong}'" in m for m in msgs), msgs


def test_concentrated_unlocking_is_reported_at_its_place(findings):
    row = next(
        r
        for r in findings
        if r["message"].startswith("Use 'lock-up expiry' instead of 'unlocking' ")
    )
    assert row["rule"] == "Glossary.lockup-expiry" and row["level"] == "error"
    assert row["suggestion"] == "lock-up expiry"


def test_cambriccon(findings):
    assert "Use 'Cambricon' instead of 'Cambriccon' (misspelling)" in _found(
        findings, "quick.en.md", "glossary.variant"
    )


def test_persona_name_mismatch(findings):
    msgs = _found(findings, "quick.en.md", "glossary.variant")
    assert (
        "Use 'platform operators' instead of 'Marketplace Seller' "
        "(平台商 runs the platform; it is not a seller)"
    ) in msgs


def test_chinese_half_width_commas(findings):
    commas = [
        r
        for r in findings
        if r["file"] == "quick.zh-Hans.md"
        and r["check"] == "typography.punctuation"
        and r["suggestion"] == "，"
    ]
    assert len(commas) >= 50
    assert (commas[0]["line"], commas[0]["column"]) == (3, 41)
    assert commas[0]["message"] == "Half-width ',' in Chinese text; use '，'"


def test_the_english_side_has_no_typography_noise(findings):
    assert _found(findings, "quick.en.md", "typography.punctuation") == []

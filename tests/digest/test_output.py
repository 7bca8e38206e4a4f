"""The digest as Markdown, plain text and HTML e-mail; goldens of the text.

The goldens (``tests/golden/digest/``) are the seller's digest from August
2025 on, in every language: review them as the product, and regenerate
after an intended change with ``pytest tests/digest --update-goldens``.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from summarizer.digest.build import Digest, build_digest
from summarizer.digest.edition import choose
from summarizer.digest.email import digest_email
from summarizer.digest.text import digest_markdown, digest_text
from summarizer.model import LANGS, Story
from summarizer.pipeline import Project

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "digest"
BASE = "https://quickread.example/"


def seller(project: Project, stories: list[Story], lang: str) -> Digest:
    return build_digest(
        project, stories, "seller", lang, choose(stories, since=date(2025, 8, 1)), BASE
    )


@pytest.mark.parametrize("lang", LANGS)
def test_golden_digest(
    project: Project, stories: list[Story], lang: str, update_goldens: bool
) -> None:
    d = seller(project, stories, lang)
    outputs = {
        GOLDEN / f"seller.{lang}.md": digest_markdown(d),
        GOLDEN / f"seller.{lang}.txt": digest_text(d),
    }
    for path, text in outputs.items():
        if update_goldens:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            continue
        assert path.exists(), f"missing {path}; run pytest --update-goldens and review it"
        assert text == path.read_text(encoding="utf-8"), f"{path} differs; review it"


def test_markdown_shape(project: Project, stories: list[Story]) -> None:
    md = digest_markdown(seller(project, stories, "zh-Hans"))
    lines = md.splitlines()
    assert lines[0] == "# 卖家版快读摘要"
    assert lines[2] == "2025年8月1日至2026年6月25日 · 截至2026年6月25日"
    assert "## 智谱和MiniMax · 5篇" in lines
    assert "## Shopify" in lines  # one story: no count
    assert "## 美国政府 · 2篇" in lines  # two tariff stories under their government
    link = f"### [同为大模型，为何智谱万亿，MiniMax却腰斩？](<{BASE}zh-Hans/stories/"
    assert any(line.startswith(link) and line.endswith("?persona=seller>)") for line in lines)
    # read alone, an editor's implication comes after the claim it answers
    assert "- **定价层面**：智谱上调API价格后，调用量不降反升" in md
    assert "不言自明。智谱API在2026年一季度涨价83%" in md
    assert "对卖家而言" not in md  # no framing line repeated story after story


def test_text_has_no_markup_and_every_link_written_out(
    project: Project, stories: list[Story]
) -> None:
    d = seller(project, stories, "en")
    text = digest_text(d)
    assert not re.search(r"[*#<>\[\]]\S", text)
    entries = sum(len(g.entries) for g in d.groups)
    assert text.count(f"Read the story: {BASE}en/stories/") == entries == 45
    assert "== Zhipu AI and MiniMax · 5 stories ==" in text


def test_email_is_inlined_self_contained_and_table_free(
    project: Project, stories: list[Story]
) -> None:
    html = digest_email(seller(project, stories, "zh-Hant"))
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-Hant">' in html
    assert "<table" not in html and "<link" not in html and "<img" not in html
    assert "src=" not in html and "url(" not in html and "@import" not in html
    # every element the stylesheet styles carries its style inline
    for tag in ("h1", "h2", "h3", "p", "li", "ul"):
        opened = re.findall(rf"<{tag}[ >]", html)
        styled = re.findall(rf'<{tag} [^>]*style="', html)
        assert opened and len(opened) == len(styled), tag
    # only the @media rules stay in <style>, for clients that support them
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style and "prefers-color-scheme: dark" in style.group(1)
    assert re.sub(r"@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}", "", style.group(1)).strip() == ""
    assert 'name="color-scheme" content="light dark"' in html
    links = re.findall(r'href="([^"]+)"', html)
    assert links and all(u.startswith(BASE + "zh-Hant/stories/") for u in links)
    assert "賣家版快讀摘要" in html and "閱讀全文" in html


def test_an_empty_edition_in_every_format(project: Project, stories: list[Story]) -> None:
    e = choose(stories, since=date(2027, 1, 1), until=date(2027, 1, 7))
    d = build_digest(project, stories, "seller", "en", e)
    assert "No new stories in this edition." in digest_markdown(d)
    assert "No new stories in this edition." in digest_text(d)
    assert "No new stories in this edition." in digest_email(d)

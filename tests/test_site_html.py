"""html.py: the Markdown shortcut must equal markdown-it, and everything escapes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from summarizer.html import anchor_id, fact_refs, inline_html, sentence_html
from summarizer.model import Sentence

MD = MarkdownIt("commonmark", {"html": False})
ALPHABET = st.sampled_from(
    list("ab 1.%亿元，。“”\"'()（）-+/:：<>&*_[]!`\\#\n~|=") + ["  \n", "&amp;"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_shortcut_matches_markdown_it(text: str) -> None:
    assert str(inline_html(text)) == MD.renderInline(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_shortcut_matches_markdown_it_on_any_text(text: str) -> None:
    assert str(inline_html(text)) == MD.renderInline(text)


def test_raw_html_is_text() -> None:
    assert str(inline_html("<script>alert(1)</script>")) == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert str(inline_html("**5.34亿**元")) == "<strong>5.34亿</strong>元"


def test_sentence_links_its_facts() -> None:
    refs = fact_refs(["a", "b<"])
    html = str(sentence_html(Sentence("收入<增长>", ("b<", "missing")), refs))
    assert html == (
        '收入&lt;增长&gt;<sup><a href="#fact-b_" class="ref" aria-label="[2]">2</a></sup>'
    )


def test_anchor_ids_are_safe() -> None:
    assert anchor_id("fact", 'x" onclick="y') == "fact-x__onclick__y"


def test_only_web_links_from_data() -> None:
    from summarizer.html import web_url

    assert web_url("javascript:alert(1)") == ""
    assert web_url(" JavaScript:x") == ""
    assert web_url("https://example.org/a?b=1") == "https://example.org/a?b=1"

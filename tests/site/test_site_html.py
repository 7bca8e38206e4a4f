"""html.py: the Markdown shortcut must equal markdown-it, and everything escapes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from summarizer.errors import SummarizerError
from summarizer.model import Sentence
from summarizer.site.html import FOREIGN_RULES, anchor_id, fact_refs, inline_html, sentence_html
from summarizer.site.urls import web_url

MD = MarkdownIt("commonmark", {"html": False}).disable(list(FOREIGN_RULES))
ALPHABET = st.sampled_from(
    list("ab 1.%亿元，。“”\"'()（）-+/:：<>&*_[]!`\\#\n~|=;") + ["  \n", "&amp;", "R&D", "&#"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_shortcut_matches_markdown_it(text: str) -> None:
    assert str(inline_html(text)) == MD.renderInline(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_shortcut_matches_markdown_it_on_any_text(text: str) -> None:
    assert str(inline_html(text)) == MD.renderInline(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["R&D", "&", "a", " ", '"', ";", "#", "amp", "x", "1", "x2", "&#"]),
        max_size=12,
    )
)
def test_ampersand_shortcut_matches_markdown_it(parts: list[str]) -> None:
    # an "&" that starts no reference is escaped text; "&amp;", "&#35;", "&#x23;" are not
    text = "".join(parts)
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
    from summarizer.site.html import web_url

    assert web_url("javascript:alert(1)") == ""
    assert web_url(" JavaScript:x") == ""
    assert web_url("https://example.org/a?b=1") == "https://example.org/a?b=1"


def test_filled_story_page_equals_direct_render(tmp_path: object) -> None:
    """SlotTemplate (render once, fill per story) gives exactly what Jinja gives."""
    from datetime import date
    from pathlib import Path

    import summarizer.site.story as ss
    from summarizer.model import Brief, FactRow, Point, Section
    from summarizer.site.build import SITE_TEMPLATES, urls
    from summarizer.site.story import init_worker
    from summarizer.site.storypage import persona_values, story_template, story_values
    from summarizer.site.ui import SiteConfig, alternates

    config = SiteConfig(
        SITE_TEMPLATES, Path(str(tmp_path)), assets={"css": "a.css", "js": "b.js", "svg": "c.svg"}
    )

    class Engine:
        def load_project(self) -> object:
            return None

    ss._PRELOADED = None
    init_worker(config, Engine())  # type: ignore[arg-type]
    state = ss._STATE
    assert state is not None
    s1 = Sentence('收入 <b>"5.34亿"</b> & **增长**', ("f1",))
    section = Section(
        "seller", "卖家 <i>", Sentence("对于卖家：", ()), (Point("f", "机会", (s1,), "r"),)
    )
    brief = Brief(
        "story-1",
        "zh-Hans",
        "标题 <script>x</script>",
        "新快报",
        "郑志辉",
        date(2026, 1, 2),
        "javascript:alert(1)",
        s1,
        (section,),
        (),
    )
    rows = [FactRow("f1", "智谱", "收入", "5.34亿元", "FY2024", "引文 <q>", "a.txt")]
    story = type("S", (), {"source": "a.txt"})()
    values = story_values(state.ui["zh-Hans"], brief, rows, story)  # type: ignore[arg-type]
    filled = story_template(state, "zh-Hans", True, False).fill(values)
    direct = state.env.get_template("story.html").render(
        lang="zh-Hans",
        ui=state.ui["zh-Hans"],
        root="../../",
        base_url="",
        assets=config.assets,
        alternates=alternates(config.langs, "zh-Hans", lambda lg: urls.story(lg, "story-1")),
        page_rel="zh-Hans/stories/story-1.html",
        canonical_rel="zh-Hans/stories/story-1.html",
        persona_page=False,
        has_facts=True,
        **values,
    )
    assert filled == direct
    assert "&lt;script&gt;" in filled and "javascript:" not in filled
    # one reader's page: the same template, filled per reader
    mine = persona_values(state.ui["zh-Hans"], brief, values, section)
    filled = story_template(state, "zh-Hans", True, True).fill(mine)
    direct = state.env.get_template("story.html").render(
        lang="zh-Hans",
        ui=state.ui["zh-Hans"],
        root="../../../",
        base_url="",
        assets=config.assets,
        alternates=alternates(
            config.langs, "zh-Hans", lambda lg: urls.story_persona(lg, "story-1", "seller")
        ),
        page_rel="zh-Hans/stories/story-1/seller.html",
        canonical_rel="zh-Hans/stories/story-1.html",
        persona_page=True,
        has_facts=True,
        **mine,
    )
    assert filled == direct
    assert 'data-persona-page="seller"' in filled and "&lt;script&gt;" in filled


def test_byline_without_outlet_or_author() -> None:
    from datetime import date

    from summarizer.model import Brief
    from summarizer.site.fragments import byline_html

    brief = Brief("s", "en", "T", "", "", date(2026, 1, 2), "", Sentence("x", ()), (), ())
    ui = {"by": "By", "original": "Original", "reading_time": "{n} min read"}
    html = str(byline_html(brief, ui))
    assert html == '<time datetime="2026-01-02">January 2, 2026</time> · 1 min read'


def test_reading_time_counts_characters_in_chinese_and_words_in_english() -> None:
    from datetime import date

    from summarizer.model import Brief, Point, Section
    from summarizer.site.fragments import reading_minutes

    def brief(lang: str, text: str, n: int) -> Brief:
        points = tuple(Point("f", "l", (Sentence(text, ()),), "r") for _ in range(n))
        section = Section("general", "G", Sentence("", ()), points)
        return Brief("s", lang, "T", "", "", date(2026, 1, 2), "", Sentence("", ()), (section,), ())

    assert reading_minutes(brief("zh-Hans", "字" * 100, 10)) == 2  # 1,000 characters
    assert reading_minutes(brief("zh-Hant", "字" * 100, 1)) == 1  # never 0
    assert reading_minutes(brief("en", "word " * 115, 6)) == 3  # 690 words


@pytest.mark.parametrize(
    "text",
    [
        "![x](https://tracker.example/p.gif)",
        "[click](https://evil.example)",
        "[x](javascript:alert(1))",
        "<https://evil.example>",
        "<img src=https://evil.example/p.gif>",
        '![a](<https://x.example> "t")',
        "[a]: https://x.example\n[a]",
    ],
)
def test_fact_text_never_links_or_loads(text: str) -> None:
    html = str(inline_html(text))
    assert "<img" not in html and "<a " not in html and "href" not in html


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/a", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT://example.com/%0aalert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/x", False),
        ("https://", False),
        ("https:///path", False),
        ('https://e.com/"onmouseover="x', False),
        ("https://e.com/a b", False),
        ("https://e.com/\x00", False),
        ("ftp://example.com/", False),
    ],
)
def test_web_url_accepts_only_http_urls(url: str, ok: bool) -> None:
    assert (web_url(url) == url) is ok


def test_a_revised_story_says_when_it_was_updated(tmp_path: Path) -> None:
    from summarizer.facts.load import load_story
    from summarizer.pipeline import load_project, make_brief
    from summarizer.site.fragments import byline_html

    seed = Path(__file__).resolve().parents[2] / "seeds" / "pop-mart-2024-results.yaml"
    text = seed.read_text("utf-8").replace(
        "  published: '2025-03-27'\n", "  published: '2025-03-27'\n  updated: '2025-04-02'\n", 1
    )
    (tmp_path / "s.yaml").write_text(text, "utf-8")
    story = load_story(tmp_path / "s.yaml")
    ui = {"by": "By", "original": "Original", "reading_time": "{n} min read", "updated": "Updated"}
    html = str(byline_html(make_brief(load_project(), story, "en"), ui))
    assert 'Updated <time datetime="2025-04-02">April 2, 2025</time>' in html
    (tmp_path / "s.yaml").write_text(text.replace("2025-04-02", "2025-03-01"), "utf-8")
    with pytest.raises(SummarizerError, match="before the publication date 2025-03-27"):
        load_story(tmp_path / "s.yaml")

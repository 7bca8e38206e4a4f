"""Sources in place (issue 11.2): a reference mark opens its fact (value, the
quoted passage, source, date) with a link to the original article; marks are
at least 24 px, in order, and named for screen readers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

STORY = "stories/pop-mart-2024-results.html"


@pytest.mark.parametrize(
    ("lang", "width", "word"), [("en", 1280, "Source"), ("zh-Hans", 390, "来源")]
)
def test_a_reference_opens_its_source_and_closes(
    browser: Any, real_base_url: str, watcher: Any, lang: str, width: int, word: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    watch = watcher(page, real_base_url)
    page.goto(f"{real_base_url}{lang}/{STORY}")
    mark = page.locator("section.persona:not([hidden]) a.ref").first
    label = mark.get_attribute("aria-label") or ""
    assert label.startswith(f"{word} {mark.inner_text()}")
    box = mark.bounding_box()
    assert box is not None and box["width"] >= 24 and box["height"] >= 24
    row_id = (mark.get_attribute("href") or "")[1:]
    quote = page.inner_text(f"tr#{row_id} td.quote q")
    mark.click()
    pop = page.locator(".ref-pop")
    assert pop.is_visible()
    assert pop.locator("q").inner_text() == quote
    original = pop.locator("a[rel~=noopener]")
    assert (original.get_attribute("href") or "").startswith("https://")
    assert page.evaluate("document.activeElement.className") == "close"
    pop_box = pop.bounding_box()
    assert pop_box is not None and pop_box["x"] >= 0 and pop_box["x"] + pop_box["width"] <= width
    page.keyboard.press("Escape")
    assert pop.is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('ref')")
    assert page.url.endswith(STORY)  # no jump to the table while the popover serves
    assert watch.problems == []
    context.close()


def test_marks_are_in_order_within_each_citation(browser: Any, real_base_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{real_base_url}en/stories/zhipu-minimax-valuation-divergence.html")
    groups = page.eval_on_selector_all(
        "sup", "els => els.map(s => [...s.querySelectorAll('a.ref')].map(a => +a.textContent))"
    )
    assert groups and all(g == sorted(g) for g in groups)
    page.close()


def test_without_javascript_a_mark_jumps_to_its_row(browser: Any, real_base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{real_base_url}en/{STORY}")
    mark = page.locator("a.ref").first
    target = mark.get_attribute("href") or ""
    mark.click()
    assert page.url.endswith(target)
    assert page.is_visible(f"tr{target}")
    page.click(f"tr{target} a.back")  # and back to the sentence it was cited from
    assert page.url.endswith("#cite-" + target[1:])
    assert page.locator("#cite-" + target[1:]).is_visible()
    context.close()


def test_print_gives_the_chosen_version_with_its_sources_and_the_note(
    browser: Any, real_base_url: str
) -> None:
    page = browser.new_page()
    page.goto(f"{real_base_url}zh-Hans/{STORY}?persona=seller")
    page.emulate_media(media="print")
    shown = page.eval_on_selector_all(
        "section.persona",
        "els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.persona)",
    )
    assert shown == ["general", "seller"]
    assert page.is_visible("#facts table")
    note = page.locator("footer.site p").first
    assert note.is_visible() and "事实" in note.inner_text()
    assert not page.is_visible(".picker")
    after = page.evaluate(
        "getComputedStyle(document.querySelector('.byline a[href^=\"http\"]'), '::after').content"
    )
    assert "https://" in after
    page.close()


def test_latin_text_in_chinese_takes_the_latin_face(browser: Any, real_base_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{real_base_url}zh-Hans/{STORY}")
    family = page.evaluate("getComputedStyle(document.querySelector('main p, main li')).fontFamily")
    assert family.startswith("system-ui") and "PingFang SC" in family
    weight = page.evaluate("getComputedStyle(document.querySelector('h1')).fontWeight")
    assert weight == "700"
    page.close()


def _bold_cjk_installed() -> bool:
    """A CJK face with a real bold (Noto Sans CJK, as Linux desktops ship):
    WenQuanYi Zen Hei has none, and Chromium on Linux does not embolden it."""
    import subprocess

    out = subprocess.run(
        ["fc-list", ":lang=zh", "family", "style"], capture_output=True, text=True, check=False
    ).stdout
    return any("Bold" in line and "Sans CJK" in line for line in out.splitlines())


@pytest.mark.parametrize(("lang", "selector"), [("zh-Hans", "h1"), ("zh-Hant", "h1"),
                                                 ("zh-Hans", "main h2")])
def test_chinese_headings_are_drawn_in_a_bold_cjk_face(
    browser: Any, real_base_url: str, lang: str, selector: str
) -> None:
    """The glyphs themselves, not the computed weight: the browser reports the
    face it drew the heading's Chinese characters with (CSS.getPlatformFontsForNode)."""
    from tools import need

    if not _bold_cjk_installed():
        need(Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
             install="apt-get install fonts-noto-cjk (scripts/setup.sh)")
    page = browser.new_page()
    page.goto(f"{real_base_url}{lang}/{STORY}")
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})
    cjk = [f for f in fonts["fonts"] if "CJK" in f["familyName"] or "WenQuanYi" in f["familyName"]]
    assert cjk, fonts
    assert all("Bold" in f["postScriptName"] for f in cjk), cjk
    page.close()

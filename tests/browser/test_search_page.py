"""Search in a real browser, on the real seeds: the header box leads to the
search page, results appear as you type (phone and desktop, zh-Hans and en),
the match is highlighted, a match in a reader's points links to that reader,
no console errors or requests elsewhere, and axe finds nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

AXE = Path(__file__).resolve().parent / ".node" / "node_modules" / "axe-core" / "axe.min.js"
STORY = "stories/pop-mart-2024-results.html"
CASES = {
    # lang: (typed in the header, first result; typed on the page, first result, marked)
    "zh-Hans": (
        "小额豁免",
        "us-de-minimis-global-end",
        # 亚马逊 佣金 finds two referral fee cuts (Amazon India's is newer): 服装 is the apparel one
        "亚马逊 服装",
        "amazon-apparel-referral-fee-cut",
        "亚马逊",
    ),
    "en": (
        "de minimis",
        "us-de-minimis-global-end",
        "lock-up",
        "zhipu-minimax-valuation-divergence",
        "lock",
    ),
}
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def first_href(page: Any) -> str:
    page.wait_for_selector(".search-results li h2 a")
    return str(page.get_attribute(".search-results li h2 a", "href"))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", CASES)
def test_typing_a_query_shows_the_right_story_first(
    browser: Any, real_base_url: str, watcher: Any, screenshots: Path, lang: str, size: str
) -> None:
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    watch = watcher(page, real_base_url)
    header_query, header_first, typed, typed_first, marked = CASES[lang]
    # the header's box on a story page is a GET form to the search page
    page.goto(f"{real_base_url}{lang}/{STORY}")
    page.fill("#site-q", header_query)
    page.press("#site-q", "Enter")
    page.wait_for_url("**/search.html?q=*")
    assert page.input_value("#search-q") == header_query
    assert first_href(page) == f"stories/{header_first}.html"
    # typing on the page replaces the results as you go, and the address with them
    page.fill("#search-q", "")
    page.type("#search-q", typed, delay=30)
    first = "(document.querySelector('.search-results a') || {}).href"
    page.wait_for_function(f"() => ({first} || '').includes('{typed_first}')")
    assert typed_first in first_href(page)
    marks = page.eval_on_selector_all(
        ".search-results li:first-child mark", "m => m.map(x => x.textContent)"
    )
    assert any(marked in m.lower() for m in marks), marks
    assert page.locator(".search-status").inner_text().strip()
    assert "q=" in page.url
    page.screenshot(path=str(screenshots / f"search-{lang}-{size}.png"), full_page=True)
    if AXE.exists():
        page.add_script_tag(path=str(AXE))
        result = json.loads(page.evaluate("async () => JSON.stringify(await axe.run(document))"))
        assert [(v["id"], v["impact"]) for v in result["violations"]] == []
    context.close()
    assert watch.problems == []


def test_a_match_in_a_readers_points_links_to_that_reader(
    browser: Any, real_base_url: str, watcher: Any
) -> None:
    context = browser.new_context()
    page = context.new_page()
    watch = watcher(page, real_base_url)
    page.goto(f"{real_base_url}en/search.html?q=contract+manufacturers")
    assert first_href(page) == f"{STORY}?persona=factory"
    assert "Factories" in page.locator(".search-results li .meta").first.inner_text()
    page.click(".search-results li h2 a")
    page.wait_for_function("() => location.pathname.endsWith('pop-mart-2024-results.html')")
    selected = '[role="tab"][aria-selected="true"]'
    # the page may still be loading: no tab yet is "not yet", not an error
    page.wait_for_function(f"() => document.querySelector('{selected}')?.dataset.persona")
    assert page.get_attribute(selected, "data-persona") == "factory"
    context.close()
    assert watch.problems == []


def test_no_results_and_without_javascript(browser: Any, real_base_url: str, watcher: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    watch = watcher(page, real_base_url)
    page.goto(f"{real_base_url}zh-Hans/search.html?q=不存在的词语")
    page.wait_for_function("() => document.querySelector('.search-status').textContent")
    assert page.locator(".search-status").inner_text() == "没有找到相关文章。"
    assert page.locator(".search-results li").count() == 0
    context.close()
    assert watch.problems == []
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{real_base_url}en/{STORY}")
    page.fill("#site-q", "tariff")
    page.press("#site-q", "Enter")
    page.wait_for_url("**/en/search.html?q=tariff")
    assert "Search needs JavaScript" in page.locator("main").inner_text()
    page.click("main a:has-text('All stories')")
    page.wait_for_url("**/en/digest/general/index.html")
    context.close()


@pytest.mark.parametrize("width", [1280, 1024, 700, 390])
@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
def test_the_header_box_shows_its_whole_placeholder(
    browser: Any, real_base_url: str, lang: str, width: int
) -> None:
    """The placeholder is the box's only label on screen: it must not be cut off
    (it was, on desktop: "Company, topic or key")."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{real_base_url}{lang}/{STORY}")
    room, text = page.eval_on_selector(
        "#site-q",
        """i => {
          const cs = getComputedStyle(i);
          const ctx = document.createElement('canvas').getContext('2d');
          ctx.font = cs.font;
          return [i.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
                  ctx.measureText(i.placeholder).width];
        }""",
    )
    context.close()
    assert text <= room, f"placeholder {text:.0f} px in a {room:.0f} px box"

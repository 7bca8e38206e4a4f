"""The site in a real browser: persona picker, deep links, memory, keyboard,
language switch, provenance links, no-JS fallback, axe-core, screenshots.

Every page is checked for console errors, failed requests and requests to
any host but the local test server (see conftest.Watch).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

AXE = Path(__file__).resolve().parent / ".node" / "node_modules" / "axe-core" / "axe.min.js"
PERSONAS = ["general", "brand", "seller", "factory"]
STORY = "zh-Hans/stories/story-1.html"

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


def visible_sections(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "section.persona",
        "els => els.filter(e => !e.hidden && e.offsetParent !== null).map(e => e.dataset.persona)",
    )


def selected_tab(page: Any) -> str:
    return page.get_attribute('[role="tab"][aria-selected="true"]', "data-persona")


def shown(pid: str) -> list[str]:
    """The sections on screen with ``pid`` chosen: the Quick Summary stays, the reader's follow."""
    return ["general"] if pid == "general" else ["general", pid]


def test_picking_a_persona_shows_the_summary_and_its_section(page: Any, base_url: str) -> None:
    page.goto(base_url + STORY)
    assert visible_sections(page) == ["general"]
    assert page.get_attribute(".picker-tabs", "role") == "tablist"
    for pid in PERSONAS[1:] + ["general"]:
        page.click(f'[role="tab"][data-persona="{pid}"]')
        assert visible_sections(page) == shown(pid)
        assert selected_tab(page) == pid
        heading = page.inner_text(f"#h-{pid}")
        assert page.inner_text(f"#tab-{pid}") == heading
        assert page.is_visible(f"section#persona-{pid} ol.points li")
    assert page.is_visible("#facts table")


def test_choice_is_remembered_across_pages_and_visits(page: Any, base_url: str) -> None:
    page.goto(base_url + STORY)
    page.click('[role="tab"][data-persona="seller"]')
    assert page.url.endswith("story-1.html?persona=seller")  # the link to share
    page.goto(base_url + "zh-Hans/stories/story-2.html")
    assert visible_sections(page) == shown("seller")
    page.reload()
    assert selected_tab(page) == "seller"
    page.goto(base_url + "en/stories/story-3.html")
    assert visible_sections(page) == shown("seller")
    page.goto(base_url + "zh-Hans/index.html")
    assert "mine" in (page.get_attribute('.digests a[data-persona="seller"]', "class") or "")


@pytest.mark.parametrize(
    "suffix,expected",
    [
        ("?persona=factory", "factory"),
        ("#seller", "seller"),
        ("#persona-brand", "brand"),
        ("?persona=nobody", "general"),
    ],
)
def test_deep_links_open_a_persona(page: Any, base_url: str, suffix: str, expected: str) -> None:
    page.goto(base_url + STORY + suffix)
    assert visible_sections(page) == shown(expected)


def test_picker_works_from_the_keyboard(page: Any, base_url: str) -> None:
    page.goto(base_url + STORY)
    page.focus('[role="tab"][aria-selected="true"]')
    page.keyboard.press("ArrowRight")
    assert selected_tab(page) == "brand"
    assert page.evaluate("document.activeElement.dataset.persona") == "brand"
    page.keyboard.press("End")
    assert visible_sections(page) == shown("factory")
    page.keyboard.press("ArrowRight")  # wraps around
    assert selected_tab(page) == "general"
    page.keyboard.press("ArrowLeft")
    assert selected_tab(page) == "factory"
    page.keyboard.press("Home")
    assert visible_sections(page) == ["general"]
    tabbable = page.eval_on_selector_all('[role="tab"]', "els => els.map(e => e.tabIndex)")
    assert sorted(tabbable) == [-1, -1, -1, 0]


def test_language_switch_leads_to_the_same_story(page: Any, base_url: str) -> None:
    page.goto(base_url + STORY)
    assert page.get_attribute("html", "lang") == "zh-Hans"
    page.click('nav.langs a[hreflang="en"]')
    assert page.url == base_url + "en/stories/story-1.html"
    assert page.get_attribute("html", "lang") == "en"
    assert page.title().startswith("Why Zhipu soared and MiniMax halved, part 1")
    assert "January 11, 2026" in page.inner_text(".byline")
    page.click('nav.langs a[hreflang="zh-Hant"]')
    assert page.get_attribute("html", "lang") == "zh-Hant"
    assert "2026年1月11日" in page.inner_text(".byline")
    assert "賣家" in page.inner_text(".picker")


def test_fact_links_lead_to_the_quoted_source(page: Any, base_url: str) -> None:
    page.goto(base_url + STORY)
    page.click("section#persona-general sup a.ref >> nth=0")  # opens the source in place
    pop = page.locator(".ref-pop")
    assert "<script>alert(1)</script>" in pop.inner_text()  # the quote, as text
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    pop.locator('a[href="#fact-f1"]').click()  # and on to its row in the table
    assert page.url.endswith("#fact-f1") and pop.is_hidden()
    row = page.locator("tr#fact-f1")
    assert row.is_visible()
    assert "<script>alert(1)</script>" in row.inner_text()  # shown as text, never run
    bg = row.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")


def test_without_javascript_every_section_is_readable(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + STORY)
    assert visible_sections(page) == PERSONAS
    page.click('.picker-tabs a[data-persona="factory"]')  # leads to that reader's page
    assert page.url.endswith("zh-Hans/stories/story-1/factory.html")
    assert visible_sections(page) == shown("factory")
    assert page.is_visible("#persona-factory ol.points")
    page.click('.picker-tabs a[data-persona="general"]')
    assert page.url.endswith(STORY)
    context.close()


def test_digest_pages_and_glossary_link(page: Any, base_url: str) -> None:
    page.goto(base_url)
    page.click('a[hreflang="en"]')
    page.wait_for_url("**/en/index.html")
    assert page.get_attribute("html", "lang") == "en"
    page.click('.digests a[data-persona="seller"]')
    page.wait_for_url("**/en/digest/seller/index.html")
    titles = page.eval_on_selector_all(".entry h3 a", "els => els.map(e => e.textContent)")
    assert titles[0].endswith("part 3") and titles[-1].endswith("part 1")
    page.click(".entry h3 a >> nth=0")
    # the click only starts the navigation: wait for the story page and its script
    page.wait_for_url("**/en/stories/*.html*")
    page.wait_for_load_state("load")
    assert visible_sections(page) == shown("seller")
    page.goto(base_url)  # a returning reader goes straight to their language
    page.wait_for_url(base_url + "en/index.html")


PAGES = [
    "",
    "zh-Hans/index.html",
    STORY,
    "en/stories/story-1.html",
    "zh-Hant/stories/story-2.html",
    "en/digest/seller/index.html",
    "zh-Hans/digest/general/index.html",
    "zh-Hans/stories/story-1.html?persona=seller",
    "en/stories/story-1/seller.html",
    "404.html",
    "zh-Hans/topics.html",
    "en/search.html",
    "zh-Hans/embed-demo/index.html",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(page: Any, base_url: str, path: str, scheme: str) -> None:
    """axe-core on every page type, light and dark: no finding of any impact (issue 11)."""
    if not AXE.exists():
        pytest.skip(f"axe-core missing: npm install --prefix {AXE.parents[2]} axe-core")
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => JSON.stringify(await axe.run(document))")
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in json.loads(result)["violations"]
    ]
    assert bad == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width,height,name", [(1280, 900, "desktop"), (390, 844, "phone")])
def test_screenshots(
    browser: Any, base_url: str, screenshots: Path, width: int, height: int, name: str, scheme: str
) -> None:
    context = browser.new_context(
        viewport={"width": width, "height": height}, color_scheme=scheme, device_scale_factor=1
    )
    page = context.new_page()
    for path, tag in [
        (STORY, "zh"),
        ("en/stories/story-1.html?persona=seller", "en"),
        ("zh-Hans/digest/brand/index.html", "digest"),
    ]:
        page.goto(base_url + path)
        page.screenshot(path=str(screenshots / f"{tag}-{name}-{scheme}.png"), full_page=True)
    context.close()


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_real_story_pages(browser: Any, real_base_url: str, watcher: Any, lang: str) -> None:
    """Every real story: each persona can be picked, no errors, no serious axe findings."""

    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    watch = watcher(page, real_base_url)
    for seed in sorted(SEEDS_DIR.glob("*.yaml")):
        page.goto(f"{real_base_url}{lang}/stories/{seed.stem}.html")
        ids = page.eval_on_selector_all('[role="tab"]', "els => els.map(e => e.dataset.persona)")
        assert ids[0] == "general" and len(ids) == 7
        for pid in ids[1:]:
            page.click(f'[role="tab"][data-persona="{pid}"]')
            assert visible_sections(page) == shown(pid)
            # points, or (a reader with nothing at stake) the sentence saying so
            points = page.locator(f"#persona-{pid} ol.points li").count()
            said = page.locator(f"#persona-{pid} p.framing").inner_text().strip()
            assert points >= 1 or said, f"{seed.stem}: {pid} shows nothing"
        if AXE.exists():
            page.add_script_tag(path=str(AXE))
            result = json.loads(
                page.evaluate("async () => JSON.stringify(await axe.run(document))")
            )
            bad = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
            assert bad == [], (seed.name, bad)
    context.close()
    assert watch.problems == []

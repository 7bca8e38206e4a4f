"""A reader's digest page on the real seeds, phone and desktop, zh-Hans and en:
within a week, the stories on one company or topic sit together under its
heading (issue 11, "grouped by company or topic"), headings go h2 > h3 > h4
without a skip, nothing overflows, a story link opens the reader's version,
and axe finds nothing of any impact, light or dark. Screenshots: screenshots/digest-groups-*."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from test_browser import AXE, shown, visible_sections

GROUP_NAME = {"zh-Hans": "MiniMax和智谱 · 3篇", "en": "MiniMax and Zhipu AI · 3 stories"}
WEEK = {"zh-Hans": "2025年第52周", "en": "Week 52, 2025"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
def test_a_weeks_stories_on_one_company_sit_together(
    browser: Any,
    real_base_url: str,
    watcher: Any,
    screenshots: Path,
    lang: str,
    width: int,
    scheme: str,
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    watch = watcher(page, real_base_url)
    page.goto(f"{real_base_url}{lang}/digest/seller/index.html")

    group = page.locator("section.group", has=page.locator("h3", has_text=GROUP_NAME[lang]))
    assert group.count() == 1
    heading = group.locator("h3")
    assert heading.is_visible() and heading.inner_text() == GROUP_NAME[lang]
    titles = group.locator("li.entry h4 a")
    assert titles.count() == 3
    # under its week's heading, the group's name above its stories, the stories set in
    week = page.locator("h2", has_text=WEEK[lang]).bounding_box()
    box = heading.bounding_box()
    first = titles.first.bounding_box()
    assert week["y"] < box["y"] < first["y"]
    assert first["x"] > box["x"]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    heading.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / f"digest-groups-{lang}-{width}-{scheme}.png"))

    levels = page.eval_on_selector_all(
        "main :is(h1, h2, h3, h4, h5, h6)", "els => els.map(e => Number(e.tagName[1]))"
    )
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))

    if AXE.exists():
        page.add_script_tag(path=str(AXE))
        result = json.loads(page.evaluate("async () => JSON.stringify(await axe.run(document))"))
        assert [v["id"] for v in result["violations"]] == []

    titles.first.click()
    page.wait_for_url("**/stories/*.html?persona=seller")
    page.wait_for_load_state("load")
    assert visible_sections(page) == shown("seller")
    context.close()
    assert watch.problems == []

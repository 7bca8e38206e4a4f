"""Company and topic pages on the real seeds: a chip leads to the company page,
the page lists the story and leads back; related stories link onwards; axe."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_browser import AXE

STORY = "{lang}/stories/zhipu-minimax-hearing.html"


@pytest.mark.parametrize("lang,width", [("zh-Hans", 390), ("en", 1280)])
def test_chip_leads_to_the_company_page_and_back(
    browser: Any, real_base_url: str, watcher: Any, lang: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    watch = watcher(page, real_base_url)
    page.goto(real_base_url + STORY.format(lang=lang))
    chip = page.locator('nav.tags a[data-tag="company/minimax"]')
    assert chip.inner_text() == "MiniMax"
    chip.click()
    page.wait_for_url(f"**/{lang}/companies/minimax/index.html")
    assert page.inner_text("h1") == "MiniMax"
    links = page.eval_on_selector_all(".entry h3 a", "els => els.map(a => a.href)")
    assert len(links) == 5 and any(h.endswith("zhipu-minimax-hearing.html") for h in links)
    page.click('.entry h3 a[href$="zhipu-minimax-hearing.html"]')
    page.wait_for_url("**/" + STORY.format(lang=lang))
    related = page.locator("section.related li a")
    assert related.count() == 4
    related.first.click()
    page.wait_for_url(f"**/{lang}/stories/zhipu-minimax-*.html")
    assert "zhipu-minimax-hearing" not in page.url
    page.go_back()
    page.wait_for_url("**/" + STORY.format(lang=lang))
    page.click("footer.site a[href$='topics.html']")
    page.wait_for_url(f"**/{lang}/topics.html")
    assert page.locator("ul.tag-list a").count() >= 10
    context.close()
    assert watch.problems == []


@pytest.mark.parametrize(
    "path",
    ["en/topics.html", "zh-Hant/companies/zhipu/index.html", "zh-Hans/topics/cost/index.html"],
)
def test_tag_pages_axe(browser: Any, real_base_url: str, path: str) -> None:
    if not AXE.exists():
        pytest.skip(f"axe-core missing: npm install --prefix {AXE.parents[2]} axe-core")
    context = browser.new_context()
    page = context.new_page()
    page.goto(real_base_url + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => JSON.stringify(await axe.run(document))")
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in json.loads(result)["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    context.close()
    assert bad == []

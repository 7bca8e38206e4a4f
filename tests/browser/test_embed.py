"""The embeddable quick read in a real browser, inside the demo's hostile host page.

The demo page (``{lang}/embed-demo/index.html``) styles everything dark red,
22 px, justified, hides every ``section`` and sets ``html { font-size: 30px }``
and ``--qr-bg``. None of that may reach the quick read, and the quick read's
styles may not reach the host. Playwright's CSS locators pierce open shadow
roots, so ``section.persona`` finds the embed's sections.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_browser import AXE, PERSONAS

DEMO = "{lang}/embed-demo/index.html"
STYLE = "e => { const s = getComputedStyle(e); return [s.color, s.fontSize, s.display]; }"


def shown(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "quick-read >> section.persona",
        "els => els.filter(e => e.checkVisibility()).map(e => e.dataset.persona)",
    )


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
@pytest.mark.parametrize("width", [390, 1280])
def test_embed_demo_picker_and_style_isolation(
    browser: Any, base_url: str, watcher: Any, screenshots: Path, lang: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    watch = watcher(page, base_url)
    page.goto(base_url + DEMO.format(lang=lang))
    # the host's styles stay out: the embed's own colour, size and layout
    color, size, display = page.eval_on_selector("quick-read >> .qr-lede", STYLE)
    assert color != "rgb(139, 0, 0)" and size == "16.8px" and display == "block"
    box = page.eval_on_selector(
        "quick-read >> .qr",
        "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).textAlign]",
    )
    assert box == ["rgb(253, 253, 251)", "left"]  # not the host's --qr-bg: black
    # ...and the embed's stay in: the host's own .lede, sections and links keep the host's look
    assert page.eval_on_selector(".host-lede", STYLE) == ["rgb(139, 0, 0)", "12px", "block"]
    assert page.eval_on_selector(".host-section", STYLE)[2] == "none"
    assert (
        page.eval_on_selector(".host-links a", "e => getComputedStyle(e).textDecorationLine")
        == "line-through"
    )
    # the picker works inside the shadow root, by mouse and keyboard
    assert shown(page) == ["general"]
    page.click("quick-read >> button[data-persona=seller]")
    assert shown(page) == ["seller"]
    page.focus("quick-read >> button[data-persona=seller]")
    page.keyboard.press("ArrowRight")
    assert shown(page) == ["factory"]
    focused = page.evaluate("document.querySelector('quick-read').shadowRoot.activeElement.id")
    assert focused == "tab-factory"
    # links lead to the full story and its facts, on this site
    hrefs = page.eval_on_selector_all("quick-read >> a", "els => els.map(a => a.href)")
    assert hrefs and all(h.startswith(base_url) for h in hrefs)
    assert any("/stories/story-3.html#fact-f1" in h for h in hrefs)
    page.screenshot(path=str(screenshots / f"embed-{lang}-{width}.png"), full_page=True)
    page.click("quick-read >> .qr-title a")
    page.wait_for_url("**/stories/story-3.html")
    context.close()
    assert watch.problems == []


def test_embed_without_javascript_shows_every_section(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + DEMO.format(lang="en"))
    assert shown(page) == PERSONAS
    assert not page.is_visible("quick-read >> [data-picker]")
    assert page.eval_on_selector(".host-section", "e => getComputedStyle(e).display") == "none"
    context.close()


def test_two_embeds_on_one_page_do_not_interfere(browser: Any, base_url: str) -> None:
    """Ids inside each shadow root are its own: picking in one leaves the other."""
    context = browser.new_context()
    page = context.new_page()
    fragments = [page.request.get(base_url + f"en/embed/story-{n}.html").text() for n in (1, 2)]
    page.goto(base_url + "en/index.html")
    page.set_content("<!doctype html><title>two</title><main>" + "".join(fragments) + "</main>")
    page.click("quick-read[data-story=story-2] >> button[data-persona=brand]")
    one = page.locator("quick-read[data-story=story-1] >> section.persona:visible")
    two = page.locator("quick-read[data-story=story-2] >> section.persona:visible")
    assert one.evaluate_all("els => els.map(e => e.dataset.persona)") == ["general"]
    assert two.evaluate_all("els => els.map(e => e.dataset.persona)") == ["brand"]
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_embed_demo_axe(page: Any, base_url: str, lang: str, scheme: str) -> None:
    if not AXE.exists():
        pytest.skip(f"axe-core missing: npm install --prefix {AXE.parents[2]} axe-core")
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + DEMO.format(lang=lang))
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => JSON.stringify(await axe.run(document))")
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in json.loads(result)["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == []

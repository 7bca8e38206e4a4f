"""The claim an implication answers, in a real browser, on the real seeds.

The story page shows every section without JS: there a reader's implication
follows the claim another section shows, and the claim is not said twice.
With JS the picker shows the Quick Summary and one reader's section, and the
embed one section alone: the claim then comes first in that section
(``fragments.sections_html``, ``.context`` in site.css and embed.css).
"""

from __future__ import annotations

from typing import Any

import pytest

STORY = "en/stories/pop-mart-2024-results.html"
EMBED = "en/embed/pop-mart-2024-results.html"
CLAIM = "Wang Ning says that despite an ever larger base"
ANSWER = "This is a management target rather than a firm commitment"


def _visible(page: Any, selector: str) -> str:
    return str(page.eval_on_selector(selector, "e => e.innerText"))


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_story_page_gives_the_claim_where_the_picker_hides_its_section(
    browser: Any, real_base_url: str, js: bool
) -> None:
    context = browser.new_context(java_script_enabled=js)
    page = context.new_page()
    page.goto(real_base_url + STORY + "?persona=researcher")
    mine = _visible(page, "#persona-researcher")
    assert ANSWER in mine
    if js:  # the factory's section, which says the claim, is hidden
        assert not page.is_visible("#persona-factory")
        assert mine.index(CLAIM) < mine.index(ANSWER)
    else:  # every section in view: said once, where it leads
        assert CLAIM not in mine
        assert CLAIM in _visible(page, "#persona-factory")
        sections = page.eval_on_selector_all(
            "section.persona", "els => els.map(e => e.innerText).join('\\n')"
        )
        assert sections.count(CLAIM) == 1
    context.close()


def test_embed_tab_gives_the_claim(browser: Any, real_base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(real_base_url + EMBED)
    page.click('quick-read >> button[data-persona="researcher"]')
    mine = _visible(page, "quick-read >> #persona-researcher")
    assert mine.index(CLAIM) < mine.index(ANSWER)
    context.close()

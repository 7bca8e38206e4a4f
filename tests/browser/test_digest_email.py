"""The digest e-mail in a real browser: at 600 px (the usual e-mail
column) and on a phone, in light and dark colour schemes, with a
screenshot of each in screenshots/ to look at.

The e-mail is opened as a file, as a mail client shows it: it must lay out
without horizontal scrolling, fetch nothing, and keep readable contrast in
both schemes (dark mode comes from the @media rule the inliner keeps).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from summarizer.digest.build import build_digest
from summarizer.digest.edition import choose
from summarizer.digest.email import digest_email
from summarizer.facts.load import load_stories, story_paths
from summarizer.pipeline import load_project

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
LUMINANCE = """el => {
  const lum = c => {
    const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => x / 255)
      .map(x => x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  };
  let bg = el, color = getComputedStyle(el).color;
  while (bg && getComputedStyle(bg).backgroundColor.endsWith(', 0)')) bg = bg.parentElement;
  const back = bg ? getComputedStyle(bg).backgroundColor : 'rgb(255, 255, 255)';
  const [a, b] = [lum(color), lum(back)].sort((x, y) => y - x);
  return {ratio: (a + 0.05) / (b + 0.05), back: lum(back)};
}"""


@pytest.fixture(scope="module")
def emails(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    project = load_project()
    stories = list(load_stories(story_paths(SEEDS_DIR)))
    edition = choose(stories, since=date(2025, 8, 1))
    out = tmp_path_factory.mktemp("email")
    paths = {}
    for lang in ("zh-Hans", "en"):
        d = build_digest(project, stories, "seller", lang, edition, "https://qr.example/")
        path = out / f"digest-seller-{lang}.html"
        path.write_text(digest_email(d), "utf-8")
        paths[lang] = path
    return paths


@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [600, 375])
def test_digest_email_reads_at_600px_and_on_phones_in_light_and_dark(
    browser: Any, emails: dict[str, Path], screenshots: Path, lang: str, scheme: str, width: int
) -> None:
    url = emails[lang].as_uri()
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    try:
        assert requests == [url], requests  # nothing fetched but the mail itself
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.evaluate("document.querySelector('.wrap').offsetWidth") <= 600
        for selector in ("h1", "h2", "h3 a", ".lead", "li", ".byline", ".more a", ".note"):
            seen = page.eval_on_selector(selector, LUMINANCE)
            assert seen["ratio"] >= 4.5, (selector, scheme, seen)
            assert (seen["back"] < 0.1) == (scheme == "dark"), (selector, scheme, seen)
        assert not page.is_visible(".preheader")
        assert page.locator("h2").count() >= 3 and page.locator("table").count() == 0
        page.screenshot(
            path=str(screenshots / f"digest-email-{lang}-{width}-{scheme}.png"), full_page=True
        )
    finally:
        context.close()

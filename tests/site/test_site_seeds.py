"""`summarizer build` on the real seeds/ through the real pipeline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.paths import SEEDS_DIR
from summarizer.site.build import urls


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not any(SEEDS_DIR.glob("*.yaml")):
        pytest.skip("no seeds in seeds/ yet")
    out = tmp_path_factory.mktemp("real") / "site"
    assert main(["build", str(SEEDS_DIR), "-o", str(out), "--jobs", "2"]) == 0
    return out


def test_every_seed_has_a_page_per_language(real_site: Path) -> None:
    ids = [p.stem for p in SEEDS_DIR.glob("*.yaml")]
    for lang in urls.SITE_LANGS:
        for sid in ids:
            html = (real_site / urls.story(lang, sid)).read_text("utf-8")
            assert f'<html lang="{lang}">' in html


def test_story_pages_show_every_persona_and_their_sources(real_site: Path) -> None:
    for page in real_site.glob("*/stories/*.html"):
        html = page.read_text("utf-8")
        personas = re.findall(r'<section class="persona" id="persona-(\w+)"', html)
        assert personas[0] == "general" and len(personas) == 7, page
        refs = set(re.findall(r'href="#(fact-[\w-]+)"', html))
        rows = set(re.findall(r'<tr id="(fact-[\w-]+)"', html))
        assert refs and refs == rows, page  # every citation has its row, every row is cited


def test_digests_feeds_and_glossary_exist(real_site: Path) -> None:
    for lang in urls.SITE_LANGS:
        assert (real_site / urls.glossary(lang)).is_file()
        for pid in ("general", "seller", "researcher"):
            assert (real_site / urls.digest(lang, pid)).is_file()
            assert (real_site / urls.feed(lang, pid)).is_file()
    assert (real_site / "robots.txt").is_file() and (real_site / "404.html").is_file()
    assert not (real_site / "sitemap.xml").exists()  # no base URL: no sitemap

"""The language registry: its helpers, and that a new variant is one line.

``MACAU`` is the line an editor would add to ``summarizer.languages.LANGUAGES``
for Macau readers (zh-Hant-MO: zh-Hans converted by OpenCC's Hong Kong
config, Hong Kong regional words, glossary forms falling back to Hong Kong
then Taiwan). The tests add exactly that row -- in this process by
monkeypatching the tuple, and in a fresh interpreter before anything else is
imported, so module constants taken from the registry at import
(``model.LANGS``, ``urls.SITE_LANGS``, the glossary's languages) see it too --
and render, lint and publish through the ordinary pipeline and commands.
"""

from __future__ import annotations

import dataclasses
import doctest
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from babel import Locale

import summarizer.languages as languages
from summarizer.cli import main
from summarizer.convert.hant import converter, to_traditional
from summarizer.convert.regional import simplified_only
from summarizer.facts.load import load_story
from summarizer.languages import Language
from summarizer.pipeline import load_project, make_brief
from summarizer.vocabulary.glossary import Glossary, Term
from summarizer.writers.markdown import brief_markdown
from summarizer.writers.serialise import brief_json

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "pop-mart-2024-results.yaml"

MACAU = Language("zh-Hant-MO", "繁體中文（澳門）", "zh-Hans", "zh_Hant_MO", "Hant", "s2hk", "s2hk", "t2hk", "zh-Hant-HK", "Macau", ("zh-Hant-HK", "zh-Hant"), site=False)  # noqa: E501  # fmt: skip
#: The same line as source text, for the interpreter that starts from it.
MACAU_LINE = (
    'Language("zh-Hant-MO", "繁體中文（澳門）", "zh-Hans", "zh_Hant_MO", "Hant", "s2hk", "s2hk", '
    '"t2hk", "zh-Hant-HK", "Macau", ("zh-Hant-HK", "zh-Hant"), site=SITE)'
)


def test_the_line_is_the_row() -> None:
    assert eval(MACAU_LINE, {"Language": Language, "SITE": False}) == MACAU


@pytest.fixture
def macau(monkeypatch: pytest.MonkeyPatch) -> Language:
    """The registry with one more row: zh-Hant-MO."""
    monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES, MACAU))
    return MACAU


# -- the registry and its helpers -----------------------------------------------------


def test_registry_rows() -> None:
    assert languages.codes() == ("zh-Hans", "zh-Hant", "zh-Hant-HK", "en")
    assert languages.sources() == ("zh-Hans", "en")
    assert languages.derived() == ("zh-Hant", "zh-Hant-HK")
    assert languages.site_codes() == ("zh-Hans", "zh-Hant", "en")
    assert languages.regions() == ("zh-Hant", "zh-Hant-HK")
    assert [lg.label for lg in languages.LANGUAGES] == [
        "简体中文", "繁體中文", "繁體中文（香港）", "English",
    ]  # fmt: skip


def test_language_lookup_and_unknown_code() -> None:
    hk = languages.language("zh-Hant-HK")
    assert (hk.source, hk.opencc, hk.opencc_chars, hk.glyphs) == ("zh-Hans", "s2hk", "s2hk", "t2hk")
    assert hk.html_lang == "zh-Hant-HK" and hk.chinese and hk.derived
    assert not languages.language("en").derived and not languages.language("en").chinese
    assert languages.find("fr") is None
    with pytest.raises(ValueError) as exc:
        languages.language("fr")
    assert str(exc.value) == (
        "unknown language 'fr': expected one of zh-Hans, zh-Hant, zh-Hant-HK, en"
    )


@pytest.mark.parametrize(
    ("code", "source", "chinese"),
    [("zh-Hans", "zh-Hans", True), ("zh-Hant", "zh-Hans", True),
     ("zh-Hant-HK", "zh-Hans", True), ("en", "en", False)],
)  # fmt: skip
def test_source_of_and_is_chinese(code: str, source: str, chinese: bool) -> None:
    assert languages.source_of(code) == source
    assert languages.is_chinese(code) is chinese


@pytest.mark.parametrize(
    ("code", "chinese"),
    [("zh-TW", True), ("ZH", True), ("zh", True), ("ja", False), ("fr", False),
     ("en-GB", False), ("", False), ("zhx", False)],
)  # fmt: skip
def test_is_chinese_of_codes_the_registry_does_not_know(code: str, chinese: bool) -> None:
    """A document's lang="ja" is not Chinese just because it is not English."""
    assert languages.is_chinese(code) is chinese


def test_chain_and_pick_follow_fallbacks_then_source() -> None:
    assert languages.chain("zh-Hant-HK") == ("zh-Hant-HK", "zh-Hant")
    assert languages.chain("en") == ("en",)
    table = {"zh-Hans": "简", "zh-Hant": "繁", "en": "E"}
    assert languages.pick(table, "zh-Hant-HK") == "繁"
    assert languages.pick({"zh-Hans": "简"}, "zh-Hant-HK") == "简"
    assert languages.pick(table, "en") == "E"
    with pytest.raises(KeyError):
        languages.pick({"zh-Hans": "简"}, "en")


def test_code_pattern_prefers_the_longest_code() -> None:
    rx = re.compile(rf"\.({languages.code_pattern()})\.md$")
    found = [rx.search(f"x.{c}.md") for c in languages.codes()]
    assert [m[1] if m else None for m in found] == list(languages.codes())
    assert rx.search("x.zh-Hant-MO.md") is None


def test_every_row_names_real_locales_and_configs() -> None:
    for lg in languages.LANGUAGES:
        assert Locale.parse(lg.babel)
        for config in (lg.opencc, lg.opencc_chars):
            if config:
                assert converter(config).convert("说") in ("說", "説")
        if lg.glyphs:  # standard Traditional in, the variant's glyphs out
            assert converter(lg.glyphs).convert("說") == "説"


def test_helpers_follow_a_replaced_registry(macau: Language) -> None:
    assert languages.codes()[-1] == "zh-Hant-MO"
    assert languages.derived() == ("zh-Hant", "zh-Hant-HK", "zh-Hant-MO")
    assert languages.site_codes() == ("zh-Hans", "zh-Hant", "en")
    assert languages.regions() == ("zh-Hant", "zh-Hant-HK")  # Macau prints Hong Kong's column
    assert languages.chain("zh-Hant-MO") == ("zh-Hant-MO", "zh-Hant-HK", "zh-Hant")
    assert languages.source_of("zh-Hant-MO") == "zh-Hans"
    assert re.fullmatch(languages.code_pattern(), "zh-Hant-MO")


def _row(**changes: object) -> tuple[Language, ...]:
    return (*languages.LANGUAGES, dataclasses.replace(MACAU, **changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ((*languages.LANGUAGES, languages.LANGUAGES[1]), "zh-Hant: listed twice"),
        (_row(source="zh-Hant"), "zh-Hant-MO: source 'zh-Hant' is not a language with templates"),
        (_row(source="ja"), "zh-Hant-MO: source 'ja' is not a language with templates"),
        (_row(opencc=""), "zh-Hant-MO: a derived variant needs its OpenCC configs"),
        (_row(fallbacks=("zh-Hant-SG",)), "zh-Hant-MO: 'zh-Hant-SG' is not a variant of zh-Hans"),
        (_row(fallbacks=("en",)), "zh-Hant-MO: 'en' is not a variant of zh-Hans"),
        (_row(region="zh-Hans"), "zh-Hant-MO: 'zh-Hans' is not a variant of zh-Hans"),
    ],
)
def test_a_contradictory_row_is_refused(rows: tuple[Language, ...], message: str) -> None:
    with pytest.raises(ValueError, match="^language registry: ") as exc:
        languages.check_registry(rows)
    assert message in str(exc.value)


def test_doctests() -> None:
    assert doctest.testmod(languages).failed == 0


# -- zh-Hant-MO through the pipeline ----------------------------------------------------


def test_macau_renders_through_the_pipeline(macau: Language) -> None:
    project = load_project()
    story = load_story(SEED)
    mo = make_brief(project, story, "zh-Hant-MO")
    hk = make_brief(project, story, "zh-Hant-HK")
    text = brief_markdown(mo)
    assert mo.lang == "zh-Hant-MO"
    one_form, _ = simplified_only()
    chars = converter(macau.opencc_chars)
    # (户 and 兑 are Hong Kong glyphs as well as Simplified ones: s2hk keeps them)
    simplified = {c for c in set(text) & one_form if chars.convert(c) != c}
    assert not simplified, f"Simplified characters in Macau text: {simplified}"
    # Hong Kong regional forms and glyphs, not Taiwan's or the mainland's
    for hk_form in ("純利", "按年增長", "營收", "説", "億元人民幣"):
        assert hk_form in text, hk_form
    for other in ("淨利", "成長", "净利", "同比"):
        assert other not in text, other
    # with no words of its own yet, Macau reads exactly as Hong Kong
    assert text == brief_markdown(hk)
    assert brief_json(mo) == brief_json(hk).replace('"zh-Hant-HK"', '"zh-Hant-MO"')


def test_macau_glossary_forms_fall_back_to_hong_kong_then_taiwan(macau: Language) -> None:
    g = Glossary(
        {
            "hk": Term("hk", "finance", {"zh-Hans": "市销率", "en": "P/S",
                                         "zh-Hant": "股價營收比", "zh-Hant-HK": "市銷率"}),
            "tw": Term("tw", "general", {"zh-Hans": "用户说明", "en": "user notes",
                                         "zh-Hant": "用戶說明"}),
            "mo": Term("mo", "general", {"zh-Hans": "赌场", "en": "casino",
                                         "zh-Hant-MO": "娛樂場"}),
        }
    )  # fmt: skip
    assert g.hant_overrides("zh-Hant-MO") == {
        "市销率": "市銷率", "用户说明": "用戶說明", "赌场": "娛樂場",
    }  # fmt: skip
    out = to_traditional("市销率、用户说明、赌场，1万亿港元", "zh-Hant-MO", g)
    # a Taiwan form borrowed for Macau takes Hong Kong glyphs (户, 説); 萬億, not Taiwan's 兆
    assert out == "市銷率、用户説明、娛樂場，1萬億港元"
    assert to_traditional("1万亿港元", "zh-Hant", g) == "1兆港元"


def test_macau_digest_title_and_dates(macau: Language) -> None:
    from summarizer.digest.words import words
    from summarizer.pipeline import load_project
    from summarizer.site.html import long_date

    assert words("zh-Hant-MO", load_project().glossary)["title_week"] == "快讀週報"
    assert long_date(date(2026, 6, 25), "zh-Hant-MO") == "2026年6月25日"


def test_render_lang_accepts_the_new_variant(
    macau: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(SEED), "--lang", "zh-Hant-MO"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 泡泡瑪特") and "純利" in out


@pytest.mark.parametrize("extra", [False, True], ids=["registry", "with-macau"])
def test_render_lang_rejects_unknown_codes_listing_the_known_ones(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], extra: bool
) -> None:
    if extra:
        monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES, MACAU))
    with pytest.raises(SystemExit) as exc:
        main(["render", str(SEED), "--lang", "zh-Hant-SG"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("summarizer render: error: argument --lang: invalid choice: 'zh-Hant-SG'")
    listed = re.search(r"\(choose from (.*?)\)", err)
    assert listed is not None
    assert re.findall(r"[\w-]+", listed[1]) == list(languages.codes())
    assert ("zh-Hant-MO" in err) is extra


# -- the line in a fresh interpreter: CLI, lint, site ------------------------------------

_SCRIPT = """
import contextlib, io, json, sys
import summarizer.languages as L
from summarizer.languages import Language
SITE = True
L.LANGUAGES = (*L.LANGUAGES, {line})
from summarizer.cli import main
from summarizer.model import LANGS
from summarizer.vocabulary.glossary import TERM_LANGS
seed, tw_file, site, seeds = sys.argv[1:5]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc_render = main(["render", seed, "--lang", "zh-Hant-MO"])
lint = io.StringIO()
with contextlib.redirect_stdout(lint):
    rc_lint = main(["lint", "--enable", "region", "--format", "json", tw_file])
with contextlib.redirect_stdout(io.StringIO()):
    rc_build = main(["build", seeds, "-o", site])
print(json.dumps({{"render": [rc_render, out.getvalue()], "lint": [rc_lint, lint.getvalue()],
                  "build": rc_build, "langs": list(LANGS), "terms": list(TERM_LANGS)}}))
"""


def test_the_line_alone_adds_macau_to_every_command(tmp_path: Path) -> None:
    """A fresh interpreter with only the registry line added: the constants
    taken at import include Macau, ``render`` prints it, the region lint
    knows it (Taiwan words in Macau text are flagged), the site publishes it."""
    tw_text = brief_markdown(make_brief(load_project(), load_story(SEED), "zh-Hant"))
    tw_file = tmp_path / "story.zh-Hant-MO.md"
    tw_file.write_text(tw_text, encoding="utf-8")
    site, seeds = tmp_path / "site", tmp_path / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    script = _SCRIPT.format(line=MACAU_LINE)
    r = subprocess.run(
        [sys.executable, "-c", script, str(SEED), str(tw_file), str(site), str(seeds)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["langs"][-1] == got["terms"][-1] == "zh-Hant-MO"
    rc, text = got["render"]
    assert rc == 0 and "純利" in text and "淨利" not in text
    rc, lint = got["lint"]
    findings = json.loads(lint)["findings"]
    assert rc == 1 and findings
    messages = {f["message"] for f in findings}
    assert "Taiwan form '行銷' in zh-Hant-MO (Macau) text; write '市場推廣 or 營銷'" in messages
    assert "Mainland form '淨利' in zh-Hant-MO (Macau) text; write '純利'" in messages
    assert got["build"] == 0, r.stderr
    page = (site / "zh-Hant-MO" / "stories" / f"{load_story(SEED).id}.html").read_text("utf-8")
    assert '<html lang="zh-Hant-MO">' in page and "純利" in page
    switch = (site / "en" / "index.html").read_text("utf-8")
    assert 'hreflang="zh-Hant-MO"' in switch and "繁體中文（澳門）" in switch

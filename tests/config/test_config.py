"""A newsroom's own site: summarizer.toml found upward, its glossary, personas
and templates layered over the package's, ``summarizer new`` (issue 8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.config.project import DEFAULT, discover, find_config, load_config
from summarizer.errors import ConfigError, SummarizerError
from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "amazon-apparel-referral-fee-cut"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    assert main(["new", str(tmp_path / "news"), "--title", "Acme Quick Read"]) == 0
    return tmp_path / "news"


def write_config(site: Path, text: str) -> None:
    (site / "summarizer.toml").write_text(text, encoding="utf-8")


def test_the_scaffold_builds_a_site_with_its_own_title(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(site / "stories")  # found by walking up
    assert main(["check"]) == 0
    assert main(["build", "-j", "1"]) == 0
    page = (site / "public" / "en" / "index.html").read_text("utf-8")
    assert "<title>Acme Quick Read · " in page
    assert (site / "public" / "zh-Hant-HK").is_dir() or (site / "public" / "zh-Hant").is_dir()


def test_new_refuses_a_folder_with_files(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(site)]) == 2
    assert "exists and is not an empty folder" in capsys.readouterr().err


def test_the_example_story_is_the_seed(site: Path) -> None:
    seed = (ROOT / "seeds" / f"{EXAMPLE}.yaml").read_text("utf-8").split("\n", 1)[1]
    assert (site / "stories" / f"{EXAMPLE}.yaml").read_text("utf-8") == seed
    assert (site / "sources" / f"{EXAMPLE}.txt").read_bytes() == (
        ROOT / "sources" / f"{EXAMPLE}.txt"
    ).read_bytes()


def test_config_is_found_upward_through_the_environment_and_with_dash_c(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert find_config(site / "stories") == site / "summarizer.toml"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert discover() == DEFAULT
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(site / "summarizer.toml"))
    assert discover().stories == site / "stories"
    monkeypatch.delenv("SUMMARIZER_CONFIG")
    assert main(["-C", str(site), "check"]) == 0
    assert os.path.samefile(Path.cwd(), site)
    assert "checked 1 story, " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("[site\n", ":1:6:", "invalid TOML: Expected ']'"),
        ("[site]\ntitel = 'x'\n", ":2:1:", "[site] titel: unknown key; expected one of: title"),
        ("[content]\nstories = 3\n", ":2:1:", "expected a folder (a path string) but received: 3"),
        ("[content]\nstories = 'nope'\n", ":2:1:", "[content] stories: no such folder: nope"),
        ("[site]\nlanguages = ['fr']\n", ":2:1:", "unknown language 'fr'; expected some of:"),
        ("[site]\nbase_url = 'javascript:x'\n", ":2:1:", "[site] base_url: expected an http"),
        ("[theme]\n", ":1:1:", "unknown table [theme]; expected one of: site, content"),
    ],
)
def test_a_bad_config_says_where_and_what_was_expected(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    path = tmp_path / "summarizer.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    rendered = info.value.render()
    assert f"{path}{where}" in rendered and message in rendered, rendered


def test_site_terms_extend_and_override_the_package_glossary(site: Path) -> None:
    (site / "glossary.yaml").write_text(
        "terms:\n  - {id: acme, category: company, zh-Hans: 极致科技, en: Acme}\n"
        "overrides:\n  terms:\n"
        "    - {id: alibaba, category: company, zh-Hans: 阿里巴巴集团, en: Alibaba Group}\n",
        encoding="utf-8",
    )
    project = load_project(load_config(site / "summarizer.toml"))
    assert project.glossary.form("acme", "en") == "Acme"
    assert project.glossary.form("alibaba", "zh-Hans") == "阿里巴巴集团"
    assert project.glossary.form("gmv", "en")  # the package's terms are all still there


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "terms:\n  - {id: alibaba, category: company, zh-Hans: 阿里巴巴, en: Alibaba}\n",
            2,
            "'alibaba' is already in the package glossary; to change it, list it under "
            "overrides: terms:",
        ),
        (
            "overrides:\n  terms:\n    - {id: alibabba, category: company, zh-Hans: 阿里, en: A}\n",
            3,
            "overrides: 'alibabba' is not in the package glossary (did you mean 'alibaba'",
        ),
        ("colours: []\n", 1, "unknown section 'colours' in the site's glossary"),
        (
            "terms:\n  - {id: acme, category: company, zh-Hans: 极致, en: Acme, bogus: 1}\n",
            2,
            "bogus",
        ),
    ],
)
def test_a_bad_site_glossary_is_refused_at_its_line(
    site: Path, text: str, line: int, message: str
) -> None:
    path = site / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SummarizerError) as info:
        load_project(load_config(site / "summarizer.toml"))
    rendered = info.value.render()
    assert f"{path.resolve()}:{line}:" in rendered and message in rendered, rendered


def test_an_unknown_persona_override_lists_the_known_ones(site: Path) -> None:
    (site / "personas.yaml").write_text(
        "overrides:\n  personas:\n    - {id: sellr, name: persona-seller}\n", encoding="utf-8"
    )
    write_config(site, '[overrides]\npersonas = "personas.yaml"\n')
    with pytest.raises(ConfigError) as info:
        load_project(load_config(site / "summarizer.toml"))
    rendered = info.value.render()
    assert "personas.yaml:3:" in rendered
    assert "'sellr' is not in the package personas (did you mean 'seller'?)" in rendered
    assert "known: brand, factory, general, platform_operator" in rendered


def test_a_site_template_shadows_the_package_one(site: Path) -> None:
    own = site / "templates" / "en"
    own.mkdir(parents=True)
    (own / "framing.j2").write_text("What it means for {{ audience }}:", encoding="utf-8")
    write_config(site, '[overrides]\ntemplates = "templates"\n')
    project = load_project(load_config(site / "summarizer.toml"))
    story = load_story(site / "stories" / f"{EXAMPLE}.yaml")
    md = brief_markdown(make_brief(project, story, "en"))
    assert "What it means for sellers:" in md
    zh = brief_markdown(make_brief(project, story, "zh-Hans"))
    assert "What it means" not in zh  # zh-Hans still uses the package's


def test_an_unknown_template_is_refused_with_the_nearest_names(site: Path) -> None:
    own = site / "templates" / "en" / "points"
    own.mkdir(parents=True)
    (own / "growht.j2").write_text("x", encoding="utf-8")
    write_config(site, '[overrides]\ntemplates = "templates"\n')
    with pytest.raises(ConfigError) as info:
        load_project(load_config(site / "summarizer.toml"))
    rendered = info.value.render()
    assert "growht.j2:1:1: error: unknown template 'en/points/growht.j2'" in rendered
    assert "did you mean en/points/growth.j2" in rendered


def test_this_repository_is_a_site(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "docs")
    cfg = discover()
    assert cfg.file == ROOT / "summarizer.toml"
    assert cfg.stories == ROOT / "seeds" and cfg.sources == ROOT / "sources"


def test_glossary_check_in_a_site_checks_its_terms_over_the_package(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(site)
    assert main(["glossary", "check"]) == 0
    assert "glossary.yaml over " in capsys.readouterr().out
    (site / "glossary.yaml").write_text(
        "terms:\n  - {id: alibaba, category: company, zh-Hans: 阿里, en: Ali}\n", "utf-8"
    )
    assert main(["glossary", "check"]) == 2
    assert "glossary.yaml:2:" in capsys.readouterr().err


def test_check_reads_articles_from_the_sources_folder_the_config_names(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "sources").rename(site / "articles")  # no longer beside the stories' folder
    toml = (site / "summarizer.toml").read_text("utf-8")
    write_config(site, toml.replace('sources = "sources"', 'sources = "articles"'))
    monkeypatch.chdir(site)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "source-unreadable" not in out and "quote-not-in-source" not in out
    write_config(site, toml)  # the config names a folder that is gone
    assert main(["check"]) == 2
    assert "[content] sources: no such folder: sources" in capsys.readouterr().err

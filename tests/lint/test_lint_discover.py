"""Config discovered upward and through the environment, ignore files and
exclude patterns (issue 8: 310 findings from a subfolder vs 9 from the root)."""

from __future__ import annotations

import json

import pytest

from summarizer.cli import main

BAD = "We use Open AI.\n"  # glossary.variant error, fixable


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch):
    monkeypatch.delenv("SUMMARIZER_LINT_CONFIG", raising=False)


def lint(capsys, *argv: str) -> tuple[int, list[dict[str, object]]]:
    code = main(["lint", "--format", "json", *argv])
    out = capsys.readouterr().out
    return code, (json.loads(out)["findings"] if out else [])


@pytest.fixture
def repo(tmp_path):
    """A repository whose root config disables glossary checks in docs/legacy
    and keeps vendor/ out, with a local glossary named relative to the config."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs" / "legacy").mkdir(parents=True)
    (tmp_path / "docs" / "vendor" / "lib").mkdir(parents=True)
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "terms.yaml").write_text(
        "terms:\n  - {id: widget, category: general, zh-Hans: 部件, en: widget,"
        " reject: {en: [wodget]}}\n",
        encoding="utf-8",
    )
    (tmp_path / ".summarizer-lint.yaml").write_text(
        "glossary: cfg/terms.yaml\nexclude: ['**/vendor/**']\n", encoding="utf-8"
    )
    (tmp_path / "docs" / "a.md").write_text("A wodget. " + BAD, encoding="utf-8")
    (tmp_path / "docs" / "vendor" / "lib" / "b.md").write_text("wodget\n", encoding="utf-8")
    (tmp_path / "docs" / "legacy" / "c.md").write_text("wodget\n", encoding="utf-8")
    return tmp_path


def where(findings, root) -> set[tuple[str, int, int, str]]:
    from pathlib import Path

    return {
        (str(Path(f["path"]).resolve().relative_to(root)), f["line"], f["column"], f["rule"])
        for f in findings
    }


def test_same_findings_from_a_subfolder(repo, capsys, monkeypatch):
    monkeypatch.chdir(repo)
    code_root, found = lint(capsys, "docs")
    from_root = where(found, repo)
    monkeypatch.chdir(repo / "docs" / "legacy")
    code_sub, from_sub = lint(capsys, "..")
    assert code_root == code_sub == 1
    # the local glossary (relative to the config), not the package's: no OpenAI finding
    assert (
        from_root
        == where(from_sub, repo)
        == {
            ("docs/a.md", 1, 3, "Glossary.widget"),
            ("docs/legacy/c.md", 1, 1, "Glossary.widget"),
        }
    )


def test_nearest_config_wins_per_file(repo, capsys, monkeypatch):
    (repo / "docs" / "legacy" / ".summarizer-lint.yaml").write_text(
        "glossary: ../../cfg/terms.yaml\ndisable: [glossary]\n", encoding="utf-8"
    )
    monkeypatch.chdir(repo)
    code, found = lint(capsys, ".")
    assert code == 1
    assert where(found, repo) == {("docs/a.md", 1, 3, "Glossary.widget")}


def test_environment_variable_then_option(repo, capsys, monkeypatch, tmp_path_factory):
    other = tmp_path_factory.mktemp("elsewhere") / "strict.yaml"
    other.write_text("disable: [glossary]\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    monkeypatch.setenv("SUMMARIZER_LINT_CONFIG", str(other))
    assert lint(capsys, "docs/a.md") == (0, [])  # the package glossary, glossary checks off
    code, found = lint(capsys, "--config", str(repo / ".summarizer-lint.yaml"), "docs/a.md")
    assert code == 1 and [f["rule"] for f in found] == ["Glossary.widget"]
    monkeypatch.setenv("SUMMARIZER_LINT_CONFIG", str(repo / "missing.yaml"))
    assert main(["lint", "docs/a.md"]) == 2
    assert "missing.yaml:1:1: error: cannot read" in capsys.readouterr().err


def test_gitignore_and_lintignore_when_walking(repo, capsys, monkeypatch):
    (repo / ".gitignore").write_text("build/\n*.draft.md\n", encoding="utf-8")
    (repo / "docs" / ".summarizer-lintignore").write_text(
        "legacy/\n!keep.draft.md\n", encoding="utf-8"
    )
    (repo / "build").mkdir()
    (repo / "build" / "x.md").write_text("wodget\n", encoding="utf-8")
    (repo / "docs" / "y.draft.md").write_text("wodget\n", encoding="utf-8")
    (repo / "docs" / "keep.draft.md").write_text("wodget\n", encoding="utf-8")
    monkeypatch.chdir(repo / "docs")
    _, found = lint(capsys, str(repo))
    assert {p for p, *_ in where(found, repo)} == {"docs/a.md", "docs/keep.draft.md"}
    # --no-ignore: everything, vendor included
    _, found = lint(capsys, "--no-ignore", str(repo))
    assert {p for p, *_ in where(found, repo)} == {
        "build/x.md",
        "docs/a.md",
        "docs/keep.draft.md",
        "docs/y.draft.md",
        "docs/legacy/c.md",
        "docs/vendor/lib/b.md",
    }


def test_named_files(repo, capsys, monkeypatch):
    """Named: .gitignore does not apply (you asked for it), exclude and
    .summarizer-lintignore do (pre-commit names every file)."""
    (repo / ".gitignore").write_text("docs/a.md\n", encoding="utf-8")
    (repo / ".summarizer-lintignore").write_text("docs/legacy/\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    _, found = lint(capsys, "docs/a.md", "docs/vendor/lib/b.md", "docs/legacy/c.md")
    assert {p for p, *_ in where(found, repo)} == {"docs/a.md"}


def test_bad_ignore_pattern_is_a_config_error(repo, capsys, monkeypatch):
    (repo / ".gitignore").write_text("!\n", encoding="utf-8")  # git skips it: so do we
    (repo / ".summarizer-lint.yaml").write_text("exclude:\n  - ok/\n  - '!'\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    assert main(["lint", "docs"]) == 2
    err = capsys.readouterr().err
    assert ".summarizer-lint.yaml:3:5: error: bad pattern" in err and len(err.splitlines()) == 1


def test_a_named_ignored_directory_is_walked(repo, capsys, monkeypatch):
    (repo / ".gitignore").write_text("build/\n*.draft.md\n", encoding="utf-8")
    (repo / "build").mkdir()
    (repo / "build" / ".gitignore").write_text("skip.md\n", encoding="utf-8")
    for name in ("x.md", "skip.md"):
        (repo / "build" / name).write_text("wodget\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    _, found = lint(capsys, ".")
    assert "build/x.md" not in {p for p, *_ in where(found, repo)}
    _, found = lint(capsys, "build")
    assert {p for p, *_ in where(found, repo)} == {"build/x.md"}

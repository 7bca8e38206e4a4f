"""stdin, --min-level, --fix --dry-run, colour, options where pre-commit puts
them, and shell completion (issue 8)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys

import pytest

from summarizer.cli import main
from summarizer.commands.completion import script
from summarizer.paths import GLOSSARY_PATH

BAD = "We use Open AI.\n"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("SUMMARIZER_LINT_CONFIG", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


def feed(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_stdin_is_linted_under_its_name(monkeypatch, capsys):
    feed(monkeypatch, "`Open AI` and\n" + BAD)
    assert main(["lint", "-", "--stdin-filename", "docs/x.md"]) == 1
    out = capsys.readouterr().out
    # Markdown (from the name): the code span is skipped, the prose is not
    assert out.splitlines()[0].startswith("docs/x.md:2:8  error  Use 'OpenAI'")
    assert "1 errors" in out
    feed(monkeypatch, "`Open AI`\n")
    assert main(["lint", "-"]) == 1  # no name: plain text, the backticks are prose
    assert capsys.readouterr().out.startswith("-:1:2  error")


def test_stdin_config_found_from_its_name(tmp_path, monkeypatch, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".summarizer-lint.yaml").write_text("disable: [glossary]\n", encoding="utf-8")
    feed(monkeypatch, BAD)
    assert main(["lint", "-", "--stdin-filename", str(tmp_path / "sub" / "x.md")]) == 0
    capsys.readouterr()


def test_stdin_fix_writes_the_text_to_stdout(monkeypatch, capsys):
    feed(monkeypatch, BAD)
    assert main(["lint", "--fix", "-", "--stdin-filename", "x.md"]) == 0
    got = capsys.readouterr()
    assert got.out == "We use OpenAI.\n"
    assert "applied 1 fixes" in got.err and "0 errors" in got.err


def test_stdin_usage_errors(monkeypatch, capsys):
    assert main(["lint", "-", "README.md"]) == 2
    assert main(["lint", "--stdin-filename", "x.md", "README.md"]) == 2
    feed(monkeypatch, "")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe")))
    assert main(["lint", "-"]) == 2
    err = capsys.readouterr().err
    assert "-:1:1: error: cannot lint this: not UTF-8 (byte 0)" in err


def test_min_level_hides_and_does_not_fail(tmp_path, capsys):
    f = tmp_path / "w.en.md"
    f.write_text("A large language model.\n", encoding="utf-8")
    (tmp_path / "w.zh-Hans.md").write_text("大模型。\n", encoding="utf-8")
    assert main(["lint", "--strict", str(tmp_path)]) == 1
    assert "warning" in capsys.readouterr().out
    assert main(["lint", "--strict", "--min-level", "error", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "warning  " not in out and out.startswith("0 errors, 0 warnings")


def test_fix_dry_run_prints_a_diff_and_changes_nothing(tmp_path, capsys):
    f = tmp_path / "a.md"
    f.write_text("Title\n\n" + BAD, encoding="utf-8")
    assert main(["lint", "--fix", "--dry-run", str(f)]) == 1
    got = capsys.readouterr()
    assert got.out == (
        f"--- a/{f}\n+++ b/{f}\n@@ -1,3 +1,3 @@\n Title\n \n-We use Open AI.\n+We use OpenAI.\n"
    )
    assert "would apply 1 fixes" in got.err and "1 errors" in got.err
    assert f.read_text(encoding="utf-8") == "Title\n\n" + BAD
    assert main(["lint", "--dry-run", str(f)]) == 2  # without --fix: a usage error
    assert main(["lint", "--fix", str(f)]) == 0
    assert f.read_text(encoding="utf-8") == "Title\n\nWe use OpenAI.\n"


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("choice", "env", "tty", "coloured"),
    [
        ("auto", {}, False, False),
        ("auto", {}, True, True),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"TERM": "dumb"}, True, False),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"FORCE_COLOR": "0"}, False, False),
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
    ],
)
def test_colour(tmp_path, monkeypatch, choice, env, tty, coloured):
    f = tmp_path / "a.md"
    f.write_text(BAD, encoding="utf-8")
    monkeypatch.setenv("TERM", "xterm")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    out = Tty() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["lint", "--color", choice, str(f)]) == 1
    text = out.getvalue()
    assert ("\033[31merror\033[0m" in text) is coloured
    assert ("\033[31m1 errors\033[0m" in text) is coloured
    if not coloured:
        assert "\033[" not in text


def test_colour_never_in_machine_formats(tmp_path, monkeypatch):
    f = tmp_path / "a.md"
    f.write_text(BAD, encoding="utf-8")
    out = Tty()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["lint", "--color", "always", "--format", "json", str(f)]) == 1
    assert "\033[" not in out.getvalue()


def test_options_after_the_sub_command(tmp_path, capsys):
    g = tmp_path / "g.yaml"
    g.write_text(
        "terms:\n  - {id: widget, category: general, zh-Hans: 部件, en: widget,"
        " reject: {en: [wodget]}}\n",
        encoding="utf-8",
    )
    f = tmp_path / "a.md"
    f.write_text("A wodget.\n", encoding="utf-8")
    assert main(["lint", "--glossary", str(g), "-v", str(f)]) == 1
    assert "Glossary.widget" in capsys.readouterr().out
    assert main(["glossary", "check", "--glossary", str(g)]) == 0
    assert capsys.readouterr().out == f"{g}: 1 terms, no problems\n"
    assert main(["glossary", "--glossary", str(g), "check"]) == 0
    assert capsys.readouterr().out == f"{g}: 1 terms, no problems\n"
    assert main(["glossary", "check", str(g), str(GLOSSARY_PATH)]) == 0
    assert capsys.readouterr().out.count("no problems") == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("terms: 3\n", encoding="utf-8")
    assert main(["glossary", "check", "-v", str(bad), str(g)]) == 2
    got = capsys.readouterr()
    assert f"{g}: 1 terms" in got.out and got.err.startswith(f"{bad}:1:")
    assert main(["glossary", "export", "--format", "csv", "--glossary", str(g)]) == 0
    assert "wodget" in capsys.readouterr().out


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_parse(shell, tmp_path, capsys):
    text = script(shell)
    assert "--min-level" in text and "completion" in text and "--stdin-filename" in text
    assert main(["completion", shell]) == 0
    assert capsys.readouterr().out == text
    exe = shutil.which(shell)
    if exe is None:
        if shell == "bash":
            pytest.fail("bash is not installed")
        pytest.skip(f"{shell} is not installed here")
    f = tmp_path / f"c.{shell}"
    f.write_text(text, encoding="utf-8")
    check = [exe, "--no-execute", str(f)] if shell == "fish" else [exe, "-n", str(f)]
    proc = subprocess.run(check, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_options_before_the_sub_command(tmp_path, capsys):
    from summarizer.cli import make_parser, options_after_command

    parser = make_parser()
    assert options_after_command(parser, ["-v", "--glossary", "g.yaml", "lint", "a.md"]) == [
        "-v",
        "lint",
        "--glossary",
        "g.yaml",
        "a.md",
    ]
    assert options_after_command(parser, ["--strict", "--format=json", "lint", "a.md"]) == [
        "lint",
        "--strict",
        "--format=json",
        "a.md",
    ]
    assert options_after_command(parser, ["--glossary", "g", "glossary", "check"]) == [
        "glossary",
        "--glossary",
        "g",
        "check",
    ]
    f = tmp_path / "a.md"
    f.write_text(BAD, encoding="utf-8")
    assert main(["--min-level", "error", "--format", "json", "lint", str(f)]) == 1
    assert '"rule": "Glossary.openai"' in capsys.readouterr().out
    assert main(["glossary", "check", "--glossary", str(GLOSSARY_PATH)]) == 0
    after = capsys.readouterr().out
    assert main(["--glossary", str(GLOSSARY_PATH), "glossary", "check"]) == 0
    assert capsys.readouterr().out == after and after.startswith(f"{GLOSSARY_PATH}: ")
    with pytest.raises(SystemExit) as exc:
        main(["--bogus", "lint", str(f)])
    assert exc.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err

"""The pre-commit hooks, run by the real pre-commit from another repository.

``pre-commit try-repo`` installs this repository (its working tree) into a
fresh virtual environment with pip, non-editably, as every user of the hooks
gets it: so this also proves that the packaged defaults (the glossary) work
outside the checkout. The slow test of the lint suite (about 30 s, most of
it pip installing the package and its dependencies once).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _pre_commit() -> list[str]:
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    return [sys.executable, "-m", "pre_commit"]


def _run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_hooks_from_another_repository(tmp_path):
    pre_commit = _pre_commit()
    if not (ROOT / ".git").exists():
        pytest.skip("the package is not a git checkout: pre-commit needs one")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    # the hook's environment must find everything in the installed package,
    # nothing through this checkout
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "GIT_", "PRE_COMMIT"))
    }
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["SUMMARIZER_LINT_CONFIG"] = ""
    for argv in (
        ["git", "init", "-q", "."],
        ["git", "config", "user.email", "editor@example.com"],
        ["git", "config", "user.name", "Editor"],
    ):
        assert _run(argv, repo, env).returncode == 0
    (repo / "notes.md").write_text(
        "# Notes\n\n```\nOpen AI in a fence is code\n```\n\nWe use Open AI.\n", encoding="utf-8"
    )
    code = 'PATTERN = "Open AI"  # code, not prose: never linted, never fixed\n'
    (repo / "tool.py").write_text(code, encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: HEAD\n    hooks:\n      - id: summarizer-lint\n",
        encoding="utf-8",
    )
    (repo / "glossary.yaml").write_text("terms:\n  - {id: x}\n", encoding="utf-8")
    assert _run(["git", "add", "-A"], repo, env).returncode == 0
    # every hook of .pre-commit-hooks.yaml, in order: lint, lint --fix, glossary check
    # (one run, one environment: each try-repo of a changed tree installs anew)
    try_repo = [*pre_commit, "try-repo", str(ROOT), "--all-files"]

    failed = _run(try_repo, repo, env)
    out = failed.stdout
    assert failed.returncode == 1, out + failed.stderr
    # summarizer-lint: the prose, not the fence, not the Python file
    assert "notes.md:7:8  error  Use 'OpenAI' instead of 'Open AI'" in out
    assert "1 errors" in out and "tool.py" not in out
    # summarizer-lint-fix (summarizer lint --fix) rewrote the prose only
    assert "files were modified by this hook" in out
    text = (repo / "notes.md").read_text(encoding="utf-8")
    assert "We use OpenAI." in text and "Open AI in a fence" in text
    assert (repo / "tool.py").read_text(encoding="utf-8") == code
    # summarizer-glossary-check: the repository's glossary, with file:line:col
    assert "glossary.yaml:2:5: error: term 'x' lacks zh-Hans, en" in out

    (repo / "glossary.yaml").write_text(
        "terms:\n  - {id: x, category: general, zh-Hans: 甲, en: x}\n", encoding="utf-8"
    )
    assert _run(["git", "add", "-A"], repo, env).returncode == 0
    passed = _run(try_repo, repo, env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert passed.stdout.count("Passed") == 3

"""The command line as users meet it: exit codes, messages, determinism."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "zhipu-minimax-valuation-divergence.yaml"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_render_is_byte_identical_across_runs() -> None:
    a = run("render", str(SEED), "--lang", "zh-Hant")
    b = run("render", str(SEED), "--lang", "zh-Hant")
    assert a.returncode == 0, a.stderr
    assert a.stdout == b.stdout and a.stdout.startswith("# ")


def test_render_json_carries_fact_ids_for_every_sentence() -> None:
    r = run("render", str(SEED), "--lang", "en", "--format", "json", "--persona", "researcher")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [s["persona"] for s in data["sections"]] == ["researcher"]
    sentences = [s for p in data["sections"][0]["points"] for s in p["sentences"]]
    assert sentences and all(s["facts"] for s in sentences)


def test_unknown_persona_lists_the_known_ones() -> None:
    r = run("render", str(SEED), "--persona", "investr")
    assert r.returncode == 2
    assert "unknown persona 'investr'" in r.stderr and "researcher" in r.stderr
    assert "Traceback" not in r.stderr


def test_digest_is_the_newest_week_by_default_and_honours_since_and_until() -> None:
    r = run("digest", "seeds/", "--persona", "seller", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# Quick reads weekly for sellers\n")
    assert "Week 26, 2026 (June 22–28) · As of June 25, 2026" in r.stdout
    assert r.stdout.count("\n### [") == 1
    wide = run("digest", "seeds/", "--persona", "seller", "--lang", "en", "--since", "2024-01-01")
    dates = [line for line in wide.stdout.splitlines() if " · " in line and "As of" not in line]
    years = [int(m) for line in dates for m in re.findall(r"\b(20\d\d)\b", line)]
    assert years[0] == 2026 and 2024 in years
    assert "== " not in wide.stdout and wide.stdout.count("\n### [") == 99
    since = run(
        "digest", "seeds/", "--persona", "seller", "--lang", "en",
        "--since", "2026-01-01", "--until", "2026-01-31", "--format", "text",
    )  # fmt: skip
    assert since.returncode == 0 and "As of January 31, 2026" in since.stdout
    bylines = [line for line in since.stdout.splitlines()
               if " · " in line and "As of" not in line and not line.startswith("== ")]
    assert bylines and all("2026" in line and "2025" not in line for line in bylines)
    assert "Read the story: en/stories/" in since.stdout


def test_digest_bad_options_are_one_line_errors(tmp_path: Path) -> None:
    r = run(
        "digest", "seeds/", "--persona", "seller", "--since", "2026-02-01", "--until", "2026-01-01"
    )
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0
    assert "--since 2026-02-01 is after --until 2026-01-01" in r.stderr
    bad = run("digest", "seeds/", "--persona", "seller", "--base-url", "javascript:alert(1)//")
    assert bad.returncode == 2 and "--base-url" in bad.stderr and "Traceback" not in bad.stderr
    out = tmp_path / "mail.html"
    ok = run(
        "digest", "seeds/", "--persona", "seller", "--format", "html",
        "--base-url", "https://qr.example/", "-o", str(out),
    )  # fmt: skip
    assert ok.returncode == 0 and ok.stdout == ""
    assert 'href="https://qr.example/zh-Hans/stories/' in out.read_text("utf-8")
    assert "warning" not in ok.stderr
    relative = run("digest", "seeds/", "--persona", "seller", "--format", "html")
    assert relative.returncode == 0 and "warning: no --base-url" in relative.stderr


def test_check_reports_the_seeds_stated_vs_computed_differences() -> None:
    r = run("check", "seeds/")
    assert r.returncode == 0, r.stdout + r.stderr
    out = r.stdout
    assert "'zp-rev-cagr' states 130%" in out and "133.29" in out
    assert "sources-disagree" in out and "founding of 'minimax'" in out
    assert run("check", "seeds/", "--strict").returncode == 1


@pytest.mark.parametrize("command", ["render", "check"])
def test_bad_input_exits_2_with_position_and_no_traceback(tmp_path: Path, command: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        SEED.read_text(encoding="utf-8").replace("    scale: 亿\n", "    scael: 亿\n", 1),
        encoding="utf-8",
    )
    r = run(command, str(bad))
    assert r.returncode == 2
    assert "unknown key 'scael' (did you mean 'scale'?)" in r.stderr
    assert f"{bad}:" in r.stderr and "Traceback" not in r.stderr

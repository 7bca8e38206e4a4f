"""The command line as users meet it: exit codes, messages, determinism."""

from __future__ import annotations

import json
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


def test_digest_is_newest_first_and_honours_since() -> None:
    r = run("digest", "seeds/", "--persona", "seller", "--lang", "en")
    assert r.returncode == 0, r.stderr
    dates = [line for line in r.stdout.splitlines() if "·" in line]
    assert "2026" in dates[0] and "2024" in dates[-1]
    years = [int(d) for line in dates for d in line.split() if d.rstrip(",").isdigit() and len(d.rstrip(",")) == 4]
    assert years == sorted(years, reverse=True)
    since = run("digest", "seeds/", "--persona", "seller", "--lang", "en", "--since", "2026-01-01")
    kept = "".join(line for line in since.stdout.splitlines() if "·" in line)
    assert "2025" not in kept and "2024" not in kept


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

"""The editor's loop (issue 9): ``summarizer serve`` shows check's findings on
the story's own page and reloads it after a save. The time from a save to the
new text on screen is printed, never asserted (no timed assertions)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "summarizer" / "defaults" / "example"
STORY = "amazon-apparel-referral-fee-cut"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "serve", str(site / "stories"), "-o",
         str(tmp_path / "out"), "-j", "1", "--port", str(port), "--interval", "0.1"],
        cwd=tmp_path,  # this checkout's package, installed or not
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])},
        stderr=log,  # a file, not a pipe: a pipe nobody reads would stall the server
    )
    url = f"http://127.0.0.1:{port}/en/stories/{STORY}.html"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:  # say why, not "connection refused" later
            log.close()
            pytest.fail(f"summarizer serve exited {proc.returncode}: {(tmp_path / 'serve.log').read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.1)
    try:
        yield url, site / "stories" / f"{STORY}.yaml"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def _wait(page: Any, script: str, timeout: float = 30_000) -> None:
    page.wait_for_function(script, timeout=timeout)


def test_findings_appear_on_the_page_and_a_save_reloads_it(
    browser: Any, served: tuple[str, Path]
) -> None:
    url, facts = served
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("#summarizer-dev", state="attached")
    # the example is clean: the panel stays hidden
    page.wait_for_timeout(1000)
    assert page.is_hidden("#summarizer-dev")

    text = facts.read_text("utf-8")
    # a value its quote does not give: check's warning shows on this page
    broken = text.replace("'Previously, Amazon took a 17% cut", "'Previously, Amazon took a 71% cut")
    assert broken != text
    facts.write_text(broken, encoding="utf-8")
    _wait(page, "() => !document.getElementById('summarizer-dev').hidden")
    panel = page.inner_text("#summarizer-dev")
    assert "quote-not-in-source" in panel and f"{STORY}.yaml:" in panel

    # a new title: the page reloads with it
    saved = time.perf_counter()
    facts.write_text(
        text.replace("en: Amazon fee cuts on cheap apparel", "en: Amazon cuts apparel fees"),
        encoding="utf-8",
    )
    _wait(page, "() => document.querySelector('h1').textContent.includes('Amazon cuts apparel')")
    print(f"\nsave -> new title on screen: {time.perf_counter() - saved:.2f} s")  # noqa: T201 (a measurement)
    page.wait_for_function("() => document.getElementById('summarizer-dev').hidden")

    # a file that does not validate: the error with its line, the last good page stays
    facts.write_text(text.replace("  published: '2024-09-15'", "  published: 'soon'"), "utf-8")
    _wait(page, "() => !document.getElementById('summarizer-dev').hidden")
    panel = page.inner_text("#summarizer-dev")
    assert "build failed" in panel and f"{STORY}.yaml:" in panel
    assert "Amazon cuts apparel" in page.inner_text("h1")
    page.close()

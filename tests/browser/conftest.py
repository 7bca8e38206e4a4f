"""Fixtures for the browser tests: a built site served on 127.0.0.1 and
Debian's chromium driven by Playwright (never ``playwright install``).

The tests skip, with the reason, only when /usr/bin/chromium is missing;
.ci/run installs it (and axe-core, see test_browser.py).
"""

from __future__ import annotations

import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for sitefake

from sitefake import FakeEngine  # noqa: E402

from summarizer.site.build import build_site  # noqa: E402
from summarizer.site.serve import make_server  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEED = """\
id: story-{n}
published: 2026-0{n}-1{n}
title:
  zh: 同为大模型 为何智谱万亿 MiniMax却腰斩 第{n}篇
  en: "Why Zhipu soared and MiniMax halved, part {n}"
lede:
  zh: 本文分析了同周登陆港股的两家头部大模型企业截然不同的股价走势。
  en: "The article compares two model makers that listed in Hong Kong in the same week."
facts:
  - {{id: f1, value: "5.34亿元", quote: "收入达到5.34亿元 <script>alert(1)</script>"}}
  - {{id: f2, value: "130%", quote: "年复合增长率高达130%"}}
"""

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives chromium through Playwright")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    seeds = root / "seeds"
    seeds.mkdir()
    for n in range(1, 4):
        (seeds / f"s{n}.yaml").write_text(SEED.format(n=n), "utf-8")
    out = root / "site"
    build_site(seeds, out, 1, engine=FakeEngine())
    return out


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    server = make_server(site_dir, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watch:
    """Console errors, failed requests and requests to other hosts of one page."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.problems: list[str] = []
        self.base_url = base_url
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        page.on("requestfailed", self._failed)
        page.on("request", self._request)
        page.on("response", self._response)

    def _response(self, response: Any) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _failed(self, request: Any) -> None:
        # ERR_ABORTED is the browser cancelling a load because the test moved
        # on to the next page (typically the favicon); a missing file is an
        # HTTP 404 (see _response) and a dead server a different net:: error.
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"failed: {request.url} {request.failure}")

    def _console(self, msg: Any) -> None:
        if msg.type in ("error", "warning"):
            self.problems.append(f"console {msg.type}: {msg.text}")

    def _request(self, request: Any) -> None:
        if not request.url.startswith(self.base_url) and not request.url.startswith("data:"):
            self.problems.append(f"request to another host: {request.url}")


@pytest.fixture
def watcher() -> type[Watch]:
    """The Watch class, for tests that open their own browser context."""
    return Watch


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.watch = Watch(pg, base_url)
    yield pg
    problems = pg.watch.problems
    context.close()
    assert problems == [], problems


@pytest.fixture(scope="session")
def screenshots() -> Path:
    out = Path(__file__).resolve().parent.parent.parent / "screenshots"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    return out


@pytest.fixture(scope="session")
def real_base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real seeds/ built through the real pipeline, served like base_url."""

    if not any(SEEDS_DIR.glob("*.yaml")):
        pytest.skip("no seeds in seeds/ yet")
    out = tmp_path_factory.mktemp("real") / "site"
    build_site(SEEDS_DIR, out, 2)
    server = make_server(out, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()

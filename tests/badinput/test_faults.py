"""Fault tests: builds killed at several points, a full disk, stale locks, serve.

A build is paused at a named point by ``$SUMMARIZER_PAUSE_AT`` (see
``summarizer.site.handover.pause_point``), killed with SIGKILL there, and
then: the live site is entirely the old one or entirely the new one, and the
next build neither hangs nor leaves staging trees or backups behind.
"""

from __future__ import annotations

import errno
import os
import queue
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "live-commerce-measures.yaml"
OTHER = ROOT / "seeds" / "zhipu-minimax-hearing.yaml"


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def _build(
    seeds: Path, out: Path, *extra: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", "build", str(seeds), "-o", str(out), *extra],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith((".site-tmp", ".site-old")))


@pytest.fixture
def two_versions(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes], dict[str, bytes]]:
    """seeds/ holding version 2, out/ built from version 1, and both trees."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "a.yaml")
    shutil.copy(OTHER, seeds / "b.yaml")
    out = tmp_path / "out" / "site"
    assert _build(seeds, out, "-j", "1").returncode == 0
    old = _tree(out)
    text = (seeds / "a.yaml").read_text("utf-8")
    (seeds / "a.yaml").write_text(text.replace("Red lines", "Bright red lines"), "utf-8")
    ref = tmp_path / "ref" / "site"
    assert _build(seeds, ref, "-j", "1").returncode == 0
    new = _tree(ref)
    assert old != new
    return seeds, out, old, new


@pytest.mark.parametrize(
    ("point", "extra_env"),
    [
        ("render", {}),
        ("staged", {}),
        ("handover", {}),
        ("exchanged", {}),
        ("moved-aside", {"SUMMARIZER_NO_EXCHANGE": "1"}),
        ("site-live", {}),  # the new site is live, its cache is not: the next build is full
    ],
)
@pytest.mark.parametrize("force", [False, True], ids=["incremental", "full"])
def test_killed_build_leaves_old_or_new_site(
    two_versions: tuple[Path, Path, dict[str, bytes], dict[str, bytes]],
    tmp_path: Path,
    point: str,
    extra_env: dict[str, str],
    force: bool,
) -> None:
    _kill_at(two_versions, tmp_path, point, extra_env, ["--force"] if force else [])


def test_full_build_killed_while_linking_its_spare_leaves_the_new_site(
    two_versions: tuple[Path, Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    """The site and its state are live before the spare is linked (under a
    staging name): the next build reclaims the half-made tree and, its state
    being the live site's, is incremental."""
    again = _kill_at(two_versions, tmp_path, "spare-linked", {}, ["--force"])
    assert "2 stories, 0 rendered" in again.stderr


def test_build_killed_while_updating_its_state_leaves_the_new_site_and_a_full_build(
    two_versions: tuple[Path, Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    """An incremental build updates the live state in one sqlite transaction
    after the site went live: killed inside it, the state rolls back to the
    previous build's token, which is not the live site's."""
    again = _kill_at(two_versions, tmp_path, "state-written", {}, [])
    assert "2 stories, 2 rendered" in again.stderr  # a full build: the state was not the site's


def _kill_at(
    two_versions: tuple[Path, Path, dict[str, bytes], dict[str, bytes]],
    tmp_path: Path,
    point: str,
    extra_env: dict[str, str],
    extra: list[str],
) -> subprocess.CompletedProcess[str]:
    """Kill a build at ``point``; the site must be the old or the new one, and
    the next build (returned) must make it the new one."""
    seeds, out, old, new = two_versions
    flag = tmp_path / "paused"
    argv = [sys.executable, "-m", "summarizer", "build", str(seeds), "-o", str(out), "-j", "2"]
    proc = subprocess.Popen(
        argv + extra,
        env=_env(SUMMARIZER_PAUSE_AT=f"{point}:{flag}", **extra_env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not flag.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert flag.exists(), f"never reached {point}: {proc.communicate()[1]}"
    proc.send_signal(signal.SIGKILL)  # the parent only: its workers must follow by themselves
    proc.wait()
    proc.stderr.close() if proc.stderr else None
    if out.exists():
        assert _tree(out) in (old, new), f"killed at {point}: a mixed site"
    else:
        assert point == "moved-aside"  # two renames: repaired by the next build
    started = time.monotonic()
    again = _build(seeds, out, "-j", "2", timeout=30)
    assert again.returncode == 0, again.stderr
    assert time.monotonic() - started < 20, "the next build waited for a dead one"
    assert _tree(out) == new
    assert _leftovers(out.parent) == []
    assert "Traceback" not in again.stderr
    return again


def test_full_disk_is_one_line_naming_the_output(
    two_versions: tuple[Path, Path, dict[str, bytes], dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from summarizer.cli import main

    seeds, out, old, _ = two_versions
    real = Path.write_text

    def full(self: Path, *args: object, **kwargs: object) -> int:
        if ".site-tmp" in str(self):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    real_open = Path.open

    def full_open(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "w" in mode and ".site-tmp" in str(self):  # the spilled search index
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    def full_db(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if ".site-tmp" in str(path):  # the build state is written where the disk is full
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(path, *args, **kwargs)  # type: ignore[arg-type]

    real_connect = sqlite3.connect
    monkeypatch.setattr(Path, "write_text", full)
    monkeypatch.setattr(Path, "open", full_open)
    monkeypatch.setattr("summarizer.site.state.sqlite3.connect", full_db)
    assert main(["build", str(seeds), "-o", str(out), "-j", "1", "--force"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"error: {out}: cannot write the site: No space left on device"
    assert _tree(out) == old
    assert _leftovers(out.parent) == []


def test_stale_lock_of_a_dead_build_is_taken_over(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "a.yaml")
    out = tmp_path / "site"
    dead = subprocess.Popen(["true"])
    dead.wait()
    lock = tmp_path / ".site-lock-site"
    lock.mkdir()
    (lock / "owner").write_text(f"{dead.pid}\n", "ascii")
    (tmp_path / ".site-tmp-site-deadbeef").mkdir()  # its staging tree
    # an orphan of an older version still holding the lock
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); "
            "fcntl.flock(fd, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        done = _build(seeds, out, "-j", "1", timeout=30)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout:
            holder.stdout.close()
    assert done.returncode == 0, done.stderr
    assert re.search(rf"pid {dead.pid}\) is dead; taking the lock over", done.stderr)
    assert _leftovers(tmp_path) == []
    assert "Traceback" not in done.stderr


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


class _Lines:
    """A child's stderr read by a thread, so that waiting for a line has a
    deadline: a bare ``readline()`` waiting for a rebuild that never came hung
    CI until its 90 minutes ran out."""

    def __init__(self, stream: Any) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.stream = stream
        self.thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self.thread.start()

    def _pump(self, stream: Any) -> None:
        for line in stream:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, text: str, timeout: float = 60) -> str:
        """The first line (after those read so far) holding ``text``."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                raise AssertionError(f"no {text!r} in {timeout} s: {''.join(self.seen)}") from None
            assert line is not None, f"serve exited: {''.join(self.seen)}"
            self.seen.append(line)
            if text in line:
                return line

    def rest(self, timeout: float = 10) -> str:
        """Everything printed until the child closed its stderr (then closed here)."""
        while (line := self.lines.get(timeout=timeout)) is not None:
            self.seen.append(line)
        self.thread.join(timeout)
        self.stream.close()
        return "".join(self.seen)


def _serve(seeds: Path, out: Path) -> tuple[subprocess.Popen[str], _Lines, str]:
    """``summarizer serve`` on any free port; the process, its stderr and its URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "serve", str(seeds), "-o", str(out)]
        + ["-p", "0", "-j", "1", "--interval", "0.1"],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = _Lines(proc.stderr)
    try:
        line = lines.wait_for("serving")
    except BaseException:
        _stop(proc, lines)
        raise
    port = int(re.search(r":(\d+)/", line).group(1))  # type: ignore[union-attr]
    return proc, lines, f"http://127.0.0.1:{port}/"


def _stop(proc: subprocess.Popen[str], lines: _Lines) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    if not lines.stream.closed:
        lines.rest()


def test_serve_publishes_only_the_site_and_survives_bad_seeds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "a.yaml")
    out = tmp_path / "site"
    proc, lines, base = _serve(seeds, out)
    try:
        assert _get(base + "en/index.html") == 200
        assert _get(base + "en/") == 200  # a directory's index.html
        assert _get(base + ".summarizer-cache.json") == 404
        assert _get(base + ".summarizer-entries/live-commerce-measures.json") == 404
        assert _get(base + "en/stories/") == 404  # no listing
        assert _get(base + "%2e%2e/%2e%2e/etc/hostname") == 404
        (out / "en" / "leak.html").symlink_to("/etc/hostname")
        assert _get(base + "en/leak.html") == 404
        (seeds / "b.yaml").write_text("story: [unclosed\n", "utf-8")
        lines.wait_for("build failed")
        assert _get(base + "en/index.html") == 200  # the last good site
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 130
        rest = lines.rest()
        assert "Traceback" not in rest and "summarizer: interrupted" in rest
    finally:
        _stop(proc, lines)


def test_serve_rebuilds_for_an_edit_saved_as_it_starts(tmp_path: Path) -> None:
    """Saved the moment serve says it is serving, before its watch is in
    place: the edit is built (it was lost, every time, and the test above
    hung in CI when its requests were quicker than the watch's start)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "a.yaml")
    proc, lines, _ = _serve(seeds, tmp_path / "site")
    try:
        (seeds / "b.yaml").write_text("story: [unclosed\n", "utf-8")
        lines.wait_for("build failed", timeout=30)
        assert "invalid YAML" in lines.wait_for("b.yaml:")
    finally:
        _stop(proc, lines)

"""The editor's loop reloads only the facts file that changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from summarizer.errors import SummarizerError
from summarizer.pipeline import load_project
from summarizer.site.devloop import StoryLoads, check_findings

ROOT = Path(__file__).resolve().parents[2]
STORY = "tiktok-shop-us-referral-fee-2024"


def _copy(tmp: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    return tmp / "seeds" / f"{STORY}.yaml"


def _touch(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_an_unchanged_file_is_not_loaded_again_and_a_changed_one_is(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    loads = StoryLoads()
    first = loads.load(path)
    assert loads.load(path) is first
    _touch(path, path.read_text(encoding="utf-8").replace("published: '2024-04-01'",
                                                          "published: '2024-04-02'"))
    second = loads.load(path)
    assert second is not first and str(second.published) == "2024-04-02"


def test_a_broken_file_keeps_its_error_until_fixed(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    good = path.read_text(encoding="utf-8")
    loads = StoryLoads()
    _touch(path, good.replace("value: 8\n", "value: eight\n"))
    err = loads.load(path)
    assert isinstance(err, SummarizerError) and loads.load(path) is err
    _touch(path, good)
    assert not isinstance(loads.load(path), SummarizerError)


def test_findings_with_reused_loads_are_those_of_a_fresh_check(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    project = load_project()
    loads = StoryLoads()
    check_findings(path.parent, lambda: project, loads)
    _touch(path, path.read_text(encoding="utf-8").replace("value: 8\n", "value: eight\n"))
    reused = check_findings(path.parent, lambda: project, loads)
    fresh = check_findings(path.parent, lambda: project)
    assert reused == fresh and any("value" in line for line in reused[STORY])
    (path.parent / "pop-mart-2024-results.yaml").unlink()
    assert check_findings(path.parent, lambda: project, loads) == check_findings(
        path.parent, lambda: project
    )


def test_the_checker_runs_aside_and_only_the_latest_request() -> None:
    """A check runs in its own thread (a save is rebuilt while it runs), and
    the requests made while it ran give one more run, not one each."""
    import threading

    from summarizer.site.devloop import Checker

    started, release = threading.Event(), threading.Event()
    runs: list[int] = []

    def run() -> None:
        runs.append(len(runs))
        started.set()
        assert release.wait(10)

    checker = Checker(run)
    checker.request()
    assert started.wait(10)
    for _ in range(5):  # asked while it runs: each call returns at once
        checker.request()
    assert runs == [0]
    release.set()
    deadline = threading.Event()
    for _ in range(200):
        if checker.done == 2:
            break
        deadline.wait(0.05)
    assert checker.done == 2 and runs == [0, 1]
    deadline.wait(0.2)
    assert runs == [0, 1]  # no run was left pending

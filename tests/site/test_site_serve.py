"""serve.py: the preview server answers on 127.0.0.1 and rebuilds on change."""

from __future__ import annotations

import threading
import time
import urllib.request
from pathlib import Path

import pytest

from summarizer.cli import make_parser
from summarizer.site.serve import make_server, watch
from summarizer.site.watcher import changed_files, changes, snapshot


def test_server_serves_directory_on_loopback(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>hi</p>", "utf-8")
    server = make_server(tmp_path, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=5) as r:
            assert r.read() == b"<p>hi</p>"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("events", [True, False], ids=["events", "looks"])
def test_watch_rebuilds_when_a_file_changes(tmp_path: Path, events: bool) -> None:
    """With file-system events (watchfiles) and with a look every interval
    (where no watch can be had), the build is told which file changed."""
    seed = tmp_path / "a.yaml"
    seed.write_text("x", "utf-8")
    calls: list[list[str]] = []
    stop = threading.Event()
    args = ([tmp_path], calls.append, stop, 0.02, None, events)
    thread = threading.Thread(target=watch, args=args)
    thread.start()
    try:
        time.sleep(0.3)
        assert calls == []
        seed.write_text("xy", "utf-8")
        deadline = time.monotonic() + 5
        while not calls and time.monotonic() < deadline:
            time.sleep(0.02)
        assert calls and calls[0] == [str(seed)]  # the build is told which file changed
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()  # stop ends the watch either way


@pytest.mark.parametrize("events", [True, False], ids=["events", "looks"])
def test_what_changed_before_the_watch_began_is_the_first_change(
    tmp_path: Path, events: bool
) -> None:
    """serve takes its snapshot before the first build and starts watching
    after it: a file saved in between is the first change reported."""
    seed = tmp_path / "a.yaml"
    seed.write_text("x", "utf-8")
    since = snapshot([tmp_path])
    seed.write_text("xy", "utf-8")  # saved while the first build ran
    stop = threading.Event()
    found = changes([tmp_path], stop, 0.02, events, since)
    seen: list[list[str]] = []
    thread = threading.Thread(target=lambda: seen.append(next(found)), daemon=True)
    thread.start()
    thread.join(timeout=5)
    stop.set()
    assert seen == [[str(seed)]]


def test_snapshot_sees_new_files(tmp_path: Path) -> None:
    before = snapshot([tmp_path])
    (tmp_path / "b.yaml").write_text("y", "utf-8")
    assert snapshot([tmp_path]) != before


def test_changed_files_are_added_removed_and_edited_ones(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.yaml", "b.yaml", "sub/c.yaml"):
        (tmp_path / name).write_text("x", "utf-8")
    before = snapshot([tmp_path, tmp_path / "missing.toml"])
    assert [p for p, _, _ in before] == [
        str(tmp_path / n) for n in ("a.yaml", "b.yaml", "sub/c.yaml")
    ]
    (tmp_path / "a.yaml").unlink()
    (tmp_path / "sub/c.yaml").write_text("xy", "utf-8")
    (tmp_path / "d.yaml").write_text("x", "utf-8")
    after = snapshot([tmp_path])
    assert changed_files(before, after) == [
        str(tmp_path / n) for n in ("a.yaml", "d.yaml", "sub/c.yaml")
    ]


def test_cli_has_build_and_serve() -> None:
    args = make_parser().parse_args(["build", "seeds", "-o", "out", "--jobs", "2"])
    assert args.jobs == 2 and str(args.out) == "out"
    args = make_parser().parse_args(["serve", "--port", "0"])
    assert args.port == 0


def test_missing_pages_and_dotfiles_get_the_sites_404_page(tmp_path: Path) -> None:
    import urllib.error

    (tmp_path / "404.html").write_text("<p>not here</p>", "utf-8")
    (tmp_path / ".summarizer-site").write_text("built by summarizer x\n", "utf-8")
    (tmp_path / "a").mkdir()
    server = make_server(tmp_path, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        for path in ("/nope.html", "/.summarizer-site", "/a/", "/../etc/passwd"):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5)
            except urllib.error.HTTPError as exc:
                assert exc.code == 404, path
                assert exc.read() == b"<p>not here</p>", path
            else:
                raise AssertionError(f"{path} was served")
    finally:
        server.shutdown()
        server.server_close()


def test_a_dropped_connection_is_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = make_server(tmp_path, 0)
    try:
        for exc in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "reset")):
            try:
                raise exc
            except ConnectionError:
                server.handle_error(None, ("127.0.0.1", 1))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("odd")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
        err = capsys.readouterr().err
        assert err == "serve: a request failed (ValueError: odd); still serving\n"
    finally:
        server.server_close()


def test_a_refused_watch_means_looking_every_interval(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import watchfiles

    from summarizer.site import watcher

    def refused(*_a: object, **_k: object) -> object:
        raise OSError(28, "inotify watch limit reached")
        yield  # a generator, as watchfiles.watch is

    monkeypatch.setattr(watchfiles, "watch", refused)
    stop = threading.Event()
    found = watcher.changes([tmp_path], stop, 0.02)
    (tmp_path / "b.yaml").write_text("y", "utf-8")  # before the first look: not a change
    seen: list[list[str]] = []
    thread = threading.Thread(target=lambda: seen.append(next(found)))
    thread.start()
    time.sleep(0.2)
    (tmp_path / "c.yaml").write_text("z", "utf-8")
    thread.join(timeout=5)
    stop.set()
    assert seen == [[str(tmp_path / "c.yaml")]]
    assert "cannot watch for changes" in caplog.text and "looking every 0.02 s" in caplog.text

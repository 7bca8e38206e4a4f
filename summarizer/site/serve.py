"""``summarizer serve``: build, serve on 127.0.0.1, rebuild when inputs change.

For editors previewing their facts: a plain ``http.server`` in a thread,
and a polling loop (no watcher dependency) that fingerprints the seeds and
templates by mtime and size and runs an incremental build when they change.
A build that fails, for whatever reason, prints its errors and keeps the
previous site online (issue 12: one unreadable seed used to kill serve).

Only the published site is served: no dot-files (the build manifest and
entry cache), no directory listings, nothing a symlink points to outside
the site, and only GET and HEAD. A missing page is answered with the
site's ``404.html``, as the web server it is published on would.
"""

from __future__ import annotations

import functools
import io
import logging
import sys
import threading
import time
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ..errors import SummarizerError
from ..interrupts import interrupted
from .devloop import STATE_PATH, DevState, inject, state_json
from .watcher import Snapshot, changes

log = logging.getLogger(__name__)


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the published files of the site; logs requests at debug level.
    With ``dev`` (the editor's loop), HTML pages get check's findings panel."""

    def __init__(self, *args: Any, dev: DevState | None = None, **kwargs: Any) -> None:
        self.dev = dev  # before super().__init__, which handles the request
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib name)
        log.debug("%s - %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        if self.dev is not None and self.path.split("?", 1)[0] == STATE_PATH:
            self._send(200, "application/json", state_json(self.path.partition("?")[2], self.dev))
            return
        super().do_GET()

    def send_head(self) -> Any:
        target = Path(self.translate_path(self.path))
        if not published(Path(self.directory), target):
            self.send_error(404, "File not found")
            return None
        if self.dev is not None:
            page = target / "index.html" if target.is_dir() and self.path.endswith("/") else target
            if page.suffix == ".html" and page.is_file():
                body = inject(page.read_bytes(), self.path.split("?", 1)[0], self.dev)
                return self._head(200, "text/html; charset=utf-8", body)
        return super().send_head()

    def _head(self, code: int, kind: str, body: bytes) -> io.BytesIO:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)

    def _send(self, code: int, kind: str, body: bytes) -> None:
        self._head(code, kind, body)
        self.wfile.write(body)

    def list_directory(self, path: Any) -> None:
        self.send_error(404, "File not found")
        return None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A 404 answers with the site's own 404.html, as a web server set up for it would."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file() or page.is_symlink():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def published(root: Path, path: Path) -> bool:
    """Whether ``path`` (as ``translate_path`` made it) is a file the site
    publishes: below ``root`` without a dot-segment, and (with a directory's
    index.html) resolving inside ``root``."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        return False
    if any(part.startswith(".") for part in rel.parts):
        return False
    if path.is_dir():
        path = path / "index.html"
    try:
        real_root = root.resolve(strict=True)
        return path.resolve(strict=True).is_relative_to(real_root)
    except (OSError, RuntimeError):  # missing, or a symlink loop
        return not path.exists()


class QuietServer(ThreadingHTTPServer):
    """A browser that leaves a page mid-download (it does, all the time) closes
    the connection under the handler; socketserver would print a traceback
    for it on the editor's terminal. Connection drops are routine: debug log."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError):
            log.debug("%s: connection closed by the client: %s", client_address, exc)
            return
        log.debug("request from %s failed", client_address, exc_info=True)
        say(f"serve: a request failed ({type(exc).__name__}: {exc}); still serving")


def make_server(
    directory: Path, port: int = 8000, dev: DevState | None = None
) -> ThreadingHTTPServer:
    """An HTTP server for ``directory`` on 127.0.0.1 (port 0 picks a free one)."""
    handler = functools.partial(QuietHandler, directory=str(directory), dev=dev)
    return QuietServer(("127.0.0.1", port), handler)


def watch(
    watched: list[Path],
    rebuild: Callable[[list[str]], object],
    stop: threading.Event,
    interval: float = 1.0,
    after: Callable[[str], None] | None = None,
    events: bool = True,
    since: Snapshot | None = None,
) -> None:
    """Call ``rebuild`` with the files that changed whenever files under
    ``watched`` change (``watcher.changes``: file-system events, else a look
    every ``interval`` s; first what changed after ``since``), until ``stop``;
    then ``after`` with the failure ('' when the build succeeded)."""
    for files in changes(watched, stop, interval, events, since):
        started = time.perf_counter()
        error = build_error(functools.partial(rebuild, files))
        if not error:
            say(f"rebuilt in {time.perf_counter() - started:.2f} s")
        if after is not None:
            after(error)
        from .build import settle  # (imported by the build already)

        settle()  # while idle: what the build froze goes back to the collector


def try_build(rebuild: Callable[[], object]) -> bool:
    """Run a build; on any failure print why and keep serving (a stage boundary)."""
    return not build_error(rebuild)


def build_error(rebuild: Callable[[], object]) -> str:
    """Run a build; '' when it succeeded, else why it failed (also printed)."""
    try:
        rebuild()
    except SummarizerError as exc:
        error = exc.render()
        say(f"build failed; still serving the previous site:\n{error}")
    except OSError as exc:
        error = f"{exc.filename or 'I/O'}: {exc.strerror}"
        say(f"build failed ({error}); still serving")
    except Exception as exc:  # a bug in a stage must not stop the preview
        if interrupted(exc):  # Ctrl-C that landed inside an import: stop, not 'failed'
            raise KeyboardInterrupt from exc
        log.debug("build failed", exc_info=True)
        error = f"internal error: {type(exc).__name__}: {exc}"
        say(f"build failed ({error}); still serving")
    else:
        return ""
    return error


def say(message: str) -> None:
    """Status for the editor at the terminal (not a warning, so no log level)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def serve(
    server: ThreadingHTTPServer,
    out_dir: Path,
    watched: list[Path],
    rebuild: Callable[[list[str]], object],
    interval: float = 1.0,
    after: Callable[[str], None] | None = None,
    since: Snapshot | None = None,
) -> None:
    """Serve ``out_dir`` with ``server`` until interrupted, rebuilding on
    change (``since``: the watched files as the first build found them)."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, real_port = str(server.server_address[0]), int(server.server_address[1])
    say(f"serving {out_dir} on http://{host}:{real_port}/ (Ctrl-C to stop)")
    stop = threading.Event()
    try:  # Ctrl-C goes on to the CLI: one line, exit 130
        watch(watched, rebuild, stop, interval, after, since=since)
    finally:
        stop.set()
        server.shutdown()
        server.server_close()

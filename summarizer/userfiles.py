"""Files a user named: read them without hanging, write them all or nothing.

``open()`` on a FIFO blocks until a writer comes, ``/dev/zero`` never ends
and a directory fails late with a confusing message (issue 12: lint hung on
a FIFO and read ``/dev/zero`` until MemoryError). Files are opened
non-blocking, checked to be regular files with ``fstat`` (no race with the
name) and read up to a limit.

Outputs (``-o``) are written to a temporary file beside them and renamed
into place, so a full disk leaves the previous file, not half of a new one,
and the error names the output.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import yaml

from .errors import SummarizerError
from .facts.yamlload import MAX_BYTES, MAX_DEPTH, Located, load_yaml_bytes
from .model import SourceSpan

_EventLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class InputError(ValueError):
    """The file is not something we read: not regular, or too large."""


def kind(mode: int) -> str:
    """What a non-regular file is, for messages."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_regular(path: str | Path) -> None:
    """Raise InputError unless ``path`` is (a link to) a regular file; OSError if missing."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise InputError(f"not a regular file ({kind(mode)})")


def load_user_yaml(path: str | Path, error: type[SummarizerError]) -> Located:
    """``load_yaml`` for a file the user named, read once: a FIFO, device or
    directory is refused before anything reads it (the loader would block on
    it or read it forever), and the bytes checked are the bytes parsed (no
    second open, which a file swapped for a FIFO in between could hang)."""
    name = str(path)
    try:
        raw = read_bounded(path)
    except InputError as exc:
        raise error.at(SourceSpan(name, 1, 1), str(exc)) from None
    except OSError as exc:
        raise error.at(SourceSpan(name, 1, 1), f"cannot read: {exc.strerror}") from None
    try:
        check_depth(raw)
    except DepthError as exc:
        raise error.at(SourceSpan(name, exc.line, exc.col), str(exc)) from None
    return load_yaml_bytes(raw, name, error)


class DepthError(ValueError):
    """YAML nested deeper than the loader allows, and where."""

    def __init__(self, line: int, col: int) -> None:
        super().__init__(f"nested deeper than {MAX_DEPTH} levels")
        self.line, self.col = line, col


_BRACKET = re.compile(rb"[\[\]{}]")


def check_depth(data: bytes) -> None:
    """Refuse YAML nested deeper than MAX_DEPTH before it is composed: libyaml's
    composer recurses in C, and 50,000 ``[`` crashed the process (SIGSEGV).
    Counting brackets is fast and overcounts (brackets in strings), so only a
    file it flags is checked exactly, from the parser's (non-recursive) events."""
    depth = top = 0
    for m in _BRACKET.finditer(data):
        depth = depth + 1 if m.group() in (b"[", b"{") else max(depth - 1, 0)
        top = max(top, depth)
    if top <= MAX_DEPTH:
        return
    parser = _EventLoader(data)
    depth = 0
    try:
        while parser.check_event():
            ev = parser.get_event()  # type: ignore[no-untyped-call]
            if isinstance(ev, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = ev.start_mark
                    raise DepthError(mark.line + 1 if mark else 1, mark.column + 1 if mark else 1)
            elif isinstance(ev, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return  # the loader reports the syntax error with its place
    finally:
        parser.dispose()


def read_bounded(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; InputError or OSError."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"not a regular file ({kind(st.st_mode)})")
        if st.st_size > limit:
            raise InputError(f"file is {st.st_size} bytes; the limit is {limit}")
        data = _read_fd(fd, st.st_size, limit)
    finally:
        os.close(fd)
    if len(data) > limit:  # grew while we read it
        raise InputError(f"file is over {limit} bytes; the limit is {limit}")
    return data


def _read_fd(fd: int, size: int, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of ``fd``, asked for as the file's ``size``
    plus one (a file that grew shows), then in blocks to the end. Plain
    ``os.read`` calls: a buffered ``read(limit + 1)`` allocated the whole
    limit for every file, which was two thirds of reading a small one."""
    parts: list[bytes] = []
    total, want = 0, size + 1
    while total <= limit:
        chunk = os.read(fd, min(want, limit + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        want = 1 << 16
    return parts[0] if len(parts) == 1 else b"".join(parts)


class OutputError(SummarizerError):
    """An output file could not be written."""


def write_output(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all; OutputError names ``path``."""
    with output_file(path) as f:
        f.write(text)


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[TextIO]:
    """A text file to write ``path`` bit by bit (a report streamed as it is
    made) that replaces ``path`` only when the block ends without an error:
    readers never see half a file. OutputError names ``path``."""
    try:
        if path.exists() and not path.is_file():  # /dev/stdout, a FIFO: write as is
            with open(path, "w", encoding="utf-8") as f:
                yield f
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                yield f
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError.at(None, f"{path}: cannot write: {exc.strerror or exc}") from None


def write_quietly(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all, creating its folder; a cache
    that cannot be written is only slower, so nothing is raised."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def prune_quietly(where: Path, pattern: str, keep: int) -> None:
    """Keep the ``keep`` most recently written files of a cache folder that
    match ``pattern``; the others are deleted (a cache that grows with every
    project or test run would fill the disk), and nothing is raised."""
    with contextlib.suppress(OSError):
        kept = sorted(where.glob(pattern), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in kept[keep:]:
            old.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

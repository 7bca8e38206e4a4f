"""``read_bounded``: whole files up to a limit, read with plain system calls."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.userfiles import InputError, _read_fd, read_bounded


@pytest.mark.parametrize("size", [0, 1, 99, 100, 65_535, 65_536, 200_001])
def test_whole_file_up_to_the_limit(tmp_path: Path, size: int) -> None:
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    f = tmp_path / "f.bin"
    f.write_bytes(data)
    assert read_bounded(f, max(size, 100)) == data
    if size > 100:
        with pytest.raises(InputError, match=f"file is {size} bytes; the limit is 100"):
            read_bounded(f, 100)


def test_a_file_longer_than_its_size_said_is_read_to_the_limit(tmp_path: Path) -> None:
    """What a file that grew after ``fstat`` looks like: more bytes than the size."""
    f = tmp_path / "f.txt"
    f.write_bytes(b"a" * 150_000)
    fd = os.open(f, os.O_RDONLY)
    try:
        assert _read_fd(fd, 10, 200_000) == b"a" * 150_000
    finally:
        os.close(fd)
    fd = os.open(f, os.O_RDONLY)
    try:
        assert len(_read_fd(fd, 10, 100_000)) == 100_001  # the caller says it is over
    finally:
        os.close(fd)


def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_bounded(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_bounded(tmp_path)
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "missing")

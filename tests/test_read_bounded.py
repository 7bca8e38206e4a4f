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


def test_a_user_yaml_file_is_parsed_from_the_bytes_that_were_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``load_user_yaml`` opens the file once: a file replaced just after it
    was checked (here by other YAML; by a FIFO it would have hung the second
    open) is not read again."""
    from summarizer import userfiles
    from summarizer.errors import SeedError

    f = tmp_path / "story.yaml"
    f.write_text("id: checked\n", encoding="utf-8")
    checked = userfiles.read_bounded

    def read_then_replace(path: str | Path, limit: int = userfiles.MAX_BYTES) -> bytes:
        data = checked(path, limit)
        f.write_text("id: replaced\n", encoding="utf-8")
        return data

    monkeypatch.setattr(userfiles, "read_bounded", read_then_replace)
    assert userfiles.load_user_yaml(f, SeedError).data == {"id": "checked"}


def test_a_user_yaml_file_too_large_or_missing_is_named(tmp_path: Path) -> None:
    from summarizer import userfiles
    from summarizer.errors import SeedError

    with pytest.raises(SeedError, match=r"missing\.yaml:1:1.*cannot read: No such file"):
        userfiles.load_user_yaml(tmp_path / "missing.yaml", SeedError)
    (tmp_path / "d.yaml").mkdir()
    with pytest.raises(SeedError, match=r"d\.yaml:1:1.*not a regular file \(a directory\)"):
        userfiles.load_user_yaml(tmp_path / "d.yaml", SeedError)

"""Hashes of file sets remembered by their stat (``summarizer.filehash``)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from summarizer import filehash


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(filehash, "SETTLED_NS", -(10**12))  # every file counts as settled
    out = []
    for name, text in (("a.html", "<p>a</p>"), ("b.css", "b {}")):
        path = tmp_path / "t" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def _refuse(*_a: object, **_k: object) -> str:
    raise AssertionError("the files were read again")


def test_a_set_that_stats_the_same_is_not_read_again(
    files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = filehash.hash_files(files, salt="s")
    assert first == filehash.content_hash(sorted(files), "s")
    monkeypatch.setattr(filehash, "content_hash", _refuse)
    assert filehash.hash_files(reversed(files), salt="s") == first


def test_an_edit_of_the_same_size_and_mtime_is_seen(files: list[Path]) -> None:
    first = filehash.hash_files(files)
    st = files[0].stat()
    time.sleep(0.05)  # past the file system's clock tick (the real guard is SETTLED_NS)
    files[0].write_text("<p>z</p>", encoding="utf-8")  # same size
    os.utime(files[0], ns=(st.st_atime_ns, st.st_mtime_ns))  # mtime put back (cp -p)
    assert filehash.hash_files(files) != first
    assert filehash.hash_files(files) == filehash.content_hash(sorted(files))


def test_salt_names_and_missing_files_make_other_hashes(files: list[Path]) -> None:
    base = filehash.hash_files(files)
    assert filehash.hash_files(files, salt="v2") != base
    assert filehash.hash_files(files[:1]) != base
    files[1].unlink()
    assert filehash.hash_files(files) != base
    files[1].mkdir()  # a folder where a file was: hashed as missing, not read
    assert filehash.hash_files(files) == filehash.content_hash(sorted(files))


def test_files_changed_just_now_are_not_remembered(
    files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filehash, "SETTLED_NS", 10**12)  # nothing has settled
    filehash.hash_files(files)
    assert not (Path(os.environ["XDG_CACHE_HOME"]) / "summarizer" / "hashes").exists()


def test_a_damaged_memo_means_reading_the_files(files: list[Path]) -> None:
    first = filehash.hash_files(files)
    (memo,) = (Path(os.environ["XDG_CACHE_HOME"]) / "summarizer" / "hashes").iterdir()
    seen = memo.read_text("ascii").split()[0]
    memo.write_text(f"{seen} {'0' * 64}", "ascii")  # as if another hash were kept
    assert filehash.hash_files(files) == "0" * 64  # the memo is trusted while stats match
    memo.write_bytes(b"\xff\xfe garbage")
    assert filehash.hash_files(files) == first
    memo.write_text(f"{seen} short", "ascii")
    assert filehash.hash_files(files) == first


def test_the_memo_folder_keeps_the_newest(
    files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filehash, "KEEP", 3)
    for n in range(6):
        filehash.hash_files(files, salt=str(n))
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "summarizer" / "hashes"
    assert len(list(folder.iterdir())) == 3


def test_tree_files_skips_bytecode(tmp_path: Path) -> None:
    (tmp_path / "pkg" / "__pycache__").mkdir(parents=True)
    (tmp_path / "pkg" / "m.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "pkg" / "__pycache__" / "m.cpython-311.py").write_text("", encoding="utf-8")
    (tmp_path / "pkg" / "d.yaml").write_text("a: 1\n", encoding="utf-8")
    found = filehash.tree_files(tmp_path / "pkg", (".py",))
    assert [p.name for p in found] == ["m.py"]
    assert sorted(p.name for p in filehash.tree_files(tmp_path / "pkg")) == ["d.yaml", "m.py"]

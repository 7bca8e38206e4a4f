"""The list of files a build wrote, held compressed.

A build reports every file it wrote (``BuildReport.pages_written``): about 26
per story, so 260,000 paths at 10,000 stories. As Python strings in lists,
each story's paths cost ~2.7 KB held until the build ends, which was most of
what the story phase added per story (issue 13, a full build's memory). The
paths of one story share almost everything (its id, the languages, the
reader names), so zlib makes a story's list about a tenth of that.

``WrittenPaths`` is a read-only sequence to its readers (iterate, ``len``,
index, compare with a list, ``set(...)``), appended to with ``+=``; paths
are gathered in an open block and sealed into a compressed block every
``BLOCK`` paths (or on ``seal()``).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

#: Paths per compressed block.
BLOCK = 1024


class WrittenPaths(Sequence[str]):
    """Relative paths, in the order added, compressed a block at a time."""

    __slots__ = ("_blocks", "_count", "_open")

    def __init__(self, paths: Iterable[str] = ()) -> None:
        self._blocks: list[bytes] = []
        self._count = 0
        self._open: list[str] = []
        self.extend(paths)

    @classmethod
    def sealed(cls, paths: Iterable[str]) -> WrittenPaths:
        """``paths`` compressed at once (a story's list, kept for the whole build)."""
        out = cls(paths)
        out.seal()
        return out

    def extend(self, paths: Iterable[str]) -> None:
        for path in paths:
            if "\n" in path:  # the block separator; never in a path the build makes
                raise ValueError(f"a written path with a line break: {path!r}")
            self._open.append(path)
            if len(self._open) >= BLOCK:
                self.seal()

    def seal(self) -> None:
        """Compress the open block (nothing if it is empty)."""
        if self._open:
            self._blocks.append(zlib.compress("\n".join(self._open).encode(), 1))
            self._count += len(self._open)
            self._open = []

    def __iadd__(self, paths: Iterable[str]) -> WrittenPaths:
        self.extend(paths)
        return self

    def __iter__(self) -> Iterator[str]:
        for block in self._blocks:
            yield from zlib.decompress(block).decode().split("\n")
        yield from list(self._open)

    def __len__(self) -> int:
        return self._count + len(self._open)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return list(self)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (WrittenPaths, list, tuple)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"WrittenPaths({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (WrittenPaths, (list(self),))

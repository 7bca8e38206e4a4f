"""Which seed files a build must render: step 1 of ``build.py``, at a cost per
file that stays small as the archive grows.

A seed file whose mtime and size match the previous build's record keeps its
hash unread, like make: re-hashing every file would cost more than a
one-story rebuild itself. What is left per file is one ``stat`` and one
comparison, on plain strings: at 50,000 stories a ``Path`` per file (to list,
to stat, to key) cost 0.5 s of a 2.5 s one-story rebuild (issue 13). Only
the files that changed become paths, hashes and records.

A caller that knows which files changed (``serve``'s watcher, a hook given
``build --changed FILE``) can say so (``changed_names``): then not even the
folder is listed, and only those files are looked at. At 50,000 stories the
listing and the stats are 0.2 s of a one-story rebuild (issue 13); the
other files are taken to be as the last build left them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import BuildError
from ..model import SourceSpan
from ..userfiles import DepthError, InputError, check_depth, read_bounded
from .storyrecord import StoryRecord

Stat = tuple[int, int]
"""(mtime_ns, size) of a seed file."""


@dataclass(slots=True)
class Seeds:
    """The seed files of a build (``names``, in order, all in ``directory``)
    and, for those whose stat is not the previous build's record, their
    sha256 and stat (``changed``): the others are as the records say."""

    directory: str
    names: list[str]
    changed: dict[str, tuple[str, Stat]]

    def path(self, name: str) -> str:
        return os.path.join(self.directory, name)

    def todo(self, previous: Mapping[str, StoryRecord]) -> list[tuple[str, str]]:
        """(name, path) of the seeds to render: new ones and changed contents
        (a file touched but unchanged keeps its pages), in name order."""
        return [
            (name, self.path(name))
            for name, (digest, _) in sorted(self.changed.items())
            if name not in previous or previous[name].hash != digest
        ]


def changed_names(
    directory: Path,
    changed: Iterable[str | os.PathLike[str]],
    previous: Mapping[str, StoryRecord],
    is_story_name: Callable[[str], bool],
) -> tuple[list[str], list[str]]:
    """The seed names of ``directory`` and those of them to look at, for a
    build told that only the files ``changed`` (paths) may differ from the
    ``previous`` build's records: the names are the records' keys, with the
    changed files that exist now added and those that do not removed. A
    path that is not a facts file directly in ``directory`` is a
    ``BuildError`` on that path: guessing would build a site that is not
    the folder's."""
    folder = os.path.realpath(directory)
    if not os.path.isdir(folder):
        raise BuildError.at(SourceSpan(str(directory), 1, 1), "not a directory of facts files")
    present: list[str] = []
    absent: set[str] = set()
    for given in changed:
        path = os.fspath(given)
        name = _name_in(folder, path)
        if name is None or not is_story_name(name):
            why = f"not a facts file of {directory} (--changed names seed files that changed)"
            raise BuildError.at(SourceSpan(path, 1, 1), why)
        if os.path.isfile(path):
            present.append(name)
        else:
            absent.add(name)
    look = sorted(set(present))
    if absent or not all(name in previous for name in look):
        names = sorted((previous.keys() - absent) | set(look))
    else:  # an edit: the same files (the records are in name order)
        names = list(previous)
    return names, look


def seed_hint(
    paths: Iterable[str], directory: Path, is_story_name: Callable[[str], bool]
) -> list[str] | None:
    """What a watcher that saw ``paths`` change can tell a build
    (``changed_names``): the facts files among them, if every path is in
    the seeds ``directory`` itself; None (look at everything) if any is
    elsewhere, as a template, the glossary or the config changes any page.
    Other files in the folder (an editor's swap file) are no seed: left out."""
    folder = os.path.realpath(directory)
    hint = []
    for path in paths:
        name = _name_in(folder, path)
        if name is None:
            return None
        if is_story_name(name):
            hint.append(path)
    return hint


def _name_in(folder: str, path: str) -> str | None:
    """``path``'s file name if it is directly in ``folder`` (a real path),
    else None; the file itself need not exist (a removed seed)."""
    parent, name = os.path.split(os.path.abspath(path))
    return name if os.path.realpath(parent) == folder else None


def read_seeds(
    directory: Path,
    names: list[str],
    previous: Mapping[str, StoryRecord],
    look: list[str] | None = None,
) -> Seeds:
    """Stat the seed files ``names`` of ``directory`` (only those in ``look``
    if given: the others are as ``previous`` says); hash those whose stat
    differs from their record in ``previous`` (all of them for a full build).
    A seed that cannot be read (or is not a regular file, or too deep to
    load) is a ``BuildError`` on its path."""
    folder = str(directory)
    changed: dict[str, tuple[str, Stat]] = {}
    fd = None
    name = ""
    try:
        if os.stat in os.supports_dir_fd:  # a name in an open directory: no path walk
            fd = os.open(folder, os.O_RDONLY)
        for name in names if look is None else look:
            st = os.stat(name, dir_fd=fd) if fd is not None else os.stat(os.path.join(folder, name))
            prev = previous.get(name)
            if prev is None or prev.mtime_ns != st.st_mtime_ns or prev.size != st.st_size:
                changed[name] = (_digest(os.path.join(folder, name)), (st.st_mtime_ns, st.st_size))
    except OSError as exc:
        why = f"cannot read: {exc.strerror or exc}"
        raise BuildError.at(SourceSpan(os.path.join(folder, name), 1, 1), why) from None
    finally:
        if fd is not None:
            os.close(fd)
    return Seeds(folder, names, changed)


def _digest(path: str) -> str:
    """The hash of a seed file (128 bits), read bounded and regular only (a FIFO named
    *.yaml would hang the build) and checked for depth before a worker's
    loader recurses into it."""
    try:
        data = read_bounded(path)
        check_depth(data)
    except DepthError as exc:
        raise BuildError.at(SourceSpan(path, exc.line, exc.col), str(exc)) from None
    except InputError as exc:
        raise BuildError.at(SourceSpan(path, 1, 1), str(exc)) from None
    return hashlib.blake2b(data, digest_size=16).hexdigest()  # 128 bits: see pageplan.input_hash

"""The previous build's state in memory: its manifest, what a build changes
in it, and the copy one process keeps for its next build.

``cache`` reads and writes the state (one sqlite database beside the
output); this module is what it reads into: ``Manifest`` (stories, page
keys, assets, personas, search sizes), the rows of a record, and
``Changes``, the rows an incremental build writes. ``hold``/``held`` keep
the manifest a build committed for the next build in the same process
(``summarizer serve``), so it is not read back from the file it just wrote.
"""

from __future__ import annotations

import json
import operator
import os
import sys
from collections.abc import Mapping
from itertools import compress
from pathlib import Path

from . import pagekeys, state
from .storyrecord import StoryRecord, compact_tags


class Manifest:
    """What the previous build produced and from which inputs."""

    def __init__(
        self,
        fingerprint: str,
        stories: dict[str, StoryRecord],
        pages: Mapping[str, str],
        assets: dict[str, str],
        personas: list[tuple[str, dict[str, str]]],
        token: str = "",
        search: dict[str, int] | None = None,
    ) -> None:
        self.fingerprint = fingerprint
        self.token = token
        """The live site's marker says the same: the two belong together."""
        self.stories = stories
        """seed file name -> record."""
        self.pages = pages
        """listing page path -> hash of its inputs (a loaded state's: ``PageKeys``)."""
        self.gone: list[str] | None = None
        """Set when ``pages`` holds only the pages this build planned (an edit,
        ``listings``): the others keep their previous keys but these paths."""
        self.assets = assets
        """'css'/'js' -> fingerprinted path."""
        self.personas = personas
        """(persona id, lang -> name) as the last build named them."""
        self.search = search or {}
        """lang -> size of its search index (which chose its shard count), for
        an incremental build to patch the live index (``search_patch``)."""
        self.sums = (0, 0)
        """The state's row sums (stories, pages) that the token hashes."""

    def meta(self) -> dict[str, str]:
        """The meta rows of the state (without format, token and sums)."""
        return {
            "fingerprint": self.fingerprint,
            "assets": state.dump_json(self.assets),
            "personas": state.dump_json(self.personas),
            "search": state.dump_json(self.search),
        }


def row_of(r: StoryRecord) -> state.StoryRow:
    tags = state.dump_json(list(r.tags))
    return (r.key, r.hash, r.id, r.published, r.mtime_ns, r.size, tags, r.card, r.tag_names)


def records_of(rows: list[state.StoryRow]) -> dict[str, StoryRecord]:
    """The records of a state's story rows, by seed file name. Their tags
    (JSON arrays) are decoded once per distinct set, all in one ``json.loads``,
    and records with the same tags share one tuple: a call per row cost 0.15 s
    of a one-story rebuild at 50,000 stories (issue 13)."""
    distinct = dict.fromkeys(row[6] for row in rows)
    decoded = json.loads("[" + ",".join(distinct) + "]")
    if len(decoded) != len(distinct) or not all(isinstance(t, list) for t in decoded):
        raise ValueError("malformed tags")
    tags_of = {text: compact_tags(tags) for text, tags in zip(distinct, decoded, strict=True)}
    make = tuple.__new__  # the named tuple in C, without its Python __new__
    intern = sys.intern
    return {
        key: make(
            StoryRecord,
            (key, digest, sid, intern(published), mtime_ns, size, tags_of[tags], card, names, None),
        )
        for key, digest, sid, published, mtime_ns, size, tags, card, names in rows
    }


class Changes:
    """What an incremental build changes in the state: rows to write and keys
    to delete per table (computed from the two manifests; the records a build
    reused are the very objects it loaded, so most compare by identity)."""

    def __init__(self, old: Manifest, new: Manifest) -> None:
        gone = old.stories.keys() - new.stories.keys()
        keys = replaced_keys(old.stories, new.stories)
        if keys is None:  # stories added or removed: every record is compared
            keys = [k for k, r in new.stories.items() if old.stories.get(k) is not r]
        changed = [r for k in keys if (r := new.stories[k]) != old.stories.get(k)]
        self.stories = ([row_of(r) for r in changed], sorted(gone))
        before = [row_of(old.stories[r.key]) for r in changed if r.key in old.stories]
        before += [row_of(old.stories[k]) for k in gone]
        pages_new = [(rel, key) for rel, key in new.pages.items() if old.pages.get(rel) != key]
        pages_gone = old.pages.keys() - new.pages.keys() if new.gone is None else set(new.gone)
        pages_before = [(rel, old.pages[rel]) for rel, _ in pages_new if rel in old.pages]
        pages_before += [(rel, old.pages[rel]) for rel in pages_gone]
        self.pages = (pages_new, sorted(pages_gone))
        ids = {r.id for r in old.stories.values()} if gone else set()
        self.gone_ids = sorted(ids - {r.id for r in new.stories.values()}) if gone else []
        mod = 1 << 128
        s, p = old.sums
        s = (s - state.story_sum(before) + state.story_sum(self.stories[0])) % mod
        p = (p - state.page_sum(pages_before) + state.page_sum(pages_new)) % mod
        self.sums = (s, p)
        self.old_token = old.token


def replaced_keys(old: dict[str, StoryRecord], new: dict[str, StoryRecord]) -> list[str] | None:
    """The keys whose record in ``new`` is not the very object ``old`` holds,
    when both hold the same keys in the same order (an edit copies the
    previous records and replaces a few); None otherwise. Told by identity,
    in C (``map(operator.is_not)`` through ``compress``): a loop over 50,000
    records in Python, twice per edit, was ~10 ms (issue 13)."""
    keys = list(new)
    if keys != list(old):
        return None
    return list(compress(keys, map(operator.is_not, new.values(), old.values())))


def grown_keys(
    old: dict[str, StoryRecord], new: dict[str, StoryRecord]
) -> tuple[list[str], list[str]] | None:
    """When ``new`` holds every key of ``old`` and more (stories added, none
    removed): the keys of ``old`` whose record in ``new`` is another object,
    and the keys added, in ``new``'s order. None otherwise."""
    added = [key for key in new if key not in old]
    if not added or len(new) - len(added) != len(old):
        return None
    return [key for key, r in old.items() if new[key] is not r], added


_HELD: dict[str, tuple[tuple[int, int, int], Manifest]] = {}
"""The state the last build of this process committed, by output directory
(one at most), with the stat of its database file then."""


def hold(out_dir: Path, path: Path, manifest: Manifest) -> None:
    """Keep the state a build just committed (``manifest``) for the next build
    of ``out_dir`` in this process: ``summarizer serve`` rebuilds on every
    save, and reading 50,000 records back cost 0.12 s of a 0.57 s one-story
    rebuild (issue 13). It is used only while the database is the very file
    this build left (same inode, mtime and size) and the live site's token
    is its own, so a build by another process means a read from disk."""
    _HELD.clear()
    stamp = _stamp(path)
    if stamp is None:
        return
    # not its pages: a full build's are a dict of every page
    _HELD[str(out_dir)] = (stamp, _with_pages(manifest, {}))


def held(out_dir: Path, path: Path, live: str) -> Manifest | None:
    """The held state of ``out_dir`` if it is still the one on disk (taken:
    the build that uses it holds its own when it is done)."""
    found = _HELD.pop(str(out_dir), None)
    if found is None or not live:
        return None
    stamp, kept = found
    if stamp != _stamp(path) or kept.token != live:
        return None
    # its records are not changed by a build (it copies them: records.merge_outcomes);
    # page keys are read from the file, as it is now
    return _with_pages(kept, pagekeys.PageKeys(path))


def _with_pages(manifest: Manifest, pages: Mapping[str, str]) -> Manifest:
    """``manifest`` with other page keys (and nothing of what its build set aside)."""
    copy = Manifest(
        manifest.fingerprint,
        manifest.stories,
        pages,
        manifest.assets,
        manifest.personas,
        manifest.token,
        manifest.search,
    )
    copy.sums = manifest.sums
    return copy


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)

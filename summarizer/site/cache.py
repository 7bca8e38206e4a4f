"""The build cache: what the previous build made, from which inputs.

The state records, per seed file, its hash and what the listings need, per
listing page the hash of its inputs, and per story what the digests show of
it, so an incremental build renders only what changed. It is one sqlite3
database (``state``: rows read and written one by one, not a file parsed and
rewritten whole). None of this is published: it lives in a hidden sibling of
the output, ``.site-cache-<name>/state.sqlite``, where ``summarizer serve``,
rsync or a web server never see it.

Workers write the entries of the stories they render into ``.build-cache/``
inside the staging tree; before the hand-over that directory is moved out
beside the output. A full build turns it into a new cache directory (a new
database) that replaces the old one in one step after the site went live; an
incremental build adds its few entries and rows to the live database in one
transaction, also after the site went live. The site and its state cannot
change together, so they are paired: each build writes a token into the
site's marker (``.summarizer-site``) and into the state, and a state whose
token is not the live site's (a build killed between the two steps, a site
copied or restored by hand) is ignored: the next build is a full one, never
a wrong incremental one. A missing or unreadable state says so in one line
and means a full build too.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from ..facts.yamlload import paused_gc
from . import handover, packed, pagekeys, state, urls
from . import manifest as manifests
from .handover import MARKER as MARKER
from .manifest import Changes as Changes
from .manifest import Manifest as Manifest
from .manifest import records_of, row_of
from .storyrecord import StoryRecord

log = logging.getLogger(__name__)

MANIFEST = state.STATE
#: Where workers put the cache in the staging tree (moved out before the hand-over).
STAGED = ".build-cache"
#: One small JSON file per story rendered by this build (in ``STAGED`` only).
ENTRIES_DIR = "entries"
#: The stories by tag (``TagIndex.pack``) when this build grouped them (in ``STAGED``).
GROUPS = "tag-groups.bin"


def cache_dir(out_dir: Path) -> Path:
    """The build cache of ``out_dir``: a hidden sibling, never published."""
    return out_dir.parent / f".site-cache-{out_dir.name}"


def site_token(out_dir: Path) -> str:
    """The token in the live site's marker ('' if there is none)."""
    try:
        words = (out_dir / MARKER).read_text(encoding="utf-8").split()
    except (OSError, ValueError):
        return ""
    return words[-1] if len(words) == 4 else ""


def token_of(manifest: Manifest, changes: Changes | None = None) -> str:
    """The pairing token: a hash of what the state holds, not random, so a
    rebuild stays byte-identical. With ``changes`` (an incremental build) only
    the changed rows are hashed; the sums are kept in ``manifest.sums``."""
    if changes is None:
        rows = (row_of(r) for r in manifest.stories.values())
        manifest.sums = (state.story_sum(rows), state.page_sum(manifest.pages.items()))
    else:
        manifest.sums = changes.sums
    return state.token(manifest.meta(), *manifest.sums)


def marker_text(token: str) -> str:
    return f"built by summarizer {token}\n"


def load_manifest(out_dir: Path) -> Manifest | None:
    """The previous build's state, or None if there is none usable (none,
    unreadable, another format, or not the one of the site that is live)."""
    path = cache_dir(out_dir) / state.STATE
    live = site_token(out_dir)
    if not path.is_file():
        if live:  # a site without its state: say why this build is a full one
            log.warning("%s: no build state, doing a full build", path)
        return None
    held = manifests.held(out_dir, path, live)
    if held is not None:
        return held
    try:
        conn = state.connect(path)
    except state.StateError as exc:
        log.warning("%s: unreadable build state (%s), doing a full build", path, exc)
        return None
    try:
        meta = state.read_meta(conn)
        if not live or meta.get("token") != live:
            log.info("%s: the build cache is not the live site's, doing a full build", path)
            return None
        with paused_gc(keep=True):  # 50,000 records, no cycles: collections found nothing, 20%
            stories = _stories(conn)
        personas = [(pid, names) for pid, names in json.loads(meta["personas"])]
        search = {str(k): int(v) for k, v in json.loads(meta["search"]).items()}
        assets = {str(k): str(v) for k, v in json.loads(meta["assets"]).items()}
        pages = pagekeys.PageKeys(path)
        manifest = Manifest(meta["fingerprint"], stories, pages, assets, personas, live, search)
        sums = meta["sums"].split()
        manifest.sums = (int(sums[0], 16), int(sums[1], 16))
        return manifest
    except (sqlite3.Error, KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        log.warning("%s: unreadable build state (%s), doing a full build", path, exc)
        return None
    finally:
        conn.close()


def _stories(conn: sqlite3.Connection) -> dict[str, StoryRecord]:
    """The state's records: packed, with the rows written since over them,
    or from the rows alone when there is no usable blob (``packed``)."""
    overlay = state.read_packed(conn)
    if overlay is not None:
        try:
            blobs = state.packed_blobs(conn)
            records = packed.unpack(blobs, overlay, lambda row: records_of([row])[row[0]])
        except (ValueError, TypeError, EOFError, IndexError):
            records = None
        if records is not None and _ends(records) == state.key_range(conn):
            return records
        log.info("packed story records unusable: reading the rows")
    return records_of(state.read_stories(conn))


def read_tag_groups(out_dir: Path) -> bytes | None:
    """The stories by tag as the live state saved them (``TagIndex.pack``);
    None if it has none or cannot be read (the caller groups them itself)."""
    try:
        conn = state.connect(cache_dir(out_dir) / state.STATE)
    except state.StateError:
        return None
    try:
        return state.read_groups(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def stage_tag_groups(staging: Path, blob: bytes) -> None:
    """Keep the stories by tag for the state (``move_out``, ``commit``) in
    the staging tree's cache, not in memory through the rest of the build."""
    write_bytes(staging, f"{STAGED}/{GROUPS}", blob)


def _staged_groups(staged: Path) -> bytes | None:
    """The groups this build staged, None if it kept the state's (an edit)."""
    try:
        return (staged / GROUPS).read_bytes()
    except FileNotFoundError:
        return None


def _ends(records: dict[str, StoryRecord]) -> tuple[str | None, str | None]:
    return next(iter(records), None), next(reversed(records), None)


def entry_path(story_id: str) -> str:
    """Where a story's digest entries are cached, relative to the staging tree."""
    return f"{STAGED}/{ENTRIES_DIR}/{story_id}.json"


def live_entries(out_dir: Path) -> Path:
    """Where the live cache keeps the entries (its database: ``EntryCache`` reads it)."""
    return cache_dir(out_dir) / state.STATE


def move_out(staging: Path, out_dir: Path, manifest: Manifest, full: bool) -> Path:
    """Take the cache out of the finished staging tree to a directory beside
    the output, ready for ``commit``. A full build (``full``) makes it a
    whole new state: a database of the manifest and every entry file."""
    staged = staging / STAGED
    entries = staged / ENTRIES_DIR
    entries.mkdir(parents=True, exist_ok=True)
    if full:
        meta = {**manifest.meta(), "token": manifest.token, "sums": _sums(manifest)}
        rows = (row_of(r) for _, r in sorted(manifest.stories.items()))  # made as written
        ids = sorted(r.id for r in manifest.stories.values())
        state.create(
            staged / state.STATE,
            meta,
            rows,
            sorted(manifest.pages.items()),
            _read(entries, ids),
            packed.pack(manifest.stories),
            _staged_groups(staged),
        )
        handover.remove(entries)
        (staged / GROUPS).unlink(missing_ok=True)  # in the state now
    target = handover.make_staging(out_dir)
    target.rmdir()
    os.rename(staged, target)
    return target


def _sums(manifest: Manifest) -> str:
    return f"{manifest.sums[0]:x} {manifest.sums[1]:x}"


def _read(directory: Path, ids: list[str]) -> Iterator[tuple[str, str]]:
    """(id, entries JSON) of the stories ``ids`` whose entry files are in ``directory``."""
    for sid in ids:
        try:
            yield sid, (directory / f"{sid}.json").read_text(encoding="utf-8")
        except FileNotFoundError:
            continue


def commit(new: Path, out_dir: Path, manifest: Manifest, changes: Changes | None) -> None:
    """Make ``new`` (from ``move_out``) the build cache of ``out_dir``, after
    the site went live: a full build's directory replaces the cache in one
    step; an incremental build's rows and entries go into the live database
    in one transaction (``new`` is then left for the caller to remove).
    Then the state is held for this process's next build (``hold``)."""
    target = cache_dir(out_dir)
    if changes is None:
        if target.is_dir() and not target.is_symlink() and handover.exchange(new, target):
            handover.remove(new)  # now the previous cache
        else:
            handover.remove(target)
            os.rename(new, target)
        manifests.hold(out_dir, target / state.STATE, manifest)
        return
    fresh = sorted(p.name[: -len(".json")] for p in (new / ENTRIES_DIR).glob("*.json"))
    meta = {**manifest.meta(), "token": manifest.token, "sums": _sums(manifest)}
    try:
        state.update(
            target / state.STATE,
            meta,
            changes.stories,
            changes.pages,
            (list(_read(new / ENTRIES_DIR, fresh)), changes.gone_ids),
            changes.old_token,
            partial(packed.pack, manifest.stories),
            _staged_groups(new),
        )
    except state.StateError as exc:  # the site is live: its next build is a full one
        log.warning("%s: build state not updated (%s); the next build is a full one", target, exc)
        return
    manifests.hold(out_dir, target / state.STATE, manifest)


def export_entries(out_dir: Path, directory: Path) -> None:
    """Write the entries in ``out_dir``'s state as files into ``directory``
    (a merge gathers its shards' entries as one build's)."""
    directory.mkdir(parents=True, exist_ok=True)
    conn = state.connect(live_entries(out_dir))
    try:
        for sid, text in conn.execute("SELECT id, json FROM entries").fetchall():
            write_file(directory, f"{sid}.json", text)
    finally:
        conn.close()


def write_entries(root: Path, story_id: str, entries: dict[str, Any]) -> str:
    rel = entry_path(story_id)
    write_file(root, rel, json.dumps(entries, ensure_ascii=False, sort_keys=True))
    return rel


def write_file(root: Path, rel: str, text: str) -> None:
    """Write a new file of the staging tree; its directory is made only when
    missing (one system call fewer per page than making it every time). A
    file is never changed in place: its inode may be shared by hard links."""
    write_bytes(root, rel, text.encode("utf-8"))


def write_bytes(root: Path, rel: str, data: bytes) -> None:
    """``write_file`` for bytes."""
    target = urls.inside(root, rel)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        fd = os.open(target, flags, 0o666)
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, flags, 0o666)
    except FileExistsError:
        # rewritten (a story page getting its related stories): a new file,
        # since the old one may be a hard link into a shard or the live site
        os.unlink(target)
        fd = os.open(target, flags, 0o666)
    try:  # written by the descriptor: no buffered file object per page
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)

"""The build cache: what the previous build made, from which inputs.

The manifest records, per seed file, its hash and what the listings need,
and per listing page the hash of its inputs, so an incremental build renders
only what changed; beside it, one small JSON file per story holds what the
digests show of it. None of this is published: it lives in a hidden sibling
of the output, ``.site-cache-<name>/`` (``manifest.json``, ``entries/``),
where ``summarizer serve``, rsync or a web server never see it.

Workers write entries into ``.build-cache/`` inside the staging tree; before
the hand-over that directory is moved out beside the output, and after the
site went live it replaces the cache directory in one step. The site and the
cache cannot be switched together, so they are paired instead: each build
writes a token (a hash of its manifest) into the site's marker (``.summarizer-site``) and into
its manifest, and a manifest whose token is not the live site's (a build
killed between the two switches, a site copied or restored by hand) is
ignored: the next build is a full one, never a wrong incremental one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from . import handover, urls
from .handover import MARKER as MARKER
from .pages import EntryStore, StoryRecord

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
#: Where workers put the cache in the staging tree (moved out before the hand-over).
STAGED = ".build-cache"
#: One small JSON file per story with what the digests show of it (in the cache).
ENTRIES_DIR = "entries"
FORMAT = 8  # 7: cache beside the site; entries with points and tags; 8: search sizes, tag names
RECORD_FIELDS = tuple(f.name for f in fields(StoryRecord) if f.name != "entries")


class Manifest:
    """What the previous build produced and from which inputs."""

    def __init__(
        self,
        fingerprint: str,
        stories: dict[str, StoryRecord],
        pages: dict[str, str],
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
        """listing page path -> hash of its inputs."""
        self.assets = assets
        """'css'/'js' -> fingerprinted path."""
        self.personas = personas
        """(persona id, lang -> name) as the last build named them."""
        self.search = search or {}
        """lang -> size of its search index (which chose its shard count), for
        an incremental build to patch the live index (``search_patch``)."""

    def dumps(self) -> str:
        return "".join(self.chunks())

    def chunks(self) -> Iterator[str]:
        """The manifest's JSON (keys sorted, no spaces, a final newline) in
        pieces of at most ``_BATCH`` stories or pages: whole, at 10,000
        stories, its text and its bytes took ~50 MB at the end of a build,
        twice (for the token, then the file), and more with the archive."""
        small = {
            "format": FORMAT,
            "fingerprint": self.fingerprint,
            "assets": self.assets,
            "personas": self.personas,
            "search": dict(sorted(self.search.items())),
            "token": self.token,
        }
        sep = ""
        for key in sorted([*small, "stories", "pages"]):
            yield f"{sep}{_dump(key)}:" if sep else f"{{{_dump(key)}:"
            sep = ","
            if key == "stories":
                # one array per story, fields in RECORD_FIELDS order (loads ~2x faster than dicts)
                names = sorted(self.stories)
                yield from _pieces("[", "]", names, lambda b: [_record(self.stories[k]) for k in b])
            elif key == "pages":
                rels = sorted(self.pages)
                yield from _pieces("{", "}", rels, lambda b: {k: self.pages[k] for k in b})
            else:
                yield _dump(small[key])
        yield "}\n"

    def write(self, path: Path) -> None:
        """Write the manifest to ``path`` a piece at a time."""
        with path.open("w", encoding="utf-8") as f:
            f.writelines(self.chunks())


#: Stories or pages dumped at a time (``Manifest.chunks``).
_BATCH = 2048


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _pieces(
    opening: str, closing: str, keys: list[str], batch: Callable[[list[str]], Any]
) -> Iterator[str]:
    """A JSON array or object dumped ``_BATCH`` keys at a time, its brackets
    around the batches' contents joined by commas."""
    yield opening
    for start in range(0, len(keys), _BATCH):
        yield ("," if start else "") + _dump(batch(keys[start : start + _BATCH]))[1:-1]
    yield closing


def _record(r: StoryRecord) -> list[Any]:
    return [getattr(r, f) for f in RECORD_FIELDS]


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


def token_of(manifest: Manifest) -> str:
    """The pairing token: a hash of what the manifest says (not random, so a
    rebuild stays byte-identical; equal manifests describe equal sites)."""
    digest = hashlib.blake2b(digest_size=8)
    for piece in manifest.chunks():
        digest.update(piece.encode())
    return digest.hexdigest()


def marker_text(token: str) -> str:
    return f"built by summarizer {token}\n"


def load_manifest(out_dir: Path) -> Manifest | None:
    """The previous build's manifest, or None if there is none usable (none,
    another format, or not the one of the site that is live)."""
    path = cache_dir(out_dir) / MANIFEST
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("format") != FORMAT:
        return None
    token = site_token(out_dir)
    if not token or data.get("token") != token:
        log.info("%s: the build cache is not the live site's, doing a full build", path)
        return None
    try:
        stories = {row[0]: StoryRecord(*row) for row in data["stories"]}
        personas = [(pid, names) for pid, names in data["personas"]]
        search = {str(k): int(v) for k, v in data["search"].items()}
        return Manifest(
            data["fingerprint"], stories, data["pages"], data["assets"], personas, token, search
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        log.warning("%s: unreadable build manifest, doing a full build", path)
        return None


def entry_path(story_id: str) -> str:
    """Where a story's digest entries are cached, relative to the staging tree."""
    return f"{STAGED}/{ENTRIES_DIR}/{story_id}.json"


def entries_dir(out_dir: Path) -> Path:
    """The live cache's entry files (read by incremental builds)."""
    return cache_dir(out_dir) / ENTRIES_DIR


def move_out(staging: Path, out_dir: Path, manifest: Manifest, stale: set[str] | None) -> Path:
    """Take the cache out of the finished staging tree, complete it (an
    incremental build, ``stale`` not None, links the unchanged entries of the
    live cache) and write the manifest: a directory beside the output, ready
    for ``commit``."""
    staged = staging / STAGED
    (staged / ENTRIES_DIR).mkdir(parents=True, exist_ok=True)
    if stale is not None:
        live = entries_dir(out_dir)
        if live.is_dir():
            prefix = f"{STAGED}/{ENTRIES_DIR}/"
            skip = {rel[len(prefix) :] for rel in stale if rel.startswith(prefix)}
            handover.link_tree(live, staged / ENTRIES_DIR, skip)
    manifest.write(staged / MANIFEST)
    target = handover.make_staging(out_dir)
    target.rmdir()
    os.rename(staged, target)
    return target


def commit(new: Path, out_dir: Path) -> None:
    """Make ``new`` the build cache of ``out_dir`` (after the site went live)."""
    target = cache_dir(out_dir)
    if target.is_dir() and not target.is_symlink() and handover.exchange(new, target):
        handover.remove(new)  # now the previous cache
        return
    handover.remove(target)
    os.rename(new, target)


def write_entries(root: Path, story_id: str, entries: dict[str, Any]) -> str:
    rel = entry_path(story_id)
    write_file(root, rel, json.dumps(entries, ensure_ascii=False, sort_keys=True))
    return rel


def write_file(root: Path, rel: str, text: str) -> None:
    """Write a new file of the staging tree; its directory is made only when
    missing (one system call fewer per page than making it every time). A
    file is never changed in place: its inode may be shared by hard links."""
    target = urls.inside(root, rel)
    data = text.encode("utf-8")
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
    with os.fdopen(fd, "wb") as f:
        f.write(data)


class EntryCache(EntryStore):
    """Digest entries of every story, read on demand from the entry files
    (this build's staging tree first, then the live cache's), keeping only
    the ``size`` most recently used: a build holds a page's worth of stories,
    not the archive (issue 13: entries of every story held in memory took
    946 MB at 50,000 stories). The build writes digest pages grouped by page
    number, so the stories of a page are read once for all personas."""

    def __init__(self, dirs: list[Path], size: int = 512) -> None:
        super().__init__(None)
        self.dirs = dirs
        self.size = size
        self._recent: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def __call__(self, record: StoryRecord) -> dict[str, dict[str, Any]]:
        if record.entries is not None:
            return record.entries
        hit = self._recent.get(record.id)
        if hit is not None:
            self._recent.move_to_end(record.id)
            return hit
        for directory in self.dirs:
            try:
                text = (directory / f"{record.id}.json").read_text(encoding="utf-8")
            except FileNotFoundError:
                continue
            entries: dict[str, dict[str, Any]] = json.loads(text)
            self._recent[record.id] = entries
            if len(self._recent) > self.size:
                self._recent.popitem(last=False)
            return entries
        raise KeyError(record.id)

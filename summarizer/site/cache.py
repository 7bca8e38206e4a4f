"""The build manifest and the atomic hand-over of a build to the output dir.

Every build writes into a staging directory beside the output
(``.site-tmp-*``), never into the live site. Then:

* a full build swaps the whole staging tree in with two renames
  (old -> backup, staging -> out) and deletes the backup;
* an incremental build stages only the pages that changed and moves each
  into place with ``os.replace`` (atomic per file), deletes pages that no
  longer exist, and writes the manifest last.

Any failure before the hand-over removes the staging dir and leaves the
previous site exactly as it was. The manifest (``.summarizer-cache.json`` in
the output) records, per seed file, its hash and what the listings need, and
per listing page the hash of its inputs; an interrupted hand-over removes
the manifest first, so the next build is a full one.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..errors import BuildError
from . import urls
from .pages import StoryRecord

log = logging.getLogger(__name__)

MANIFEST = ".summarizer-cache.json"
#: One small JSON file per story with what the digests show of it.
ENTRIES_DIR = ".summarizer-entries"
#: Present in every directory ``summarizer build`` made; only those are replaced.
MARKER = ".summarizer-site"
FORMAT = 4
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
    ) -> None:
        self.fingerprint = fingerprint
        self.stories = stories
        """seed file name -> record."""
        self.pages = pages
        """listing page path -> hash of its inputs."""
        self.assets = assets
        """'css'/'js' -> fingerprinted path."""
        self.personas = personas
        """(persona id, lang -> name) as the last build named them."""

    def dumps(self) -> str:
        data = {
            "format": FORMAT,
            "fingerprint": self.fingerprint,
            # one array per story, fields in RECORD_FIELDS order (loads ~2x faster than dicts)
            "stories": [_record(v) for _, v in sorted(self.stories.items())],
            "pages": dict(sorted(self.pages.items())),
            "assets": self.assets,
            "personas": self.personas,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _record(r: StoryRecord) -> list[Any]:
    return [getattr(r, f) for f in RECORD_FIELDS]


def load_manifest(out_dir: Path) -> Manifest | None:
    """The previous build's manifest, or None if there is none usable."""
    path = out_dir / MANIFEST
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("format") != FORMAT:
        return None
    try:
        stories = {row[0]: StoryRecord(*row) for row in data["stories"]}
        personas = [(pid, names) for pid, names in data["personas"]]
        return Manifest(data["fingerprint"], stories, data["pages"], data["assets"], personas)
    except (KeyError, TypeError):
        log.warning("%s: unreadable build manifest, doing a full build", path)
        return None


@contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock for building ``out_dir`` (``serve`` and a manual
    ``build`` into the same directory wait for each other instead of mixing).
    The lock is a directory beside the output, so it matches ``.site-*/``."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    lock_dir = out_dir.parent / f".site-lock-{out_dir.name}"
    lock_dir.mkdir(exist_ok=True)
    fd = os.open(lock_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def make_staging(out_dir: Path) -> Path:
    """An empty directory beside ``out_dir`` (same file system, so renames are atomic)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".site-tmp-", dir=out_dir.parent))


def entry_path(story_id: str) -> str:
    """Where a story's digest entries are cached, relative to the output."""
    return f"{ENTRIES_DIR}/{story_id}.json"


def write_entries(root: Path, story_id: str, entries: dict[str, Any]) -> str:
    rel = entry_path(story_id)
    write_file(root, rel, json.dumps(entries, ensure_ascii=False, sort_keys=True))
    return rel


def write_file(root: Path, rel: str, text: str) -> None:
    target = urls.inside(root, rel)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def swap_in(staging: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``staging`` (full builds)."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    if not (out_dir / MARKER).exists() and any(out_dir.iterdir()):
        # Never replace a directory we did not build (e.g. -o pointing at $HOME).
        raise_not_ours(out_dir)
    backup = Path(tempfile.mkdtemp(prefix=".site-old-", dir=out_dir.parent))
    backup.rmdir()
    os.rename(out_dir, backup)
    try:
        os.rename(staging, out_dir)
    except OSError:
        os.rename(backup, out_dir)
        raise
    shutil.rmtree(backup, ignore_errors=True)


def raise_not_ours(out_dir: Path) -> None:
    raise BuildError.at(
        None,
        f"{out_dir} exists, is not empty and was not made by 'summarizer build'; "
        "refusing to replace it",
    )


def merge_in(
    staging: Path, out_dir: Path, written: list[str], stale: list[str], manifest: str
) -> None:
    """Move the changed files of an incremental build into place."""
    (out_dir / MANIFEST).unlink(missing_ok=True)  # an interruption now means "full build next"
    base = out_dir.resolve()
    for rel in written:
        target = urls.inside(out_dir, rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.parent.resolve().is_relative_to(base):  # a symlinked directory
            raise BuildError.at(None, f"refusing to write {rel!r} outside {out_dir}")
        os.replace(urls.inside(staging, rel), target)
    for rel in stale:
        urls.inside(out_dir, rel).unlink(missing_ok=True)
    tmp = staging / MANIFEST
    tmp.write_text(manifest, encoding="utf-8")
    os.replace(tmp, out_dir / MANIFEST)
    shutil.rmtree(staging, ignore_errors=True)

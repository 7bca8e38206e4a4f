"""The spare tree: the site's previous version, kept to become its next one.

An incremental build must hand over a complete tree in one atomic switch
(``handover``), and building that tree by hard-linking every unchanged file
of the live site, then deleting the old tree after the switch, cost one or
two system calls per file: at 10,000 stories (~280,000 files) about 7 of the
9 s of CPU of a one-story rebuild, nearly all of it in the kernel (issue 13).

So the old tree is not deleted: after the switch it is kept beside the output
as ``.site-spare-<name>/``, with a note of the live site's token and of every
path the switch changed (files this build wrote or removed, and the marker).
The next incremental build renames it to its staging path, re-links just
those paths from the live site -- it is then the live site, file for file --
and renders into it. Files are never changed in place (``cache.write_file``
replaces a file by a new one), so the live site, sharing the spare's inodes,
is untouched; nothing here walks the tree.

A full build has no previous tree to keep, so it links one from the site it
has just made (``prepare``): one link per file, about 1% of the full build's
CPU at 50,000 stories, where the first edit after it would otherwise link the
whole site itself (15-20 s there) and only the edits after that would be quick.

A spare whose note is missing or names another live site (a full build came
between, a build was killed, the site was restored by hand) is deleted and
the build links the whole tree as before. While it is being brought up to
date it already has a staging name, so a build killed then leaves a staging
tree that the next build reclaims, never a wrong spare.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import stat
from collections.abc import Iterable
from pathlib import Path

from . import handover, urls

log = logging.getLogger(__name__)

#: The note in the spare tree: the live site's token and the paths to re-link.
NOTE = ".summarizer-spare.json"


def spare_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".site-spare-{out_dir.name}"


def take(out_dir: Path, live_token: str) -> Path | None:
    """The spare tree, brought up to the live site (token ``live_token``), at
    a new staging path; None (and the spare deleted) if it cannot be used."""
    spare = spare_dir(out_dir)
    if not spare.is_dir() or spare.is_symlink():
        handover.remove(spare)
        return None
    try:
        note = json.loads((spare / NOTE).read_text(encoding="utf-8"))
        changed = [str(rel) for rel in note["changed"]]
        usable = bool(live_token) and note["live"] == live_token
    except (OSError, ValueError, KeyError, TypeError):
        usable = False
    if not usable:
        log.info("%s: not the live site's spare, linking the whole site", spare)
        handover.remove(spare)
        return None
    staging = handover.make_staging(out_dir)
    staging.rmdir()
    os.rename(spare, staging)
    os.unlink(staging / NOTE)
    for rel in changed:
        _relink(out_dir, staging, rel)
    return staging


def prepare(out_dir: Path, live_token: str) -> None:
    """After a full build: link the new live site into a spare for the next
    incremental build (its marker left out, re-linked by ``take``). Linked
    under a staging name, so a build killed meanwhile leaves a staging tree
    that the next build reclaims; a disk that refuses is only a lost saving."""
    staging = handover.make_staging(out_dir)
    try:
        handover.link_tree(out_dir, staging, {handover.MARKER})
        handover.pause_point("spare-linked")
        keep(staging, out_dir, live_token, [handover.MARKER])
    except OSError as exc:
        log.warning("%s: no spare made (%s)", out_dir, exc.strerror or exc)
    finally:
        handover.remove(staging)  # gone if kept: renamed to the spare


def discard(out_dir: Path) -> None:
    """Delete the spare (a full build: it would differ from the new site everywhere)."""
    handover.remove(spare_dir(out_dir))


def keep(old_tree: Path, out_dir: Path, live_token: str, changed: Iterable[str]) -> None:
    """After the switch: keep ``old_tree`` (the site before it) as the spare,
    noting the new live token and the paths in which the two differ."""
    note = {"live": live_token, "changed": sorted(set(changed))}
    (old_tree / NOTE).write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
    spare = spare_dir(out_dir)
    handover.remove(spare)
    os.rename(old_tree, spare)


def drop(tree: Path, rels: Iterable[str]) -> None:
    """Remove the files ``rels`` from ``tree`` and the directories they leave empty."""
    for rel in rels:
        _unlink(tree, rel)


def _relink(live: Path, tree: Path, rel: str) -> None:
    """Make ``tree``'s ``rel`` the live site's: a hard link to it, or absent."""
    _unlink(tree, rel)
    src = urls.inside(live, rel)
    try:
        if not stat.S_ISREG(os.lstat(src).st_mode):
            return  # the build makes no symlinks: one in the live site was planted
    except FileNotFoundError:
        return
    dst = urls.inside(tree, rel)
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
            raise
        shutil.copy2(src, dst)


def _unlink(tree: Path, rel: str) -> None:
    path = urls.inside(tree, rel)
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    except IsADirectoryError:
        handover.remove(path)
    root = tree.resolve()
    parent = path.parent
    while parent != root and root in parent.parents:
        try:
            parent.rmdir()
        except OSError:
            return  # not empty
        parent = parent.parent

"""The two ends of a build that a merge of shards shares with it: where the
site goes, what it is built under, the stage it is rendered in, and the
handover that switches it in.

``build.py`` drives one build: it decides which stories to render and
renders them (steps 1-2). ``shards.merge_shards`` renders no story but
writes the listings of many shard outputs and hands them over like a build
(steps 3-4). Both resolve the output directory (``real_out``), hash what
besides the stories the pages depend on (``site_fingerprint``), open the
project, templates and config (``open_stage``) and finish with the atomic
switch and the cache (``finish``): these live here, one copy for both,
and ``build.py`` keeps only what a build alone does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from ..filehash import hash_files
from . import cache as sitecache
from . import handover, listings, spare
from .assets import template_files
from .engine import Engine
from .html import make_env
from .ui import SiteConfig, load_ui


def real_out(out_dir: Path) -> Path:
    """The output directory to build: a symlink's target, so the switch is one rename."""
    out_dir = Path(out_dir)
    return out_dir.resolve() if out_dir.is_symlink() else out_dir


def site_fingerprint(
    engine: Engine, template_dir: Path, base_url: str, langs: tuple[str, ...]
) -> str:
    """Hash of everything besides the stories that the site's pages depend on."""
    templates = hash_files(template_files(template_dir))
    parts = (engine.fingerprint(), templates, base_url, ",".join(langs))
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def open_stage(
    engine: Engine,
    template_dir: Path,
    staging: Path,
    out_dir: Path,
    assets: dict[str, str],
    options: tuple[str, tuple[str, ...], str, int],
) -> listings.Stage:
    """The project, templates and config of a build; ``options``: base URL,
    languages, fingerprint, jobs."""
    base_url, langs, fingerprint, jobs = options
    config = SiteConfig(template_dir, staging, langs, base_url=base_url, assets=assets)
    ui = load_ui(template_dir)
    env = make_env(template_dir, ui)
    project = engine.load_project()
    return listings.Stage(engine, project, env, ui, config, fingerprint, jobs, out_dir)


def finish(
    staging: Path,
    out_dir: Path,
    manifest: sitecache.Manifest,
    stale: list[str] | None,
    written: Sequence[str] | None = None,
    spared: bool = False,
    old: sitecache.Manifest | None = None,
) -> None:
    """4. Hand over: the site in one step, then its cache (kept outside it).
    An incremental build (``stale`` not None; ``old`` the state it started
    from) first completes the staging tree: a spare one (``spared``) only
    loses ``stale``, else the unchanged files of the live site, except
    ``stale``, are linked into it. Its old site is then kept as the next
    build's spare, noting what this build changed (``written``, ``stale``,
    the marker); its state is updated row by row (``cache.commit``). A full
    build of a whole site (not a shard) then links a spare from the new site
    (``spare.prepare``), so the first edit after it is as quick as the next."""
    changes = sitecache.Changes(old, manifest) if old is not None and stale is not None else None
    token = manifest.token = sitecache.token_of(manifest, changes)
    skip = None
    keep = None
    if stale is not None:
        skip = {*stale, sitecache.MARKER}
        if spared:
            spare.drop(staging, skip)
        else:
            handover.link_tree(out_dir, staging, skip)
    if stale is not None and written is not None:
        changed = [*stale, sitecache.MARKER, *written]
        keep = partial(spare.keep, out_dir=out_dir, live_token=token, changed=changed)
    handover.pause_point("staged")
    sitecache.write_file(staging, sitecache.MARKER, sitecache.marker_text(token))
    new_cache: Path | None = None
    try:
        new_cache = sitecache.move_out(staging, out_dir, manifest, changes is None)
        handover.hand_over(staging, out_dir, keep)
        handover.pause_point("site-live")  # the cache is switched second: see cache.py
        sitecache.commit(new_cache, out_dir, manifest, changes)
    finally:
        if new_cache is not None:
            handover.remove(new_cache)
    if stale is None and written is not None:  # a full build of a whole site
        spare.prepare(out_dir, token)

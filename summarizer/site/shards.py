"""Sharded builds: the archive split by story into independent builds, then
one merge that writes the listings (docs/sharding.md).

A story's pages depend only on the story and the shared inputs (templates,
glossary, vocabulary, languages, base URL: the fingerprint), so shard ``k``
of ``n`` -- the seed files whose name hashes to ``k`` -- builds on its own
machine with ``summarizer build SEEDS --shard k/n -o part-k``: its story
pages, its digest entries and a cache manifest of its records (beside it, in
``.site-cache-part-k/``), no listings. ``summarizer build --merge part-1 ...
part-n -o site`` checks that the parts are the n shards of one build,
hard-links their pages and entries into a staging tree, writes every
listing from the union of their records (``listings``, as a single build
does) and hands the tree over atomically. The result is byte-identical to
building everything at once (tests/site/test_shards.py); the merge renders
no story, its cost grows with the number of listing pages.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BuildError
from ..model import SourceSpan
from . import cache as sitecache
from . import handover, urls
from .assets import copy_assets
from .engine import Engine, PipelineEngine
from .lock import locked
from .records import check_unique_ids
from .storyrecord import StoryRecord

if TYPE_CHECKING:
    from .build import BuildReport

#: In a shard's output: which shard of how many, and of which build.
SHARD_MARK = ".summarizer-shard.json"
MAX_SHARDS = 65_536


def check_shard(k: int, n: int) -> None:
    if not 1 <= k <= n <= MAX_SHARDS:
        raise BuildError.at(None, f"--shard: expected K/N with 1 <= K <= N <= {MAX_SHARDS}")


def parse_shard(text: str) -> tuple[int, int]:
    """``"3/8"`` -> (3, 8); BuildError for anything else."""
    k, sep, n = text.partition("/")
    if not (sep and k.isdigit() and n.isdigit()):
        raise BuildError.at(None, f"--shard: expected K/N such as 1/4; got {text[:40]!r}")
    check_shard(int(k), int(n))
    return int(k), int(n)


def shard_of(name: str, n: int) -> int:
    """The shard (1..n) of a seed file, by a hash of its name: stable across
    machines and runs, and independent of which other files exist."""
    return 1 + int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big") % n


def shard_fingerprint(fingerprint: str, shard: tuple[int, int]) -> str:
    """A shard's own fingerprint: a shard's output is never mistaken for a
    whole site by a later build into the same directory."""
    return hashlib.sha256(f"{fingerprint} shard {shard[0]}/{shard[1]}".encode()).hexdigest()


def write_shard_mark(staging: Path, shard: tuple[int, int], fingerprint: str) -> None:
    mark = {"shard": list(shard), "fingerprint": fingerprint}
    (staging / SHARD_MARK).write_text(json.dumps(mark) + "\n", encoding="utf-8")


def _read_part(part: Path, base: str) -> tuple[tuple[int, int], sitecache.Manifest]:
    """A shard's number and manifest, checked against this merge's inputs."""
    where = SourceSpan(str(part / SHARD_MARK), 1, 1)
    try:
        mark = json.loads((part / SHARD_MARK).read_text(encoding="utf-8"))
        shard = (int(mark["shard"][0]), int(mark["shard"][1]))
        fingerprint = str(mark["fingerprint"])
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        raise BuildError.at(where, "not the output of `summarizer build --shard K/N`") from None
    check_shard(*shard)
    if fingerprint != shard_fingerprint(base, shard):
        raise BuildError.at(
            where,
            "built from other templates, glossary, code, languages or --base-url "
            "than this merge: rebuild the shard",
        )
    manifest = sitecache.load_manifest(part)
    if manifest is None:
        raise BuildError.at(
            where, f"its build cache {sitecache.cache_dir(part)} is missing or not its own"
        )
    return shard, manifest


def _check_split(read: list[tuple[Path, tuple[int, int], sitecache.Manifest]]) -> None:
    """The parts are shards 1..n of one split, each exactly once."""
    counts = {n for _, (_, n), _ in read}
    if len(counts) != 1:
        raise BuildError.at(None, f"--merge: shards of different splits: N = {sorted(counts)}")
    (n,) = counts
    have = sorted(k for _, (k, _), _ in read)
    missing = sorted(set(range(1, n + 1)) - set(have))
    twice = sorted({k for k in have if have.count(k) > 1})
    if missing or twice:
        raise BuildError.at(
            None,
            f"--merge: need each of shards 1..{n} once; missing {missing}, given twice {twice}",
        )


def merge_shards(
    parts: Sequence[Path],
    out_dir: Path,
    jobs: int | None = None,
    *,
    engine: Engine | None = None,
    template_dir: Path | None = None,
    base_url: str = "",
    langs: tuple[str, ...] = urls.SITE_LANGS,
) -> BuildReport:
    """The whole site in ``out_dir`` from the shard outputs ``parts``."""
    from . import build as sitebuild  # build imports this module
    from . import listings, publish
    from . import stage as sitestage

    engine = engine or PipelineEngine()
    template_dir = template_dir or sitebuild.SITE_TEMPLATES
    jobs = jobs or os.cpu_count() or 1
    urls.check_base_url(base_url)
    if not parts:
        raise BuildError.at(None, "--merge: no shard outputs given")
    out_dir = sitestage.real_out(out_dir)
    base = sitestage.site_fingerprint(engine, template_dir, base_url, langs)
    read = [(Path(part), *_read_part(Path(part), base)) for part in parts]
    _check_split(read)
    records: dict[str, StoryRecord] = {}
    for part, _, manifest in read:
        for key, record in manifest.stories.items():
            if key in records:
                raise BuildError.at(SourceSpan(key, 1, 1), f"in two shards, the second {part}")
            records[key] = record
    records = dict(sorted(records.items()))
    check_unique_ids(records)
    # persona names as one build takes them: from the story first by file name
    named = [(min(m.stories), m.personas) for _, _, m in read if m.stories]
    previous = min(named)[1] if named else []
    try:
        with locked(out_dir):
            handover.reclaim(out_dir)
            staging = handover.make_staging(out_dir)
            try:
                assets = copy_assets(template_dir, staging)
                options = (base_url, langs, base, jobs)
                stage = sitestage.open_stage(
                    engine, template_dir, staging, out_dir, assets, options
                )
                skip = {sitecache.MARKER, SHARD_MARK}
                entries = staging / sitecache.STAGED / sitecache.ENTRIES_DIR
                for part, _, _ in read:
                    handover.link_tree(part, staging, skip)
                    sitecache.export_entries(part, entries)
                personas = listings.persona_names(engine, stage.project, [], previous)
                listed = listings.write_listings(stage, records, personas, [entries], None)
                written = listed.written
                manifest = sitecache.Manifest(
                    base, records, listed.pages, assets, personas, search=listed.sizes
                )
                sitestage.finish(staging, out_dir, manifest, None)
            finally:
                handover.remove(staging)
    except OSError as exc:
        raise handover.io_error(exc, out_dir) from None
    publish.warn_without_base_url(base_url)
    return sitebuild.BuildReport(stories=len(records), pages_written=written, full=True)

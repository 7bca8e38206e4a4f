#!/usr/bin/env python3
"""What the read step of a one-story rebuild costs as the archive grows.

A one-story rebuild first lists the seed files, loads the previous build's
state and decides which seeds changed (``site/build.py`` step 1); only then
does it render the edited story and its listings. This times that step
alone, in a fresh process per run (CPU time, best of N), on a synthetic
archive of N seed files and a state of N story rows, so it runs at 50,000
stories in seconds instead of needing a 30 GB site (``bench_site.py`` times
whole rebuilds). One seed file is edited before each run, as an editor does.

    python3 benchmarks/bench_rebuild_read.py --sizes 1000 10000 20000 50000

prints, per size, the best CPU seconds of the step (and of its parts), and
the per-1,000-stories slope and constant of a straight line through them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / ".work"
TAGS = ["co:tencent", "co:alibaba", "topic:ai", "topic:chips", "topic:ev", "co:byd", "topic:5g"]


def setup(base: Path, count: int) -> None:
    """``count`` seed files and a state (and live marker) that lists them all."""
    from summarizer.site import cache, handover, state

    shutil.rmtree(base, ignore_errors=True)
    seeds, out = base / "facts", base / "site"
    seeds.mkdir(parents=True)
    out.mkdir()
    rows = []
    for i in range(count):
        path = seeds / f"story-{i:06d}.yaml"
        path.write_text(f"story:\n  id: story-{i:06d}\n", "utf-8")
        st = path.stat()
        tags = json.dumps([TAGS[(i + k) % len(TAGS)] for k in range(i % 4 + 1)])
        day = f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
        h = f"{i:064x}"
        rows.append(
            (path.name, h, f"story-{i:06d}", day, st.st_mtime_ns, st.st_size, tags, h[:16], h[:16])
        )
    token = "0123456789abcdef"
    meta = {
        "fingerprint": "bench",
        "assets": "{}",
        "personas": "[]",
        "search": "{}",
        "token": token,
        "sums": "0 0",
    }
    (cache.cache_dir(out)).mkdir()
    state.create(cache.cache_dir(out) / state.STATE, meta, rows, [], [])
    (out / handover.MARKER).write_text(cache.marker_text(token), "utf-8")


def child(base: Path) -> None:
    """One timed read step (in a fresh process): prints CPU seconds per part."""
    t0 = time.process_time()
    from summarizer.site import build, cache
    from summarizer.site.engine import PipelineEngine

    times: dict[str, float] = {"import": time.process_time() - t0}
    t = time.process_time()
    old = cache.load_manifest(base / "site")
    assert old is not None, "the synthetic state was not usable"
    times["manifest"] = time.process_time() - t
    t = time.process_time()
    if hasattr(build, "read_seeds"):
        names = PipelineEngine().story_names(base / "facts")
        times["list"] = time.process_time() - t
        t = time.process_time()
        todo = build.read_seeds(base / "facts", names, old.stories).todo(old.stories)
    else:  # the code before issue 13's read step (--code of an older checkout)
        paths = PipelineEngine().story_paths(base / "facts")
        times["list"] = time.process_time() - t
        t = time.process_time()
        seeds = build._read_seeds(paths, old.stories)
        todo = [k for k, (_, h, _) in seeds.items() if old.stories[k].hash != h]
    times["stat"] = time.process_time() - t
    assert len(todo) == 1, f"expected one changed seed, found {len(todo)}"
    times["step"] = times["manifest"] + times["list"] + times["stat"]
    sys.stdout.write(json.dumps(times) + "\n")


def run(base: Path, count: int, repeat: int, code: Path) -> dict[str, float]:
    best: dict[str, float] = {}
    victim = base / "facts" / f"story-{count - 1:06d}.yaml"
    for n in range(repeat):
        victim.write_text(f"story:\n  id: story-{count - 1:06d}\n# edit {n}\n", "utf-8")
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(base)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(code)},
        ).stdout
        for k, v in json.loads(out).items():
            best[k] = min(best.get(k, v), v)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 20000, 50000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the synthetic archives")
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="the checkout whose summarizer to time"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    sys.path.insert(0, str(ROOT))
    results: list[tuple[int, dict[str, float]]] = []
    for size in args.sizes:
        base = WORK / f"read-n{size}"
        if not (base / "facts" / f"story-{size - 1:06d}.yaml").exists() or not args.keep:
            setup(base, size)
        best = run(base, size, args.repeat, args.code)
        results.append((size, best))
        parts = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in best.items())
        sys.stdout.write(f"{size:>7} stories: {parts}\n")
        sys.stdout.flush()
        if not args.keep:
            shutil.rmtree(base)
    if len(results) >= 2:
        (n0, b0), (n1, b1) = results[0], results[-1]
        slope = (b1["step"] - b0["step"]) / (n1 - n0) * 1000
        const = b0["step"] - slope * n0 / 1000
        sys.stdout.write(
            f"read step: {slope * 1000:.1f} ms per 1,000 stories + {const * 1000:.0f} ms\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

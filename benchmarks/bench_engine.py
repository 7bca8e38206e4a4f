# ruff: noqa: T201, E501 -- a script: it reports by printing, in long f-strings
"""Engine throughput: summarizer against RosaeNLG and a Jinja2 + Babel floor.

    python benchmarks/bench_engine.py            # N = 1,000, 5 rounds
    python benchmarks/bench_engine.py --quick    # N = 200, 3 rounds
    python benchmarks/bench_engine.py --sizes 100,1000 --rounds 5

Every engine does its whole job per text, from its input, in the same run:

* **summarizer, site**: per synthetic story (``summarizer.facts.synthetic``
  driven by ``random.Random(i)``, as the property tests draw): load its facts
  YAML, validate them, derive, and write the quick read -- every persona --
  in zh-Hans, zh-Hant and en as Markdown (what the site does per story);
* **summarizer, en/1**: the same, English only and one reader (the general
  section: a framing sentence and up to three points), to set beside the
  peers' English section;
* **RosaeNLG** (npm ``rosaenlg``): an English three-point section with the
  same kinds of figures (revenue growth, a P/S multiple, a lock-up float
  change), formatted by RosaeNLG, from one Pug template compiled once and
  one NlgLib reused (benchmarks/rosaenlg/render.js). Installed into the
  gitignored benchmarks/.work if missing; if that fails the run says so;
* **Jinja2 + Babel floor**: the same three sentences from one precompiled
  Jinja2 template, every number formatted by Babel in the loop.

Each round runs every engine once, in a fresh process each, in a rotating
order (a busy moment on this shared machine hits all of them); rounds give
min / median / max. Rates are per text and per character of output, on CPU
time (``time.process_time``: user + system of the worker) and on wall time.
Peak memory: the summarizer worker's ``ru_maxrss`` after warm-up and at the
end. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work"
PEER = HERE / "rosaenlg"
sys.path.insert(0, str(HERE))
from bench_env import machine  # noqa: E402

LANGS = ("zh-Hans", "zh-Hant", "en")
SEED_BASE = 1_000_000  # stories use seeds 0..N-1 (warm-up: negative); the peers SEED_BASE + i

# --------------------------------------------------------------------------
# synthetic stories: summarizer.facts.synthetic with random.Random(i)


def _dec(rng: random.Random, lo: str, hi: str, places: int) -> Decimal:
    from summarizer.facts.synthetic import RandomDraw

    draw = RandomDraw(0)
    draw.rng = rng
    return draw.decimal(lo, hi, places)


def story_yaml(i: int) -> str:
    """Synthetic story ``i`` (summarizer.facts.synthetic, as the property tests draw)."""
    from summarizer.facts.synthetic import RandomDraw, story_yaml

    return story_yaml(RandomDraw(i))


# --------------------------------------------------------------------------
# the peers' data: one English three-point section per i, same kinds of figures


def peer_item(i: int) -> dict[str, Any]:
    rng = random.Random(SEED_BASE + i)
    rev0, rev1 = float(_dec(rng, "0.5", "99", 3)), float(_dec(rng, "0.5", "99", 3))
    cap, arr = float(_dec(rng, "10", "999", 3)), float(_dec(rng, "1", "99", 3))
    float0 = float(_dec(rng, "1", "20", 2))
    extra = float(_dec(rng, "1", "60", 2))
    float1 = float0 + extra * (100 - float0) / 100
    return {
        "audience": "general readers",
        "company": "Alpha",
        "other": "Beta",
        "cur": "US$",
        "rev0": rev0,
        "rev1": rev1,
        "y0": 2022,
        "y1": 2024,
        "cagr": ((rev1 / rev0) ** 0.5 - 1) * 100,
        "cap": cap,
        "arr": arr,
        "ps": cap * 0.88 / arr,
        "float0": float0,
        "float1": float1,
        "ratio": float1 / float0,
        "date": "July 9, 2026",
    }


JINJA_TEMPLATE = """\
For {{ audience }}, three points stand out:
1. {{ company }}'s revenue rose from {{ rev0 }} in {{ y0 }} to {{ rev1 }} in {{ y1 }}, \
a compound annual growth rate (CAGR) of about {{ cagr }}.
2. With a market value of {{ cap }} against {{ arr }} of annual recurring revenue (ARR), \
{{ company }} trades at a price-to-sales ratio (P/S) of about {{ ps }}.
3. {{ other }}'s free float is {{ float0 }} of its shares; after the lock-up expiry on {{ date }} \
it rises to about {{ float1 }}, {{ ratio }} times as much."""


def jinja_values(d: dict[str, Any]) -> dict[str, str]:
    """The figures formatted by Babel, as the floor's part of the work."""
    from babel.numbers import format_decimal

    def num(x: float, pattern: str) -> str:
        return format_decimal(x, format=pattern, locale="en_US")

    return {
        "audience": d["audience"],
        "company": d["company"],
        "other": d["other"],
        "date": d["date"],
        "y0": str(d["y0"]),
        "y1": str(d["y1"]),
        "rev0": f"US${num(d['rev0'], '#,##0.###')} billion",
        "rev1": f"US${num(d['rev1'], '#,##0.###')} billion",
        "cagr": f"{num(d['cagr'], '#,##0.0')}%",
        "cap": f"HK${num(d['cap'], '#,##0.###')} billion",
        "arr": f"RMB {num(d['arr'], '#,##0.###')} billion",
        "ps": f"{num(d['ps'], '0.0')}×",
        "float0": f"{num(d['float0'], '0.00')}%",
        "float1": f"{num(d['float1'], '0.0')}%",
        "ratio": num(d["ratio"], "0.0"),
    }


# --------------------------------------------------------------------------
# workers (one subprocess per engine and N)


def _maxrss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def worker_summarizer(n: int, mode: str) -> dict[str, Any]:
    """``mode`` "site": every persona in zh-Hans, zh-Hant and en; "en1": the
    general section in English. Timed per story: YAML load, validation,
    derivation, realisation, conversion, Markdown."""
    sys.path.insert(0, str(ROOT))
    from summarizer.facts.load import parse_story
    from summarizer.facts.yamlload import load_yaml_text
    from summarizer.pipeline import load_project, make_brief
    from summarizer.writers.markdown import brief_markdown

    project = load_project()
    langs = LANGS if mode == "site" else ("en",)
    personas = None if mode == "site" else (project.personas[0].id,)

    def one(yaml_text: str, name: str) -> tuple[int, int]:
        story = parse_story(load_yaml_text(yaml_text, name))
        sections = chars = 0
        for lang in langs:
            brief = make_brief(project, story, lang, personas=personas)  # type: ignore[arg-type]
            sections += len(brief.sections)
            chars += len(brief_markdown(brief))
        return sections, chars

    for w in range(1, 6):  # warm-up: templates compiled, OpenCC and Babel loaded
        one(story_yaml(-w), "warmup.yaml")
    texts = [story_yaml(i) for i in range(n)]  # making the input is not timed
    rss0 = _maxrss_kb()
    sections = chars = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for i, text in enumerate(texts):
        s, c = one(text, f"synthetic-{i}.yaml")
        sections += s
        chars += c
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss1 = _maxrss_kb()
    return {
        "engine": f"summarizer-{mode}",
        "n": n,
        "sections": sections,
        "chars": chars,
        "wall_s": wall,
        "cpu_s": cpu,
        "rss_start_kb": rss0,
        "rss_peak_kb": rss1,
    }


def worker_jinja(n: int) -> dict[str, Any]:
    from jinja2 import Environment

    template = Environment(autoescape=False).from_string(JINJA_TEMPLATE)
    items = [peer_item(i) for i in range(n)]
    for d in items[:20]:
        template.render(jinja_values(d))
    chars = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for d in items:
        chars += len(template.render(jinja_values(d)))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "engine": "jinja2+babel",
        "n": n,
        "wall_s": wall,
        "cpu_s": cpu,
        "chars": chars,
        "sample": template.render(jinja_values(items[0])),
    }


# --------------------------------------------------------------------------
# RosaeNLG (node)


def ensure_rosaenlg() -> tuple[Path | None, str]:
    """node_modules holding rosaenlg, installing it into benchmarks/.work if missing."""
    modules = WORK / "node_modules"
    if (modules / "rosaenlg" / "package.json").exists():
        return modules, "installed"
    if not shutil.which("node") or not shutil.which("npm"):
        return None, "node/npm not found"
    WORK.mkdir(parents=True, exist_ok=True)
    version = json.loads((PEER / "package.json").read_text())["dependencies"]["rosaenlg"]
    print(f"installing rosaenlg@{version} into {WORK} ...", flush=True)
    try:
        proc = subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(WORK),
                "--no-audit",
                "--no-fund",
                f"rosaenlg@{version}",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"npm install failed: {exc}"
    if proc.returncode != 0 or not (modules / "rosaenlg").exists():
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return None, "npm install failed: " + " | ".join(tail)
    return modules, "just installed"


def run_rosaenlg(n: int, modules: Path) -> dict[str, Any]:
    WORK.mkdir(parents=True, exist_ok=True)
    data = WORK / f"engine-rosaenlg-{n}.json"
    data.write_text(json.dumps({"items": [peer_item(i) for i in range(n)]}))
    try:
        proc = subprocess.run(
            ["node", str(PEER / "render.js"), str(data), str(PEER / "section.pug")],
            capture_output=True,
            text=True,
            env={**os.environ, "ROSAENLG_MODULES": str(modules)},
            timeout=3600,
        )
    finally:
        data.unlink(missing_ok=True)
    if proc.returncode != 0:
        raise RuntimeError(
            proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "node failed"
        )
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        "engine": "rosaenlg",
        "n": n,
        "wall_s": out["seconds"],
        "cpu_s": out["cpu_s"],
        "chars": out["chars"],
        "version": out["version"],
        "compile_s": out["compile_s"],
        "sample": out["sample"],
    }


# --------------------------------------------------------------------------
# driver

ENGINES = ("summarizer-site", "summarizer-en1", "jinja2+babel", "rosaenlg")


def run_worker(kind: str, n: int) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--sizes", str(n)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise RuntimeError(f"{kind} worker for N={n} failed")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run_engine(engine: str, n: int, modules: Path | None) -> dict[str, Any] | None:
    if engine == "rosaenlg":
        if modules is None:
            return None
        try:
            return run_rosaenlg(n, modules)
        except Exception as exc:  # noqa: BLE001 -- a peer failing must not stop the run
            print(f"  rosaenlg N={n:,}: FAILED -- {exc}", flush=True)
            return None
    return run_worker(engine, n)


def spread(values: list[float]) -> str:
    return f"{min(values):,.0f} / {statistics.median(values):,.0f} / {max(values):,.0f}"


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", help="comma-separated N (default 1000)")
    ap.add_argument("--quick", action="store_true", help="N = 200, 3 rounds")
    ap.add_argument("--rounds", type=int, help="runs per engine and N (default 5; --quick 3)")
    ap.add_argument("--no-rosaenlg", action="store_true", help="skip the RosaeNLG peer")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--worker", choices=ENGINES[:3], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    sizes = (
        [int(s.replace(",", "").replace("_", "")) for s in args.sizes.split(",")]
        if args.sizes
        else ([200] if args.quick else [1000])
    )
    if args.worker:
        if args.worker == "jinja2+babel":
            res = worker_jinja(sizes[0])
        else:
            res = worker_summarizer(sizes[0], args.worker.split("-", 1)[1])
        print(json.dumps(res))
        return 0
    rounds = args.rounds or (3 if args.quick else 5)

    modules, status = (None, "skipped (--no-rosaenlg)") if args.no_rosaenlg else ensure_rosaenlg()
    if modules is None:
        print(f"RosaeNLG: NOT MEASURED -- {status}; continuing without it", flush=True)
    else:
        print(f"RosaeNLG: {status} ({modules})", flush=True)
    print(
        f"{machine()}; one process per "
        f"engine, N and round; {rounds} rounds, engines in rotating order; rates min / median / max",
        flush=True,
    )

    table: list[dict[str, Any]] = []
    for n in sizes:
        runs: dict[str, list[dict[str, Any]]] = {e: [] for e in ENGINES}
        for r in range(rounds):
            order = ENGINES[r % len(ENGINES) :] + ENGINES[: r % len(ENGINES)]
            for engine in order:
                res = run_engine(engine, n, modules)
                if res is not None:
                    runs[engine].append(res)
            print(f"  N={n:,}: round {r + 1}/{rounds} done", flush=True)
        for engine, results in runs.items():
            if not results:
                continue
            row: dict[str, Any] = {"n": n, "engine": engine, "runs": results}
            for clock in ("cpu", "wall"):
                row[f"texts_{clock}"] = [n / x[f"{clock}_s"] for x in results]
                row[f"chars_{clock}"] = [x["chars"] / x[f"{clock}_s"] for x in results]
            row["chars_per_text"] = results[0]["chars"] / n
            table.append(row)

    print()
    head = (
        f"{'N':>6} | {'engine':<16} | {'chars/text':>10} | {'texts/CPU-s':>26} | "
        f"{'chars/CPU-s':>32} | {'texts/s (wall)':>26} | {'peak RSS MiB':>12}"
    )
    print(head)
    print("-" * len(head))
    for row in table:
        rss = max((x.get("rss_peak_kb", 0) for x in row["runs"]), default=0)
        print(
            f"{row['n']:>6,} | {row['engine']:<16} | {row['chars_per_text']:>10,.0f} | "
            f"{spread(row['texts_cpu']):>26} | {spread(row['chars_cpu']):>32} | "
            f"{spread(row['texts_wall']):>26} | {(f'{rss / 1024:.0f}' if rss else 'n/a'):>12}"
        )
    print()
    for n in sizes:
        rows = {row["engine"]: row for row in table if row["n"] == n}
        ours = rows.get("summarizer-en1")
        for peer in ("rosaenlg", "jinja2+babel"):
            if ours is None or peer not in rows:
                continue
            other = rows[peer]
            print(
                f"N={n:,}: summarizer en/1 vs {peer}, by median CPU time: "
                f"{median(ours['texts_cpu']) / median(other['texts_cpu']):.2f}x per text, "
                f"{median(ours['chars_cpu']) / median(other['chars_cpu']):.2f}x per character"
            )
        site = rows.get("summarizer-site")
        if site is not None and "rosaenlg" in rows:
            print(
                f"N={n:,}: summarizer site (3 languages, every persona) vs rosaenlg, by median CPU "
                f"time: {median(site['chars_cpu']) / median(rows['rosaenlg']['chars_cpu']):.2f}x per character"
            )
    if args.json:
        args.json.write_text(
            json.dumps({"rosaenlg_status": status, "rows": table}, indent=2, default=str)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

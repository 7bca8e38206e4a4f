# ruff: noqa: T201, E501 -- a script: it reports by printing, in long f-strings
"""Engine throughput: summarizer against RosaeNLG and a bare Jinja2 floor.

    python benchmarks/bench_engine.py            # N = 100, 1,000, 10,000
    python benchmarks/bench_engine.py --quick    # N = 100, 1,000
    python benchmarks/bench_engine.py --sizes 50,500 --share-derived

For each N, in a fresh subprocess (so peak memory is per N), on one core:

* **summarizer**: N synthetic stories (the YAML generator of
  tests/test_properties.py, driven by ``random.Random(i)`` instead of
  hypothesis), every persona, in zh-Hans, zh-Hant and en, through
  ``make_brief`` as the site calls it (``--share-derived`` derives once per
  story and passes ``derived=`` to every language). A *section* is one
  persona in one language; parsing the YAML is timed apart and not counted.
* **RosaeNLG** (npm ``rosaenlg``, English only): an equivalent English
  three-point section -- a framing sentence and three numbered points with
  the same kinds of figures (revenue growth, a P/S multiple, a lock-up float
  change) -- from one Pug template compiled once and rendered N times in one
  node process (benchmarks/rosaenlg/render.js). Installed into the
  gitignored benchmarks/.work if missing; if that fails the run says so and
  goes on without it.
* **Jinja2 floor**: the same three sentences from one precompiled Jinja2
  template fed pre-formatted strings, N times.

Peak memory: ``ru_maxrss`` of the worker after warm-up and at the end (the
delta is what rendering N stories added; results are not kept). Goals, not
assertions: summarizer/RosaeNLG >= 5x, Jinja2/summarizer <= 3x, flat memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
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


def jinja_strings(d: dict[str, Any]) -> dict[str, str]:
    """The peer's figures formatted beforehand: the floor renders strings only."""
    return {
        "audience": d["audience"],
        "company": d["company"],
        "other": d["other"],
        "date": d["date"],
        "y0": str(d["y0"]),
        "y1": str(d["y1"]),
        "rev0": f"US${d['rev0']:,.3f} billion",
        "rev1": f"US${d['rev1']:,.3f} billion",
        "cagr": f"{d['cagr']:,.1f}%",
        "cap": f"HK${d['cap']:,.3f} billion",
        "arr": f"RMB {d['arr']:,.3f} billion",
        "ps": f"{d['ps']:.1f}×",
        "float0": f"{d['float0']:.2f}%",
        "float1": f"{d['float1']:.1f}%",
        "ratio": f"{d['ratio']:.1f}",
    }


# --------------------------------------------------------------------------
# workers (one subprocess per engine and N)


def _maxrss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def worker_summarizer(n: int, share_derived: bool) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from summarizer.facts.load import parse_story
    from summarizer.facts.yamlload import load_yaml_text
    from summarizer.pipeline import load_project, make_brief
    from summarizer.rules import derive

    project = load_project()

    def render(story: Any) -> int:
        derived = derive(story) if share_derived else None
        count = 0
        for lang in LANGS:
            brief = make_brief(project, story, lang, derived=derived)  # type: ignore[arg-type]
            count += len(brief.sections)
        return count

    for w in range(1, 6):  # warm-up: templates compiled, OpenCC and Babel loaded
        render(parse_story(load_yaml_text(story_yaml(-w), "warmup.yaml")))
    rss0 = _maxrss_kb()
    parse_s = render_s = render_cpu = 0.0
    sections = 0
    for i in range(n):
        yaml_text = story_yaml(i)
        t0 = time.perf_counter()
        story = parse_story(load_yaml_text(yaml_text, f"synthetic-{i}.yaml"))
        c1, t1 = time.process_time(), time.perf_counter()
        sections += render(story)
        render_s += time.perf_counter() - t1
        render_cpu += time.process_time() - c1
        parse_s += t1 - t0
    rss1 = _maxrss_kb()
    return {
        "engine": "summarizer",
        "n": n,
        "stories": n,
        "sections": sections,
        "wall_s": render_s,
        "cpu_s": render_cpu,
        "parse_s": parse_s,
        "units": sections,
        "rss_start_kb": rss0,
        "rss_peak_kb": rss1,
        "rss_delta_kb": rss1 - rss0,
        "share_derived": share_derived,
    }


def worker_jinja(n: int) -> dict[str, Any]:
    from jinja2 import Environment

    template = Environment(autoescape=False).from_string(JINJA_TEMPLATE)
    items = [jinja_strings(peer_item(i)) for i in range(n)]
    for d in items[:20]:
        template.render(d)
    rss0 = _maxrss_kb()
    chars = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for d in items:
        chars += len(template.render(d))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss1 = _maxrss_kb()
    return {
        "engine": "jinja2",
        "n": n,
        "wall_s": wall,
        "cpu_s": cpu,
        "units": n,
        "chars": chars,
        "rss_delta_kb": rss1 - rss0,
        "sample": template.render(items[0]),
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
        "units": n,
        "version": out["version"],
        "compile_s": out["compile_s"],
        "sample": out["sample"],
    }


# --------------------------------------------------------------------------
# driver


def run_worker(kind: str, n: int, share_derived: bool) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--sizes", str(n)]
    if share_derived:
        cmd.append("--share-derived")
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise RuntimeError(f"{kind} worker for N={n} failed")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def fmt_rate(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.0f}"


def add_rates(res: dict[str, Any], clock: str) -> dict[str, Any]:
    """rate (units/s) and us/unit on the chosen clock; both clocks kept."""
    for c in ("wall", "cpu"):
        res[f"rate_{c}"] = res["units"] / res[f"{c}_s"]
    res["rate"] = res[f"rate_{clock}"]
    res["per_unit_us"] = res[f"{clock}_s"] / res["units"] * 1e6
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", help="comma-separated N (default 100,1000,10000)")
    ap.add_argument("--quick", action="store_true", help="N = 100 and 1,000 only")
    ap.add_argument(
        "--share-derived",
        action="store_true",
        help="derive once per story, pass derived= to make_brief",
    )
    ap.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="rates from process CPU time (default: robust on a shared machine) or wall time",
    )
    ap.add_argument("--no-rosaenlg", action="store_true", help="skip the RosaeNLG peer")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--worker", choices=("summarizer", "jinja2"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    sizes = (
        [int(s.replace(",", "").replace("_", "")) for s in args.sizes.split(",")]
        if args.sizes
        else ([100, 1000] if args.quick else [100, 1000, 10000])
    )
    if args.worker:
        res = (
            worker_summarizer(sizes[0], args.share_derived)
            if args.worker == "summarizer"
            else worker_jinja(sizes[0])
        )
        print(json.dumps(res))
        return 0

    modules, status = (None, "skipped (--no-rosaenlg)") if args.no_rosaenlg else ensure_rosaenlg()
    if modules is None:
        print(f"RosaeNLG: NOT MEASURED -- {status}; continuing without it", flush=True)
    else:
        print(f"RosaeNLG: {status} ({modules})", flush=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {load:.2f}; one process per engine and N; "
        f"langs {', '.join(LANGS)}; derive "
        f"{'once per story' if args.share_derived else 'in every make_brief call (as the site does)'}; "
        f"rates on {args.clock} time",
        flush=True,
    )

    rows: list[dict[str, Any]] = []
    for n in sizes:
        s = add_rates(run_worker("summarizer", n, args.share_derived), args.clock)
        print(
            f"  summarizer N={n:>6,}: {s['sections']:,} sections, {s['wall_s']:.2f}s wall / {s['cpu_s']:.2f}s cpu "
            f"({s['rate']:,.0f} sections/s, {s['per_unit_us']:.0f} us/section; parsing {s['parse_s']:.2f}s "
            f"not counted), maxrss {s['rss_start_kb'] / 1024:.1f} -> {s['rss_peak_kb'] / 1024:.1f} MiB",
            flush=True,
        )
        j = add_rates(run_worker("jinja2", n, False), args.clock)
        print(
            f"  jinja2     N={n:>6,}: {j['rate']:,.0f} texts/s ({j['wall_s']:.3f}s wall)",
            flush=True,
        )
        r = None
        if modules is not None:
            try:
                r = add_rates(run_rosaenlg(n, modules), args.clock)
                print(
                    f"  rosaenlg   N={n:>6,}: {r['rate']:,.0f} texts/s ({r['wall_s']:.2f}s wall, "
                    f"rosaenlg {r['version']})",
                    flush=True,
                )
            except Exception as exc:  # noqa: BLE001 -- a peer failing must not stop the run
                print(f"  rosaenlg   N={n:>6,}: FAILED -- {exc}", flush=True)
        rows.append({"n": n, "summarizer": s, "jinja2": j, "rosaenlg": r})

    print()
    head = (
        f"{'N':>7} | {'summarizer sect/s':>17} | {'us/section':>10} | {'RosaeNLG texts/s':>16} | "
        f"{'Jinja2 texts/s':>14} | {'sum/Rosae (>=5x)':>16} | {'Jinja2/sum (<=3x)':>17} | "
        f"{'peak RSS MiB':>12} | {'RSS delta MiB':>13}"
    )
    print(head)
    print("-" * len(head))
    for row in rows:
        s, j, r = row["summarizer"], row["jinja2"], row["rosaenlg"]
        vs_r = f"{s['rate'] / r['rate']:.2f}x" if r else "n/a"
        vs_j = f"{j['rate'] / s['rate']:.1f}x"
        print(
            f"{row['n']:>7,} | {fmt_rate(s['rate']):>17} | {s['per_unit_us']:>10.0f} | "
            f"{fmt_rate(r['rate'] if r else None):>16} | {fmt_rate(j['rate']):>14} | {vs_r:>16} | {vs_j:>17} | "
            f"{s['rss_peak_kb'] / 1024:>12.1f} | {s['rss_delta_kb'] / 1024:>13.1f}"
        )
    if len(rows) > 1:
        small, large = rows[0]["summarizer"], rows[-1]["summarizer"]
        print(
            f"\nlinearity: us/section at N={large['n']:,} / at N={small['n']:,} = "
            f"{large['per_unit_us'] / small['per_unit_us']:.2f} (1.00 = linear)"
        )
        print(
            f"memory: peak RSS at N={large['n']:,} / at N={small['n']:,} = "
            f"{large['rss_peak_kb'] / small['rss_peak_kb']:.2f} (1.00 = flat)"
        )
    if args.json:
        args.json.write_text(
            json.dumps(
                {"rosaenlg_status": status, "clock": args.clock, "rows": rows},
                indent=2,
                default=str,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

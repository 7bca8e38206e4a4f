# ruff: noqa: T201 -- a script: it reports by printing
"""Start-up: one-story ``render`` and a one-file ``lint`` against ``python -c pass``.

    python benchmarks/bench_startup.py [--runs 15]

Each command runs ``--runs`` times in a fresh interpreter, interleaved with
the others (a busy moment on this shared machine hits all of them), after one
warm-up run each that writes the bytecode caches an installed package would
have (``.pyc`` files, in benchmarks/.work/pycache; the merged OpenCC
dictionaries and the compiled facts validator, in
``$XDG_CACHE_HOME/summarizer``). Reported: min / median / max of
wall time and of CPU time (user + system, from wait4), and the median over
``python -c pass`` -- the start-up the command adds (goal: under 0.25 s).
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_env import installed_env, machine

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / ".work"
STORY = ROOT / "seeds" / "pop-mart-2024-results.yaml"


def commands(small: Path) -> dict[str, list[str]]:
    me = [sys.executable, "-m", "summarizer"]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "render (default: zh-Hans)": [*me, "render", str(STORY)],
        "render --lang en": [*me, "render", str(STORY), "--lang", "en"],
        "render --lang zh-Hant": [*me, "render", str(STORY), "--lang", "zh-Hant"],
        "lint one small file": [*me, "lint", str(small)],
    }


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    small = WORK / "startup-small.md"
    small.write_text("# 标题\n\n泡泡玛特2024年营收翻倍至130.4亿元。\n", encoding="utf-8")
    env = installed_env(WORK)
    cmds = commands(small)
    for cmd in cmds.values():  # warm-up: bytecode and validator caches written
        run(cmd, env)
    walls: dict[str, list[float]] = {name: [] for name in cmds}
    cpus: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(args.runs):
        for name, cmd in cmds.items():
            wall, cpu = run(cmd, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    print(
        f"{machine()}; "
        f"{args.runs} runs each, interleaved; seconds min / median / max"
    )
    base_wall = statistics.median(walls["python -c pass"])
    base_cpu = statistics.median(cpus["python -c pass"])
    print(f"{'command':<28} {'wall s':>20} {'CPU s':>20} {'over pass: wall':>16} {'CPU':>6}")
    for name in cmds:
        w, c = walls[name], cpus[name]
        print(
            f"{name:<28} {min(w):>6.3f} {statistics.median(w):>6.3f} {max(w):>6.3f} "
            f"{min(c):>6.3f} {statistics.median(c):>6.3f} {max(c):>6.3f} "
            f"{statistics.median(w) - base_wall:>16.3f} {statistics.median(c) - base_cpu:>6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark ``summarizer lint`` against textlint+prh, autocorrect and grep -F.

Builds a corpus of ~10 KB Markdown files cut from the seed articles (50 MB by
default) under benchmarks/.work/, then times, each as a child process with
its own peak memory (``os.wait4``):

- summarizer lint, glossary checks only and all checks, with the real
  glossary and with a synthetic 5,000-term glossary;
- autocorrect (PyPI ``autocorrect-py``, Rust core) linting the same files;
- textlint + textlint-rule-prh with the exported prh dictionary (npm, in
  benchmarks/.work/node_modules) on a sample, as it is far slower;
- ``grep -F -f`` and ripgrep (``rg -F -f``, Debian ``ripgrep``) over the list
  of rejected forms: the limit, a search for the glossary's words that checks
  nothing else.

Every peer runs in one process (summarizer with ``-j 1``: autocorrect and
textlint use one core, and so does grep), so the ratios compare the same work
on the same share of the machine.

Peers that cannot be installed are reported and skipped. Nothing is asserted:
this prints MB/s, peak RSS and ratios. Each command runs ``--rounds`` times
(min / median / max of CPU and wall seconds; ratios from the best round, by
CPU time, which is steadier on a shared machine). Summarizer runs as an
installed package does, with bytecode caches and the checked glossary kept
in the user cache dir (startup is also printed with an empty one). Usage::

    python benchmarks/bench_lint.py [--mb 50] [--textlint-mb 2] [--rounds 3] [--no-install]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / ".work"
SEEDS = ROOT / "sources"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_env import installed_env, machine  # noqa: E402

from summarizer.vocabulary.glossary import load_glossary  # noqa: E402
from summarizer.vocabulary.glossary_io import export_prh  # noqa: E402

log = logging.getLogger("bench_lint")
FILE_BYTES = 10_000


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def build_corpus(target_mb: float, dest: Path) -> tuple[int, int]:
    """~10 KB Markdown files of seed paragraphs; every tenth story is a zh/en pair."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    paras: list[str] = []
    for f in sorted(SEEDS.glob("*.txt")):
        paras += [
            p.strip() for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 20
        ]
    if not paras:
        raise SystemExit(f"no seed articles under {SEEDS}")
    en = [p for p in paras if sum(c.isascii() for c in p) > 0.8 * len(p)]
    zh = [p for p in paras if p not in en]
    rng = random.Random(4)
    total, n = 0, 0
    while total < target_mb * 1_000_000:
        pair = n % 10 == 0
        for lang, pool in (("zh-Hans", zh), ("en", en)) if pair else (("", paras),):
            parts, size = [f"# Story {n}\n"], 0
            while size < FILE_BYTES:
                p = rng.choice(pool)
                parts.append(p)
                size += len(p.encode("utf-8")) + 2
            name = f"s{n:05d}.{lang}.md" if lang else f"s{n:05d}.md"
            text = "\n\n".join(parts) + "\n"
            (dest / f"d{n // 500:02d}" / name).parent.mkdir(exist_ok=True)
            (dest / f"d{n // 500:02d}" / name).write_text(text, encoding="utf-8")
            total += len(text.encode("utf-8"))
        n += 1
    return total, n


def synthetic_glossary(path: Path, terms: int) -> None:
    """``terms`` random Chinese/English terms, each with rejected forms, plus the real ones."""
    rng = random.Random(5000)
    han = (
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
        "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
        "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
        "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
        "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
        "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
        "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器"
        "压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安"
        "场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集"
        "温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
        "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精"
        "值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属"
        "圆包火住调满县局照参红细引听该铁价严龙飞"
    )
    syll = [
        "ka",
        "lo",
        "ri",
        "ven",
        "tor",
        "mi",
        "sa",
        "quen",
        "dal",
        "bry",
        "zo",
        "pex",
        "lin",
        "ath",
        "um",
    ]
    lines = ["terms:"]
    for i in range(terms):
        zh = "".join(rng.choice(han) for _ in range(rng.randint(3, 5)))
        en = " ".join(
            "".join(rng.choice(syll) for _ in range(rng.randint(2, 3)))
            for _ in range(rng.randint(1, 3))
        )
        bad_en = en.replace("a", "e", 1) + "x"
        bad_zh = zh[::-1] + rng.choice(han)
        lines += [
            f"  - id: syn-{i}",
            "    category: general",
            f"    zh-Hans: {zh}",
            f"    en: '{en} {i}'",
            "    reject:",
            f"      en: ['{bad_en} {i}']",
            f"      zh-Hans: ['{bad_zh}{i}']",
        ]
    shipped = ROOT / "summarizer" / "defaults" / "glossary.yaml"
    real = shipped.read_text(encoding="utf-8").split("terms:\n", 1)[1]
    path.write_text("\n".join(lines) + "\n" + real, encoding="utf-8")


TIME = Path("/usr/bin/time")


def timed(
    cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds, peak RSS (KiB, via /usr/bin/time: the fork of
    this big process would inflate its own count) and the tail of the output."""
    stats = WORK / "time.txt"
    wrapped = [str(TIME), "-f", "%M %U %S %x", "-o", str(stats), *cmd] if TIME.exists() else cmd
    start = time.perf_counter()
    proc = subprocess.run(wrapped, cwd=cwd, env=env, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    rss, cpu, code = 0, seconds, proc.returncode
    if TIME.exists():
        fields = stats.read_text().split()[-4:]
        rss, cpu, code = int(fields[0]), float(fields[1]) + float(fields[2]), int(fields[3])
    text = (proc.stdout + proc.stderr).decode("utf-8", "replace").strip().splitlines()
    tail = (text[-1:] or [""])[0][:160]
    return seconds, cpu, rss, code, tail  # type: ignore[return-value]


def sample(corpus: Path, mb: float, dest: Path) -> tuple[list[Path], int]:
    files, size = [], 0
    for f in sorted(corpus.rglob("*.md")):
        if size >= mb * 1_000_000:
            break
        files.append(f)
        size += f.stat().st_size
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for f in files:
        shutil.copy(f, dest / f.name)
    return files, size


AUTOCORRECT = """
import sys, pathlib, autocorrect_py
n = 0
for f in sorted(pathlib.Path(sys.argv[1]).rglob('*.md')):
    r = autocorrect_py.lint_for(f.read_text(encoding='utf-8'), f.name)
    n += len(r.lines)
print(f'{n} autocorrect findings')
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB")
    ap.add_argument("--textlint-mb", type=float, default=1.0, help="sample size for textlint")
    ap.add_argument("--terms", type=int, default=5000, help="synthetic glossary size")
    ap.add_argument("--no-install", action="store_true", help="do not pip/npm install peers")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each command (best, spread)")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    out(machine())
    corpus = WORK / "corpus"
    size, stories = build_corpus(args.mb, corpus)
    mb = size / 1e6
    out(
        f"corpus: {mb:.1f} MB in {sum(1 for _ in corpus.rglob('*.md'))} files "
        f"({stories} stories, every tenth a zh/en pair)"
    )
    glossary = load_glossary(ROOT / "summarizer" / "defaults" / "glossary.yaml")
    syn = WORK / "glossary-5000.yaml"
    synthetic_glossary(syn, args.terms)
    syn_g = load_glossary(syn)
    out(f"glossaries: real {len(glossary.terms)} terms, synthetic {len(syn_g.terms)} terms")
    rows: list[tuple[str, float, float, int, str]] = []
    cpu_rates: dict[str, float] = {}  # MB per CPU second: steadier on a shared machine

    def record(name: str, cmd: list[str], nbytes: float, base: float = 0.0, **kw: object) -> float:
        """Run ``--rounds`` times; print wall and CPU seconds (min / median / max),
        MB per CPU second of the best round, peak RSS; ``base`` = fixed startup
        seconds. Returns the best wall MB/s; the best CPU MB/s goes in ``cpu_rates``."""
        runs = [timed(cmd, **kw) for _ in range(args.rounds)]  # type: ignore[arg-type]
        walls = sorted(r[0] for r in runs)
        cpus = sorted(r[1] for r in runs)
        rss, code, tail = max(r[2] for r in runs), runs[-1][3], runs[-1][4]
        secs, cpu = walls[0], cpus[0]
        rate = nbytes / 1e6 / secs
        steady = f"  steady {nbytes / 1e6 / max(secs - base, 1e-3):6.1f} MB/s" if base else ""
        rows.append((name, rate, secs, rss, f"exit {code}: {tail}"))
        cpu_rates[name] = nbytes / 1e6 / max(cpu, 1e-3)

        def spread(v: list[float]) -> str:
            return f"{v[0]:.2f} / {statistics.median(v):.2f} / {v[-1]:.2f}"

        out(
            f"  {name:<46} {cpu_rates[name]:6.1f} MB/CPU-s  cpu {spread(cpus)} s  "
            f"wall {spread(walls)} s  {rss / 1024:4.0f} MiB  exit {code}{steady}"
        )
        return rate

    empty = WORK / "empty"
    empty.mkdir(exist_ok=True)
    lint = [sys.executable, "-m", "summarizer", "lint", "-o", os.devnull]  # Vale-style report
    # as an installed package runs: with bytecode caches (written by the
    # startup run on an empty folder, before each timed one), this checkout first
    env = installed_env(WORK)
    rates: dict[str, float] = {}
    out("summarizer lint (whole corpus; startup = the same command on an empty folder):")
    for label, extra in (
        ("real glossary", []),
        (f"{len(syn_g.terms)}-term glossary", ["--glossary", str(syn)]),
    ):
        cold_cache = WORK / "cold-cache"
        shutil.rmtree(cold_cache, ignore_errors=True)
        cold = {**env, "XDG_CACHE_HOME": str(cold_cache)}
        first = timed([*lint, *extra, str(empty)], cwd=ROOT, env=cold)[1]
        shutil.rmtree(cold_cache, ignore_errors=True)
        timed([*lint, *extra, str(empty)], cwd=ROOT, env=env)  # writes the caches
        base = min(timed([*lint, *extra, str(empty)], cwd=ROOT, env=env)[1] for _ in range(3))
        out(
            f"  startup with the {label}: {base:.2f} s CPU (glossary read back checked); "
            f"{first:.2f} s with an empty user cache (parsed and checked)"
        )
        for checks, sel in (("glossary checks", ["--enable", "glossary"]), ("all checks", [])):
            name = f"{checks}, {label}, -j 1"
            cmd = [*lint, *extra, *sel, "-j", "1", str(corpus)]
            rates[name] = record(name, cmd, size, cwd=ROOT, env=env)

    out("peers:")
    variants = WORK / "variants.txt"
    variants.write_text(
        "\n".join(sorted({v.form for t in glossary.terms.values() for v in t.variants})) + "\n",
        encoding="utf-8",
    )
    grep = record(
        "grep -F -f (rejected forms), limit",
        ["grep", "-r", "-c", "-F", "-f", str(variants), str(corpus)],
        size,
    )
    rg_name = "ripgrep -F -f (rejected forms), limit"
    rg, rg_rate = shutil.which("rg"), None
    if rg is None and not args.no_install and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", "ripgrep"], capture_output=True)
        rg, rg_rate = shutil.which("rg"), None
    if rg:  # -j1: one thread, as every other peer here
        rg_rate = record(rg_name, [rg, "-j1", "-c", "-F", "-f", str(variants), str(corpus)], size)
    else:
        out("  ripgrep: not installed (apt-get install ripgrep); skipped")
    ac = None
    try:
        import autocorrect_py  # noqa: F401
    except ImportError:
        if not args.no_install:
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "-q", "autocorrect-py"], check=False
            )
    try:
        import autocorrect_py  # noqa: F401,F811

        ac = record(
            "autocorrect-py lint_for", [sys.executable, "-c", AUTOCORRECT, str(corpus)], size
        )
    except ImportError:
        out("  autocorrect-py: not installed and could not be installed; skipped")
    textlint = WORK / "node_modules" / ".bin" / "textlint"
    if not textlint.exists() and not args.no_install and shutil.which("npm"):
        if not (WORK / "package.json").exists():
            (WORK / "package.json").write_text('{"private": true}\n', encoding="utf-8")
        subprocess.run(
            ["npm", "install", "--silent", "textlint", "textlint-rule-prh"],
            cwd=WORK,
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    if textlint.exists():
        prh = WORK / "prh.yml"
        prh.write_text(export_prh(glossary), encoding="utf-8")
        syn_prh = WORK / "prh-5000.yml"
        syn_prh.write_text(export_prh(syn_g), encoding="utf-8")
        _, tl_bytes = sample(corpus, args.textlint_mb, WORK / "textlint-sample")
        for name, dic, nbytes, src in (
            ("textlint+prh, real glossary", prh, tl_bytes, WORK / "textlint-sample"),
            (
                f"textlint+prh, {len(syn_g.terms)} terms (0.1 MB sample)",
                syn_prh,
                0.0,
                WORK / "textlint-small",
            ),
        ):
            if nbytes == 0.0:
                _, nbytes = sample(corpus, 0.1, src)
            rc = WORK / "textlintrc.json"
            rc.write_text(
                json.dumps({"rules": {"prh": {"rulePaths": [str(dic)]}}}), encoding="utf-8"
            )
            record(
                name, [str(textlint), "-c", str(rc), "--format", "unix", str(src)], nbytes, cwd=WORK
            )
    else:
        out("  textlint + textlint-rule-prh: npm install failed or npm missing; skipped")

    ac_name = "autocorrect-py lint_for"
    grep_name = "grep -F -f (rejected forms), limit"
    syn_key = f"glossary checks, {len(syn_g.terms)}-term"
    wall = rates | {ac_name: ac or 0.0, grep_name: grep}
    if rg_rate is not None:
        wall[rg_name] = rg_rate
    for label, table in (("wall clock", wall), ("CPU time", cpu_rates)):
        out(f"ratios by {label} (one process each):")
        best = {
            k: max(v for n, v in table.items() if n.startswith(k))
            for k in ("glossary checks, real", "all checks, real", syn_key)
        }
        out(
            f"  glossary checks, real glossary: {best['glossary checks, real']:.1f} MB/s "
            "(goal >= 50)"
        )
        out(f"  glossary checks, {len(syn_g.terms)} terms: {best[syn_key]:.1f} MB/s (goal >= 25)")
        if table.get(ac_name):
            ratio = best["all checks, real"] / table[ac_name]
            out(f"  all checks / autocorrect = {ratio:.2f}x (goal >= 3)")
        floor = table[grep_name] / best["glossary checks, real"]
        out(f"  grep -F limit / glossary checks = {floor:.2f}x")
        if table.get(rg_name):
            limit = table[rg_name] / best["glossary checks, real"]
            out(f"  ripgrep limit / glossary checks = {limit:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Search quality and download size: our index against Pagefind, on the seeds.

    python benchmarks/bench_search.py                  # builds the seeds' site in a temp dir
    python benchmarks/bench_search.py --site DIR       # an existing build of seeds/
    python benchmarks/bench_search.py --skip-pagefind  # ours only

Each language has ~20 queries a reader would type, each with the stories
that should come first (any of them counts as a right first result) and the
other stories that answer it (judged from the stories' topics, not from
either engine's output). Reported per engine and language:

* top-1: the first result is one of the stories that should come first;
* P@3: relevant stories among the first three, over min(3, relevant);
* recall@10: relevant stories among the first ten, over all relevant;
* bytes: what a reader downloads for one query beyond the page and the
  engine's script (index shards, chunks or fragments for the first ten
  results), raw and gzipped, mean over the queries; the script itself
  (search.js; pagefind.js + its WebAssembly) once.

Ours is measured by ``search_rank.search`` over the files the build wrote
(the page's script ranks identically; tests/site/test_search_js.py checks).
Pagefind (npm ``pagefind``, its extended binary with Chinese segmentation,
installed by scripts/setup.sh into benchmarks/.pagefind) indexes the built
story pages and is queried in chromium through its own pagefind.js, bytes
counted from the responses. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_env import PAGEFIND  # noqa: E402

from summarizer.site.search import read_index  # noqa: E402
from summarizer.site.search_rank import search  # noqa: E402

ZHIPU = [
    "zhipu-minimax-bank-finance",
    "zhipu-minimax-hearing",
    "zhipu-minimax-hk-valuation-space",
    "zhipu-minimax-listing-debut",
    "zhipu-minimax-valuation-divergence",
]
AMAZON, TIKTOK_FEE = "amazon-apparel-referral-fee-cut", "tiktok-shop-us-referral-fee-2024"
TIKTOK_2024, DE_MINIMIS = "tiktok-shop-2024-markets", "us-de-minimis-global-end"
POP_MART, LIVE = "pop-mart-2024-results", "live-commerce-measures"
HEARING, BANK = "zhipu-minimax-hearing", "zhipu-minimax-bank-finance"
SPACE, DEBUT = "zhipu-minimax-hk-valuation-space", "zhipu-minimax-listing-debut"
DIVERGE = "zhipu-minimax-valuation-divergence"
INDIA = "amazon-india-zero-referral-fee-2025"

#: query -> (stories that should come first, other relevant stories)
Spec = dict[str, tuple[list[str], list[str]]]
QUERIES: dict[str, Spec] = {
    "zh-Hans": {
        "亚马逊 佣金": ([AMAZON, INDIA], []),
        "智谱": (ZHIPU, []),
        "小额豁免": ([DE_MINIMIS], []),
        "泡泡玛特 营收": ([POP_MART], []),
        "解禁": ([DIVERGE], []),
        "直播电商": ([LIVE], []),
        "主播": ([LIVE], []),
        "TikTok 开店": ([TIKTOK_2024], []),
        "印尼": ([TIKTOK_2024], []),
        "关税": ([DE_MINIMIS], []),
        "毛绒": ([POP_MART], []),
        "王宁": ([POP_MART], []),
        "聆讯": ([HEARING], [BANK, SPACE]),
        "招股书": ([HEARING], []),
        "市值 万亿": ([DIVERGE], []),
        "转售商": ([AMAZON], []),
        "销售佣金 上调": ([TIKTOK_FEE], []),
        "银行": ([BANK], []),
        "毛利率": ([HEARING, DEBUT, DIVERGE], []),
        "估值": ([SPACE, DIVERGE], [HEARING, DEBUT]),
        "MiniMax 腰斩": ([DIVERGE], []),
        "大模型第一股": ([HEARING], []),
        "免佣": ([TIKTOK_FEE], []),
        "筹码": ([DIVERGE], []),
        "不可替代": ([DIVERGE], []),
        "过渡期": ([DE_MINIMIS], []),
        "手办": ([POP_MART], []),
        "盲盒": ([POP_MART], []),  # the reader's word for Pop Mart's toys; the story never says it
    },
    "zh-Hant": {
        "亞馬遜 佣金": ([AMAZON], []),
        "智譜": (ZHIPU, []),
        "小額豁免": ([DE_MINIMIS], []),
        "泡泡瑪特 營收": ([POP_MART], []),
        "解禁": ([DIVERGE], []),
        "直播電商": ([LIVE], []),
        "主播": ([LIVE], []),
        "TikTok 開店": ([TIKTOK_2024], []),
        "印尼": ([TIKTOK_2024], []),
        "關稅": ([DE_MINIMIS], []),
        "毛絨": ([POP_MART], []),
        "王寧": ([POP_MART], []),
        "聆訊": ([HEARING], [BANK, SPACE]),
        "公開說明書": ([HEARING], []),
        "市值 兆": ([DIVERGE], []),
        "轉售商": ([AMAZON], []),
        "銷售佣金 調高": ([TIKTOK_FEE], []),
        "銀行": ([BANK], []),
        "毛利率": ([HEARING, DEBUT, DIVERGE], []),
        "估值": ([SPACE, DIVERGE], [HEARING, DEBUT]),
        "MiniMax 腰斬": ([DIVERGE], []),
        "大模型第一股": ([HEARING], []),
        "免傭": ([TIKTOK_FEE], []),
        "籌碼": ([DIVERGE], []),
        "不可替代": ([DIVERGE], []),
        "過渡期": ([DE_MINIMIS], []),
        "手辦": ([POP_MART], []),
        "盲盒": ([POP_MART], []),
    },
    "en": {
        "referral fee": ([AMAZON, TIKTOK_FEE], []),
        "Amazon referral fee": ([AMAZON], []),
        "de minimis": ([DE_MINIMIS], []),
        "Pop Mart revenue": ([POP_MART], []),
        "lock-up": ([DIVERGE], []),
        "live streaming": ([LIVE], []),
        "streamers": ([LIVE], []),
        "TikTok new shops": ([TIKTOK_2024], []),
        "Indonesia": ([TIKTOK_2024], []),
        "tariff": ([DE_MINIMIS], []),
        "plush toys": ([POP_MART], []),
        "Wang Ning": ([POP_MART], []),
        "listing hearing": ([HEARING], [BANK, SPACE]),
        "prospectus": ([HEARING], []),
        "trillion market cap": ([DIVERGE], []),
        "buy box": ([AMAZON], []),
        "TikTok Shop fee rise": ([TIKTOK_FEE], []),
        "banks": ([BANK], []),
        "gross margin": ([HEARING, DEBUT, DIVERGE], []),
        "valuation": ([SPACE, DIVERGE], [HEARING, DEBUT]),
        "MiniMax halved": ([DIVERGE], []),
        "free float": ([DIVERGE], []),
        "transition period": ([DE_MINIMIS], []),
        "first listed large model company": ([HEARING], []),
        "blind boxes": ([POP_MART], []),
    },
}


def measure(ranked: list[str], first: list[str], others: list[str]) -> tuple[int, float, float]:
    """(top-1, P@3, recall@10) of one ranking."""
    relevant = set(first) | set(others)
    top1 = int(bool(ranked) and ranked[0] in first)
    p3 = len(relevant & set(ranked[:3])) / min(3, len(relevant))
    r10 = len(relevant & set(ranked[:10])) / len(relevant)
    return top1, p3, r10


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6, mtime=0))


def run_ours(site: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for lang, spec in QUERIES.items():
        index = read_index(site, lang)
        rows = []
        for query, (first, others) in spec.items():
            ranked, fetched = search(index, query)
            blobs = [index.files[name].encode() for name in fetched]
            sizes = (sum(map(len, blobs)), sum(map(gz, blobs)))
            rows.append((query, ranked, *measure(ranked, first, others), *sizes))
        out[lang] = rows
    script = next((site / "static").glob("search.*.js")).read_bytes()
    out["script"] = (len(script), gz(script))
    return out


def run_pagefind(site: Path) -> dict[str, Any]:
    """Index a copy of the site with Pagefind and query it in chromium."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests/browser"))
    from conftest import ARGS, CHROMIUM

    from summarizer.site.serve import make_server

    work = Path(tempfile.mkdtemp(prefix="pagefind-"))
    try:
        copy = work / "site"
        shutil.copytree(site, copy)
        subprocess.run(
            [str(PAGEFIND), "--site", str(copy), "--glob", "*/stories/*.html", "--silent"],
            check=True,
        )
        server = make_server(copy, 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        out: dict[str, Any] = {}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            for lang, spec in QUERIES.items():
                rows = []
                for query, (first, others) in spec.items():
                    ranked, index_bytes, script_bytes = _pagefind_query(browser, base, lang, query)
                    rows.append((query, ranked, *measure(ranked, first, others), *index_bytes))
                    out["script"] = script_bytes
                out[lang] = rows
            browser.close()
        server.shutdown()
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _pagefind_query(
    browser: Any, base: str, lang: str, query: str
) -> tuple[list[str], tuple[int, int], tuple[int, int]]:
    context = browser.new_context()  # an empty cache per query: what a new reader pays
    page = context.new_page()
    responses: list[Any] = []
    page.on("response", lambda r: responses.append(r) if "/pagefind/" in r.url else None)
    page.goto(f"{base}/{lang}/index.html")
    urls = page.evaluate(
        """async q => {
          const pf = await import('/pagefind/pagefind.js');
          const s = await pf.search(q);
          const d = await Promise.all(s.results.slice(0, 10).map(r => r.data()));
          return d.map(x => x.url);
        }""",
        query,
    )
    page.wait_for_load_state("networkidle")
    sizes = {r.url: r.body() for r in responses}
    context.close()
    ranked = [u.rsplit("/", 1)[-1].removesuffix(".html") for u in urls]
    script = [b for u, b in sizes.items() if u.endswith((".js", ".wasm", ".pf_meta"))]
    data = [b for u, b in sizes.items() if not u.endswith((".js", ".wasm", ".pf_meta"))]
    return (
        ranked,
        (sum(map(len, data)), sum(map(gz, data))),
        (sum(map(len, script)), sum(map(gz, script))),
    )


def table(name: str, result: dict[str, Any], show_misses: bool) -> list[str]:
    lines = []
    for lang in QUERIES:
        rows = result[lang]
        n = len(rows)
        top1 = sum(r[2] for r in rows) / n
        p3 = sum(r[3] for r in rows) / n
        r10 = sum(r[4] for r in rows) / n
        raw = sum(r[5] for r in rows) / n
        zipped = sum(r[6] for r in rows) / n
        lines.append(
            f"| {name} | {lang} | {n} | {top1:.2f} | {p3:.2f} | {r10:.2f} "
            f"| {raw / 1024:.1f} KB | {zipped / 1024:.1f} KB |"
        )
        if show_misses:
            for query, ranked, t1, _, r, *_ in rows:
                if not t1 or r < 1:
                    lines.append(
                        f"|   miss | {lang} | {query} | top: {', '.join(ranked[:3]) or '—'} |"
                    )
    raw, zipped = result["script"]
    lines.append(f"| {name} | script | | | | | {raw / 1024:.1f} KB | {zipped / 1024:.1f} KB |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a build of seeds/ (default: build one)")
    parser.add_argument("--skip-pagefind", action="store_true")
    parser.add_argument(
        "--misses", action="store_true", help="list the queries each engine got wrong"
    )
    args = parser.parse_args()
    tmp = None
    site = args.site
    if site is None:
        from summarizer.site.build import build_site

        tmp = Path(tempfile.mkdtemp(prefix="bench-search-"))
        site = tmp / "site"
        build_site(ROOT / "seeds", site, 2)
    try:
        header = [
            "| engine | lang | queries | top-1 | P@3 | recall@10 | bytes/query | gzipped |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        lines = header + table("ours", run_ours(site), args.misses)
        if not args.skip_pagefind:
            if PAGEFIND.exists():
                lines += table("Pagefind", run_pagefind(site), args.misses)
            else:
                lines.append(f"(Pagefind not installed: {PAGEFIND} missing; run scripts/setup.sh)")
        print("\n".join(lines))  # noqa: T201
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

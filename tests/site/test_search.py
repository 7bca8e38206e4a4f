"""Site search: tokens, ranking, the index files a build writes (deterministic,
incremental, cache-safe) and the search page and header box."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitefake import FakeEngine

from summarizer.site.build import build_site
from summarizer.site.search import read_index
from summarizer.site.search_index import Index, SearchDoc, build_index, unwrap
from summarizer.site.search_rank import search
from summarizer.site.search_tokens import doc_tokens, query_tokens, shard_of

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


def test_chinese_is_indexed_by_characters_and_pairs() -> None:
    assert doc_tokens("佣金费") == ["佣", "金", "费", "佣金", "金费"]
    assert query_tokens("亚马逊 佣金") == ["亚马", "马逊", "佣金"]
    assert query_tokens("税") == ["税"]
    # a run of Latin in Chinese text is a word of its own; full-width is folded
    assert query_tokens("ＴｉｋＴｏｋ开店") == ["tiktok", "开店"]


def test_english_words_are_lower_cased_plurals_folded_function_words_dropped() -> None:
    assert query_tokens("The Referral Fees of companies") == ["referral", "fee", "company"]
    assert query_tokens("de minimis") == ["de", "minimis"]  # not "minimi"
    assert query_tokens("lock-up") == ["lock", "up"]
    assert query_tokens("the of and") == []


def _docs() -> list[SearchDoc]:
    """Oldest first, as a build numbers them (the newest story is the last document)."""
    return [
        SearchDoc("other", "美国取消小额豁免", "d3", "包裹按正常税率征税。", []),
        SearchDoc(
            "older",
            "亚马逊下调服装佣金",
            "d2",
            "20美元以下服装的佣金下降。",
            [("", "低价服装增多。"), ("seller", "卖家可把定价压到门槛之下。")],
        ),
        SearchDoc("newer", "TikTok Shop上调销售佣金", "d1", "卖家佣金提高。", [("", "平台补贴。")]),
    ]


def test_every_pair_of_a_phrase_must_match_and_title_outranks_points() -> None:
    index = build_index(_docs())
    assert search(index, "亚马逊 佣金")[0] == ["older"]
    assert search(index, "佣金")[0] == ["newer", "older"]  # in both titles: newer first
    assert search(index, "佣金 补贴")[0] == ["newer"]  # only stories with every word
    assert search(index, "定价")[0] == ["older"]  # only in a reader's points
    assert search(index, "小额豁免")[0] == ["other"]
    assert search(index, "不存在的词")[0] == []


def test_a_pair_no_story_has_is_split_into_its_characters() -> None:
    # 调高 appears nowhere; 上调 … 提高 in one title and lede
    ranked, _ = search(build_index(_docs()), "佣金 调高")
    assert ranked[0] == "newer"


def test_a_query_fetches_only_its_shards_and_its_results_chunks() -> None:
    docs = [SearchDoc(f"s{i}", f"标题{i} word{i}", "d", "导语。" * 50, []) for i in range(40)]
    index = build_index(docs, shard_bytes=200)
    [segment] = index.meta["segments"]  # fewer documents than a block: one segment
    shards = segment["shards"]
    assert len(shards) > 1 and index.meta["n"] == 40
    ranked, fetched = search(index, "word7")
    assert ranked == ["s7"]
    [shard, chunk] = fetched
    n = shard_of("word7", len(shards))
    assert shard == f"t0_{n}.{shards[n]}.js"
    assert chunk.startswith("d1.") and chunk.endswith(
        ".js"
    )  # story 7 is in the second chunk of four
    assert sum(len(index.files[f]) for f in fetched) < sum(len(t) for t in index.files.values()) / 3


def test_index_files_are_named_by_their_content() -> None:
    one, two = build_index(_docs(), 100), build_index(_docs(), 100)
    assert one.files == two.files and one.meta == two.meta
    for name, text in one.files.items():
        assert re.fullmatch(r"(t\d+_|d)\d+\.[0-9a-f]{10}\.js", name)
        assert text.startswith(f'quickreadSearch("{name[:-3]}",') and text.endswith(");\n")
        unwrap(text)
    changed = _docs()
    changed[0] = SearchDoc("other", "美国取消小额豁免", "d3", "改了导语。", [])
    three = build_index(changed, 100)
    assert set(three.files) != set(one.files)
    assert set(three.files) & set(one.files)  # unchanged shards keep their names


# -- the build -------------------------------------------------------------------------------

SEED = """\
id: {id}
published: 2026-01-0{n}
title: {{zh: {zh}, en: "{en}"}}
lede: {{zh: 本文分析了两家大模型企业。, en: The article compares two model makers.}}
facts:
  - {{id: f1, value: "5.34亿元", quote: "收入5.34亿元"}}
"""
STORIES = [
    ("amazon-fees", "亚马逊下调服装佣金", "Amazon cuts apparel referral fees"),
    ("de-minimis", "美国取消小额豁免", "US ends the de minimis exemption"),
    ("zhipu-ipo", "智谱上市这场聆讯", "Zhipu clears its listing hearing"),
]


def _seeds(root: Path) -> Path:
    seeds = root / "seeds"
    seeds.mkdir()
    for n, (sid, zh, en) in enumerate(STORIES, 1):
        (seeds / f"{sid}.yaml").write_text(SEED.format(id=sid, n=n, zh=zh, en=en), "utf-8")
    return seeds


def _index(site: Path, lang: str) -> Index:
    return read_index(site, lang)


def _search_files(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and ("search" in p.parts[-2] or p.name == "search.html")
    }


def test_a_build_writes_a_search_page_and_index_per_language(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    site = tmp_path / "site"
    build_site(seeds, site, 1, engine=FakeEngine())
    for lang in ("zh-Hans", "zh-Hant", "en"):
        assert (site / lang / "search.html").is_file()
    assert search(_index(site, "zh-Hans"), "小额豁免")[0] == ["de-minimis"]
    assert search(_index(site, "en"), "referral fee")[0] == ["amazon-fees"]
    # the fake engine's zh-Hant turns 这场 into 這場: a Traditional query finds it
    assert search(_index(site, "zh-Hant"), "這場")[0] == ["zhipu-ipo"]
    assert search(_index(site, "zh-Hans"), "這場")[0] == []
    page = (site / "en" / "search.html").read_text("utf-8")
    assert re.search(r'<script src="\.\./static/search\.[0-9a-f]{10}\.js" defer>', page)
    assert "<noscript>" in page and "site-q" not in page  # no second box on the search page
    story = (site / "en" / "stories" / "amazon-fees.html").read_text("utf-8")
    form = re.search(r'<form class="site-search"[^>]*>', story)
    assert form and 'action="../../en/search.html" method="get"' in form.group(0)
    assert 'name="q"' in story and "search." not in story.split("<body>")[0]  # no script here
    sitemap = "".join(p.read_text("utf-8") for p in site.rglob("sitemap*.xml"))
    assert "search.html" not in sitemap  # the page is noindex


def test_rebuilds_are_byte_identical_and_incremental_ones_sweep_old_files(
    tmp_path: Path,
) -> None:
    seeds = _seeds(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    build_site(seeds, one, 1, engine=FakeEngine())
    build_site(seeds, two, 2, engine=FakeEngine())
    before = _search_files(one)
    assert before == _search_files(two)
    report = build_site(seeds, one, 1, engine=FakeEngine())
    assert not [p for p in report.pages_written if "search" in p]  # nothing changed
    path = seeds / "de-minimis.yaml"
    path.write_text(path.read_text("utf-8").replace("小额豁免", "包裹关税"), "utf-8")
    build_site(seeds, one, 1, engine=FakeEngine())
    after = _search_files(one)
    assert after != before
    index = _index(one, "zh-Hans")
    assert sorted(index.files) == sorted(
        p.rsplit("/", 1)[-1] for p in after if p.startswith("zh-Hans/search/")
    )  # every file the page names exists, and no stale one is left
    assert search(index, "包裹关税")[0] == ["de-minimis"]
    assert search(index, "小额豁免")[0] == []
    fresh = tmp_path / "fresh"
    build_site(seeds, fresh, 1, engine=FakeEngine())
    assert _search_files(fresh) == after  # incremental == full


@pytest.mark.skipif(not any(SEEDS_DIR.glob("*.yaml")), reason="no seeds")
def test_the_seeds_queries_find_their_stories(tmp_path: Path) -> None:
    """A few of benchmarks/bench_search.py's queries, through the real pipeline."""
    site = tmp_path / "site"
    build_site(SEEDS_DIR, site, 2)
    cases = {
        "zh-Hans": [
            # two stories of Amazon cutting its referral fee: both rank first
            ("亚马逊 佣金", "amazon-apparel-referral-fee-cut amazon-india-zero-referral-fee-2025"),
            ("解禁", "zhipu-minimax-valuation-divergence"),
        ],
        "zh-Hant": [
            ("小額豁免", "us-de-minimis-global-end"),
            ("泡泡瑪特 營收", "pop-mart-2024-results"),
        ],
        "en": [
            ("de minimis", "us-de-minimis-global-end"),
            ("lock-up", "zhipu-minimax-valuation-divergence"),
        ],
    }
    for lang, queries in cases.items():
        index = _index(site, lang)
        for query, first in queries:
            top = search(index, query)[0]
            assert set(top[: first.count(" ") + 1]) == set(first.split()), (lang, query, top)


def test_a_search_over_segments_ranks_as_over_one() -> None:
    """Segments split the postings by document, not the ranking: the same
    documents give the same results whatever the block, and a query fetches
    its token's shard in every segment."""
    words = ["fee", "seller", "amazon", "佣金", "关税", "平台"]
    docs = [
        SearchDoc(f"s{i}", f"{words[i % 6]} {words[i % 4]} 标题{i % 9}", "d", words[i % 5], [])
        for i in range(70)
    ]
    one = build_index(docs)
    many = build_index(docs, shard_bytes=200, block=8)
    assert [(s["start"], s["n"]) for s in many.meta["segments"]] == [
        (0, 64),
        (64, 6),
    ]
    assert len(one.meta["segments"]) == 1
    for query in ["fee", "佣金 fee", "标题3", "amazon 关税", "平台 seller 标题", "nothing"]:
        assert search(many, query, 50)[0] == search(one, query, 50)[0]
    ranked, fetched = search(many, "seller")
    assert ranked and [f.split("_")[0] for f in fetched if f.startswith("t")] == ["t0", "t64"]

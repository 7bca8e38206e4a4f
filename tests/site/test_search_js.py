"""The search page's script tokenises and ranks exactly as search_tokens.py and
search_rank.py: the same functions run in node over the same inputs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from summarizer.paths import TEMPLATES_DIR
from summarizer.site.search_index import SearchDoc, build_index, shard_name, unwrap
from summarizer.site.search_rank import merge_postings, score, split_missing
from summarizer.site.search_tokens import doc_tokens, query_tokens, shard_of

SCRIPT = TEMPLATES_DIR / "site" / "static" / "search.js"
NODE = shutil.which("node")
TEXTS = [
    "亚马逊 佣金",
    "TikTok Shop上调销售佣金，从2%提高到6%。",
    "ＴｉｋＴｏｋ　开店，ＡＩ大模型",
    "The Referral Fees of companies rose; de minimis ends (lock-up, 13.04bn).",
    "智譜與MiniMax畫出AI商業化兩道彩虹",
    "𠀀𠀁 rare CJK extension B, é accents, ﬁ ligature, ①②",
    "the of and",
    "",
]
RUNNER = """
const api = require(process.argv[1]);
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = {
  doc: input.texts.map(api.docTokens),
  query: input.texts.map(api.queryTokens),
  shard: input.tokens.map(t => api.shardOf(t, 64)),
  split: input.texts.map(t => api.splitMissing(api.queryTokens(t), input.postings)),
  score: input.queries.map(q => api.score(input.postings, q, input.total)),
  marks: input.texts.map(t => api.matches(t, "佣金 fee tiktok lock-up")),
};
process.stdout.write(JSON.stringify(out));
"""


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_script_and_python_agree() -> None:
    docs = [
        SearchDoc(f"s{i}", text, "d", TEXTS[(i + 1) % len(TEXTS)], [("", TEXTS[(i + 2) % 8])])
        for i, text in enumerate(TEXTS)
    ]
    # three equal documents: a tie, broken newer first (the higher number)
    docs += [SearchDoc(f"tie{i}", "平局 draw", "d", "", []) for i in range(3)]
    index = build_index(docs, shard_bytes=1_000_000)
    [postings] = [unwrap(t) for name, t in index.files.items() if name.startswith("t")]
    queries = [query_tokens(t) for t in TEXTS] + [["佣金", "fee"], ["调", "高", "佣金"]]
    queries += [["平局"], ["draw", "平局"]]
    n = len(docs)
    assert score(postings, ["平局"], n) == [n - 1, n - 2, n - 3]
    tokens = sorted({t for text in TEXTS for t in doc_tokens(text)})
    data = {"texts": TEXTS, "tokens": tokens, "postings": postings, "queries": queries}
    data["total"] = len(docs)
    out = _node(RUNNER, data)
    assert out["doc"] == [doc_tokens(t) for t in TEXTS]
    assert out["query"] == [query_tokens(t) for t in TEXTS]
    assert out["shard"] == [shard_of(t, 64) for t in tokens]
    assert out["split"] == [split_missing(query_tokens(t), postings) for t in TEXTS]
    assert out["score"] == [score(postings, q, len(docs)) for q in queries]
    assert any(out["score"])  # the rankings compared are not all empty
    # highlights: the whole phrase where it occurs, words by their folded form
    text = TEXTS[1]
    marked = [text[a:b] for a, b in out["marks"][1]]
    assert marked == ["TikTok", "佣金"]
    assert [TEXTS[3][a:b] for a, b in out["marks"][3]] == ["Fees", "lock-up"]
    assert [TEXTS[2][a:b] for a, b in out["marks"][2]] == ["ＴｉｋＴｏｋ"]  # full-width, unchanged
    assert Path(SCRIPT).stat().st_size < 16_000


MERGE_RUNNER = """
const api = require(process.argv[1]);
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const postings = api.mergePostings(input.parts);
process.stdout.write(JSON.stringify(input.queries.map(q => api.score(postings, q, input.total))));
"""


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_script_and_python_rank_alike_over_several_segments() -> None:
    """The page joins each token's postings segment after segment: its ranking
    over an index of several segments is Python's, and the one-segment index's."""
    docs = [
        SearchDoc(f"s{i}", TEXTS[i % 8], "d", TEXTS[(i * 3 + 1) % 8], [("", TEXTS[(i + 2) % 8])])
        for i in range(46)
    ]
    docs += [SearchDoc(f"tie{i}", "平局 draw", "d", "", []) for i in range(3)]
    many = build_index(docs, shard_bytes=300, block=4)
    one = build_index(docs, shard_bytes=1_000_000)
    assert len(many.meta["segments"]) == 3  # 32 + 16 + a tail of 1
    parts = [
        merge_postings(
            [
                unwrap(many.files[shard_name(seg["start"], i, h)])
                for i, h in enumerate(seg["shards"])
                if h
            ]
        )
        for seg in many.meta["segments"]
    ]
    [whole] = [unwrap(t) for name, t in one.files.items() if name.startswith("t")]
    queries = [query_tokens(t) for t in TEXTS] + [["佣金", "fee"], ["平局"], ["draw", "平局"]]
    data = {"parts": parts, "queries": queries, "total": len(docs)}
    out = _node(MERGE_RUNNER, data)
    expected = [score(whole, q, len(docs)) for q in queries]
    assert out == expected == [score(merge_postings(parts), q, len(docs)) for q in queries]
    assert sum(map(len, out)) > 50


def _node(runner: str, data: dict[str, Any]) -> Any:
    """What ``runner`` (JavaScript given search.js's path) prints for ``data``."""
    assert NODE is not None
    result = subprocess.run(
        [NODE, "-e", runner, str(SCRIPT)],
        input=json.dumps(data, ensure_ascii=False),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)

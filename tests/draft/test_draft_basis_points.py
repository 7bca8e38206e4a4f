"""Basis points are hundredths of a point: "cut gross margin by 300 basis points", 上调50个基点, a
fuel surcharge table "by 100 basis points" are 3, 0.5 and 1 percentage points (before, 300 and 100
were drafted as bare counts and 50个基点 as nothing)."""

from __future__ import annotations

from summarizer.draft.figures import find_figures


def test_basis_points_are_drafted_as_percentage_points() -> None:
    text = ("Nike's gross margin fell 300 basis points to 42.9%. 人民币中间价上调50个基点。 "
            "FedEx is hiking its fuel surcharge tables by 100 basis points effective May 6.")
    got = [(f.value, f.unit) for f in find_figures(text)]
    assert ("3.00", "pp") in got and ("0.50", "pp") in got and ("1.00", "pp") in got
    assert ("42.9", "percent") in got and not [g for g in got if g[0] in ("300", "100", "50")]

"""The bad-input corpus (badinput_cases.py), one pytest case per row.

All rows run once, in parallel, as real processes (badinput_runner.py); each
test then checks its row: exit status, message shape, nothing written, no
traceback, under 5 s and 500 MB.
"""

from __future__ import annotations

import pytest
from badinput_cases import all_cases
from badinput_runner import Result, run_all

CASES = all_cases()


@pytest.fixture(scope="module")
def results() -> dict[str, Result]:
    return {r.case.id: r for r in run_all(CASES)}


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 150
    assert {c.area for c in CASES} == {"cli", "glossary", "lint", "build", "serve", "facts"}


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_bad_input(results: dict[str, Result], case_id: str) -> None:
    r = results[case_id]
    assert r.ok, f"{'; '.join(r.problems)}\nargv: {r.case.argv}\nstderr: {r.stderr[-600:]}"

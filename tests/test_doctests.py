"""The examples in the package's docstrings run as tests (filters, formats,
helpers: an example that stopped being true fails here)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import summarizer

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(summarizer.__path__, "summarizer.")
    if not m.ispkg and m.name != "summarizer.__main__"  # importing it runs the CLI
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"


def test_there_are_examples() -> None:
    finder = doctest.DocTestFinder()
    count = sum(
        len(t.examples)
        for name in MODULES
        for t in finder.find(importlib.import_module(name))
    )
    assert count >= 30

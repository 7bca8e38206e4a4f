"""English tidying: a plural common noun a template gives a possessive 's
('platforms's', from an entity named 'China's major e-commerce platforms')
takes an apostrophe alone; names and singular nouns in -ss keep theirs."""

from __future__ import annotations

import pytest

from summarizer.realise.text import tidy


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("China's major e-commerce platforms's GMV rose.",
         "China's major e-commerce platforms' GMV rose."),
        ("With the factories's orders up.", "With the factories' orders up."),
        ("Walgreens's stores close.", "Walgreens's stores close."),  # a name keeps its 's
        ("The business's fees rose.", "The business's fees rose."),  # a singular in -ss
    ],
)
def test_a_plural_common_nouns_possessive_is_an_apostrophe(text: str, tidied: str) -> None:
    assert tidy(text, "en", "t") == tidied

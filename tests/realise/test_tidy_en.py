"""English tidying: a plural common noun a template gives a possessive 's
('platforms's', from an entity named 'China's major e-commerce platforms')
takes an apostrophe alone; names and singular nouns in -ss keep theirs."""

from __future__ import annotations

import doctest

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


def test_was_agrees_with_the_head_of_an_of_phrase() -> None:
    """'Etsy's number of sellers were 5.6 million' (a plural after 'of' read as the subject)."""
    from summarizer.realise import text

    assert (text.was("number of sellers"), text.was("sales of cars"), text.was("imports")) == (
        "was", "were", "were")
    assert doctest.testmod(text).failed == 0


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("Traffic peaked at 3 p.m. the busiest hour.", "Traffic peaked at 3 p.m. the busiest hour."),
        ("Opens at 9 a.m. daily.", "Opens at 9 a.m. daily."),
        ("Costs rose, e.g. fuel, i.e. most of it.", "Costs rose, e.g. fuel, i.e. most of it."),
        ("Fees rose. de minimis parcels pay more.", "Fees rose. De minimis parcels pay more."),
    ],
)
def test_an_abbreviations_full_stop_ends_no_sentence(text: str, tidied: str) -> None:
    """'3 p.m. the busiest hour' stays lower case; a real sentence start is capitalised."""
    assert tidy(text, "en", "t") == tidied

"""Amounts in brackets that convert the amount before them into another
currency ("RMB 2,690 (£288)"): usually the writer's arithmetic, asked about
rather than drafted as figures of the story. Split from ``figures`` (the
figure reader), which finds the amounts this reads in pairs."""

from __future__ import annotations

import re

from .figures import Figure

#: What may stand between an amount and its conversion in brackets, and after it.
_CONVERSION_OPEN = re.compile(r"\s?[(（]\s?(?:about\s|approximately\s|roughly\s|约合?)?$")
_CONVERSION_CLOSE = re.compile(r"\s?[)）]")


def mark_conversions(text: str, figures: list[Figure]) -> None:
    """Ask about each amount that converts the one before it into another
    currency, in brackets: "RMB 2,690 (£288)", "100 billion yuan ($15
    billion)". Usually the writer's arithmetic at some rate, not a figure of
    the story; but a customs office gives trade in yuan and in dollars, so
    the editor decides.

    >>> t = "rose from RMB 2,690 (£288) to RMB 2,740 (about £294)."
    >>> from .figures import find_figures
    >>> figs = find_figures(t)
    >>> mark_conversions(t, figs)
    >>> [(f.value, f.currency, bool(f.review)) for f in figs]
    [('2690', 'CNY', False), ('288', 'GBP', True), ('2740', 'CNY', False), ('294', 'GBP', True)]
    """
    for prev, fig in zip(figures, figures[1:], strict=False):
        between = text[prev.end : fig.start]
        if (
            fig.currency
            and prev.currency
            and fig.currency != prev.currency
            and _CONVERSION_OPEN.search(between)
            and "\n" not in between
            and _CONVERSION_CLOSE.match(text, fig.end)
        ):
            fig.review.append(CONVERSION)


#: The review note of a bracketed conversion.
CONVERSION = (
    "converts the amount before it: delete unless the source gives it as a figure of its own"
)

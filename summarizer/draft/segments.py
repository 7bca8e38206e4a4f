"""Segments: the part of a business an English figure is about.

Results summaries name the part in capitals just before the metric or the
verb ("Shop Pay GMV rose 67%", "International GMV grew 41%", "Merchant
Solutions grew 38% and Subscription Solutions 15%"). Without a segment the
draft reads each as the company's own total, which the editor then has to
notice and rewrite; with one (and the part declared under ``entities``, for
the editor to give its kind and Chinese name) the figure is a part from the
start. A guess like any other in the draft: it is marked for review.
"""

from __future__ import annotations

import re

from ..vocabulary.vocab import default_vocabulary
from .figures import Figure
from .keywords import Keywords, load_keywords
from .sentences import sentence_bounds

_TOKEN = re.compile(r"[A-Za-z][\w&'.-]*|\S")
_SLUG = re.compile(r"[^a-z0-9]+")


#: What says "the same part as the figure before" ("Shop Pay GMV rose 67% YoY to $29B").
SAME = ("", "")


def guess_segment(
    before: str, kw: Keywords, metric_words: frozenset[str], entity_names: set[str]
) -> tuple[str, str] | None:
    """(id, name) of the part ``before`` (the text from the previous figure
    of the sentence up to this one) names just before the figure; ``SAME``
    when only linking words stand between the two figures; else None."""
    tokens = _TOKEN.findall(before)
    while tokens:
        # a metric named in words ("Product Commerce net revenues", "… Active
        # Customers"): not the part's name, the longest first
        k = next((k for k in (4, 3, 2) if " ".join(tokens[-k:]).lower() in metric_words), 0)
        if k:
            del tokens[-k:]
        elif (
            tokens[-1].lower() in kw.between
            or tokens[-1].lower() in metric_words
            or tokens[-1] in ("(", "+", "$", "-", "~", ",")
        ):
            tokens.pop()
        else:
            break
    if not tokens:
        return SAME
    if tokens[-1] == ":" and (lane := _lane(tokens[:-1])):
        return lane
    name: list[str] = []
    while tokens and len(name) < 3:
        word = tokens[-1]
        if not word[:1].isupper() or word in kw.not_parts or word.lower() in metric_words:
            break
        if any(c.isdigit() for c in word) or not word.isascii():
            break
        if word.endswith(("'s", "’s", "s'", "s’")):
            break  # "Temu's US sales", "Starbucks' 40,576 stores": the owner, not a part
        name.insert(0, tokens.pop())
    if not name:
        return None
    text = " ".join(name)
    bare = re.sub(r"[\s,]+(?:inc|corp|co|ltd|plc|llc)\.?$", "", text, flags=re.IGNORECASE)
    if text.lower() in entity_names or bare.lower() in entity_names:
        return None  # the company itself ("Nike Inc."), not a part of it
    return _SLUG.sub("-", text.lower()).strip("-"), text


def _lane(tokens: list[str]) -> tuple[str, str] | None:
    """A trade lane heading a line ("Southeast Asia to North America: Rates
    fell 11% YoY"): (id, 'Southeast Asia–North America'), or None.

    >>> _lane(["Key", "lanes", "Southeast", "Asia", "to", "North", "America"])
    ('southeast-asia-north-america', 'Southeast Asia–North America')
    >>> _lane(["Sales", "rose"]) is None
    True
    """
    words: list[str] = []
    while tokens and len(words) < 8 and (tokens[-1] == "to" or tokens[-1][:1].isupper()):
        words.insert(0, tokens.pop())
    ends = " ".join(words).split(" to ")
    if len(ends) != 2 or not all(ends):
        return None
    name = "–".join(ends)
    return _SLUG.sub("-", name.lower()).strip("-"), name


#: Shorter Chinese names (线上, 海外, 商家) stand before figures in too many
#: other senses ("商家为500万家" is a count of merchants, not a part of one).
MIN_NAME = 4

#: What may stand between a vocabulary segment's Chinese name and its figure
#: ("退款问题占比高达18.79%", "商品质量（6.91%）").
_LINK_ZH = re.compile(r"(?:占比|占)?(?:高达|达到|达|为)?[（(]?$")


def named_segment(before: str) -> str:
    """The vocabulary segment whose Chinese name ends ``before`` (the text up
    to a figure), linking words and an opening bracket aside, or ''. Such a
    segment needs no entity: the vocabulary names it in every language.

    >>> named_segment("其余问题类型依次为商品质量（")
    'product-quality'
    >>> named_segment("退款问题占比高达")
    'refunds'
    >>> named_segment("营收同比增长"), named_segment("平台商家为")
    ('', '')
    """
    link = _LINK_ZH.search(before)
    head = before[: link.start()] if link else before
    named = ((s.name.get("zh-Hans"), sid) for sid, s in default_vocabulary().segments.items()
             if s.name is not None)
    return max(((len(zh), sid) for zh, sid in named if len(zh) >= MIN_NAME and head.endswith(zh)),
               default=(0, ""))[1]


def add_segments(text: str, figures: list[Figure], entity_names: set[str]) -> None:
    """Give each English figure the part its sentence names before it, and a
    Chinese one the vocabulary's segment its name stands just before."""
    kw = load_keywords()
    metric_words = frozenset(w.lower() for w, *_ in kw.metrics if w.isascii())

    prev: Figure | None = None
    for fig in figures:
        start, _ = sentence_bounds(text, fig.start)
        same_sentence = prev is not None and prev.end > start
        if (known := named_segment(text[max(start, fig.start - 40) : fig.start])):
            fig.segment, prev = known, fig
            continue
        found = guess_segment(
            text[prev.end if prev and same_sentence else start : fig.start],
            kw,
            metric_words,
            entity_names,
        )
        if found == SAME:
            found = (prev.segment, prev.segment_name) if prev and same_sentence else None
        prev = fig
        if found and found[0]:
            fig.segment, fig.segment_name = found
            fig.review.append(
                f"a part of the business? segment {found[0]} is declared under entities"
            )

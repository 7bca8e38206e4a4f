"""Who a figure or an event is about: the entity a stretch of text names
last (or first), and who "the company" at the head of a sentence means.

An article names its players by name, then refers back to them ("The
retailer first filed for bankruptcy in 2019", 该公司透露): read literally,
the figure went to the last player named before it, often a rival the
sentence before only mentioned (Temu, in Forever 21's story).
"""

from __future__ import annotations

import re

from .sentences import SENTENCE_END, sentence_bounds

#: A sentence that opens on who the article is about without its name:
#: "The retailer first filed for bankruptcy in 2019, closing 200 stores".
ANAPHOR = re.compile(
    r"\s*(?:(?:The|the) (?:company|retailer|firm|brand|chain|group|platform|marketplace|business)"
    r"(?:'s)?\b|It\b|Its\b|该公司|该集团|该平台|公司)"
)


def refers_back(sentence: str, entities: dict[str, list[str]]) -> bool:
    """Whether ``sentence`` (up to a figure or an event's word) opens with
    'the company', 'it' or 公司 and names nobody: the article's subject acts,
    not the last player the sentence before named (Temu, in Forever 21's story).

    >>> refers_back("The retailer first filed in 2019, closing ", {"temu": ["Temu"]})
    True
    >>> refers_back("The retailer said Temu sold ", {"temu": ["Temu"]})
    False
    """
    return bool(ANAPHOR.match(sentence)) and not named(sentence, entities, last=False)[0]


def antecedent(
    text: str, start: int, body: int, entities: dict[str, list[str]], subject: str
) -> str:
    """Who a sentence starting at ``start`` with 'the company' (``refers_back``)
    means: the article's subject where the sentence before names it ("Forever
    21 has filed …, citing … Shein and Temu. The retailer first filed …";
    "… competitors like Walmart … Amazon's overall share … The retailer will
    account for …"), else the one that sentence names first ("MiniMax 的 AI
    原生产品…。该公司透露…" in a story about Zhipu), else the article's subject."""
    at = start - 1
    while at > body and (text[at].isspace() or SENTENCE_END.match(text, at)):
        at -= 1
    if at <= body:
        return subject
    before, _ = sentence_bounds(text, at)
    sentence = text[max(body, before) : at + 1]
    if subject and any(n and n in sentence for n in entities.get(subject, ())):
        return subject
    return named(sentence, entities, last=False)[0] or subject


def entity_before(before: str, entities: dict[str, list[str]]) -> str:
    """The entity (id -> names) named last in ``before``."""
    return named(before, entities, last=True)[0]


def named(text: str, entities: dict[str, list[str]], *, last: bool) -> tuple[str, int]:
    """The entity (id -> names) named last (or first) in ``text``, and where
    its name ends (0: none named)."""
    best, at, stop = "", -1 if last else len(text), 0
    for ent, names in entities.items():
        for name in names:
            i = text.rfind(name) if last else text.find(name)
            if i >= 0 and (i > at if last else i < at):
                best, at, stop = ent, i, i + len(name)
    return best, stop

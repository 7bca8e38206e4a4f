"""Whether an editor's implication restates the claim it answers.

An implication is written to stand alone in a reader's section, where the
claim is in another section, so editors often say the claim's substance
again: Nike's "Items under US$100, children's products and the Air Force 1
keep their prices: shoppers comparing after the rise will lean towards
them" answers "Children's products, items under US$100, Air Force 1
sneakers and non-shoe Jordan items are not going up." Where the section is
read on its own (a reader's page, a digest, a feed) the claim is printed
first, and the list came twice. Such an implication needs no claim before
it. Decided on the English of both, so every language prints the same
sentences (the zh/en pair lint compares them).
"""

from __future__ import annotations

import re

from ..model import Fact

#: At least this share of the claim's content words in the implication.
SHARE = 0.6
#: Claims this short say too little to judge by words.
MIN_WORDS = 4

_WORD = re.compile(r"[a-z0-9$£€¥%'.-]+")
_STOP = frozenset((
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from",
    "as", "is", "are", "was", "were", "be", "been", "it", "its", "their", "they", "them",
    "this", "that", "these", "those", "than", "then", "there", "here", "which", "who", "what",
    "when", "where", "how", "not", "no", "can", "may", "will", "would", "should", "could",
    "has", "have", "had", "do", "does", "did", "but", "if", "so", "about", "into", "over",
    "more", "most", "less", "much", "many", "any", "each", "every", "other", "some", "such",
    "only", "also", "just", "very", "your", "you", "our", "we", "still",
))  # fmt: skip


def content(text: str) -> set[str]:
    """The content words of English ``text``.

    >>> sorted(content("Offers and auctions started before July 17 keep the old fee."))
    ['auctions', 'before', 'fee', 'july', 'keep', 'offers', 'old', 'started']
    """
    words = (w.strip(".'-") for w in _WORD.findall(text.lower()))
    return {w for w in words if len(w) >= 3 and w not in _STOP}


def restates(claim: Fact, role: str) -> bool:
    """Whether the claim's implication for ``role`` says the claim again."""
    said = dict(claim.implications).get(role)
    if claim.text is None or said is None:
        return False
    words = content(claim.text.en)
    return len(words) >= MIN_WORDS and len(words & content(said.en)) >= SHARE * len(words)

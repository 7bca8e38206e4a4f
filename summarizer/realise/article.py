"""English's indefinite article before a phrase the templates do not know in
advance: an amount ('an INR 300 item', 'a US$15 item', 'an 8% fee') or a
term. The choice follows how the first word is spoken, not how it is spelt:
currency codes and other capitals are read letter by letter ('an RMB',
'a US$'), numbers as numbers ('an 11-day', 'a 110'), and a few vowel
spellings start with a consonant sound ('a unit', 'a one-off').
"""

from __future__ import annotations

import re

#: Letters whose name starts with a vowel sound: F is 'eff', R is 'ar'.
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
#: Vowel spellings spoken with a 'y' or 'w' first (a unit, a European, a one-off).
_CONSONANT_SOUND = ("uni", "use", "usu", "uti", "eu", "one", "once", "ubi", "ura")
#: Consonant spellings spoken with a vowel first (an hour, an honest).
_VOWEL_SOUND = ("hour", "honest", "honor", "honour", "heir")
_FIRST = re.compile(r"[A-Za-z$€£¥₹]+|\d[\d,]*")


def indefinite(phrase: str) -> str:
    """``phrase`` after 'a' or 'an', as it is spoken.

    >>> [indefinite(x) for x in ("INR 300 item", "US$15 item", "€3 duty", "RMB 5 fee")]
    ['an INR 300 item', 'a US$15 item', 'a €3 duty', 'an RMB 5 fee']
    >>> [indefinite(x) for x in ("8% fee", "11-day wait", "110 fee", "18,000 rise", "180 fee")]
    ['an 8% fee', 'an 11-day wait', 'a 110 fee', 'an 18,000 rise', 'a 180 fee']
    >>> [indefinite(x) for x in ("import tax", "unit price", "hour", "S$5 fee", "FBA fee")]
    ['an import tax', 'a unit price', 'an hour', 'an S$5 fee', 'an FBA fee']
    """
    return ("an " if _vowel_sound(phrase) else "a ") + phrase


def _vowel_sound(phrase: str) -> bool:
    m = _FIRST.match(phrase.lstrip())
    if m is None:
        return False
    word = m.group()
    if word[0].isdigit():
        # the leading group is what is spoken first: 8…, 11 and 18 (eleven,
        # eighteen; 11,000 and 18,000 too), not 110 or 180
        head = word.split(",")[0]
        return head.startswith("8") or head in ("11", "18")
    if word[0] in "$€£¥₹":
        return False  # a dollar, a euro, a pound, a yen, a rupee
    if len(word) > 1 and word[:2].isupper() or len(word) == 1 or word[1] in "$":
        return word[0].upper() in _VOWEL_LETTERS  # read letter by letter: an INR, a US$
    low = word.lower()
    if low.startswith(_VOWEL_SOUND):
        return True
    if low.startswith(_CONSONANT_SOUND):
        return False
    return low[0] in "aeiou"

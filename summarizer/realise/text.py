"""Rendered text made publishable: joined lines, spacing, sentence starts,
citation marks split into sentences, and openings varied.

``tidy`` also refuses output no editor would publish (a leftover ``{{``,
None, doubled or half-width punctuation in Chinese): the patterns are the
facts loader's (``facts.wording``), so a facts file ``check`` passes never
fails here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..errors import BuildError
from ..facts.wording import CJK, LEFTOVER, ZH_HALF
from ..model import Point, Sentence

if TYPE_CHECKING:
    from .voice import Voice

CITE_START, CITE_END = "\ue000", "\ue001"  # private use: never whitespace, never in text
#: After a Chinese name ending in a Latin letter (``Voice.name``): '的' where a
#: Latin word follows ('Shopify的GMV'), a space where a figure does ('Coupang
#: 2024年', not 'Coupang2024年'), nothing elsewhere ('Shopify收入').
ZH_JOIN = "\ue002"
_ZH_GLUED = re.compile(f"(?<=[A-Za-z]){ZH_JOIN}(?=[A-Za-z])")
_ZH_FIGURE = re.compile(f"(?<=[A-Za-z]){ZH_JOIN}(?=[0-9])")
_CITE = re.compile(f"{CITE_START}([^{CITE_END}]*){CITE_END}")
_CJK = CJK
_BAD = LEFTOVER
_ZH_HALF = ZH_HALF



_ZH_JOIN = re.compile(r"\s*\n\s*")
_ZH_SPACE = re.compile(f"(?<=[{_CJK}]) +(?=[{_CJK}])")
_WS = re.compile(r"\s+")
#: no space before punctuation or after "(", even with a cite marker between
_EN_BEFORE = re.compile(f" ((?:{CITE_START}[^{CITE_END}]*{CITE_END})?)(?=[,.;:!?)])")
_EN_AROUND = re.compile(f" ({CITE_START}[^{CITE_END}]*{CITE_END}) ")
_EN_AFTER = re.compile(f"\\( ((?:{CITE_START}[^{CITE_END}]*{CITE_END})?)")


#: Every match of ``_BAD`` contains one of these, and every match of
#: ``_ZH_HALF`` one of ``_HALF``: text without any skips the (slower) regex.
_BAD_HINTS: tuple[str, ...] = ("None", "nan", "{{", "}}", "{%", "%}", "..", ",,")
_BAD_HINTS += ("。。", "，，", "，。", "。，", "：：", "、、")
_HALF = re.compile("[,;:!?]")


#: An all-lower-case word opening an English sentence (a name such as 'de
#: minimis exemption' put first by a template); 'eBay' and 'iPhone' are not.
#: A full stop closing an abbreviation ends no sentence ('at 3 p.m. the
#: busiest hour', 'e.g. the').
_EN_START = re.compile(
    f"(^(?:{CITE_START}[^{CITE_END}]*{CITE_END})?"
    r"|(?<![ap]\.m)(?<!e\.g)(?<!i\.e)(?<!\bvs)"
    f"[.!?] (?:{CITE_START}[^{CITE_END}]*{CITE_END})?)"
    r"([a-z])(?=[a-z]*[\s,;:'’])"
)


#: A plural common noun given a possessive 's by a template ("China's major
#: e-commerce platforms's GMV"): an apostrophe alone. Names keep theirs
#: ("Walgreens's"), as lower-case words are never names here.
_PLURAL_POSSESSIVE = re.compile(r"(?<=\b[a-z])([a-z]*[a-rtv-z]s)'s\b")  # not 'business', 'bus'


def _upper(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2).upper()


def tidy(text: str, lang: str, where: str) -> str:
    """Join template lines and refuse output no editor would publish."""
    zh = lang.startswith("zh")
    if zh:
        if "\n" in text:
            text = _ZH_JOIN.sub("", text)
        text = text.strip()
        if " " in text:
            text = _ZH_SPACE.sub("", text)
        if ZH_JOIN in text:
            text = _ZH_GLUED.sub("的", _ZH_FIGURE.sub(" ", text)).replace(ZH_JOIN, "")
    else:
        text = _EN_BEFORE.sub(r"\1", _WS.sub(" ", text).strip())
        if f" {CITE_START}" in text:  # 'in 2026 <cite> and': one space, not two
            text = _EN_AROUND.sub(r" \1", text)
        if "( " in text:
            text = _EN_AFTER.sub(r"(\1", text)
        text = _EN_START.sub(_upper, text)
        if "s's" in text:
            text = _PLURAL_POSSESSIVE.sub(r"\1'", text)
    plain = _CITE.sub("", text) if CITE_START in text else text
    bad = _BAD.search(plain) if any(h in plain for h in _BAD_HINTS) else None
    if bad:
        raise BuildError.at(None, f"{where}: rendered text contains {bad.group(0)!r}: {text!r}")
    if zh and _HALF.search(plain) and _ZH_HALF.search(plain):
        raise BuildError.at(None, f"{where}: half-width punctuation in Chinese: {text!r}")
    return text


def split_sentences(text: str, default: tuple[str, ...]) -> tuple[Sentence, ...]:
    """Cut rendered text at cite markers into spans with their facts.

    Spans keep their own spacing, so joining them with '' gives the text back
    exactly; a span is usually a sentence, sometimes a clause with its figure.
    """
    out: list[Sentence] = []
    pos, facts = 0, default
    for m in _CITE.finditer(text):
        chunk = text[pos : m.start()]
        if chunk.strip():
            out.append(Sentence(chunk, facts))
        facts = tuple(x for x in m.group(1).split(",") if x) or default
        pos = m.end()
    tail = text[pos:]
    if tail.strip():
        out.append(Sentence(tail, facts))
    return tuple(out)


#: Openings that vary consecutive unlabeled points which would start alike,
#: taken in turn so that three such points never repeat one.
CONNECTIVES = {
    "zh-Hans": ("此外，", "同时，", "另外，"),
    "en": ("Also, ", "Meanwhile, ", "In addition, "),
}


#: English first words that are no names, lowered after a connective ('Also,
#: sellers who use …'); any other capital is a name's ('Also, PayPal charges').
COMMON_OPENERS = frozenset(
    ("The", "A", "An", "Its", "Their", "This", "That", "These", "Those", "Some", "All", "Both",
     "Each", "Every", "Most", "Many", "More", "Fewer", "Sellers", "Brands", "Buyers", "Shoppers",
     "Platforms", "Factories", "Merchants", "Retailers", "Consumers")
)


def _says_already(text: str, word: str) -> bool:
    """Whether the sentence's opening already says what the connective would
    ('Also, Amazon is also widening …', '同时，亚马逊同时加大…')."""
    core = word.strip(" ,，").lower()
    head = _CITE.sub("", text)[:48].lower()
    return (f" {core} " in f" {head} ") if core.isascii() else core in head


def opening(text: str, lang: str) -> str:
    """What a reader sees first: four characters, or the first English word."""
    plain = _CITE.sub("", text)
    return plain[:4] if lang != "en" else plain.split(" ", 1)[0]


def vary_openings(points: tuple[Point, ...], voice: Voice) -> tuple[Point, ...]:
    """Prefix a connective to a point that would start like the one before.

    Only for sections without lead labels (the labels already differ).
    Deterministic: the connectives rotate per section through ``voice``.
    """
    out: list[Point] = []
    for p in points:
        first = "".join(s.text for s in p.sentences)
        if (
            out
            and not p.label
            and opening(first, voice.lang)
            == opening("".join(s.text for s in out[-1].sentences), voice.lang)
        ):
            head = p.sentences[0]
            text = head.text
            options = [w for w in CONNECTIVES[voice.lang] if not _says_already(text, w)]
            word = voice.connective("opening", *(options or CONNECTIVES[voice.lang]))
            if voice.lang == "en" and text.split(" ", 1)[0] in COMMON_OPENERS:
                text = text[0].lower() + text[1:]
            p = replace(p, sentences=(replace(head, text=word + text), *p.sentences[1:]))
        out.append(p)
    return tuple(out)




#: Irregular past participles a metric name may end in ("units sold").
_PARTICIPLES = frozenset({"sold", "made", "held", "built", "paid", "bought", "sent", "shown",
                          "won", "lost", "spent", "kept"})


def was(noun: str) -> str:
    """The past of "to be" that agrees with an English metric name: plural
    names (exports, active buyers, sales) take "were", the rest "was".

    Metric names are plain nouns, so a final "s" that is not "ss", "us" or
    "is" marks the plural ("net loss" and "status" stay singular). A name
    said with its abbreviation the first time agrees with the name, not with
    the abbreviation in brackets.

    >>> was("imports"), was("revenue"), was("net loss")
    ('were', 'was', 'was')
    >>> was("monthly active users (MAU)"), was("gross merchandise value (GMV)")
    ('were', 'was')

    "X of Y" agrees with X, its head: "number of sellers" was, "sales of
    cars" were.

    >>> was("number of sellers"), was("share of complaints"), was("sales of cars")
    ('was', 'was', 'were')

    A participle after the noun leaves the noun the head: "units sold" and
    "accounts breached" were.

    >>> was("units sold"), was("accounts breached"), was("returned merchandise")
    ('were', 'were', 'was')

    A name in capitals is singular: "UPS" was.
    """
    head = noun.split(" (", 1)[0].split(" of ", 1)[0]
    words = head.split()
    word = words[-1].lower() if words else ""
    if len(words) > 1 and ((word.endswith("ed") and not word.endswith("eed"))
                           or word in _PARTICIPLES):
        word = words[-2].lower()
    if words and words[-1].isupper():
        return "was"  # an abbreviation or a name in capitals: UPS, GMV
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return "were" if plural else "was"

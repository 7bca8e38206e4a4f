"""Plain Markdown is blanked in the bytes it was read as (issue 13): the
result is always what the text path gives, encoded, and the findings are
the same whichever path a file takes."""

from __future__ import annotations

import random

import pytest

from summarizer.lint.config import LintConfig
from summarizer.lint.documents import make_documents
from summarizer.lint.engine import lint_documents
from summarizer.lint.markdown_bytes import prose_bytes
from summarizer.lint.markdown_prose import has_markup, markdown_prose
from summarizer.paths import GLOSSARY_PATH
from summarizer.vocabulary.glossary import load_glossary

#: Pieces that make URLs and end them in every way the two paths could part:
#: ASCII and Unicode whitespace, the separators \x1c..\x1f (``\\s`` to a str
#: pattern, not to a bytes one), CJK straight after a link, IRIs, Latin-1.
PARTS = [
    "https://",
    "http://",
    "www.",
    "e.x",
    "/a",
    ".",
    "-",
    "_",
    "x",
    "中",
    "。",
    "é",
    " ",
    "\n",
    "\u3000",
    "\u00a0",
    "\x1c",
    "\x1f",
    "\x85",
    "(",
    ")",
    ",",
    "Open AI",
    "www.",
]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(GLOSSARY_PATH)


def test_markup_is_found_in_bytes_as_in_text():
    parts = ["`", "<", "[", "]", "(", ":", "~", "-", " ", "\t", "\n", "a", "中", "~~~", "---"]
    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        assert has_markup(text.encode()) == has_markup(text), repr(text)


def test_bytes_blank_urls_as_the_text_path_does():
    rng = random.Random(11)
    fast = 0
    for _ in range(20_000):
        text = "".join(rng.choice(PARTS) for _ in range(rng.randint(0, 10)))
        got = prose_bytes(text.encode())
        if got is None:
            continue
        fast += 1
        assert got == markdown_prose(text).encode(), repr(text)
    assert fast > 10_000  # most strings take the byte path, so it is what is tested


@pytest.mark.parametrize(
    "text",
    [
        "见https://e.x/中文",  # an IRI: the text path's URL runs on
        "见 https://e.x/a。下一句",  # Chinese straight after a link
        "a http://e.x/a\u3000b",  # ideographic space ends it there, not here
        "www.例子.com",
        "www.abc中.com",
        "`code` https://e.x",  # markup: the parser decides
    ],
)
def test_what_the_bytes_cannot_decide_goes_to_the_text_path(text):
    assert prose_bytes(text.encode()) is None


def test_plain_ascii_urls_stay_on_the_byte_path():
    assert prose_bytes(b"a https://e.x/a b") == b"a " + b" " * 13 + b" b"
    assert prose_bytes(b"x\x1chttp://e.x\x1cy") == b"x\x1c" + b" " * 10 + b"\x1cy"
    assert prose_bytes(b"www.www.e.x www.a.") == b" " * 11 + b" www.a."
    assert prose_bytes(b"plain") == b"plain"
    assert not has_markup(b"[1] ~~ a") and has_markup(b"a\n~~~\n") and has_markup(b"[a](b)")


def test_a_file_is_linted_alike_on_either_path(glossary):
    """The same findings, at the same places, whether the file's bytes are
    at hand (byte path) or only its text (text path)."""
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice(PARTS) for _ in range(rng.randint(1, 30)))
        results = []
        for utf8 in (text.encode(), None):
            docs = make_documents("a.en.md", text, "markdown", utf8)
            got, _ = lint_documents(docs, glossary, LintConfig())
            results.append([(f.line, f.col, f.check, f.message) for f in got])
        assert results[0] == results[1], repr(text)
    docs = make_documents("a.en.md", "Open AI https://e.x", "markdown", b"Open AI https://e.x")
    assert docs[0].segments[0].text == "Open AI            "


def test_a_dfa_and_an_nfa_find_the_same(glossary, monkeypatch):
    """The shipped glossary's automata are DFAs (fast, small at its size);
    a large glossary's stay NFAs. Either finds exactly the same."""
    from summarizer.lint import automaton as m
    from summarizer.lint.terms import _full_matcher

    rng = random.Random(2)
    forms = sorted({v.form for t in glossary.terms.values() for v in t.variants})
    words = [*forms[:200], " ", "中", "a", "s", "-", "\n"]
    texts = ["".join(rng.choice(words) for _ in range(40)).encode() for _ in range(200)]
    dfa = _full_matcher(glossary)
    assert m._implementation(len(dfa.ci.patterns)) is not None
    monkeypatch.setattr(m, "DFA_PATTERNS", 0)
    nfa = _full_matcher(glossary)
    assert m._implementation(len(nfa.ci.patterns)) is None
    for raw in texts:
        assert dfa.find(raw.decode(), raw) == nfa.find(raw.decode(), raw)
        assert dfa.variants(raw) == nfa.variants(raw)

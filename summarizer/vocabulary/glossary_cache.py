"""A checked glossary kept between runs, so a large one is parsed once.

Loading a glossary is YAML, then building and checking every term: 0.27 s
for 5,000 terms, paid by every ``summarizer lint`` of one small file and by
every site rebuild (13 ms for the packaged one). What comes out depends only
on the file's bytes, the path it was named by (its spans print it) and the
code that parses it, so the result is kept in the user cache dir
(``$XDG_CACHE_HOME/summarizer/glossary``), as the facts validator's compiled
code is, keyed by a hash of all three, and read back with ``marshal`` in a
few milliseconds.

A project's glossary layered over the packaged one is kept the same way,
keyed by both files. Only a glossary that loaded without a problem is kept:
a bad one is parsed every time, so its messages are always the parser's
own. Anything wrong with the cache (missing, unreadable, another format, a
half-written file) means the glossary is parsed as if there were none; a
cache that cannot be written only makes the next run slower.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Sequence
from dataclasses import fields
from functools import cache, partial
from pathlib import Path
from typing import Any

from .. import checkedcache
from ..filehash import hash_files
from ..model import SourceSpan
from ..paths import PACKAGE_DIR, user_cache_dir
from .glossary import Glossary, Term, Variant

#: Bumped when the stored layout changes (the code hash covers the rest).
FORMAT = "glossary-cache-1"
#: Glossaries kept at once; the least recently written go first.
KEEP = 16
#: The modules whose code decides what a glossary file parses to.
_SOURCES = (
    "vocabulary/glossary.py",
    "vocabulary/glossary_check.py",
    "vocabulary/glossary_cache.py",
    "checkedcache.py",
    "languages.py",
    "model/facts.py",
    "keys.py",
    "facts/yamlload.py",
    "userfiles.py",
    "config/load.py",
    "config/layers.py",
)

Span = tuple[str, int, int] | None


def folder() -> Path:
    """Where checked glossaries are kept."""
    return user_cache_dir() / "glossary"


@cache
def _code_hash() -> bytes:
    """One hash of the parsing code: an edit to any of it (an editable install)
    turns every kept glossary stale."""
    return hash_files((PACKAGE_DIR / name for name in _SOURCES), salt=FORMAT).encode()


def key_of(paths: Sequence[str | Path]) -> tuple[Path, bytes] | None:
    """The cache file for the glossary made of ``paths`` (one file, or the
    packaged glossary with a project's layered on top) and the key its
    contents must carry, or None when one cannot be read."""
    return checkedcache.key_of(folder(), _code_hash(), paths)


def load(paths: Sequence[str | Path], parse: Callable[[], Glossary]) -> Glossary:
    """The glossary made of ``paths``: read back if it was checked before,
    else ``parse()`` (which raises for a bad one) and kept."""
    return checkedcache.load(partial(key_of, paths), parse, _read, _dump, KEEP)


def _read(stored: bytes, key: bytes) -> Glossary | None:
    """The kept glossary if its key still matches (a foreign payload raises)."""
    stored_key, payload = marshal.loads(stored)
    return _decode(payload) if stored_key == key else None


def _dump(key: bytes, glossary: Glossary) -> bytes:
    return marshal.dumps((key, _encode(glossary)))


#: Term and Variant fields in order, read from the dataclasses: a field
#: added there is stored without a change here.
_TERM = tuple(f.name for f in fields(Term))
_VARIANT = tuple(f.name for f in fields(Variant))


def _span(s: SourceSpan | None) -> Span:
    return None if s is None else (s.file, s.line, s.col)


def _unspan(s: Span) -> SourceSpan | None:
    return None if s is None else SourceSpan(*s)


def _variants(vs: tuple[Variant, ...]) -> tuple[tuple[Any, ...], ...]:
    return tuple(_out(v, _VARIANT) for v in vs)


def _unvariants(rows: tuple[tuple[Any, ...], ...]) -> tuple[Variant, ...]:
    return tuple(Variant(*_back(row, _VARIANT)) for row in rows)


#: How the fields that are not plain data are stored, and read back.
_ENCODE: dict[str, Callable[[Any], Any]] = {"span": _span, "variants": _variants}
_DECODE: dict[str, Callable[[Any], Any]] = {"span": _unspan, "variants": _unvariants}


def _out(obj: Term | Variant, names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(
        _ENCODE[n](getattr(obj, n)) if n in _ENCODE else getattr(obj, n) for n in names
    )


def _back(row: tuple[Any, ...], names: tuple[str, ...]) -> list[Any]:
    """A stored row's values in field order; a row of another length raises."""
    return [_DECODE[n](x) if n in _DECODE else x for n, x in zip(names, row, strict=True)]


def _encode(g: Glossary) -> tuple[Any, ...]:
    """The glossary as plain tuples, dicts and strings (what marshal stores)."""
    return (g.path, tuple(_out(t, _TERM) for t in g.terms.values()))


def _decode(payload: tuple[Any, ...]) -> Glossary:
    """The inverse of :func:`_encode`; a payload of another shape raises."""
    path, rows = payload
    terms = [Term(*_back(row, _TERM)) for row in rows]
    return Glossary({t.id: t for t in terms}, path)

"""A checked vocabulary kept between runs, so ``vocabulary.yaml`` is parsed once.

Every command loads the vocabulary at start (the facts schema, units and
metrics come from it): reading the YAML with its spans and checking each
entry took ~20 ms of a one-story ``render`` of ~0.3 s (issue 13, start-up).
As with the glossary (:mod:`.glossary_cache`, both through
:mod:`..checkedcache`), it is kept in the user cache under a hash of the
file's bytes, the path it was named by and the parsing code, and read back
in about a millisecond.

It is kept with ``pickle``, read through an unpickler that makes nothing but
the vocabulary's own frozen dataclasses, ``Text``, ``SourceSpan`` and
``Decimal`` (anything else in the file is refused and the YAML parsed
instead), so a cache file written by someone else cannot run code.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

from .. import checkedcache
from ..filehash import hash_files
from ..paths import PACKAGE_DIR, user_cache_dir
from .defs import Vocabulary

#: Bumped when the stored layout changes (the code hash covers the rest).
FORMAT = "vocabulary-cache-1"
#: Vocabularies kept at once (the packaged one and projects' own).
KEEP = 8
#: The modules whose code decides what a vocabulary file parses to.
_SOURCES = (
    "vocabulary/vocab.py",
    "vocabulary/defs.py",
    "vocabulary/entries.py",
    "vocabulary/vocab_cache.py",
    "checkedcache.py",
    "model/facts.py",
    "keys.py",
    "facts/yamlload.py",
    "userfiles.py",
)
#: The only globals a kept vocabulary may name.
_ALLOWED = frozenset(
    {("decimal", "Decimal"), ("summarizer.model.facts", "Text"),
     ("summarizer.model.facts", "SourceSpan")}
    | {("summarizer.vocabulary.defs", n) for n in (
        "Vocabulary", "MetricDef", "EventDef", "FacetDef", "UnitDef", "QualifierDef",
        "SegmentDef", "RatioDef")}
)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a vocabulary")
        return super().find_class(module, name)


def folder() -> Path:
    """Where checked vocabularies are kept."""
    return user_cache_dir() / "vocabulary"


@cache
def _code_hash() -> bytes:
    return hash_files((PACKAGE_DIR / name for name in _SOURCES), salt=FORMAT).encode()


def load(path: str | Path, parse: Callable[[], Vocabulary]) -> Vocabulary:
    """The vocabulary in ``path``: read back if it was checked before, else
    ``parse()`` (which raises for a bad one) and kept."""
    found = partial(checkedcache.key_of, folder(), _code_hash(), [path])
    return checkedcache.load(found, parse, _read, _dump, KEEP)


def _read(stored: bytes, key: bytes) -> Vocabulary | None:
    """The kept vocabulary if its key matches; None for anything else."""
    if stored[: len(key)] != key:
        return None
    try:
        vocab = _Unpickler(io.BytesIO(stored[len(key) :])).load()
    except pickle.UnpicklingError:  # names something that is not a vocabulary's
        return None
    return vocab if isinstance(vocab, Vocabulary) else None


def _dump(key: bytes, vocab: Vocabulary) -> bytes:
    return key + pickle.dumps(vocab, protocol=5)

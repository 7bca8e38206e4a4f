"""A checked vocabulary kept between runs, so ``vocabulary.yaml`` is parsed once.

Every command loads the vocabulary at start (the facts schema, units and
metrics come from it): reading the YAML with its spans and checking each
entry took ~20 ms of a one-story ``render`` of ~0.3 s (issue 13, start-up).
As with the glossary (:mod:`.glossary_cache`), what comes out depends only
on the file's bytes, the path it was named by (its spans print it) and the
parsing code, so it is kept in the user cache dir under a hash of the three
and read back in about a millisecond.

It is kept with ``pickle``, read through an unpickler that makes nothing but
the vocabulary's own frozen dataclasses, ``Text``, ``SourceSpan`` and
``Decimal`` (anything else in the file is refused and the YAML parsed
instead), so a cache file written by someone else cannot run code. Only a
vocabulary that loaded without a problem is kept; anything wrong with the
cache means parsing as if there were none.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from ..filehash import hash_files
from ..paths import PACKAGE_DIR, user_cache_dir
from ..userfiles import prune_quietly, read_bounded, write_quietly
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


def _key(path: str | Path) -> tuple[Path, bytes] | None:
    """The cache file for ``path`` and the key its contents must carry, or
    None when the file cannot be read (the parser then says why)."""
    try:
        data = read_bounded(path)
    except Exception:  # any failure is the parser's to word
        return None
    name = str(path).encode("utf-8", "surrogateescape")
    key = hashlib.blake2b(_code_hash() + len(name).to_bytes(8, "big") + name, digest_size=16)
    key.update(data)
    where = hashlib.blake2b(os.path.abspath(path).encode("utf-8", "surrogateescape"),
                            digest_size=12)
    return folder() / f"{where.hexdigest()}.bin", key.digest()


def load(path: str | Path, parse: Callable[[], Vocabulary]) -> Vocabulary:
    """The vocabulary in ``path``: read back if it was checked before, else
    ``parse()`` (which raises for a bad one) and kept."""
    found = _key(path)
    if found is not None:
        kept = _read(*found)
        if kept is not None:
            return kept
    vocab = parse()
    if found is not None and _key(path) == found:  # not edited while parsed
        write_quietly(found[0], found[1] + pickle.dumps(vocab, protocol=5))
        prune_quietly(found[0].parent, "*.bin", KEEP)
    return vocab


def _read(file: Path, key: bytes) -> Vocabulary | None:
    try:
        blob = file.read_bytes()
        if blob[: len(key)] != key:
            return None
        vocab = _Unpickler(io.BytesIO(blob[len(key):])).load()
    except Exception:  # missing, torn or foreign: parse instead
        return None
    return vocab if isinstance(vocab, Vocabulary) else None

"""A page to write only if what it shows changed, and the hashes that say so."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PagePlan:
    """A page to write if its inputs changed."""

    rel: str
    key: str
    """Hash of everything the page shows."""
    render: Callable[[], str]


def input_hash(*parts: object) -> str:
    """A stable hash of JSON-able inputs: 128 bits (32 hex digits), plenty
    to tell a page's inputs changed, and half of sha256's 64 in the state's
    page rows and in every record held (issue 13: ~10 MB at 50,000 stories)."""
    return quick_hash(json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


def quick_hash(text: str) -> str:
    """A short stable hash of a string (for keys computed thousands of times)."""
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()

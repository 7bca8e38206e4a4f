"""The prose of a Markdown file without markup, found in its UTF-8 bytes.

Most files a newsroom lints are plain prose: :func:`.markdown_prose.has_markup`
finds nothing for the parser, and only bare URLs are blanked. Doing that on
the ``str`` cost a regex pass over text stored two or four bytes a character
and then encoding the result again for the matchers, which work in UTF-8:
together a fifth of a glossary lint of the benchmark's corpus (issue 13).
Here the same blanking is done on the bytes the file was read as, and the
result goes to the matchers as it is; the text is decoded only if a check
asks for it.

The byte patterns decide exactly as the ``str`` ones wherever a URL is
ASCII from its start to the character that ends it: there a ``str`` regex
and a ``bytes`` regex see the same characters (``\\s`` of a ``str`` pattern
also stops at U+001C..U+001F, so the byte class lists them). Where a URL
runs into a non-ASCII character (an IRI path, Chinese written straight
after a link, U+3000), :func:`prose_bytes` answers None and the ``str``
path decides, so the result never differs from :func:`.markdown_prose.markdown_prose`
encoded in UTF-8.
"""

from __future__ import annotations

import re

from .markdown_prose import has_markup

#: What ends a bare URL: the ``str`` patterns' ``\\s`` (its ASCII part) and
#: delimiters; every non-ASCII byte continues a match here, as it may there.
_END = rb"\t\n\x0b\x0c\r\x1c-\x1f <>()\[\]{}\"'`"
_HTTP = re.compile(rb"https?://[^" + _END + rb"]+")
#: Every run that starts with ``www.``: the ``str`` pattern matches inside
#: such a run or nowhere, so an ASCII run is blanked by the byte pattern.
_WWW_RUN = re.compile(rb"www\.[^" + _END + rb"]*")
_WWW = re.compile(rb"www\.[\w-]+\.[^" + _END + rb"]+")


class _NotAsciiError(Exception):
    """A URL that runs into a non-ASCII character: the ``str`` path decides."""


def prose_bytes(raw: bytes) -> bytes | None:
    """``raw`` (UTF-8) with bare URLs blanked, as :func:`.markdown_prose.markdown_prose`
    blanks them in the decoded text; None when the file has markup or a URL
    that is not all ASCII (decode it and take the ``str`` path).

    >>> prose_bytes(b"see https://e.x/a or www.e.x now")
    b'see               or         now'
    >>> prose_bytes("见https://e.x/中".encode()) is None
    True
    """
    if has_markup(raw):
        return None
    try:
        if b"://" in raw:
            raw = _HTTP.sub(_blank_url, raw)
        if b"www." in raw:
            raw = _WWW_RUN.sub(_blank_www, raw)
    except _NotAsciiError:
        return None
    return raw


def _blank_url(match: re.Match[bytes]) -> bytes:
    found = match.group()
    if not found.isascii():
        raise _NotAsciiError
    return b" " * len(found)


def _blank_www(match: re.Match[bytes]) -> bytes:
    run = match.group()
    if not run.isascii():
        raise _NotAsciiError
    return _WWW.sub(_blank_url, run)

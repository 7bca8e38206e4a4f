"""Text that XML can carry: feeds, the sitemap and the TBX export share it.

XML 1.0 forbids most C0 control characters, lone surrogates, U+FFFE and
U+FFFF even as character references, and neither ``html.escape`` nor
ElementTree removes them: one in a fact made every Atom feed of a language,
and the TBX export, malformed XML (issue 12). They carry no meaning in
prose, so they are dropped on output.
"""

from __future__ import annotations

import re

XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_clean(text: str) -> str:
    """``text`` without the characters XML cannot carry.

    >>> xml_clean("a\\x00b\\x1bc")
    'abc'
    """
    return XML_INVALID.sub("", text)

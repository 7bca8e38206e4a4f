"""Where every page of the site lives, and the checks that keep it there.

All paths are relative to the site root and use ``/``; templates prefix them
with ``root`` (``../`` per level) so the site works from any directory, from
``summarizer serve`` and from ``file://``. Story ids become file names, so
they are validated here and every output path is resolved and checked to lie
inside the output directory before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .. import languages
from ..errors import BuildError

#: Languages the site publishes, in switcher order (the registry's ``site``
#: rows); a language's code is its directory.
SITE_LANGS: tuple[str, ...] = languages.site_codes()
#: Stories per digest page and entries per feed: no page grows with the archive.
PAGE_SIZE = 20
FEED_SIZE = 50
#: URLs per sitemap file (the protocol allows 50,000).
SITEMAP_SIZE = 5000

_STORY_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")
_PERSONA_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")


def check_story_id(story_id: str, where: str = "") -> str:
    """Accept only ids that are safe as a single path segment."""
    if not _STORY_ID.fullmatch(story_id):
        raise BuildError.at(
            None,
            f"{where + ': ' if where else ''}story id {story_id!r} is not a valid slug "
            "(expected [a-z0-9][a-z0-9_-]*, at most 100 characters)",
        )
    return story_id


def check_persona_id(persona_id: str) -> str:
    if not _PERSONA_ID.fullmatch(persona_id):
        raise BuildError.at(None, f"persona id {persona_id!r} is not a valid identifier")
    return persona_id


_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f<>\"'`\\]")


def web_url(url: str) -> str:
    """``url`` if it is an absolute http(s) address with a host and nothing
    that could break out of an attribute, else ''. Data never becomes a
    ``javascript:`` (or ``data:``, ``file:``, protocol-relative) link.

    >>> web_url("javascript:alert(1)")
    ''
    >>> web_url("https://example.com/a?b=1")
    'https://example.com/a?b=1'
    """
    if len(url) > 2000 or _URL_UNSAFE.search(url):
        return ""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in ("http", "https"):
        return ""
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return url if host and not host.startswith((":", "@")) else ""


def check_base_url(base_url: str) -> str:
    """Accept '' or an absolute http(s) URL ending in ``/`` (feeds, sitemap, hreflang)."""
    if base_url and (not web_url(base_url) or not base_url.endswith("/")):
        shown = base_url if len(base_url) <= 60 else base_url[:59] + "…"
        raise BuildError.at(
            None,
            f"--base-url: expected an http:// or https:// URL ending in / but received: {shown!r}",
        )
    return base_url


def story(lang: str, story_id: str) -> str:
    return f"{lang}/stories/{story_id}.html"


def story_persona(lang: str, story_id: str, persona: str) -> str:
    """One reader's version of a story: the page a shared persona link opens,
    without JavaScript too, and the one its share card describes."""
    return f"{lang}/stories/{story_id}/{persona}.html"


def x_default(langs: Sequence[str]) -> str:
    """The language hreflang's ``x-default`` points at: English if published
    (the widest audience for an unmatched language), else the first."""
    return "en" if "en" in langs else langs[0]


def digest(lang: str, persona: str, page: int = 0) -> str:
    """A persona's digest: its front page (0), else archive page ``page``,
    counted from the oldest stories (``paging``)."""
    return _paged(f"{lang}/digest/{persona}", page)


def _paged(base: str, page: int) -> str:
    return f"{base}/index.html" if page == 0 else f"{base}/{page}.html"


def feed(lang: str, persona: str) -> str:
    return f"{lang}/feeds/{persona}.xml"


def index(lang: str) -> str:
    return f"{lang}/index.html"


def glossary(lang: str) -> str:
    return f"{lang}/glossary.html"


def embed(lang: str, story_id: str) -> str:
    """A story's embeddable quick read (an HTML fragment, see ``site.embed``)."""
    return f"{lang}/embed/{story_id}.html"


def embed_demo(lang: str) -> str:
    """The demo host page; as deep as ``embed`` so a fragment's relative links hold."""
    return f"{lang}/embed-demo/index.html"


def company(lang: str, key: str, page: int = 0) -> str:
    """A company's stories (``key``: a ``tag_id``), paginated like a digest."""
    return _paged(f"{lang}/companies/{key}", page)


def topic(lang: str, key: str, page: int = 0) -> str:
    return _paged(f"{lang}/topics/{key}", page)


def tags_index(lang: str) -> str:
    """The index of companies and topics."""
    return f"{lang}/topics.html"


_TAG_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")


def tag_id(raw: str) -> str:
    """``raw`` if it is safe as a file name of its own (an entity, glossary
    term or facet id), else '' (the caller leaves the tag out: an odd id in
    one seed must not fail the build or name a file outside the site).
    """
    return raw if _TAG_ID.fullmatch(raw) else ""


def search(lang: str) -> str:
    """The search page; its index files live under ``{lang}/search/``."""
    return f"{lang}/search.html"


def root_prefix(rel: str) -> str:
    """``../`` once per directory level of ``rel``: ``en/stories/x.html`` -> ``../../``."""
    return "../" * rel.count("/")


def inside(out_dir: Path, rel: str) -> Path:
    """The path of ``rel`` under ``out_dir``; refuse anything that could leave it.

    The check is lexical (no ``..`` segment, not absolute, no backslash or NUL)
    and the base is resolved once: the build creates every directory below it,
    so no symlink can be in the way.
    """
    parts = rel.split("/")
    if (
        not rel
        or rel.startswith("/")
        or any(p in ("", ".", "..") for p in parts)
        or "\\" in rel
        or "\0" in rel
    ):
        raise BuildError.at(None, f"refusing to write {rel!r} outside {out_dir}")
    return _resolved(str(out_dir)).joinpath(*parts)


@lru_cache(maxsize=64)
def _resolved(out_dir: str) -> Path:
    return Path(out_dir).resolve()

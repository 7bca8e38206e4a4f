"""The article as text, and its header: title, outlet, author, date, URL.

A saved HTML page is reduced to its text with the standard library's
``html.parser`` (scripts, styles and navigation dropped) rather than
trafilatura: the drafts only need sentences with figures in them, and a
boilerplate extractor with lxml behind it is a heavy dependency for that.
benchmarks/bench_draft_parsers.py measures both: the same quotes found, at a
seventh of trafilatura's CPU time (docs/drafting.md).
Quotes and offsets are then taken from this text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

HEADER = re.compile(r"^(URL|TITLE|OUTLET|DATE|AUTHOR):\s*(.*)$")
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),  # fmt: skip
        1,
    )
    for m in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: A date as (year, month, day) groups, in the orders articles write them:
#: 2024-10-15, 2024年10月15日, October 15, 2024 (a byline), 15 Oct. 2024.
DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>20\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<y>20\d\d)\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"),
    re.compile(
        rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>20\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>20\d\d)\b", re.IGNORECASE),
)
AUTHOR = re.compile(
    r"(?:作者|记者|文)\s*[|｜:：]?\s*([\u4e00-\u9fff]{2,4})(?=\W|报道|$)"
    r"|^By ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})",
    re.M,
)
SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "svg", "form"}
BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article", "title"}


@dataclass(slots=True)
class Header:
    """What the draft's ``story:`` says; a missing value stays empty and is marked for review."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: date | None = None
    review: dict[str, str] = field(default_factory=dict)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "h1" and not self.skip:
            self.parts.append("# ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def article_text(raw: str, name: str) -> str:
    """Plain text of an article: HTML is reduced to text, Markdown and text are kept."""
    if name.lower().endswith((".html", ".htm")) or raw.lstrip()[:15].lower().startswith(
        ("<!doctype", "<html")
    ):
        parser = _TextExtractor()
        parser.feed(raw)
        parser.close()
        lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
        return "\n".join(line for line in lines if line) + "\n"
    return raw


def read_header(text: str) -> Header:
    """Title, outlet, author, URL and date from a ``KEY: value`` header or the text itself."""
    head = Header()
    lines = text.splitlines()
    for line in lines[:8]:
        m = HEADER.match(line.strip())
        if m and m.group(2) and m.group(2) != "unknown":
            key, value = m.group(1), m.group(2).strip()
            if key == "DATE":
                head.published = _date(value)
            elif key == "TITLE":
                head.title = value
            elif key == "OUTLET":
                head.outlet = value
            elif key == "AUTHOR":
                head.author = value
            else:
                head.url = value
    if not head.title:
        heading = next((ln.lstrip("# ").strip() for ln in lines if ln.startswith("# ")), "")
        first = next((ln for ln in map(str.strip, lines) if _title_like(ln)), "")
        head.title = heading or first
        head.review["title"] = "first heading or line"
    if head.published is None:
        head.published = _date(text[:3000])
        head.review["published"] = "found in the text" if head.published else "not found"
    if head.published is None and head.url:
        head.published = url_date(head.url)
        if head.published:
            head.review["published"] = "from the URL: the day it was filed, check the article's"
    if not head.author:
        m = AUTHOR.search(text[:5000])
        if m:
            head.author = m.group(1) or m.group(2)
            head.review["author"] = "guessed"
    if not head.outlet:
        m = re.search(r"([\u4e00-\u9fff]{2,6}(?:报|网|智库|财经))\s?(?:讯|记者)", text[:5000])
        head.outlet = m.group(1) if m else ""
        head.review["outlet"] = "guessed" if m else "not found"
    return head


def _title_like(line: str) -> bool:
    """A line that can be an article's title: not a header field, not a
    quote, up to 160 characters (an English headline can pass 80: "Shopee
    Malaysia: Marketplace commission fee rate hike of up to 100% from
    January 2023" is 83), and not ended like a sentence when it is long.

    >>> _title_like("Shopee Malaysia: Marketplace commission fee rate hike of up to 100% "
    ...             "from January 2023")
    True
    >>> _title_like("Shopee has announced a revision to its Marketplace Commission fee, "
    ...             "which applies from January.")
    False
    >>> _title_like("沃尔玛第三财季全球电商增长27%，上调全年指引"), _title_like("By")
    (True, False)
    """
    if not 6 <= len(line) <= 160 or ">" in line or HEADER.match(line):
        return False
    return len(line) <= 80 or not line.endswith((".", "。", "!", "！", "?", "？"))


def _date(text: str) -> date | None:
    """The first valid date written in ``text``, in any of ``DATE_PATTERNS``.

    >>> _date("By Jane Doe, Reuters, October 15, 2024; updated 2024-10-16")
    datetime.date(2024, 10, 15)
    >>> _date("15 Oct. 2024"), _date("2024年2月30日，2024年3月1日")
    (datetime.date(2024, 10, 15), datetime.date(2024, 3, 1))
    """
    found = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = m.group("m")
            number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            try:
                found.append((m.start(), date(int(m.group("y")), number, int(m.group("d")))))
                break
            except ValueError:
                continue
    return min(found)[1] if found else None


#: A date in an article's address: /2025/03/17/, /20250317/, -2025-03-17.
URL_DATE = re.compile(
    r"(?<![\d])(?P<y>20\d\d)(?P<sep>[/-]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d])"
)


def url_date(url: str) -> date | None:
    """The publication day many outlets put in an article's address (its
    path, not its host), or None: a text with no dateline often has one.

    >>> url_date("https://hngn.com/articles/265234/20250317/forever-21-blames.htm")
    datetime.date(2025, 3, 17)
    >>> url_date("https://example.com/2024/10/16/walgreens-closures"), url_date("https://a.b/x")
    (datetime.date(2024, 10, 16), None)
    >>> url_date("https://example.com/news/story/6813/8971120") is None
    True
    """
    path = re.sub(r"^[a-z]+://[^/]*", "", url)
    for m in URL_DATE.finditer(path):
        try:
            return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None


def strip_header(text: str) -> int:
    """Offset where the article body starts after a ``KEY: value`` header (0 if none)."""
    at = 0
    for line in text.splitlines(keepends=True):
        if HEADER.match(line.strip()):
            at += len(line)
        else:
            break
    return at

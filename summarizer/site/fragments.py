"""The repeated parts of pages, built in Python: persona sections, the facts
table and digest entries.

These loops run tens of thousands of times per build; as Jinja2 templates
they cost about 5 ms per story page (one autoescape call and one attribute
lookup per ``{{ }}``), as string building about a fifth of that. Every value
that comes from data goes through ``esc`` (``html.escape`` with quotes), or
through ``inline_html`` for sentence text; the page shell stays a template
with autoescape. tests/test_site.py checks that a fact containing
``<script>`` comes out as text, on every page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any, Literal

from markupsafe import Markup

from .. import languages
from ..model import Brief, Section, Sentence, shown_in
from .html import FactRef, anchor_id, inline_str, long_date, sentence_str
from .urls import web_url

_SPECIAL = re.compile("[&<>\"']")


def esc(text: object) -> str:
    """HTML-escape a data value for text or a double-quoted attribute."""
    s = str(text)
    return s if _SPECIAL.search(s) is None else escape(s, quote=True)


def byline_html(brief: Brief, ui: Mapping[str, str]) -> Markup:
    """Outlet · author · date · link to the original (only an http(s) one)."""
    parts = [esc(brief.outlet)] if brief.outlet else []
    if brief.author:
        parts.append(f"{esc(ui['by'])} {esc(brief.author)}")
    day = brief.published
    when = f'<time datetime="{day.isoformat()}">{esc(long_date(day, brief.lang))}</time>'
    if "published" in brief.assumed:  # the article gives no date: never shown as fact
        when += f" {esc(ui['assumed'])}"
    parts.append(when)
    if brief.updated and brief.updated != day:
        on = long_date(brief.updated, brief.lang)
        parts.append(
            f'{esc(ui["updated"])} <time datetime="{brief.updated.isoformat()}">{esc(on)}</time>'
        )
    parts.append(esc(ui["reading_time"].replace("{n}", str(reading_minutes(brief)))))
    url = web_url(brief.url)
    if url:
        parts.append(f'<a href="{esc(url)}" rel="noopener">{esc(ui["original"])}</a>')
    return Markup(" · ".join(parts))


#: Reading speed: Chinese characters or English words a minute (silent reading).
_PER_MINUTE = {"Hans": 400, "Hant": 400, "Latn": 230}
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def reading_minutes(brief: Brief) -> int:
    """Minutes to read what the page shows first: the lede and the Quick
    Summary (a reader's own version is about as long), at least 1.

    Chinese is counted in characters and English in words, at the usual silent
    reading speeds (about 400 characters or 230 words a minute)."""
    texts = [brief.lede.text]
    if brief.sections:
        general = brief.sections[0]
        texts.append(general.framing.text)
        texts += [s.text for p in general.points for s in p.sentences]
    text = " ".join(texts)
    script = languages.language(brief.lang).script
    count = len(_CJK_CHAR.findall(text)) if script != "Latn" else len(text.split())
    return max(1, round(count / _PER_MINUTE[script]))


def tabs_html(
    sections: Sequence[Section], href: Callable[[str], str], current: str = ""
) -> Markup:
    """The persona picker's links, same names as the headings. Each leads to
    that reader's own page (``href``), so the picker works without JS; on the
    story page site.js turns them into tabs. ``current`` marks the reader whose
    page this is."""
    out = []
    for i, s in enumerate(sections):
        cls = ' class="tab-general"' if i == 0 else ""
        here = ' aria-current="page"' if s.persona == current else ""
        out.append(
            f'<li><a href="{esc(href(s.persona))}" data-persona="{esc(s.persona)}" '
            f'id="{anchor_id("tab", s.persona)}"{cls}{here}>{esc(s.name)}</a></li>\n'
        )
    return Markup("".join(out))


#: The span a point's context sits in where CSS shows it only in a tab panel
#: (``sections_html``); ``storypage.cite_first`` passes over its marks.
CONTEXT_SPAN = re.compile(r'(<span class="context">.*?</span>)', re.S)


def sections_html(
    sections: Sequence[Section],
    refs: Mapping[str, FactRef],
    label_sep: str,
    share: Callable[[Section], tuple[str, str] | None] | None = None,
    layout: Literal["page", "picker", "widget"] = "page",
    memo: dict[int, str] | None = None,
) -> Markup:
    """Every persona's section: heading, framing sentence, numbered points, and
    (``share`` gives its href and wording) a link to that reader's own page,
    the one whose share card shows that reader's version.
    A point's spans carry their own spacing, so they are joined with nothing.

    A point's ``context`` (the claim an editor's implication answers, which
    another section shows) comes first where its section is read without
    that other section, by ``layout``:

    - 'page': every section given is in view (a reader's page: the Quick
      Summary and one section): the context the page does not say;
    - 'picker': the story page: every section without JS, the Quick Summary
      and the chosen reader's with it (``site.js``): the context the Quick
      Summary does not say, in ``<span class="context">``, which CSS shows
      only inside a tab panel;
    - 'widget': the embed, one section at a time with JS: all of it, in the
      same span.

    ``memo``: sentence HTML already made with these ``refs``, by ``id`` (one
    story's pages in one language share it: the Quick Summary is on all
    seven, each reader's section on three; the sentences must outlive it)."""
    cited = _cited(refs, {} if memo is None else memo)
    out: list[str] = []
    page = shown_in(sections)
    summary = shown_in(sections[:1]) if layout == "picker" else set()
    for s in sections:
        shown = page if layout == "page" else shown_in([s]) | summary
        pid = esc(s.persona)
        sec_id, head_id = anchor_id("persona", s.persona), anchor_id("h", s.persona)
        out.append(
            f'<section class="persona" id="{sec_id}" data-persona="{pid}" '
            f'aria-labelledby="{head_id}">\n'
            f'<h2 id="{head_id}">{esc(s.name)}</h2>\n'
            f'<p class="framing">{cited(s.framing)}</p>\n'
        )
        if s.points:
            out.append('<ol class="points">\n')
            for p in s.points:
                label = (
                    f'<strong class="label">{esc(p.label)}{label_sep}</strong>' if p.label else ""
                )
                if layout == "page":
                    body = "".join(map(cited, p.read_in(shown)))
                else:
                    unsaid = p.unsaid(shown)
                    body = "".join(map(cited, p.sentences))
                    context = "".join(map(cited, unsaid))
                    after = p.follows(unsaid)
                    if after != p.sentences:  # worded to follow the context: in its span
                        context += "".join(map(cited, after))
                        body = f'<span class="apart">{body}</span>'
                    if context:
                        body = f'<span class="context">{context}</span>{body}'
                out.append(f"<li>{label}{body}</li>\n")
            out.append("</ol>\n")
        link = share(s) if share else None
        if link:
            out.append(
                f'<p class="share"><a href="{esc(link[0])}" data-share>{esc(link[1])}</a></p>\n'
            )
        out.append("</section>\n")
    return Markup("".join(out))


def _cited(refs: Mapping[str, FactRef], memo: dict[int, str]) -> Callable[[Sentence], str]:
    """``sentence_str`` with ``refs``, each sentence made once into ``memo``."""

    def cited(sentence: Sentence) -> str:
        html = memo.get(id(sentence))
        if html is None:
            html = memo[id(sentence)] = sentence_str(sentence, refs)
        return html

    return cited


def facts_rows_html(
    rows: Sequence[Mapping[str, Any]], ui: Mapping[str, str], label_sep: str
) -> Markup:
    """The <tr>s of the facts table: number, fact and period, value, quote and source."""
    col_fact, col_value = esc(ui["fact_col_fact"]), esc(ui["fact_col_value"])
    col_quote, col_period = esc(ui["fact_col_quote"]), esc(ui["fact_col_period"])
    col_article = esc(ui["fact_col_article"])
    back = esc(ui["back_to_text"])
    out = []
    for r in rows:
        subject, label = r["subject"], r["label"]
        what = esc(subject) + (" · " if subject and label else "") + esc(label)
        if r["period"]:
            what += (
                f'<span class="period"><span class="sr">{col_period}{label_sep}</span>'
                f"{esc(r['period'])}</span>"
            )
        value = str(r["value"])
        kind = "num" if len(value) <= 20 else "text"
        out.append(
            f'<tr id="{r["anchor"]}"><td class="no">{r["number"]}'
            f'<a class="back" href="#cite-{r["anchor"]}" aria-label="{back}">↩</a></td>'
            f'<td class="what" data-label="{col_fact}">{what}</td>'
            f'<td class="{kind}" data-label="{col_value}">{esc(value)}</td>'
            f'<td class="quote" data-label="{col_quote}"><q lang="{esc(r["quote_lang"])}">'
            f'{esc(r["quote"])}</q><span class="article">{col_article}{label_sep}'
            f"{esc(r['article_label'])}</span></td></tr>\n"
        )
    return Markup("".join(out))


def entries_html(entries: Sequence[Mapping[str, Any]], root: str, level: int = 3) -> Markup:
    """A list of stories: title link, outlet and date, then the teaser (index)
    or the lead and the reader's points (digest pages). Titles are headings of
    ``level``: h3 under a page's h2, h4 under a digest group's h3."""
    h = f"h{level}"
    out = ['<ol class="entries">\n']
    for e in entries:
        out.append(
            f'<li class="entry">\n<{h}><a href="{esc(root + e["href"])}">'
            f"{esc(e['title'])}</a></{h}>\n"
            f'<p class="meta">{esc(e["outlet"]) + " · " if e["outlet"] else ""}'
            f'<time datetime="{esc(e["date"])}">'
            f"{esc(e['date_text'])}</time></p>\n"
        )
        if e.get("teaser"):
            out.append(f'<p class="teaser">{inline_str(e["teaser"])}</p>\n')
        if e.get("lead"):
            out.append(f'<p class="lead">{inline_str(e["lead"])}</p>\n')
        if e.get("points"):
            sep = e.get("sep", ": ")
            items = "".join(
                f"<li><strong>{inline_str(label)}</strong>{sep}{inline_str(text)}</li>"
                if label
                else f"<li>{inline_str(text)}</li>"
                for label, text in e["points"]
            )
            out.append(f'<ul class="points">{items}</ul>\n')
        out.append("</li>\n")
    out.append("</ol>\n")
    return Markup("".join(out))

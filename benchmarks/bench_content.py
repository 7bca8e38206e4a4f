"""Benchmark content for Hugo: briefs stored as JSON story files, as a Hugo site.

``hugo_site`` writes the same briefs as a multilingual Hugo site (one
Markdown file per story and language, through summarizer.writers.markdown when it
is available) with minimal layouts, the same page size for lists and the same
listings as ours: per language, a paginated list of every story for each
persona (the general reader's is the section list, the others are terms of a
``personas`` taxonomy every story carries) and a home page. Each story also
gets the other pages we write for it, per language: one per reader (that
reader's section) and an embed page (the general section), rendered but not
listed (``build.list = "never"``), so both tools build the same story pages.
The story page's article carries ``data-pagefind-body``: Pagefind, run after
Hugo as a Hugo site adds search, indexes the story pages only, as our build's
search index does (bench_site's ``hugo+pagefind``).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from summarizer.model import Brief, Point, Section, Sentence, Source

LANG_DIRS = {"zh-Hans": "zh-hans", "zh-Hant": "zh-hant", "en": "en"}


def _sentence(d: dict[str, Any]) -> Sentence:
    return Sentence(d["text"], tuple(d["facts"]))


def brief_from_dict(d: dict[str, Any]) -> Brief:
    """Inverse of dataclasses.asdict for a Brief."""
    sections = tuple(
        Section(
            s["persona"],
            s["name"],
            _sentence(s["framing"]),
            tuple(
                Point(
                    p["facet"], p["label"], tuple(_sentence(x) for x in p["sentences"]), p["rule"]
                )
                for p in s["points"]
            ),
        )
        for s in d["sections"]
    )
    return Brief(
        story=d["story"],
        lang=d["lang"],
        title=d["title"],
        outlet=d["outlet"],
        author=d["author"],
        published=date.fromisoformat(str(d["published"])),
        url=d["url"],
        lede=_sentence(d["lede"]),
        sections=sections,
        sources=tuple(Source(s["article"], s["quote"]) for s in d["sources"]),
    )


def _markdown(brief: Brief) -> str:
    try:
        from summarizer.writers.markdown import brief_markdown

        return str(brief_markdown(brief))
    except Exception:  # the engine's Markdown is not there: a plain rendering
        out = [f"{brief.lede.text}", ""]
        for s in brief.sections:
            out += [f"## {s.name}", "", s.framing.text, ""]
            out += [
                f"{i}. **{p.label}** " + "".join(x.text for x in p.sentences)
                for i, p in enumerate(s.points, 1)
            ]
            out.append("")
        return "\n".join(out)


CONFIG = """\
baseURL = "http://127.0.0.1/"
title = "Quick Read"
defaultContentLanguage = "zh-hans"
disableKinds = ["taxonomy", "RSS"]
[taxonomies]
persona = "personas"
[pagination]
pagerSize = 20
[languages.zh-hans]
contentDir = "content/zh-hans"
languageName = "简体中文"
weight = 1
[languages.zh-hant]
contentDir = "content/zh-hant"
languageName = "繁體中文"
weight = 2
[languages.en]
contentDir = "content/en"
languageName = "English"
weight = 3
"""
LAYOUTS = {
    "baseof.html": (
        '<!doctype html><html lang="{{ .Site.Language.Lang }}"><head>'
        '<meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>'
        '{{ block "main" . }}{{ end }}</main></body></html>\n'
    ),
    "single.html": (
        '{{ define "main" }}<article{{ if .Params.personas }} data-pagefind-body{{ end }}>'
        "<h1>{{ .Title }}</h1>"
        '<p>{{ .Date.Format "2006-01-02" }}</p><nav>{{ range .Translations }}'
        '<a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}">{{ .Language.LanguageName }}</a>'
        "{{ end }}</nav>{{ .Content }}</article>{{ end }}\n"
    ),
    "list.html": (
        '{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}'
        '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ol>'
        '{{ with .Paginator.Next }}<a href="{{ .URL }}">next</a>{{ end }}{{ end }}\n'
    ),
}


def _persona_ids() -> list[str]:
    """Every persona but the general reader's (whose list is the section's)."""
    from summarizer.pipeline import load_project

    return [p.id for p in load_project().personas][1:]


def hugo_site(seeds: Path, dest: Path) -> None:
    """Write the stories in ``seeds`` as a multilingual Hugo site at ``dest``."""
    personas = _persona_ids()
    shutil.rmtree(dest, ignore_errors=True)
    (dest / "layouts" / "_default").mkdir(parents=True)
    (dest / "hugo.toml").write_text(CONFIG, "utf-8")
    for name, body in LAYOUTS.items():
        (dest / "layouts" / "_default" / name).write_text(body, "utf-8")
    for d in LANG_DIRS.values():
        (dest / "content" / d / "stories").mkdir(parents=True)
    for path in sorted(seeds.glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        for lang, d in LANG_DIRS.items():
            _story_pages(dest / "content" / d / "stories", doc, lang, personas)


def _story_pages(folder: Path, doc: dict[str, Any], lang: str, personas: list[str]) -> None:
    """The pages we write for one story in one language: the story page (in
    the listings), a page per reader with that reader's section, and an embed
    page with the general section (both rendered but not listed, as ours)."""
    brief = brief_from_dict(doc["briefs"][lang])
    unlisted = {"list": "never"}
    pages = {f"{doc['id']}.md": ({"personas": personas}, brief)}
    general = replace(brief, sections=brief.sections[:1])
    pages[f"{doc['id']}/embed.md"] = ({"build": unlisted}, general)
    for section in brief.sections[1:]:
        only = replace(brief, sections=(section,))
        pages[f"{doc['id']}/{section.persona}.md"] = ({"build": unlisted}, only)
    (folder / doc["id"]).mkdir(parents=True, exist_ok=True)
    for name, (extra, shown) in pages.items():
        front = {"title": brief.title, "date": doc["published"], **extra}
        text = f"{json.dumps(front, ensure_ascii=False)}\n\n{_markdown(shown)}"
        (folder / name).write_text(text, "utf-8")

"""A digest as Markdown or as plain text (the text part of the e-mail).

Both say the same things in the same order: the title, the edition and its
"as of" date, then per group its name and story count, and per story its
linked title, byline, lead and the reader's points; last, the stories with
nothing for the reader, by title.
"""

from __future__ import annotations

from ..writers.markdown import escape
from .build import Digest, Entry


def _md_entry(e: Entry, sep: str) -> list[str]:
    out = [f"### [{escape(e.title)}](<{e.href}>)", "", escape(e.byline), ""]
    if e.lead:
        out += [escape(e.lead), ""]
    for item in e.items:
        label = f"**{escape(item.label)}**{sep}" if item.label else ""
        out.append(f"- {label}{escape(item.text)}")
    if e.items:
        out.append("")
    return out


def digest_markdown(d: Digest) -> str:
    """The digest as Markdown: # title, ## group, ### story."""
    w = d.words
    out = [f"# {escape(d.title)}", "", f"{escape(d.edition)} · {escape(d.as_of)}", ""]
    out += [d.count if d.groups or d.also else w["empty"], ""]
    for g in d.groups:
        count = f" · {g.count}" if g.count else ""
        out += [f"## {escape(g.name)}{count}", ""]
        for e in g.entries:
            out += _md_entry(e, w["label_sep"])
    if d.also:
        out += [f"## {escape(d.also_heading)}", "", escape(w["also_note"]), ""]
        out += [f"- [{escape(e.title)}](<{e.href}>) · {escape(e.byline)}" for e in d.also]
        out.append("")
    out += [f"*{w['note']}*", ""]
    return "\n".join(out)


def digest_text(d: Digest) -> str:
    """The digest as plain text: no markup, every link written out."""
    w = d.words
    zh = w["label_sep"] == "："
    out = [d.title, f"{d.edition} · {d.as_of}", ""]
    out += [d.count if d.groups or d.also else w["empty"], ""]
    for g in d.groups:
        name = f"{g.name} · {g.count}" if g.count else g.name
        out += [f"【{name}】" if zh else f"== {name} ==", ""]
        for e in g.entries:
            out += [e.title, e.byline]
            if e.lead:
                out.append(e.lead)
            for item in e.items:
                label = f"{item.label}{w['label_sep']}" if item.label else ""
                out.append(f"{'•' if zh else '-'} {label}{item.text}")
            out += [f"{w['read']}{w['label_sep']}{e.href}", ""]
    if d.also:
        head = d.also_heading
        out += [f"【{head}】" if zh else f"== {head} ==", "", w["also_note"], ""]
        for e in d.also:
            out += [e.title, e.byline, f"{w['read']}{w['label_sep']}{e.href}", ""]
    out += [w["note"], ""]
    return "\n".join(out)

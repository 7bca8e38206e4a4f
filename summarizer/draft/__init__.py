"""``summarizer draft``: a facts draft from an article, for an editor to correct.

The stages, in order: article text -> header -> entities -> figures ->
ranges (pairs) -> annotate (quote, period, metric, measure) -> bases (pairs)
-> segments (the part of the
business an English figure names) -> render YAML. Each is a module
of this package; this function only calls them.
"""

from __future__ import annotations

from .figures import Figure, find_figures

# The other stages are imported when a draft is made: the rules import
# ``draft.figures`` (and so this package) in every run, a site build too,
# which has no use for the article reader (html.parser) or the YAML writer.

__all__ = ["Figure", "draft_article", "draft_figures"]


def draft_figures(raw: str, name: str) -> tuple[str, list[Figure]]:
    """The article text and its annotated figures (used by the report and tests)."""
    from .annotate import annotate
    from .entities import find_entities
    from .pairs import link_bases, merge_ranges
    from .segments import add_segments
    from .source import article_text, read_header, strip_header

    text = article_text(raw, name)
    header = read_header(text)
    entities = find_entities(text)
    body = strip_header(text)
    figures = merge_ranges(text, [f for f in find_figures(text) if f.start >= body])
    annotate(text, figures, header.published, {k: [v[1], v[2]] for k, v in entities.items()})
    link_bases(text, figures)
    add_segments(text, figures, {v[2].lower() for v in entities.values()})
    return text, figures


def draft_article(raw: str, name: str) -> str:
    """The facts draft (YAML text) for the article ``raw`` read from file ``name``."""
    from .entities import find_entities
    from .render import render_draft
    from .source import read_header

    text, figures = draft_figures(raw, name)
    return render_draft(read_header(text), name.rsplit("/", 1)[-1], find_entities(text), figures)

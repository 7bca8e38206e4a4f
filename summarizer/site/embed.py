"""A story's quick read as an embeddable fragment, and the demo page that hosts one.

A newsroom's CMS pastes ``{lang}/embed/{story}.html`` into its own article
page, as ebrun's widget sits inside its articles. The fragment is one
``<quick-read>`` element holding a *declarative shadow root* (the quick read
and its CSS) and one inline script (the picker). Shadow DOM was chosen over
a prefixed class scope because it is the only scope that holds both ways
without trusting the host: a host's ``* {…}`` or ``section {display:none}``
does not match anything inside, our selectors match nothing outside, and
ids (``persona-seller``) cannot clash with the host's or with a second
embed on the same page. What still crosses the boundary (inherited
properties, custom properties, the host's ``rem``) is neutralised in
``embed/embed.css``. The declarative root is built by the HTML parser, so
without JavaScript every section is readable; the script only turns the
section headings into a picker.

Everything is inline: no request to any host. Links (to the full story,
its facts, the original article) are absolute when the site has a
``--base-url``, else relative to the fragment's own directory, which the
demo page shares.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from ..model import Brief, Section
from . import urls
from .cache import write_file
from .fragments import esc
from .html import anchor_id
from .pageplan import PagePlan, input_hash
from .slots import SlotTemplate
from .storyrecord import StoryRecord
from .ui import SiteConfig

EMBED_SLOTS = ("id", "title", "href", "byline", "lede", "tabs", "sections")
_TEMPLATES: dict[str, tuple[Environment, SlotTemplate]] = {}
_FACT_HREF = re.compile(r'href="#(fact-[A-Za-z0-9_-]+)"')
#: A reader's share link, relative to the story page (``ID/seller.html``).
_SHARE_HREF = re.compile(r'href="([A-Za-z0-9_-]+/[A-Za-z0-9_-]+\.html)" data-share')
_H2 = re.compile(r"<(/?)h2\b")


def story_href(config: SiteConfig, lang: str, story_id: str) -> str:
    """The full story page as the fragment links to it."""
    rel = urls.story(lang, story_id)
    if config.base_url:
        return config.base_url + rel
    return urls.root_prefix(urls.embed(lang, story_id)) + rel


def embed_template(env: Environment, lang: str, ui: Mapping[str, str]) -> SlotTemplate:
    """embed.html rendered once per language (per worker), then filled per story."""
    cached = _TEMPLATES.get(lang)
    if cached is None or cached[0] is not env:
        context = {"lang": lang, "ui": ui}
        cached = (env, SlotTemplate(env, "embed.html", context, EMBED_SLOTS))
        _TEMPLATES[lang] = cached
    return cached[1]


def tabs_html(sections: Sequence[Section]) -> Markup:
    """The picker's tabs: real buttons (the picker is hidden until the script runs)."""
    out = []
    for i, s in enumerate(sections):
        selected = "true" if i == 0 else "false"
        out.append(
            f'<button type="button" role="tab" id="{anchor_id("tab", s.persona)}" '
            f'aria-controls="{anchor_id("persona", s.persona)}" aria-selected="{selected}" '
            f'data-persona="{esc(s.persona)}">{esc(s.name)}</button>\n'
        )
    return Markup("".join(out))


def relink(html: str, href: str) -> Markup:
    """A story page's fragment made to stand inside a host's article: fact
    references point at the facts table of the full page, and section
    headings drop one level (the embed's own title is the host's h2)."""
    html = _FACT_HREF.sub(lambda m: f'href="{esc(href)}#{m.group(1)}"', html)
    folder = href.rpartition("/")[0] + "/"  # share links are relative to the story page
    html = _SHARE_HREF.sub(lambda m: f'href="{esc(folder + m.group(1))}" data-share', html)
    return Markup(_H2.sub(r"<\1h3", html))


def embed_values(page: Mapping[str, Any], brief: Brief, config: SiteConfig) -> dict[str, Any]:
    """The fragment's slot values, from the story page's (``story.story_values``)."""
    href = story_href(config, brief.lang, brief.story)
    return {
        "id": brief.story,
        "title": brief.title,
        "href": href,
        "byline": page["byline"],
        "lede": relink(str(page["lede"]), href),
        "tabs": tabs_html(brief.sections),
        "sections": relink(str(page["widget_sections"]), href),
    }


def write_embed(
    env: Environment,
    ui: Mapping[str, str],
    config: SiteConfig,
    brief: Brief,
    page: Mapping[str, Any],
) -> str:
    """Write the fragment of ``brief`` into the staging tree; its path, relative."""
    rel = urls.embed(brief.lang, brief.story)
    html = embed_template(env, brief.lang, ui).fill(embed_values(page, brief, config))
    write_file(config.staging, rel, html)  # a new file, never one changed in place
    return rel


def staged_or_live(staging: Path, live: Path, rel: str) -> Path:
    """Where a page of this build is: freshly rendered in staging, else (not
    re-rendered, so unchanged) in the live site."""
    fresh = urls.inside(staging, rel)
    return fresh if fresh.exists() else urls.inside(live, rel)


def demo_plans(
    env: Environment,
    ui: Mapping[str, Mapping[str, str]],
    config: SiteConfig,
    newest: StoryRecord | None,
    fingerprint: str,
    live: Path,
) -> list[PagePlan]:
    """One demo host page per language, embedding the newest story's fragment
    byte for byte (read back from this build's staging tree or, if that story
    was not re-rendered, from the live site)."""
    if newest is None:
        return []
    plans = []
    for lang in config.langs:
        rel = urls.embed_demo(lang)
        frag_rel = urls.embed(lang, newest.id)
        key = input_hash(fingerprint, rel, newest.id, newest.hash)

        def render(lang: str = lang, frag_rel: str = frag_rel) -> str:
            path = staged_or_live(config.staging, live, frag_rel)
            fragment = Markup(path.read_text(encoding="utf-8"))
            root = urls.root_prefix(urls.embed_demo(lang))
            return env.get_template("embed-demo.html").render(
                lang=lang,
                ui=ui[lang],
                fragment=fragment,
                story_href=root + urls.story(lang, newest.id),
                fragment_href=root + frag_rel,
            )

        plans.append(PagePlan(rel, key, render))
    return plans

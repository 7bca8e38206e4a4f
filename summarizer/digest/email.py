"""A digest as an HTML e-mail.

Mail clients ignore or strip <style> and never load stylesheets, so the
page is written with a small stylesheet (``templates/digest/email.css``)
and css-inline copies every rule into the elements' style attributes. Only
the @media rules (dark mode, narrow screens) stay in a <style>, for the
clients that honour them. The layout is one 600 px column of headings,
paragraphs and lists, no tables, images or web fonts: nothing is fetched
when the mail is opened.
"""

from __future__ import annotations

from functools import lru_cache

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, select_autoescape
from markupsafe import Markup

from .. import languages
from ..paths import TEMPLATES_DIR
from .build import Digest

EMAIL_DIR = TEMPLATES_DIR / "digest"


@lru_cache(maxsize=1)
def _template() -> tuple[Template, str]:
    env = Environment(
        loader=FileSystemLoader(str(EMAIL_DIR)),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    css = (EMAIL_DIR / "email.css").read_text(encoding="utf-8")
    return env.get_template("email.html"), css


def _preheader(d: Digest) -> str:
    """The line inboxes show after the subject: the count and the groups."""
    if not d.groups:
        return d.count if d.also else d.words["empty"]
    names = d.words["and"].join(g.name for g in d.groups[:3])
    return f"{d.count}{d.words['label_sep']}{names}"


def digest_email(d: Digest) -> str:
    """The digest as one self-contained HTML document with inlined styles."""
    template, css = _template()
    html = template.render(
        d=d,
        css=Markup(css),
        html_lang=languages.language(d.lang).html_lang,
        preheader=_preheader(d),
    )
    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    return inliner.inline(html)

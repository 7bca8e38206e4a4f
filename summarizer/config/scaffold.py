"""``summarizer new DIR``: a newsroom's own site, ready to build.

It writes a ``summarizer.toml`` that names every setting (the optional ones
commented out, with what they do), one real story with its source article
to copy from, and an empty site glossary already in force, so the first
term an editor adds shows how layering works. Nothing outside DIR is
touched, and an existing non-empty DIR is refused rather than mixed into.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import ConfigError
from ..paths import DEFAULTS_DIR
from .project import CONFIG_NAME

EXAMPLE = DEFAULTS_DIR / "example"

CONFIG = """\
# {title}: a summarizer site. Paths are relative to this file.
# Every command run in this folder or below reads it (or set SUMMARIZER_CONFIG,
# or run `summarizer -C {name} …` from elsewhere).

[site]
title = "{title}"                # or per language: title = {{ zh-Hans = "…", en = "…" }}
# base_url = "https://news.example.com/quickread/"  # absolute URLs, sitemap, share cards
# languages = ["zh-Hans", "zh-Hant", "zh-Hant-HK", "en"]  # default: all four

[content]
stories = "stories"              # one facts file per article (YAML)
sources = "sources"              # the article text each story's quotes come from
output = "public"                # the built site; publish this folder

[overrides]                      # layered over the package defaults
glossary = "glossary.yaml"       # your terms; change a package term under overrides:
# personas = "personas.yaml"     # add readers (personas:) or change ours (overrides: personas:)
# vocabulary = "vocabulary.yaml" # add metrics, events, units, currencies
# templates = "templates"        # a file here replaces the package template of the same path
"""

GLOSSARY = """\
# Terms this site adds to the package glossary (same format, see the docs:
# glossary-format.md). An id the package already has goes under overrides:.
terms: []
#  - id: acme
#    category: company
#    zh-Hans: 极致科技
#    en: Acme
#    reject: {zh-Hans: [极至科技]}
# overrides:
#   terms:
#     - {id: gmv, category: metric, zh-Hans: 成交总额, en: GMV}
"""

GITIGNORE = "/public/\n"


def scaffold(target: Path, title: str = "") -> list[Path]:
    """Create the site in ``target``; the files written, in order."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ConfigError.at(None, f"{target}: exists and is not an empty folder; choose a new one")
    title = title or target.resolve().name
    if any(c in title for c in '"\\\n'):
        raise ConfigError.at(None, f"--title: no quotes, backslashes or newlines: {title!r}")
    written: list[Path] = []

    def write(rel: str, text: str) -> None:
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)

    target.mkdir(parents=True, exist_ok=True)
    write(CONFIG_NAME, CONFIG.format(title=title, name=target.name))
    write("glossary.yaml", GLOSSARY)
    write(".gitignore", GITIGNORE)
    for src in sorted(EXAMPLE.rglob("*")):
        if src.is_file():
            dest = target / src.relative_to(EXAMPLE)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            written.append(dest)
    return written

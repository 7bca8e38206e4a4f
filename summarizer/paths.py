"""Where the package's own defaults live: templates, glossary, personas, vocabulary.

They ship inside the package (``summarizer/defaults/``, package data), so an
installed wheel works from any directory. A site's own files (stories,
sources, overrides) are found through its ``summarizer.toml``
(:mod:`summarizer.site_config`), looked up first; these are the fallback,
as a Hugo theme is.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULTS_DIR = PACKAGE_DIR / "defaults"
TEMPLATES_DIR = DEFAULTS_DIR / "templates"
GLOSSARY_PATH = DEFAULTS_DIR / "glossary.yaml"
PERSONAS_PATH = DEFAULTS_DIR / "personas.yaml"
VOCABULARY_PATH = DEFAULTS_DIR / "vocabulary.yaml"
SCHEMA_PATH = PACKAGE_DIR / "schema" / "facts.schema.json"


def user_cache_dir() -> Path:
    """Where work done once per user is kept (compiled validators, merged
    OpenCC dictionaries): ``$XDG_CACHE_HOME/summarizer``, else ``~/.cache/summarizer``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "summarizer"

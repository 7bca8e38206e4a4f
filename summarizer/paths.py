"""Where the project's data lives: templates, glossary, personas, seeds.

The package is used from a checkout (``pip install -e .``), so the data sits
beside the package in the project root, as DEVELOPERS.md lays it out.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
TEMPLATES_DIR = PROJECT_ROOT / "templates"
GLOSSARY_PATH = PROJECT_ROOT / "glossary.yaml"
PERSONAS_PATH = PROJECT_ROOT / "personas.yaml"
VOCABULARY_PATH = PROJECT_ROOT / "vocabulary.yaml"
SEEDS_DIR = PROJECT_ROOT / "seeds"
SCHEMA_PATH = PACKAGE_DIR / "schema" / "facts.schema.json"
#: The source articles of the seed stories, kept with them in the repository.
ARTICLES_DIR = PROJECT_ROOT / "sources"

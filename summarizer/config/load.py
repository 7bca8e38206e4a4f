"""Load the glossary, personas and vocabulary a site uses: the package's,
with the site's own files (if its config names them) layered on top."""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError, GlossaryError, SummarizerError
from ..facts.yamlload import Located, load_yaml, paused_gc
from ..model import Persona
from ..paths import GLOSSARY_PATH, PERSONAS_PATH, VOCABULARY_PATH
from ..userfiles import load_user_yaml
from ..vocabulary import glossary_cache
from ..vocabulary.glossary import Glossary, packaged_glossary, parse_glossary
from ..vocabulary.personas import load_personas, parse_personas
from ..vocabulary.vocab import Vocabulary, packaged_vocabulary, parse_vocabulary
from .layers import layer
from .project import ProjectConfig


def _layered(package: Path, site: Path, noun: str, error: type[SummarizerError]) -> Located:
    return layer(load_yaml(package, error), load_user_yaml(site, error), noun)


def site_vocabulary(cfg: ProjectConfig) -> Vocabulary:
    if cfg.vocabulary is None:
        return packaged_vocabulary()
    return parse_vocabulary(_layered(VOCABULARY_PATH, cfg.vocabulary, "vocabulary", ConfigError))


def site_glossary(cfg: ProjectConfig) -> Glossary:
    if cfg.glossary is None:
        return packaged_glossary()
    site = cfg.glossary

    def parse() -> Glossary:
        return parse_glossary(_layered(GLOSSARY_PATH, site, "glossary", GlossaryError))

    with paused_gc():  # read back checked when neither file changed (glossary_cache)
        return glossary_cache.load([GLOSSARY_PATH, site], parse)


def site_personas(cfg: ProjectConfig, glossary: Glossary) -> tuple[Persona, ...]:
    if cfg.personas is None:
        return load_personas(PERSONAS_PATH, glossary)
    return parse_personas(_layered(PERSONAS_PATH, cfg.personas, "personas", ConfigError), glossary)

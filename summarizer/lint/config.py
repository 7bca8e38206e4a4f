"""Lint configuration: defaults, ``.summarizer-lint.yaml`` and the command line.

The optional config file (``--config``, else ``$SUMMARIZER_LINT_CONFIG``,
else the nearest one above each linted file or the working directory: see
:mod:`.discover`) may set::

    glossary: glossary.yaml          # path, relative to the config file
    disable: [typography.spacing]    # check ids or prefixes
    enable: [...]                    # only these (default: all)
    levels: {glossary.pair: error}   # override a check's level
    spacing: ignore                  # ignore | require | forbid (CJK <-> Latin/digits)
    pair_categories: [company, ...]  # term categories the pair check compares
    template_categories: [...]       # categories a template must not hard-code
    exclude: ["**/vendor/**"]        # gitignore patterns, relative to the config file

Unknown keys and bad values are configuration errors (exit 2).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..keys import unknown_keys
from ..paths import GLOSSARY_PATH
from ..userfiles import load_user_yaml
from ..vocabulary.glossary import CATEGORIES
from .discover import CONFIG_NAME, Patterns, config_for
from .findings import CHECKS, LEVELS

log = logging.getLogger(__name__)

__all__ = ["CONFIG_NAME", "LintConfig", "load_config", "merge_levels", "select"]
SPACING = ("ignore", "require", "forbid")
DEFAULT_LEVELS = {
    "glossary.variant": "error",
    "glossary.pair": "warning",
    "templates.hardcoded": "error",
    "numbers.parity": "error",
    "numbers.missing": "warning",
    "typography.punctuation": "error",
    "typography.fullwidth": "warning",
    "typography.spacing": "warning",
    "region.vocabulary": "error",
    "region.script": "error",
    "lint.read": "error",
}
PAIR_CATEGORIES = (
    "company",
    "product",
    "chip",
    "persona",
    "organisation",
    "regulation",
    "market",
    "person",
    "finance",
    "ai",
)
TEMPLATE_CATEGORIES = (
    "company",
    "product",
    "chip",
    "persona",
    "organisation",
    "regulation",
    "market",
    "finance",
    "ai",
    "metric",
    "facet",
)


@dataclass(frozen=True)
class LintConfig:
    """Everything a lint run needs besides the paths."""

    glossary: Path = GLOSSARY_PATH
    enabled: tuple[str, ...] = CHECKS
    levels: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_LEVELS))
    spacing: str = "ignore"
    pair_categories: tuple[str, ...] = PAIR_CATEGORIES
    template_categories: tuple[str, ...] = TEMPLATE_CATEGORIES
    exclude: Patterns = Patterns((), Path("."))
    source: Path | None = None
    """The config file this came from (None: the defaults)."""

    def without_exclude(self) -> LintConfig:
        return replace(self, exclude=Patterns((), self.exclude.root))

    def on(self, check: str) -> bool:
        return check in self.enabled

    def level(self, check: str, default: str = "") -> str:
        return self.levels.get(check) or default or DEFAULT_LEVELS.get(check, "error")


def select(names: list[str], where: str) -> set[str]:
    """Check ids named by ids or prefixes (``typography`` = every typography check)."""
    out: set[str] = set()
    for name in names:
        hit = {c for c in CHECKS if c == name or c.startswith(name + ".")}
        if not hit:
            raise ConfigError.at(
                None, f"{where}: unknown check '{name}'; expected one of: {list(CHECKS)}"
            )
        out |= hit
    return out


def _strings(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError.at(None, f"{where}: '{key}' is a list of strings")


def _categories(value: Any, key: str, where: str) -> tuple[str, ...]:
    got = _strings(value, key, where)
    bad = [c for c in got if c not in CATEGORIES]
    if bad:
        raise ConfigError.at(
            None, f"{where}: {key}: expected one of: {list(CATEGORIES)} but received: {bad}"
        )
    return tuple(got)


def load_config(path: Path | None) -> LintConfig:
    """The config from ``path``, or the one that applies in the working
    directory (:func:`.discover.config_for`), or the defaults."""
    if path is None:
        path = config_for(Path.cwd())
        if path is None:
            return LintConfig()
    loc = load_user_yaml(path, ConfigError)
    data = loc.data or {}
    where = str(path)
    if not isinstance(data, dict):
        raise ConfigError.at(loc.span(()), "expected a mapping")
    cfg = LintConfig(source=path)
    known = (
        "glossary",
        "disable",
        "enable",
        "levels",
        "spacing",
        "pair_categories",
        "template_categories",
        "exclude",
    )
    bad = unknown_keys(loc, (), known, "lint configuration")
    if bad:
        raise ConfigError(bad)
    for key, value in data.items():
        if key == "glossary":
            cfg = replace(cfg, glossary=(path.parent / str(value)))
        elif key == "enable":
            cfg = replace(
                cfg,
                enabled=tuple(c for c in CHECKS if c in select(_strings(value, key, where), where)),
            )
        elif key == "disable":
            off = select(_strings(value, key, where), where)
            cfg = replace(cfg, enabled=tuple(c for c in cfg.enabled if c not in off))
        elif key == "levels":
            cfg = replace(cfg, levels=merge_levels(cfg.levels, value, where))
        elif key == "spacing":
            if value not in SPACING:
                raise ConfigError.at(
                    loc.span((key,)),
                    f"spacing: expected one of: {list(SPACING)} but received: '{value}'",
                )
            cfg = replace(cfg, spacing=str(value))
        elif key == "exclude":
            patterns = tuple(_strings(value, key, where))
            spans = tuple(
                loc.span((key, i) if isinstance(value, list) else (key,))
                for i in range(len(patterns))
            )
            cfg = replace(cfg, exclude=Patterns(patterns, path.parent, spans))
            cfg.exclude.check()
        elif key == "pair_categories":
            cfg = replace(cfg, pair_categories=_categories(value, key, where))
        else:
            cfg = replace(cfg, template_categories=_categories(value, key, where))
    log.info("lint config from %s", path)
    return cfg


def merge_levels(levels: dict[str, str], value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError.at(None, f"{where}: 'levels' maps a check id to a level")
    out = dict(levels)
    for name, level in value.items():
        if level not in LEVELS:
            raise ConfigError.at(
                None,
                f"{where}: levels.{name}: expected one of: {list(LEVELS)} but received: '{level}'",
            )
        for check in select([str(name)], where):
            out[check] = str(level)
    return out

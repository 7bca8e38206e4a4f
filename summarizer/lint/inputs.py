"""One lint run over files that may each have their own configuration.

:mod:`.discover` says which files to lint and which config file applies to
each; here every config file is loaded once (with the command line's
overrides on top), and the files are linted in one group per configuration,
reported one group after another, so a repository with a stricter config in
one folder gets both in one run.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from ..vocabulary.glossary import Glossary, load_glossary
from . import discover
from .config import LintConfig, load_config
from .documents import EXTENSIONS
from .engine import Batch, Fixer, read_files, stream_files
from .grouping import check_named, linted

#: The command line's changes to a loaded configuration.
Override = Callable[[LintConfig], LintConfig]


class Settings:
    """Configurations and glossaries by the file they come from, loaded once."""

    def __init__(self, explicit: Path | None, override: Override) -> None:
        self.explicit = explicit
        self.override = override
        self._configs: dict[Path | None, LintConfig] = {}
        self._glossaries: dict[Path, Glossary] = {}
        self._sources: dict[str, Path | None] = {}

    def source(self, path: Path, is_dir: bool | None = None) -> Path | None:
        """The config file over ``path``: the same for every file of a folder,
        so looked up once per folder (two lookups per file were 3% of linting
        a corpus of 4,776 small files, issue 13)."""
        if is_dir is None:
            return discover.config_for(path, self.explicit, is_dir)
        folder = os.fspath(path) if is_dir else os.path.dirname(path)
        if folder not in self._sources:
            self._sources[folder] = discover.config_for(path, self.explicit, is_dir)
        return self._sources[folder]

    def config(self, source: Path | None) -> LintConfig:
        if source not in self._configs:
            base = load_config(source) if source is not None else LintConfig()
            self._configs[source] = self.override(base)
        return self._configs[source]

    def for_path(self, path: Path, is_dir: bool | None = None) -> LintConfig:
        return self.config(self.source(path, is_dir))

    def glossary(self, cfg: LintConfig) -> Glossary:
        if cfg.glossary not in self._glossaries:
            self._glossaries[cfg.glossary] = load_glossary(cfg.glossary)
        return self._glossaries[cfg.glossary]

    def excluded(self, path: Path, is_dir: bool) -> bool:
        """Whether the ``exclude`` of the configuration over ``path`` leaves it out."""
        return self.for_path(path, is_dir).exclude.match(path, is_dir)


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # vanished or unreadable: the engine reports it
        return True


def stream_inputs(
    paths: list[str],
    settings: Settings,
    jobs: int,
    fixer: Fixer | None = None,
    fingerprints: bool = False,
    use_ignore_files: bool = True,
    keep_texts: bool = False,
) -> Iterator[Batch]:
    """Lint ``paths`` (files and directories), each file under its own
    configuration: each configuration's files are streamed by
    :func:`.engine.stream_files` (findings reported as each group is done,
    memory flat in the input), one configuration after another."""
    discover.reset()
    files = discover.iter_files(paths, frozenset(EXTENSIONS), settings.excluded, use_ignore_files)
    groups: dict[Path | None, list[Path]] = {}
    for f in files:  # the Paths discovery made, not made again from their text
        groups.setdefault(settings.source(f, False), []).append(f)
    if not groups:  # everything excluded: still check the configuration and glossary
        settings.glossary(settings.config(settings.source(Path.cwd())))
        return
    named = {p for p in paths if not os.path.isdir(p)}
    for source, group in groups.items():
        cfg = settings.config(source)
        if not use_ignore_files:
            cfg = cfg.without_exclude()
        special = [f for f in group if str(f) not in named and not _regular(str(f))]
        if special:
            problems = read_files(special, cfg)[1]
            yield Batch(special, problems, files=len(problems))
            group = [f for f in group if f not in special]
        if group:
            glossary = settings.glossary(cfg)
            check_named([str(f) for f in group if str(f) in named])
            files = linted(group, cfg)
            yield from stream_files(files, glossary, cfg, jobs, fixer, keep_texts, fingerprints)

"""Which files to lint, and which configuration applies to each.

As Vale and textlint do for their users: the configuration of a file is
``--config`` if given, else ``$SUMMARIZER_LINT_CONFIG``, else the nearest
``.summarizer-lint.yaml`` walking up from the file's directory (to the
filesystem root), else the nearest one walking up from the working
directory, else the defaults. So a run from a subfolder finds the same
configuration as one from the root (issue 8: 310 findings against 9).

Walking a directory honours ``.gitignore`` and ``.summarizer-lintignore``
files (in the walked tree and in its parents up to the repository root,
each relative to its own directory, deeper files overriding shallower ones,
as git does) and the configuration's ``exclude`` patterns (relative to the
configuration file). All patterns are gitignore patterns read by
``pathspec``, so ``**/vendor/**`` means what it means to git.

A directory named on the command line is walked even if an ignore file
above it ignores it (only the ignore files inside it apply). A file named
on the command line is linted even if a ``.gitignore`` lists
it (naming it says you want it, and git already chose what pre-commit
passes), but ``exclude`` and ``.summarizer-lintignore`` still apply, as
ESLint applies its ignore files: pre-commit names every file, and an
exclusion that the hook ignored would be no exclusion. ``--no-ignore``
turns all of them off.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..model import SourceSpan

if TYPE_CHECKING:  # imported when a pattern is first compiled: 0.1 s a run otherwise
    from pathspec import GitIgnoreSpec

CONFIG_NAME = ".summarizer-lint.yaml"
CONFIG_ENV = "SUMMARIZER_LINT_CONFIG"
GITIGNORE = ".gitignore"
LINTIGNORE = ".summarizer-lintignore"
#: Directories never walked into (tools' caches and other repositories' data).
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "__pycache__",
        ".venv",
        ".tox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".work",
    }
)

#: ``excluded(path, is_dir)``: whether a path is left out.
Excluded = Callable[[Path, bool], bool]


def compile_patterns(
    lines: list[str], where: str, strict: bool = True, spans: list[SourceSpan] | None = None
) -> GitIgnoreSpec:
    """A gitignore-style spec. A pattern pathspec refuses (``!`` alone) is a
    ConfigError at its line (``spans[i]``, else line i+1 of ``where``) when
    ``strict``, else skipped, as git skips it in a ``.gitignore``."""
    from pathspec import GitIgnoreSpec

    try:
        return GitIgnoreSpec.from_lines(lines)
    except ValueError:  # GitIgnorePatternError is a ValueError
        pass
    good = []
    for n, line in enumerate(lines):
        try:
            GitIgnoreSpec.from_lines([line])
        except ValueError as exc:
            if strict:
                span = spans[n] if spans else SourceSpan(where, n + 1, 1)
                raise ConfigError.at(span, f"bad pattern: {exc}") from None
            continue
        good.append(line)
    return GitIgnoreSpec.from_lines(good)


def relative(path: Path, root: Path) -> str | None:
    """``path`` relative to ``root`` in POSIX form, or None when it is not below it."""
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    if rel == os.curdir or rel.startswith(os.pardir + os.sep) or rel == os.pardir:
        return None
    return Path(rel).as_posix()


@dataclass(frozen=True)
class Patterns:
    """Gitignore patterns relative to a directory (``exclude`` of a config file)."""

    patterns: tuple[str, ...]
    root: Path
    spans: tuple[SourceSpan, ...] = ()
    """Where each pattern is written (for errors)."""
    _spec: list[GitIgnoreSpec] = field(default_factory=list, compare=False, repr=False)

    def check(self) -> None:
        """Compile now: a bad pattern is an error of the config, not of a later run."""
        if self.patterns and not self._spec:
            spans = list(self.spans) or None
            self._spec.append(compile_patterns(list(self.patterns), "exclude", True, spans))

    def match(self, path: Path, is_dir: bool = False) -> bool:
        if not self.patterns:
            return False
        self.check()
        # a path outside the config's folder is matched relative to the working directory
        rel = relative(path, self.root) or relative(path, Path.cwd())
        if rel is None:
            rel = Path(os.path.abspath(path)).as_posix().lstrip("/")
        return self._spec[0].match_file(rel + "/" if is_dir else rel)


@lru_cache(maxsize=4096)
def _ignore_spec(directory: str, name: str) -> GitIgnoreSpec | None:
    """The patterns of ``directory/name``, if that file exists."""
    path = os.path.join(directory, name)
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read(1 << 20).splitlines()
    except OSError:  # absent (the usual case) or unreadable: no patterns
        return None
    return compile_patterns(lines, path, strict=name != GITIGNORE)


@lru_cache(maxsize=4096)
def repository_root(directory: str) -> str | None:
    """The nearest directory at or above ``directory`` holding ``.git``."""
    here = os.path.abspath(directory)
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


@lru_cache(maxsize=4096)
def _specs(
    directory: str, names: tuple[str, ...], top: str
) -> tuple[tuple[str, GitIgnoreSpec], ...]:
    """The ignore files ``names`` in ``top`` and each directory down to
    ``directory``, shallowest first (cached: files of one folder share it)."""
    if not (directory + os.sep).startswith(top.rstrip(os.sep) + os.sep):
        return ()
    chain = [top]
    rest = os.path.relpath(directory, top)
    if rest != os.curdir:
        for part in Path(rest).parts:
            chain.append(os.path.join(chain[-1], part))
    out = []
    for d in chain:
        for name in names:
            spec = _ignore_spec(d, name)
            if spec is not None:
                out.append((d, spec))
    return tuple(out)


def ignored(path: Path, is_dir: bool, names: tuple[str, ...], top: str) -> bool:
    """Whether the ignore files ``names`` in ``top`` and the directories
    between it and ``path`` leave ``path`` out (the deepest decision wins)."""
    full = os.path.abspath(path)
    specs = _specs(os.path.dirname(full), names, top)
    decision = False
    for directory, spec in specs:
        rel = Path(os.path.relpath(full, directory)).as_posix() + ("/" if is_dir else "")
        hit = spec.check_file(rel).include
        if hit is not None:
            decision = hit
    return decision


@lru_cache(maxsize=4096)
def find_config(directory: str) -> Path | None:
    """The nearest ``.summarizer-lint.yaml`` at or above ``directory``."""
    here = os.path.abspath(directory)
    while True:
        candidate = os.path.join(here, CONFIG_NAME)
        if os.path.isfile(candidate):
            return Path(candidate)
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def reset() -> None:
    """Forget cached ignore files and configuration lookups (files may have
    changed since the last run in this process)."""
    _ignore_spec.cache_clear()
    _specs.cache_clear()
    repository_root.cache_clear()
    find_config.cache_clear()


def config_for(path: Path, explicit: Path | None = None, is_dir: bool | None = None) -> Path | None:
    """The configuration file that applies to ``path`` (see the module doc)."""
    if explicit is not None:
        return explicit
    env = os.environ.get(CONFIG_ENV, "").strip()
    if env:
        return Path(env)
    if is_dir is None:
        is_dir = path.is_dir()
    directory = os.fspath(path) if is_dir else os.path.dirname(path)
    return find_config(directory or os.curdir) or find_config(os.curdir)


def iter_files(
    paths: list[str],
    extensions: frozenset[str],
    excluded: Excluded = lambda _p, _d: False,
    use_ignore_files: bool = True,
    filter_named: bool = True,
) -> list[Path]:
    """Every file to lint: named files (unless excluded or in a
    ``.summarizer-lintignore``, when ``filter_named``), and the files with
    ``extensions`` under named directories (sorted), minus ignored and
    excluded ones."""
    out: list[Path] = []
    for raw in paths:
        if not os.path.isdir(raw):
            f = Path(raw)
            if raw == "-" or not use_ignore_files or not filter_named:
                out.append(f)
                continue
            top = repository_root(os.path.dirname(os.path.abspath(raw))) or os.path.dirname(
                os.path.abspath(raw)
            )
            if not excluded(f, False) and not ignored(f, False, (LINTIGNORE,), top):
                out.append(f)
            continue
        top = repository_root(raw) or os.path.abspath(raw)
        names = (GITIGNORE, LINTIGNORE) if use_ignore_files else ()
        if names and ignored(Path(raw), True, names, top):
            top = os.path.abspath(raw)  # named, so wanted: only its own ignore files count
        for root, dirs, files in os.walk(raw):
            # the ignore files over this folder's entries, looked up once for
            # all of them: none (the usual case) means none is ignored
            here = bool(_specs(os.path.abspath(root), names, top)) if names else False
            keep = []
            for d in sorted(dirs):
                p = Path(root, d)
                if d in SKIP_DIRS:
                    continue
                if use_ignore_files and (
                    excluded(p, True) or (here and ignored(p, True, names, top))
                ):
                    continue
                keep.append(d)
            dirs[:] = keep
            for name in sorted(files):
                if os.path.splitext(name)[1].lower() not in extensions:
                    continue
                f = Path(root, name)
                if use_ignore_files and (
                    excluded(f, False) or (here and ignored(f, False, names, top))
                ):
                    continue
                out.append(f)
    return out

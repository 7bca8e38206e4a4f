"""Which files a lint run reads, and in which groups.

The paths the user named are checked first (a missing one, a FIFO or a
device is a usage error before anything is reported); directories are
expanded by :mod:`.discover`; the glossary itself is left out (it lists
the rejected forms on purpose). Files are then grouped: a zh/en pair (same
folder, same name but for the language) is read together, and every JSON
brief goes in one group, as briefs pair by the story inside them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .. import languages
from ..errors import ConfigError
from ..model import SourceSpan
from ..userfiles import InputError, check_regular
from .config import LintConfig
from .documents import iter_files

JSON_GROUP = "<json>"


def _same(a: Path, b: Path) -> bool:
    if a.name != b.name:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def expand(paths: list[str], cfg: LintConfig) -> list[Path]:
    """Every file to lint under ``paths``; a missing path is a usage error."""
    check_named(paths)
    return linted(iter_files(paths, cfg.exclude), cfg)


def linted(files: list[Path], cfg: LintConfig) -> list[Path]:
    """``files`` but the glossary, which lists the rejected forms on purpose."""
    return [f for f in files if not _same(f, cfg.glossary)]


def check_named(paths: list[str]) -> None:
    """ConfigError for a path the user named that is missing or not a
    regular file or directory (files found in a directory are not named:
    reading them reports what is wrong, as a finding)."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise ConfigError.at(None, f"no such file or directory: {', '.join(missing)}")
    for p in paths:  # a FIFO would hang the run, /dev/zero would never end
        if not os.path.isdir(p):
            try:
                check_regular(p)
            except (InputError, OSError) as exc:
                raise ConfigError.at(SourceSpan(p, 1, 1), f"cannot lint this: {exc}") from None


def group_key(path: Path, in_name: re.Pattern[str]) -> str:
    """The files that share a key are linted together: all JSON, else the
    path with the language taken out of the name (``x.zh-Hans.md`` -> ``x.md``)."""
    # string operations, not pathlib (a Path made and printed twice per file
    # was 1% of linting 4,776 small files); the same as ``path.suffix``,
    # ``path.parent / name``
    head, sep, name = os.fspath(path).rpartition(os.sep)
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1 and name[dot:].lower() == ".json":
        return JSON_GROUP
    return head + sep + in_name.sub("", name)


def groups(files: list[Path]) -> list[list[Path]]:
    """``files`` in groups to lint together, in the order of each group's first file."""
    in_name = re.compile(rf"\.({languages.code_pattern()})(?=\.[^.]+$)")
    by_key: dict[str, list[Path]] = {}
    for f in files:
        by_key.setdefault(group_key(f, in_name), []).append(f)
    return list(by_key.values())

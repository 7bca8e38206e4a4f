"""A site's templates, looked up before the package's (as Hugo does with themes).

``templates/`` in a site mirrors ``summarizer/defaults/templates/``: a file
there replaces the package file of the same relative path (``en/points/
growth.j2``, ``site/story.html``, ``site/static/site.css``). A file the
package does not have is refused with the known names listed, so a typo
does not silently leave the default in force. ``site/ui.yaml`` may give
just the interface strings it changes; the rest come from the package.

The site theme is handed to the site builder as one folder, merged into a
cache directory named by its content hash (created once, never changed, so
concurrent builds share it and an unchanged theme keeps its build
fingerprint).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import yaml
from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader

from .. import languages
from ..errors import ConfigError
from ..model import SourceSpan
from ..paths import TEMPLATES_DIR
from ..userfiles import load_user_yaml
from .project import ProjectConfig

UI = "site/ui.yaml"


def _files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}


def check_templates(cfg: ProjectConfig) -> None:
    """Every file of the site's templates folder shadows a package template."""
    if cfg.templates is None:
        return
    known = _files(TEMPLATES_DIR)
    problems: list[tuple[SourceSpan | None, str]] = []
    for rel, path in _files(cfg.templates).items():
        if rel in known:
            continue
        near = difflib.get_close_matches(rel, list(known), n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        folder = rel.rpartition("/")[0]
        siblings = sorted(k.rpartition("/")[2] for k in known if k.rpartition("/")[0] == folder)
        tops = sorted({k.split("/")[0] for k in known})
        listed = ", ".join(siblings or tops)
        problems.append(
            (
                SourceSpan(str(path), 1, 1),
                f"unknown template '{rel}'{hint}; the package has: {listed}",
            )
        )
    if UI in _files(cfg.templates):
        _check_ui(cfg.templates / UI)
    if problems:
        raise ConfigError(problems)


def _check_ui(path: Path) -> None:
    loc = load_user_yaml(path, ConfigError)
    known = yaml.safe_load((TEMPLATES_DIR / UI).read_text("utf-8"))
    if not isinstance(loc.data, dict):
        raise ConfigError.at(loc.span(()), "expected a mapping of interface strings")
    bad = [k for k in loc.data if k not in known]
    if bad:
        raise ConfigError.at(
            loc.span((bad[0], "<key>")),
            f"unknown interface string '{bad[0]}'; known: {', '.join(sorted(known))}",
        )
    for key, value in loc.data.items():
        if not isinstance(value, dict) or not all(
            languages.find(str(lang)) and isinstance(text, str) for lang, text in value.items()
        ):
            raise ConfigError.at(
                loc.span((key,)),
                f"{key}: expected {{zh-Hans: …, en: …}} (language -> text) "
                f"but received: {str(value)[:60]!r}",
            )


def brief_loader(cfg: ProjectConfig, lang: str) -> BaseLoader:
    """Templates of one source language: the site's first, then the package's."""
    package = FileSystemLoader(str(TEMPLATES_DIR / lang))
    if cfg.templates is None or not (cfg.templates / lang).is_dir():
        return package
    return ChoiceLoader([FileSystemLoader(str(cfg.templates / lang)), package])


def template_names(cfg: ProjectConfig, sub: str) -> set[str]:
    """Stems of the .j2 files in ``sub`` (e.g. ``en/meanings``), site and package."""
    dirs = [TEMPLATES_DIR / sub] + ([cfg.templates / sub] if cfg.templates else [])
    return {p.stem for d in dirs if d.is_dir() for p in d.glob("*.j2")}


def site_theme(cfg: ProjectConfig) -> Path:
    """The folder of site templates, static files and ui.yaml this site builds with."""
    check_templates(cfg)
    package = TEMPLATES_DIR / "site"
    own = cfg.templates / "site" if cfg.templates else None
    if not cfg.title and (own is None or not own.is_dir()):
        return package
    files = _files(package)
    if own is not None and own.is_dir():
        files.update(_files(own))
    ui = _merged_ui(package / "ui.yaml", own / "ui.yaml" if own else None, cfg.title)
    h = hashlib.sha256(ui.encode())
    for rel, path in sorted(files.items()):
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    target = Path(tempfile.gettempdir()) / f"summarizer-theme-{h.hexdigest()[:20]}"
    if target.is_dir():
        return target
    staging = Path(tempfile.mkdtemp(prefix=".summarizer-theme-", dir=target.parent))
    for rel, path in files.items():
        dest = staging / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    (staging / "ui.yaml").write_text(ui, encoding="utf-8")
    try:
        os.rename(staging, target)
    except OSError:  # another build made it first: same content
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _merged_ui(package: Path, own: Path | None, title: dict[str, str]) -> str:
    data = yaml.safe_load(package.read_text("utf-8"))
    if own is not None and own.is_file():
        data.update(load_user_yaml(own, ConfigError).data or {})
    if title:
        names = dict(data.get("site_name") or {})
        for lang in names:
            names[lang] = title.get(lang) or title.get("") or names[lang]
        for lang, text in title.items():
            if lang:
                names[lang] = text
        data["site_name"] = names
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=1000)

"""A site's ``summarizer.toml``: found by walking up, read with positions.

One file per site names its title, base URL, languages, content folders and
the files that extend or override the package defaults (glossary terms,
personas, vocabulary, templates). Paths in it are relative to the file.

TOML rather than YAML for this one file: it is read by the standard library
(``tomllib``, no dependency), its values have no implicit types (YAML's
``no`` is false, and an unquoted comma cut our English tagline in two), and
it is what ``pyproject.toml`` and Hugo's ``hugo.toml`` taught our users.
Content (facts, glossary, personas) stays YAML, where editors need
multi-line text and comments beside each entry.

Discovery, like Hugo, Vale or ruff: ``--config FILE``, else the environment
variable ``SUMMARIZER_CONFIG``, else the nearest ``summarizer.toml`` in the
working directory or a parent. Without one, the package defaults apply and
content paths are taken from the command line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import languages
from ..errors import ConfigError
from ..model import SourceSpan
from ..userfiles import InputError, read_bounded

CONFIG_NAME = "summarizer.toml"
ENV_VAR = "SUMMARIZER_CONFIG"
_MAX_BYTES = 1 << 20

#: table -> key -> expected type, as the messages say it
_KEYS: dict[str, dict[str, str]] = {
    "site": {
        "title": "a string or a table of language -> string",
        "base_url": "a string",
        "languages": "a list of language codes",
    },
    "content": {"stories": "a folder", "sources": "a folder", "output": "a folder"},
    "overrides": {
        "glossary": "a YAML file",
        "personas": "a YAML file",
        "vocabulary": "a YAML file",
        "templates": "a folder",
    },
}


@dataclass(frozen=True)
class ProjectConfig:
    """What a site's ``summarizer.toml`` says, with paths made absolute (picklable)."""

    file: Path | None = None
    """The config file; None when running on the package defaults alone."""
    title: dict[str, str] = field(default_factory=dict)
    """Site title per language ('' key: every language); empty: the theme's own."""
    base_url: str = ""
    languages: tuple[str, ...] = ()
    """Languages the site publishes; empty: every site language of the registry."""
    stories: Path | None = None
    sources: Path | None = None
    output: Path | None = None
    glossary: Path | None = None
    personas: Path | None = None
    vocabulary: Path | None = None
    templates: Path | None = None

    @property
    def root(self) -> Path | None:
        return self.file.parent if self.file else None

    def source_dirs(self) -> tuple[Path, ...]:
        """Where ``check`` looks for articles after ``sources/`` beside the stories."""
        return (self.sources,) if self.sources is not None else ()

    def override_files(self) -> list[Path]:
        """Every file that changes what a story renders to (for build fingerprints)."""
        out = [p for p in (self.glossary, self.personas, self.vocabulary) if p]
        if self.templates:
            out += sorted(p for p in self.templates.rglob("*") if p.is_file())
        return out


DEFAULT = ProjectConfig()


def find_config(start: Path | None = None) -> Path | None:
    """``$SUMMARIZER_CONFIG``, else the nearest summarizer.toml from ``start`` up."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def discover(explicit: Path | None = None, start: Path | None = None) -> ProjectConfig:
    """The config in force: ``explicit``, else found (see module doc), else the defaults."""
    path = explicit or find_config(start)
    return load_config(path) if path else DEFAULT


def site_config() -> ProjectConfig:
    """The config of the site the working directory is in (commands call this)."""
    return discover()


def load_config(path: Path) -> ProjectConfig:
    """Read and check one summarizer.toml; every problem is exit 2 with file:line:col."""
    name = str(path)
    try:
        text = read_bounded(path, _MAX_BYTES).decode("utf-8")
    except (OSError, InputError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise ConfigError.at(SourceSpan(name, 1, 1), f"cannot read config: {why}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError.at(SourceSpan(name, 1, 1), f"not UTF-8 (byte {exc.start})") from None
    import tomllib  # here: a site without a config file never parses one (~2.5 ms)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, col, msg = _toml_position(str(exc))
        raise ConfigError.at(SourceSpan(name, line, col), f"invalid TOML: {msg}") from None
    return _parse(data, text, path)


def _toml_position(message: str) -> tuple[int, int, str]:
    m = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if not m:
        return 1, 1, message
    return int(m.group(1)), int(m.group(2)), message[: m.start()].strip()


def locate(text: str, table: str, key: str | None = None) -> tuple[int, int]:
    """Line and column of ``[table]``'s ``key`` (or of the header) in the TOML text."""
    lines = text.splitlines()
    current = ""
    header_at = (1, 1)
    for i, line in enumerate(lines, 1):
        stripped = line.strip()
        head = re.match(r"\[\s*([A-Za-z0-9_.-]+)\s*\]", stripped)
        if head:
            current = head.group(1)
            if current == table:
                header_at = (i, line.index("[") + 1)
                if key is None:
                    return header_at
            continue
        if current == table and key is not None:
            m = re.match(rf"\s*{re.escape(key)}\s*=", line)
            if m:
                return i, len(line) - len(line.lstrip()) + 1
    return header_at


def _parse(data: dict[str, Any], text: str, path: Path) -> ProjectConfig:
    problems: list[tuple[SourceSpan | None, str]] = []
    name = str(path)

    def fail(table: str, key: str | None, message: str) -> None:
        line, col = locate(text, table, key)
        problems.append((SourceSpan(name, line, col), message))

    for table, value in data.items():
        if table not in _KEYS:
            line, col = locate(text, table)
            problems.append(
                (
                    SourceSpan(name, line, col),
                    f"unknown table [{table}]; expected one of: {', '.join(_KEYS)}",
                )
            )
        elif not isinstance(value, dict):
            fail(table, None, f"'{table}': expected a table [{table}]")
        else:
            for key in value:
                if key not in _KEYS[table]:
                    fail(
                        table,
                        key,
                        f"[{table}] {key}: unknown key; expected one of: {', '.join(_KEYS[table])}",
                    )
    site, content, over = (_table(data, name) for name in ("site", "content", "overrides"))
    base = path.resolve().parent

    def folder(table: str, key: str, raw: Any, want_dir: bool, must_exist: bool) -> Path | None:
        if raw is None:
            return None
        if not isinstance(raw, str) or not raw.strip():
            fail(
                table,
                key,
                f"[{table}] {key}: expected {_KEYS[table][key]} (a path string) "
                f"but received: {raw!r}",
            )
            return None
        p = (base / raw).resolve()
        if must_exist and not (p.is_dir() if want_dir else p.is_file()):
            what = "folder" if want_dir else "file"
            fail(table, key, f"[{table}] {key}: no such {what}: {raw} (looked in {base})")
            return None
        return p

    title = _title(site.get("title"), lambda m: fail("site", "title", m))
    base_url = site.get("base_url", "")
    if not isinstance(base_url, str):
        fail("site", "base_url", f"[site] base_url: expected a string but received: {base_url!r}")
        base_url = ""
    elif base_url:
        from ..errors import BuildError
        from ..site.urls import check_base_url

        try:
            base_url = check_base_url(base_url)
        except BuildError as exc:
            why = exc.problems[0][1].partition(": ")[2]
            fail("site", "base_url", f"[site] base_url: {why}")
    langs = _languages(site.get("languages"), lambda m: fail("site", "languages", m))
    cfg = ProjectConfig(
        file=path.resolve(),
        title=title,
        base_url=base_url,
        languages=langs,
        stories=folder("content", "stories", content.get("stories"), True, True),
        sources=folder("content", "sources", content.get("sources"), True, True),
        output=folder("content", "output", content.get("output"), True, False),
        glossary=folder("overrides", "glossary", over.get("glossary"), False, True),
        personas=folder("overrides", "personas", over.get("personas"), False, True),
        vocabulary=folder("overrides", "vocabulary", over.get("vocabulary"), False, True),
        templates=folder("overrides", "templates", over.get("templates"), True, True),
    )
    if problems:
        raise ConfigError(problems)
    return cfg


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    """A table of the config, or empty when it is absent (or not a table: reported)."""
    value = data.get(name)
    return value if isinstance(value, dict) else {}


def _title(raw: Any, fail: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if isinstance(raw, str) and raw.strip():
        return {"": raw.strip()}
    if isinstance(raw, dict) and raw and all(isinstance(v, str) for v in raw.values()):
        bad = [k for k in raw if languages.find(k) is None]
        if bad:
            fail(
                f"[site] title: unknown language {bad[0]!r}; expected one of: "
                f"{', '.join(languages.codes())}"
            )
            return {}
        return {k: v.strip() for k, v in raw.items()}
    fail(f"[site] title: expected {_KEYS['site']['title']} but received: {raw!r}")
    return {}


def _languages(raw: Any, fail: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    site = languages.site_codes()
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) for x in raw):
        fail(f"[site] languages: expected {_KEYS['site']['languages']} but received: {raw!r}")
        return ()
    bad = [x for x in raw if x not in site]
    if bad:
        fail(f"[site] languages: unknown language {bad[0]!r}; expected some of: {', '.join(site)}")
        return ()
    return tuple(dict.fromkeys(raw))

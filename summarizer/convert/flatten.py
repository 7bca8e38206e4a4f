"""OpenCC configs with their dictionary groups merged, built once per user.

Creating the ``s2twp`` converter cost 0.12 s of CPU, two thirds of it not
in reading dictionaries but in OpenCC assembling its *groups* (STPhrases
with the regional phrases as a union, that with STCharacters, the three
Taiwan tables one after another) every time a process starts. Merged ahead
of time into one dictionary per group, the same config loads in a third of
that (issue 13: a one-story zh-Hant render started in 0.32 s).

A group is merged only where the result cannot differ:

* ``union`` (longest match over all its dictionaries): when no key has two
  different values in two of them;
* ``short_circuit`` (the first dictionary with any match at a position
  wins, with its longest match): when no key of a later dictionary starts
  with a key of an earlier one -- otherwise the merged longest match could
  take the later, longer key. Same keys keep the earlier value.

Otherwise the group stays as OpenCC has it. The merged configs and
dictionaries live in the user's cache directory (never the package's),
named by a hash of the OpenCC version, the shipped config and every
dictionary it reads, so an upgrade of OpenCC or its data builds them anew.
Dictionaries are read and written with ``opencc_dict``, the tool that ships
in OpenCC's wheel; without it, or when anything fails, the shipped config
is used as before: merging only ever changes how fast a converter loads
(the outputs are compared with the shipped configs' in the tests).
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import opencc

from ..paths import user_cache_dir
from ..userfiles import write_quietly

log = logging.getLogger(__name__)

#: Part of every cache key: a change to how groups are merged rebuilds them.
FORMAT = "flatten-1"
_SHARE = Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"
_TOOL = Path(opencc.__file__).resolve().parent / "clib" / "bin" / "opencc_dict"


class _ToolError(Exception):
    """``opencc_dict`` failed or timed out (``subprocess`` is imported only
    when a dictionary is compiled: 9 ms of every run's start-up otherwise)."""


class _UnsafeMergeError(Exception):
    """A group whose merged dictionary could convert differently."""


def config_path(name: str) -> str:
    """What to give ``opencc.OpenCC`` for the shipped config ``name``: the
    merged config (built on first use), or ``name`` itself when it cannot be."""
    try:
        return str(_flattened(name, _SHARE, _TOOL, user_cache_dir() / "opencc"))
    except (OSError, ValueError, KeyError, _ToolError) as exc:
        log.debug("OpenCC config %s used as shipped: %s", name, exc)
        return name


@cache
def _flattened(name: str, share: Path, tool: Path, cache_dir: Path) -> Path:
    """The merged config for ``share/name.json``, from the cache or built now."""
    raw = (share / f"{name}.json").read_bytes()
    config = json.loads(raw)
    digest = hashlib.sha256(f"{FORMAT}\0{opencc.__version__}\0".encode() + raw)
    for file in sorted(_files(config)):
        digest.update(file.encode() + b"\0" + (share / file).read_bytes())
    target = cache_dir / f"{name}-{digest.hexdigest()[:32]}.json"
    if target.is_file():
        return target
    if not tool.is_file():
        raise FileNotFoundError(f"no {tool}")
    built = _Builder(share, tool, cache_dir).node(config)
    write_quietly(target, json.dumps(built, ensure_ascii=False, indent=1).encode())
    if not target.is_file():
        raise OSError(f"cannot write {target}")
    return target


def _files(node: Any) -> set[str]:
    """Every dictionary file a config names."""
    if isinstance(node, dict):
        found = {node["file"]} if isinstance(node.get("file"), str) else set()
        return found.union(*(_files(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_files(v) for v in node))
    return set()


class _Builder:
    """Rewrites a config: groups merged where safe, files made absolute."""

    def __init__(self, share: Path, tool: Path, cache_dir: Path) -> None:
        self.share, self.tool, self.cache_dir = share, tool, cache_dir

    def node(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.node(v) for v in node]
        if not isinstance(node, dict):
            return node
        if node.get("type") == "group":
            try:
                return self._merged(node)
            except _UnsafeMergeError as why:
                log.debug("group kept: %s", why)
        out = {k: self.node(v) for k, v in node.items()}
        if isinstance(out.get("file"), str):
            out["file"] = str(self.share / out["file"])
        return out

    def _merged(self, group: dict[str, Any]) -> dict[str, str]:
        """One ``ocd2`` dictionary that converts as ``group`` does (or _UnsafeMergeError)."""
        tables = [self._table(d) for d in group["dicts"]]
        policy = group.get("match_policy", "short_circuit")
        merged: dict[str, str] = {}
        for i, table in enumerate(tables):
            for key, value in table.items():
                if policy == "union" and merged.get(key, value) != value:
                    raise _UnsafeMergeError(f"'{key}' has two values")
                if policy != "union" and i and _starts_with_key(key, tables[:i]):
                    raise _UnsafeMergeError(f"'{key}' extends a key of an earlier dictionary")
                merged.setdefault(key, value)
        text = "".join(f"{k}\t{v}\n" for k, v in sorted(merged.items())).encode()
        return {"type": "ocd2", "file": str(self._ocd2(text))}

    def _table(self, node: dict[str, Any]) -> dict[str, str]:
        """key -> values (as the text format writes them) of a dictionary node."""
        if node.get("type") == "group":
            node = self._merged(node)
        if node.get("type") != "ocd2":
            raise _UnsafeMergeError(f"a {node.get('type')} dictionary")
        path = Path(node["file"])
        text = self._run(path if path.is_absolute() else self.share / path, "ocd2", "text")
        table: dict[str, str] = {}
        for line in text.decode("utf-8").splitlines():
            key, _, values = line.partition("\t")
            table.setdefault(key, values)
        return table

    def _ocd2(self, text: bytes) -> Path:
        """The text dictionary ``text`` compiled, stored by its content."""
        path = self.cache_dir / f"{hashlib.sha256(text).hexdigest()[:32]}.ocd2"
        if not path.is_file():
            write_quietly(path, self._compile(text))
            if not path.is_file():  # no config may name a dictionary that is not there
                raise OSError(f"cannot write {path}")
        return path

    def _compile(self, text: bytes) -> bytes:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp, "dict.txt")
            source.write_bytes(text)
            return self._run(source, "text", "ocd2")

    def _run(self, source: Path, fmt: str, to: str) -> bytes:
        """``opencc_dict`` from ``source`` (format ``fmt``) to ``to``, as bytes."""
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp, f"out.{to}")
            cmd = [str(self.tool), "-i", str(source), "-o", str(out), "-f", fmt, "-t", to]
            import subprocess

            try:
                subprocess.run(cmd, check=True, capture_output=True, timeout=120)
            except subprocess.SubprocessError as exc:
                raise _ToolError(str(exc)) from exc
            return out.read_bytes()


def _starts_with_key(key: str, tables: list[dict[str, str]]) -> bool:
    return any(key[:n] in t for t in tables for n in range(1, len(key)))

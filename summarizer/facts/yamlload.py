"""Safe, bounded YAML loading that remembers where every value came from.

PyYAML's safe loader already refuses arbitrary objects; on top of it we
refuse anchors/aliases (no "billion laughs"), duplicate keys (YAML silently
keeps the last one, which hides an editor's typo), over-large files and
over-deep nesting. Numbers are kept as ``Decimal`` built from the written
text, so ``5.340`` keeps its precision, and dates stay strings so the JSON
Schema sees exactly what the editor wrote. ``Located.span`` gives the
``SourceSpan`` of a JSON path (a tuple of keys and indexes).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from ..errors import SummarizerError
from ..model import SourceSpan

try:  # the C composer is ~5x faster and keeps marks too
    _Base: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - libyaml missing
    _Base = yaml.SafeLoader

#: A plain scalar's tag by its text. The resolver's regular expressions ran
#: for every scalar, in Python, called from the C composer: a third of the
#: time a facts file takes to load, for texts that repeat (keys, units,
#: currencies, small numbers). Short texts only, and at most this many.
_TAGS: dict[str, str] = {}
_TAGS_MAX = 4096


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """The safe loader with a plain scalar's tag remembered by its text. Safe
    loading has no path resolvers, so the tag depends on the text alone, and
    the hooks the composer calls around every node have nothing to do."""

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode or not implicit[0] or len(value) > 32:
            return str(super().resolve(kind, value, implicit))
        tag = _TAGS.get(value)
        if tag is None:
            tag = str(super().resolve(kind, value, implicit))
            if len(_TAGS) < _TAGS_MAX:
                _TAGS[value] = tag
        return tag

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        if self.yaml_path_resolvers:  # pragma: no cover - none in safe loading
            super().descend_resolver(current_node, current_index)

    def ascend_resolver(self) -> None:
        if self.yaml_path_resolvers:  # pragma: no cover - none in safe loading
            super().ascend_resolver()

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 200_000

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Located:
    """Plain data (dict/list/str/Decimal/int/bool/None) plus where each value came from.

    Spans are found on demand by walking the composed nodes along the path:
    a 5,000-term glossary has some 100,000 paths, and making a span for each
    up front cost more than parsing the file, while only the few that an
    error message or a glossary term keeps are ever asked for."""

    data: Any
    root: yaml.Node | None
    file: str

    def span(self, path: Path_) -> SourceSpan:
        """The span of ``path`` or of its nearest ancestor that has one
        (``(*path, key, "<key>")`` is the key itself)."""
        node = self.root
        if node is None:
            return SourceSpan(self.file, 1, 1)
        key: yaml.Node | None = None  # the key node of the last mapping step
        for step in path:
            if step == "<key>" and key is not None:
                node = key
                break
            key = None
            if isinstance(node, yaml.MappingNode):
                pair = _pair(node, step)
                if pair is None:
                    break
                key, node = pair
            elif (
                isinstance(node, yaml.SequenceNode)
                and type(step) is int
                and 0 <= step < len(node.value)
            ):
                node = node.value[step]
            else:
                break
        mark = node.start_mark
        return SourceSpan(self.file, mark.line + 1, mark.column + 1)


    def key_spans(self, path: Path_) -> dict[str, SourceSpan]:
        """The span of every key of the mapping at ``path`` (first occurrence
        wins), from one walk: a mapping's unknown keys are reported together,
        and a walk per key made 10^5 of them cost seconds."""
        node = self.root
        for step in path:
            if isinstance(node, yaml.MappingNode):
                pair = _pair(node, step)
                node = pair[1] if pair else None
            elif isinstance(node, yaml.SequenceNode) and type(step) is int:
                node = node.value[step] if 0 <= step < len(node.value) else None
            else:
                node = None
            if node is None:
                return {}
        if not isinstance(node, yaml.MappingNode):
            return {}
        out: dict[str, SourceSpan] = {}
        for k, _ in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value not in out:
                out[k.value] = SourceSpan(self.file, k.start_mark.line + 1, k.start_mark.column + 1)
        return out


#: Per mapping node, its keys indexed (first occurrence wins), made the first
#: time a span inside it is asked for: a file with 2,000 facts and 50 bad keys
#: each asks 100,000 times, and a scan per ask made reporting quadratic.
_INDEX: dict[int, tuple[yaml.MappingNode, dict[str, tuple[yaml.Node, yaml.Node]]]] = {}
#: Mappings indexed at most: the reports of one file ask about a few big
#: mappings (its facts, its story). Each entry holds its node, and with it
#: the subtree (a whole facts file's, ~0.7 MB, for its top mapping): 64 of
#: them kept a ``serve`` process growing by a file's tree a rebuild (issue 13).
_INDEX_MAX = 8


def _pair(node: yaml.MappingNode, key: object) -> tuple[yaml.Node, yaml.Node] | None:
    """The first (key, value) of a mapping whose key is the plain string ``key``."""
    if len(node.value) < 16:
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k, v
        return None
    hit = _INDEX.get(id(node))
    if hit is None or hit[0] is not node:
        if len(_INDEX) >= _INDEX_MAX:
            _INDEX.clear()
        index: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                index.setdefault(k.value, (k, v))
        hit = _INDEX[id(node)] = (node, index)
    return hit[1].get(key) if isinstance(key, str) else None


_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"


def load_yaml(path: str | Path, error: type[SummarizerError] = SummarizerError) -> Located:
    """Load one YAML file; every problem raises ``error`` with file:line:col."""
    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise error.at(
                SourceSpan(name, 1, 1), f"file is {size} bytes; the limit is {MAX_BYTES}"
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise error.at(SourceSpan(name, 1, 1), f"cannot read file: {exc.strerror}") from None
    return load_yaml_bytes(raw, name, error)


def load_yaml_bytes(
    raw: bytes, name: str, error: type[SummarizerError] = SummarizerError
) -> Located:
    """Like :func:`load_yaml` for a file's bytes already read (as ``name``)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error.at(SourceSpan(name, 1, 1), f"not UTF-8 (byte {exc.start})") from None
    return load_yaml_text(text, name, error)


def load_yaml_text(text: str, name: str, error: type[SummarizerError] = SummarizerError) -> Located:
    """Like :func:`load_yaml` for text already in memory (tests, stdin)."""
    with paused_gc():
        return _load(text, name, error)


@contextmanager
def paused_gc(keep: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while building a large tree.

    Composing and building YAML make one object per node and no cycles, and
    a 5,000-term glossary (100,000 nodes, then as many terms and forms)
    otherwise spends about half its loading time in collections that find
    nothing to free.

    ``keep``: what was built is kept to the end of the run (a site build's
    story records, which ``story.preload`` would freeze anyway): it is
    frozen (``gc.freeze``) before the collector resumes, so the collections
    that follow do not scan it again (at 50,000 stories those found nothing
    and cost ~0.03 s of a one-story rebuild, issue 13)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if was:
            gc.enable()


def _load(text: str, name: str, error: type[SummarizerError]) -> Located:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        span = SourceSpan(name, mark.line + 1, mark.column + 1) if mark else SourceSpan(name, 1, 1)
        raise error.at(span, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise error.at(SourceSpan(name, 1, 1), f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    problems: list[tuple[SourceSpan | None, str]] = []
    counter = [0]
    seen: set[int] = set()

    def at(n: yaml.Node) -> SourceSpan:
        return SourceSpan(name, n.start_mark.line + 1, n.start_mark.column + 1)

    def build(n: yaml.Node, depth: int) -> Any:
        counter[0] += 1
        if counter[0] > MAX_NODES:
            raise error.at(at(n), f"more than {MAX_NODES} values; split the file")
        if depth > MAX_DEPTH:
            raise error.at(at(n), f"nested deeper than {MAX_DEPTH} levels")
        if id(n) in seen:  # the composer hands back the same node for an alias
            problems.append(
                (at(n), "anchors and aliases (&, *) are not supported; write the value out")
            )
            return None
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            out: dict[str, Any] = {}
            for k, v in n.value:
                if not isinstance(k, yaml.ScalarNode):
                    problems.append((at(k), "keys must be plain strings"))
                    continue
                key = k.value
                if key in out:
                    first = _pair(n, key)
                    line = first[1].start_mark.line + 1 if first else 0
                    problems.append((at(k), f"duplicate key '{key}' (first at line {line})"))
                    continue
                if k.tag == "tag:yaml.org,2002:merge":
                    problems.append((at(k), "merge keys (<<) are not supported"))
                    continue
                out[key] = build(v, depth + 1)
            return out
        if isinstance(n, yaml.SequenceNode):
            return [build(v, depth + 1) for v in n.value]
        assert isinstance(n, yaml.ScalarNode)
        if n.style:  # quoted or block scalar: always a string
            return n.value
        tag = n.tag
        if tag == _INT:
            try:
                return int(n.value.replace("_", ""), 0)
            except ValueError:
                return n.value
        if tag == _FLOAT:
            try:
                return Decimal(n.value.replace("_", ""))
            except InvalidOperation:
                return n.value
        if tag == _BOOL:
            return n.value.lower() in ("true", "yes", "on")
        if tag == _NULL:
            return None
        return n.value  # str, and timestamps kept as written

    if node is None:
        return Located(None, None, name)
    data = build(node, 0)
    if problems:
        raise error(problems)
    return Located(data, node, name)

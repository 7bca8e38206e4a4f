"""Regional vocabulary and regional number forms for Traditional Chinese readers.

OpenCC converts script well but knows little of how Taipei and Hong Kong
editors *word* business news: s2twp still prints 營銷 and 拋壓, s2hk prints
no regional vocabulary at all, and s2twp's phrase table breaks ordinary
words (对象 -> 物件, 扩展 -> 擴充套件). The words live as data in
``regional.yaml`` (one entry per zh-Hans word with its Taiwan and Hong Kong
forms); this module reads it once and answers two questions:

* :func:`region_forms` -- zh-Hans word -> what to print for ``lang``, used by
  the script stage (:mod:`.hant`) to mask those words from OpenCC;
* :func:`simplified_only` -- characters that never occur in Traditional text,
  used by the region lint.

Numbers and money also differ by region (see docs/traditional-chinese.md):
Taiwan writes 兆 for 万亿 (1兆港元) while Hong Kong keeps 萬億, and an amount
in bare 元 -- which means renminbi in a mainland article but NT$ or HK$ to
the reader -- is printed ``<amount>元人民幣`` (5.34億元人民幣) in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .. import languages
from ..errors import GlossaryError

HERE = Path(__file__).resolve().parent
TABLE_PATH = HERE / "regional.yaml"
SIMPLIFIED_PATH = HERE / "simplified_only.txt"
#: The table's columns: the registry's regions (zh-Hant is Taiwan). A variant
#: prints the column its ``Language.region`` names (zh-Hant-MO would print HK's).
REGIONS = languages.regions()
#: Scale words that change by region (column), after character conversion.
REGIONAL_SCALES: dict[str, dict[str, str]] = {"zh-Hant": {"万亿": "兆"}, "zh-Hant-HK": {}}
#: libyaml's loader where PyYAML has it: the table is read by every process
#: that converts one text, and the pure-Python loader took 50 ms of it.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: What follows an amount in bare 元 for a Traditional reader (元 is RMB in our sources).
RMB_MARK = "人民幣"


@dataclass(frozen=True, slots=True)
class Entry:
    """One word of regional.yaml."""

    hans: str
    forms: dict[str, str]
    """Region -> form; a missing region means characters only."""
    note: str = ""
    mainland_only: bool = False
    """Lint flags only the mainland form, not the other region's (中國, the
    Taiwan form of 国内, is an ordinary word in Hong Kong text)."""


@cache
def load_entries(path: Path = TABLE_PATH) -> tuple[Entry, ...]:
    """Every entry of the table, checked (a duplicate or unknown key is an error)."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise GlossaryError.at(None, f"{path}: cannot read regional vocabulary: {exc}") from exc
    problems: list[str] = []
    out: list[Entry] = []
    seen: set[str] = set()
    keys = {"zh-Hans", *languages.regions(), "note", "lint"}
    for i, item in enumerate(raw.get("terms") or []):
        if not isinstance(item, dict) or not item.get("zh-Hans") or set(item) - keys:
            problems.append(f"entry {i + 1}: expected keys {sorted(keys)}: {item!r}")
            continue
        hans = str(item["zh-Hans"])
        if hans in seen:
            problems.append(f"entry {i + 1}: '{hans}' is listed twice")
        seen.add(hans)
        forms = {r: str(item[r]) for r in languages.regions() if item.get(r)}
        only = item.get("lint") == "mainland"
        out.append(Entry(hans, forms, str(item.get("note") or ""), only))
    if problems:
        raise GlossaryError.at(None, f"{path}: " + "; ".join(problems))
    return tuple(out)


@cache
def region_forms(lang: str) -> dict[str, str]:
    """zh-Hans word -> the form to print for ``lang`` (characters only where the
    table gives no form in its region's column)."""
    from .hant import converter

    target = languages.language(lang)
    chars, region = converter(target.opencc_chars), target.region
    return {e.hans: e.forms.get(region) or str(chars.convert(e.hans)) for e in load_entries()}


@cache
def trap_words() -> frozenset[str]:
    """Words the table documents (a ``note``): always masked, even where OpenCC
    happens to convert them right on their own (字节跳动 -> 位元組 in context)."""
    return frozenset(e.hans for e in load_entries() if e.note)


@cache
def simplified_only() -> tuple[frozenset[str], frozenset[str]]:
    """Characters that are Simplified only (see scripts/gen_simplified_only.py):
    those with one Traditional form (safe to fix) and those with several."""
    lines = [x for x in SIMPLIFIED_PATH.read_text(encoding="utf-8").splitlines() if x[:1] != "#"]
    one, many = (lines + ["", ""])[:2]
    return frozenset(one), frozenset(many)


def scale_word(word: str, converted: str, lang: str) -> str:
    """A number's scale word for ``lang``: 万亿 -> 兆 in Taiwan, else as converted."""
    return REGIONAL_SCALES.get(languages.language(lang).region, {}).get(word, converted)

"""Glossary exchange formats: CSV (both ways, lossless), TBX and prh (export).

- **CSV** is one row per term with a fixed header; simple fields are plain
  cells, structured ones (``plural``, ``abbr``, ``accept``, ``reject``,
  ``exceptions``) hold compact JSON. CSV -> YAML -> CSV gives the same rows,
  and YAML -> CSV -> YAML gives the same terms. CSV goes through
  spreadsheets, so it follows OWASP's CSV-injection advice: export prefixes a
  cell starting with ``= + - @``, tab or CR with ``'``, import takes that
  prefix off again and refuses such a cell without it, as it refuses NUL
  and cells beyond the header (each with the CSV's row and column).
- **TBX** (ISO 30042, TBX-Basic dialect) for translators' CAT tools: one
  ``conceptEntry`` per term, the canonical forms as preferred terms,
  rejected forms as deprecated terms, abbreviations with their term type.
- **prh** YAML for textlint-rule-prh users: rules whose regular expressions
  find what the linter finds (:mod:`summarizer.lint.prh`).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import xml.etree.ElementTree as ET
from typing import Any

import yaml

from .. import languages
from ..errors import GlossaryError
from ..facts.yamlload import Located
from ..model import SourceSpan
from ..writers.xmltext import xml_clean
from .glossary import TERM_LANGS, Glossary
from .glossary_check import KEYS

log = logging.getLogger(__name__)

JSON_FIELDS = ("plural", "abbr", "accept", "reject", "exceptions")
BOOL_FIELDS = ("case_sensitive", "protect")
COLUMNS = tuple(KEYS)


#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key in JSON_FIELDS:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _uncell(cell: str, at: SourceSpan, key: str) -> tuple[str | None, str]:
    """(value, problem): a cell with its export escape taken off, or why it is refused."""
    if "\0" in cell:
        return None, f"column '{key}': NUL character"
    if cell.startswith("'") and cell[1:].startswith(FORMULA_START):
        return cell[1:], ""
    if cell.startswith(FORMULA_START):
        return None, (
            f"column '{key}': a cell starting with {cell[0]!r} is a spreadsheet formula; "
            f"write it as '{_short(cell)} to keep it as text"
        )
    return cell, ""


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def export_csv(loc: Located) -> str:
    """The raw glossary entries as CSV (lossless)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for raw in loc.data["terms"]:
        w.writerow([_cell(k, raw.get(k)) for k in COLUMNS])
    return buf.getvalue()


def import_csv(text: str, name: str = "<csv>") -> dict[str, Any]:
    """CSV rows back to glossary data ({'terms': [...]}); problems raise GlossaryError
    with ``name:row:column``."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise GlossaryError.at(SourceSpan(name, line, 1), f"invalid CSV: {exc}") from None
    if not rows:
        raise GlossaryError.at(SourceSpan(name, 1, 1), "empty CSV")
    header = rows[0][1]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown or "id" not in header or len(set(header)) != len(header):
        raise GlossaryError.at(
            SourceSpan(name, 1, 1),
            f"expected columns {list(COLUMNS)} but received: {[_short(h) for h in header][:20]}",
        )
    terms: list[dict[str, Any]] = []
    problems: list[tuple[SourceSpan | None, str]] = []
    for n, row in rows[1:]:
        if len(row) > len(header):
            problems.append(
                (
                    SourceSpan(name, n, len(header) + 1),
                    f"{len(row)} cells but the header has {len(header)} columns",
                )
            )
            continue
        entry: dict[str, Any] = {}
        for col, (key, raw) in enumerate(zip(header, row, strict=False), start=1):
            cell, problem = _uncell(raw, SourceSpan(name, n, col), key)
            if problem:
                problems.append((SourceSpan(name, n, col), problem))
                continue
            if not cell:
                continue
            if key in JSON_FIELDS:
                try:
                    entry[key] = json.loads(cell)
                except (ValueError, RecursionError) as exc:
                    message = f"column '{key}': invalid JSON ({_short(str(exc), 80)})"
                    problems.append((SourceSpan(name, n, col), message))
            elif key in BOOL_FIELDS:
                entry[key] = cell.strip().lower() in ("true", "yes", "1")
            else:
                entry[key] = cell
        if entry:
            terms.append({k: entry[k] for k in COLUMNS if k in entry})
    if problems:
        raise GlossaryError(problems)
    return {"terms": terms}


def dump_yaml(data: dict[str, Any]) -> str:
    """Glossary data as YAML text (block style, UTF-8 kept)."""
    head = "# The terminology glossary (docs/glossary-format.md).\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def export_tbx(glossary: Glossary) -> str:
    """TBX-Basic (TBX v3) XML."""
    ns = "urn:iso:std:iso:30042:ed-2"
    root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", "xml:lang": "en", "xmlns": ns})
    header = ET.SubElement(root, "tbxHeader")
    fd = ET.SubElement(ET.SubElement(header, "fileDesc"), "sourceDesc")
    ET.SubElement(fd, "p").text = f"summarizer glossary ({glossary.path})"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for term in glossary.terms.values():
        entry = ET.SubElement(body, "conceptEntry", {"id": term.id})
        ET.SubElement(entry, "descrip", {"type": "subjectField"}).text = term.category
        if term.note:
            ET.SubElement(entry, "note").text = term.note
        for lang in TERM_LANGS:
            if lang not in term.forms and lang not in term.abbr:
                continue
            sec = ET.SubElement(entry, "langSec", {"xml:lang": lang})
            items = []
            if lang in term.forms:
                items.append((term.forms[lang], "preferredTerm-admn-sts", "fullForm", ""))
            if lang in term.plural:
                items.append((term.plural[lang], "admittedTerm-admn-sts", "fullForm", "plural"))
            if lang in term.abbr:
                items.append((term.abbr[lang], "admittedTerm-admn-sts", "abbreviation", ""))
            items += [
                (f, "admittedTerm-admn-sts", "variant", "") for f in term.accept.get(lang, ())
            ]
            items += [
                (v.form, "deprecatedTerm-admn-sts", "fullForm", v.note)
                for v in term.variants
                if v.lang == lang
            ]
            for text, status, kind, note in items:
                ts = ET.SubElement(sec, "termSec")
                ET.SubElement(ts, "term").text = text
                ET.SubElement(ts, "termNote", {"type": "administrativeStatus"}).text = status
                ET.SubElement(ts, "termNote", {"type": "termType"}).text = kind
                if note:
                    ET.SubElement(ts, "note").text = note
    for el in root.iter():  # ElementTree writes control characters as they are: bad XML
        if el.text:
            el.text = xml_clean(el.text)
        for key, value in el.attrib.items():
            el.attrib[key] = xml_clean(value)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def export_prh(glossary: Glossary) -> str:
    """prh rules for textlint-rule-prh that find what the linter finds
    (:mod:`summarizer.lint.prh`, beside the matcher it mirrors)."""
    from ..lint.prh import export_prh as export

    return export(glossary)

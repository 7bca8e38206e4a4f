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

import bisect
import csv
import io
import json
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import yaml

from ..errors import GlossaryError
from ..facts.yamlload import Located, load_yaml_text
from ..model import SourceSpan
from ..writers.xmltext import xml_clean
from .glossary import TERM_LANGS, Glossary, parse_glossary
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


#: How a spreadsheet may write a boolean; anything else is refused.
BOOLEANS = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}


@dataclass
class CsvTerms:
    """Glossary data read from a CSV, and where each value came from in it."""

    data: dict[str, Any]
    """``{'terms': [...]}``, as glossary.yaml holds it."""
    places: list[tuple[int, dict[str, int]]]
    """Per term: its CSV row and the column of each key."""
    name: str

    def at(self, term: int, key: str = "") -> SourceSpan:
        row, cols = self.places[term]
        return SourceSpan(self.name, row, cols.get(key, 1))


def _column(n: int) -> str:
    """A spreadsheet's name for the 1-based column ``n`` (1 -> A, 27 -> AA)."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def read_csv(text: str, name: str = "<csv>") -> CsvTerms:
    """CSV rows as glossary data; problems raise GlossaryError at ``name:ROW:COL``,
    the row and column of the cell as a spreadsheet numbers them (the header is
    row 1; a row whose cells hold line breaks is still one row)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[list[str]] = []
    try:
        rows.extend(reader)
    except csv.Error as exc:
        at = len(rows) + 1  # the row being read
        line = f" (line {reader.line_num})" if reader.line_num != at else ""
        raise GlossaryError.at(SourceSpan(name, at, 1), f"invalid CSV: {exc}{line}") from None
    if not rows:
        raise GlossaryError.at(SourceSpan(name, 1, 1), "empty CSV")
    header = rows[0]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown or "id" not in header or len(set(header)) != len(header):
        raise GlossaryError.at(
            SourceSpan(name, 1, 1),
            f"expected columns {list(COLUMNS)} but received: {[_short(h) for h in header][:20]}",
        )
    terms: list[dict[str, Any]] = []
    places: list[tuple[int, dict[str, int]]] = []
    problems: list[tuple[SourceSpan | None, str]] = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) > len(header):
            where = SourceSpan(name, n, len(header) + 1)
            problems.append(
                (where, f"{len(row)} cells but the header has {len(header)} columns "
                 f"(extra cells from column {_column(len(header) + 1)})")
            )  # fmt: skip
            continue
        entry: dict[str, Any] = {}
        cols: dict[str, int] = {}
        for col, (key, raw) in enumerate(zip(header, row, strict=False), start=1):
            where = SourceSpan(name, n, col)
            cell, problem = _uncell(raw, where, key)
            if problem:
                problems.append((where, problem))
                continue
            if not cell:
                continue
            cols[key] = col
            if key in JSON_FIELDS:
                try:
                    entry[key] = json.loads(cell)
                except (ValueError, RecursionError) as exc:
                    message = f"column '{key}': invalid JSON ({_short(str(exc), 80)})"
                    problems.append((where, message))
            elif key in BOOL_FIELDS:
                flag = BOOLEANS.get(cell.strip().lower())
                if flag is None:
                    problems.append(
                        (where, f"column '{key}': expected true or false but received: "
                         f"'{_short(cell)}'")
                    )  # fmt: skip
                entry[key] = flag
            else:
                entry[key] = cell
        if entry:
            terms.append({k: entry[k] for k in COLUMNS if k in entry})
            places.append((n, cols))
    if problems:
        raise GlossaryError(problems)
    return CsvTerms({"terms": terms}, places, name)


def import_csv(text: str, name: str = "<csv>") -> dict[str, Any]:
    """CSV rows back to glossary data ({'terms': [...]}), see :func:`read_csv`."""
    return read_csv(text, name).data


def check_imported(got: CsvTerms) -> str:
    """The imported terms as glossary YAML, validated like glossary.yaml, with
    every problem placed at the CSV row and column it comes from (not at a
    line of YAML the user never saw)."""
    text = dump_yaml(got.data)
    loc = load_yaml_text(text, "<imported>", GlossaryError)
    try:
        parse_glossary(loc)
    except GlossaryError as exc:
        starts = [loc.span(("terms", i)).line for i in range(len(got.places))]
        moved: list[tuple[SourceSpan | None, str]] = []
        for span, message in exc.problems:
            i = bisect.bisect_right(starts, span.line) - 1 if span else -1
            if i < 0:
                moved.append((SourceSpan(got.name, 1, 1), message))
                continue
            keys = got.data["terms"][i]
            lines = {k: loc.span(("terms", i, k)).line for k in keys}
            assert span is not None
            key = max((k for k in keys if lines[k] <= span.line), key=lines.__getitem__, default="")
            moved.append((got.at(i, key), message))
        raise GlossaryError(moved) from None
    return text


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

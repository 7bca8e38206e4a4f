"""Glossary exchange: CSV round trip (lossless), TBX and prh exports, the CLI."""

from __future__ import annotations

import argparse
import csv
import io
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
import yaml

from summarizer.commands import glossary as glossary_cmd
from summarizer.errors import GlossaryError, SummarizerError
from summarizer.facts.yamlload import load_yaml, load_yaml_text
from summarizer.paths import GLOSSARY_PATH
from summarizer.vocabulary.glossary import CATEGORIES, load_glossary, parse_glossary
from summarizer.vocabulary.glossary_io import (
    dump_yaml,
    export_csv,
    export_prh,
    export_tbx,
    import_csv,
)


def run(argv: list[str]) -> int:
    """The CLI path of the command: errors print and exit 2, like summarizer.cli."""
    parser = argparse.ArgumentParser(prog="summarizer")
    glossary_cmd.register(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except SummarizerError as exc:
        sys.stderr.write(exc.render() + "\n")
        return 2


def _plain(g):
    return {
        tid: replace(t, span=None, variants=tuple(replace(v, span=None) for v in t.variants))
        for tid, t in g.terms.items()
    }


def test_csv_round_trip_is_lossless():
    loc = load_yaml(GLOSSARY_PATH, GlossaryError)
    text = export_csv(loc)
    data = import_csv(text)
    assert data == loc.data | {"terms": [{k: v for k, v in t.items()} for t in loc.data["terms"]]}
    again = load_yaml_text(dump_yaml(data), "again.yaml", GlossaryError)
    assert _plain(parse_glossary(again)) == _plain(parse_glossary(loc))
    assert export_csv(again) == text


def test_csv_has_one_row_per_term_and_json_cells():
    loc = load_yaml(GLOSSARY_PATH, GlossaryError)
    rows = list(csv.DictReader(io.StringIO(export_csv(loc))))
    assert len(rows) == len(loc.data["terms"])
    lock = next(r for r in rows if r["id"] == "lockup-expiry")
    assert lock["zh-Hans"] == "解禁" and lock["plural"] == '{"en":"lock-up expiries"}'
    assert (
        '"form":"unlocking","note":"only wrong where the Chinese says 解禁","when_paired":["解禁"]'
        in lock["reject"]
    )


def test_csv_import_errors():
    with pytest.raises(GlossaryError) as exc:
        import_csv("id,colour\na,red\n", "t.csv")
    assert "t.csv:1:1: error: expected columns" in exc.value.render()
    with pytest.raises(GlossaryError) as exc:
        import_csv("id,category,zh-Hans,en,reject\na,finance,甲,alpha,{oops\n", "t.csv")
    assert exc.value.render().startswith("t.csv:2:5: error: column 'reject': invalid JSON")


@pytest.mark.parametrize(
    "cell", ["=cmd|' /C calc'!A0", "=HYPERLINK(A1)", "@SUM(1)", "+1", "-1", "\tx"]
)
def test_csv_formula_cells_are_escaped_and_read_back(cell: str) -> None:
    header = "id,category,zh-Hans,en,note\n"
    with pytest.raises(GlossaryError, match=r"t.csv:2:5: error: column 'note': .*formula"):
        import_csv(header + f'a,finance,甲,alpha,"{cell}"\n', "t.csv")
    escaped = "'" + cell
    data = import_csv(header + f'a,finance,甲,alpha,"{escaped}"\n', "t.csv")
    assert data["terms"][0]["note"] == cell


def test_csv_refuses_extra_cells_and_nul() -> None:
    header = "id,category,zh-Hans,en\n"
    with pytest.raises(GlossaryError, match=r"t.csv:2:5: error: 5 cells"):
        import_csv(header + "a,finance,甲,alpha,extra\n", "t.csv")
    with pytest.raises(GlossaryError, match=r"t.csv:2:4: error: column 'en': NUL"):
        import_csv(header + "a,finance,甲,al\0pha\n", "t.csv")


def test_tbx_is_well_formed_and_marks_rejected_forms():
    g = load_glossary(GLOSSARY_PATH)
    root = ET.fromstring(export_tbx(g))
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    entries = root.findall(".//t:conceptEntry", ns)
    assert len(entries) == len(g.terms)
    cam = next(e for e in entries if e.get("id") == "cambricon")
    terms = {
        ts.find("t:term", ns).text: ts.find("t:termNote[@type='administrativeStatus']", ns).text
        for ts in cam.iter("{urn:iso:std:iso:30042:ed-2}termSec")
    }
    assert terms["Cambricon"] == "preferredTerm-admn-sts"
    assert terms["Cambriccon"] == "deprecatedTerm-admn-sts"
    assert terms["寒武纪"] == "preferredTerm-admn-sts"


def test_prh_rules_leave_out_context_limited_forms():
    data = yaml.safe_load(export_prh(load_glossary(GLOSSARY_PATH)))
    assert data["version"] == 1
    w = "[A-Za-z0-9_\\u00C0-\\u027F]"  # our Latin boundary, not \\b (CJK are word characters)
    lock = [r for r in data["rules"] if r["expected"] == "lock-up expiry"]
    assert lock[0]["patterns"] == [f"/(?<!{w})lock-up expiration(?!{w})/i"]
    assert "options" not in lock[0]  # prh's wordBoundary escapes "-", which /u refuses
    assert not any("unlocking/" in p for r in data["rules"] for p in r["patterns"])  # when_paired
    cam = [r for r in data["rules"] if r["expected"] == "Cambricon"]
    assert cam[0] == {
        "expected": "Cambricon",
        "patterns": [f"/(?<!{w})cambriccon(?!{w})/i", f"/(?<!{w})cambrian(?!{w})/i"],
        "prh": "Glossary.cambricon",
    }


def test_cli_export_import_check(tmp_path, capsys):
    out = tmp_path / "g.csv"
    assert run(["glossary", "export", "--format", "csv", "-o", str(out)]) == 0
    back = tmp_path / "g.yaml"
    assert run(["glossary", "import", str(out), "-o", str(back)]) == 0
    assert run(["glossary", "--glossary", str(back), "check"]) == 0
    assert (
        capsys.readouterr().out
        == f"{back}: {len(load_glossary(GLOSSARY_PATH).terms)} terms, no problems\n"
    )
    assert run(["glossary", "export", "--format", "tbx"]) == 0
    assert capsys.readouterr().out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tbx')


def test_cli_check_reports_every_problem_and_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "terms:\n  - {id: a, category: finance, zh-Hans: 甲}\n"
        "  - {id: a, category: x, zh-Hans: 乙, en: b}\n",
        encoding="utf-8",
    )
    assert run(["glossary", "--glossary", str(bad), "check"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{bad}:2:5: error: term 'a' lacks en",
        f"{bad}:3:10: error: duplicate term id 'a' (first at line 2)",
        f"{bad}:3:23: error: term 'a': expected a category, one of: {list(CATEGORIES)} "
        "but received: 'x'",
    ]

"""CSV import (issue 8): errors at the CSV's own row and column, refused extra
cells and booleans, and a merge into glossary.yaml that keeps its comments."""

from __future__ import annotations

import argparse
import sys

import pytest

from summarizer.commands import glossary as glossary_cmd
from summarizer.errors import GlossaryError, SummarizerError
from summarizer.paths import GLOSSARY_PATH
from summarizer.vocabulary.glossary import CATEGORIES, load_glossary
from summarizer.vocabulary.glossary_io import check_imported, read_csv

HEAD = "id,category,zh-Hans,en,case_sensitive,note\n"


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="summarizer")
    glossary_cmd.register(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SummarizerError as exc:
        sys.stderr.write(exc.render() + "\n")
        return 2


def problems(text: str) -> list[str]:
    with pytest.raises(GlossaryError) as exc:
        check_imported(read_csv(text, "t.csv"))
    return exc.value.render().splitlines()


def test_bad_booleans_are_refused_at_their_cell():
    assert problems(HEAD + "a,finance,甲,alpha,maybe,\nb,finance,乙,beta,TRUE,\n") == [
        "t.csv:2:5: error: column 'case_sensitive': expected true or false but received: 'maybe'"
    ]
    got = read_csv(HEAD + "a,finance,甲,alpha,No,\nb,finance,乙,beta,1,\n", "t.csv")
    assert [t["case_sensitive"] for t in got.data["terms"]] == [False, True]


def test_extra_cells_name_the_first_extra_column():
    assert problems(HEAD + "a,finance,甲,alpha,,note,extra\n") == [
        "t.csv:2:7: error: 7 cells but the header has 6 columns (extra cells from column G)"
    ]


def test_rows_count_records_not_lines():
    """A cell with a line break is still one row, as a spreadsheet shows it."""
    text = HEAD + 'a,finance,甲,alpha,,"two\nlines"\nb,finance,乙,beta,perhaps,\n'
    assert problems(text) == [
        "t.csv:3:5: error: column 'case_sensitive': expected true or false but received: 'perhaps'"
    ]


def test_glossary_problems_point_into_the_csv_not_the_yaml():
    text = HEAD + "a,finance,甲,alpha,,\nb,nonsense,乙,beta,,\nc,finance,丙,,,\n"
    assert problems(text) == [
        "t.csv:3:2: error: term 'b': expected a category, one of: "
        + str(list(CATEGORIES))
        + " but received: 'nonsense'",
        "t.csv:4:1: error: term 'c' lacks en",
    ]


GLOSSARY = """\
# Our glossary. Keep the comments!
terms:
  # -- companies --
  - id: a
    category: company
    zh-Hans: 甲
    en: Alpha   # trailing comment
    reject:
      en: [{form: Alfa}]
  # -- finance --
  - {id: b, category: finance, zh-Hans: 乙, en: beta}
  - id: c
    category: finance
    zh-Hans: 丙
    en: gamma
# end of terms
"""


def test_merge_keeps_comments_and_untouched_terms(tmp_path, capsys):
    g = tmp_path / "glossary.yaml"
    g.write_text(GLOSSARY, encoding="utf-8")
    csv_ = tmp_path / "t.csv"
    csv_.write_text(
        "id,category,zh-Hans,en,reject,note\n"
        'a,company,甲,Alpha,"{""en"":[{""form"":""Alfa""}]}",new note\n'  # a key added
        "b,finance,乙,Beta,,capitalised\n"  # changed, flow style kept
        "d,general,丁,delta,,\n",  # new
        encoding="utf-8",
    )
    assert run(["glossary", "import", str(csv_), "--merge-into", str(g)]) == 0
    assert capsys.readouterr().err == f"{g}: 2 terms updated, 1 added, 0 unchanged\n"
    # comments inside a changed term and its [{form: ...}] style are kept
    assert g.read_text(encoding="utf-8") == GLOSSARY.replace(
        "      en: [{form: Alfa}]\n", "      en: [{form: Alfa}]\n    note: new note\n"
    ).replace(
        "  - {id: b, category: finance, zh-Hans: 乙, en: beta}\n",
        "  - {id: b, category: finance, zh-Hans: 乙, en: Beta, note: capitalised}\n",
    ).replace(
        "    en: gamma\n",
        "    en: gamma\n  - id: d\n    category: general\n    zh-Hans: 丁\n    en: delta\n",
    )
    assert run(["glossary", "--glossary", str(g), "check"]) == 0


def test_merge_that_would_break_the_glossary_changes_nothing(tmp_path, capsys):
    g = tmp_path / "glossary.yaml"
    g.write_text(GLOSSARY, encoding="utf-8")
    csv_ = tmp_path / "t.csv"
    # 'e' alone is valid, but its rejected form is the canonical form of 'a'
    csv_.write_text('id,category,zh-Hans,en,reject\ne,general,戊,epsilon,"{""en"":[""Alpha""]}"\n')
    assert run(["glossary", "import", str(csv_), "--merge-into", str(g)]) == 2
    assert g.read_text(encoding="utf-8") == GLOSSARY
    err = capsys.readouterr().err
    assert f"{g}:" in err and "is the canonical form of 'a'" in err and "nothing was written" in err


def test_merge_of_a_full_export_changes_nothing(tmp_path, capsys):
    g = tmp_path / "glossary.yaml"
    g.write_bytes(GLOSSARY_PATH.read_bytes())
    out = tmp_path / "g.csv"
    assert run(["glossary", "--glossary", str(g), "export", "--format", "csv", "-o", str(out)]) == 0
    assert run(["glossary", "import", str(out), "--merge-into", str(g)]) == 0
    assert g.read_bytes() == GLOSSARY_PATH.read_bytes()
    n = len(load_glossary(GLOSSARY_PATH).terms)
    assert capsys.readouterr().err == f"{g}: 0 terms updated, 0 added, {n} unchanged\n"

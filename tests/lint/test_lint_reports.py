"""Reports that CI systems ingest (issue 8): SARIF against the 2.1.0 schema and
SARIF Multitool's GitHub rules, GitHub workflow commands, JSON and JSON Lines;
and streaming (issue 13): findings written group by group, in a stable order."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from summarizer.commands import lint as lint_cmd
from summarizer.errors import SummarizerError
from summarizer.lint import engine
from summarizer.lint.config import LintConfig
from summarizer.lint.findings import CHECKS, LintFinding
from summarizer.lint.report import FORMATS, GITHUB_LIMIT, GitHub, summary
from summarizer.lint.sarif import FINGERPRINT, RULES, SCHEMA


def run(argv: list[str]) -> int:
    """The CLI path of the command: errors print and exit 2, like summarizer.cli."""
    parser = argparse.ArgumentParser(prog="summarizer")
    lint_cmd.register(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SummarizerError as exc:
        sys.stderr.write(exc.render() + "\n")
        return 2


DATA = Path(__file__).resolve().parents[1] / "data"
MULTITOOL = (
    Path(__file__).resolve().parents[1]
    / ".node/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
)


def sarif_of(tmp_path, monkeypatch, capsys, files: dict[str, str]) -> dict:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["lint", "--format", "sarif", *files]) == 1
    return json.loads(capsys.readouterr().out)


NAMES = {
    "dir with space/a b.md": "ok\n𠮷 Cambriccon and 寒武纪,芯片\n",
    "寒武纪 报告.zh-Hans.md": "寒武纪,解禁。智谱发布。\n",
    "寒武纪 报告.en.md": "Cambriccon unlocking.\n",
}


def test_sarif_is_valid_against_the_2_1_0_schema(tmp_path, monkeypatch, capsys):
    log = sarif_of(tmp_path, monkeypatch, capsys, NAMES)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["id"] == log["$schema"] == SCHEMA  # the OASIS schema (errata 01) we name
    checker = jsonschema.FormatChecker()
    assert "uri-reference" in checker.checkers  # rfc3986-validator installed: URIs are checked
    cls = jsonschema.validators.validator_for(schema)
    cls(schema, format_checker=checker).validate(log)
    # and the checker does refuse what the old output wrote: a raw path with a space
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = (
        "dir with space/a b.md"
    )
    with pytest.raises(jsonschema.ValidationError, match="uri-reference"):
        cls(schema, format_checker=checker).validate(bad)


def test_sarif_uris_rules_regions_and_fixes(tmp_path, monkeypatch, capsys):
    log = sarif_of(tmp_path, monkeypatch, capsys, NAMES)
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(CHECKS)
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"]
        assert r["help"]["text"] and r["help"]["markdown"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for res in run_["results"]
        for loc in res["locations"]
    }
    assert uris == {
        "dir%20with%20space/a%20b.md",
        "%E5%AF%92%E6%AD%A6%E7%BA%AA%20%E6%8A%A5%E5%91%8A.zh-Hans.md",
        "%E5%AF%92%E6%AD%A6%E7%BA%AA%20%E6%8A%A5%E5%91%8A.en.md",
    }
    first = run_["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "glossary.variant"
    # 𠮷 is one code point (two UTF-16 units): Cambriccon starts at column 3
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 13}
    (change,) = first["fixes"][0]["artifactChanges"]
    assert change["replacements"] == [
        {"deletedRegion": region, "insertedContent": {"text": "Cambricon"}}
    ]
    assert (
        change["artifactLocation"] == first["locations"][0]["physicalLocation"]["artifactLocation"]
    )
    pair = [r for r in run_["results"] if r["ruleId"] == "glossary.pair"]
    assert pair and all("fixes" not in r for r in pair)  # nothing to apply mechanically


def test_absolute_paths_outside_the_root_are_file_uris(tmp_path, monkeypatch, capsys):
    f = tmp_path / "out side" / "x.md"
    f.parent.mkdir()
    f.write_text("Cambriccon\n", encoding="utf-8")
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    assert run(["lint", "--format", "sarif", str(f)]) == 1
    loc = json.loads(capsys.readouterr().out)["runs"][0]["results"][0]["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"] == {"uri": f.as_uri()}
    assert "%20" in f.as_uri()


def fingerprints(log: dict) -> list[str]:
    return [r["partialFingerprints"][FINGERPRINT] for r in log["runs"][0]["results"]]


def test_fingerprints_survive_moved_lines_and_tell_repeats_apart(tmp_path, monkeypatch, capsys):
    before = fingerprints(sarif_of(tmp_path, monkeypatch, capsys, {"x.md": "Cambriccon\n"}))
    moved = fingerprints(
        sarif_of(tmp_path, monkeypatch, capsys, {"x.md": "New line.\n\nCambriccon\n"})
    )
    assert before == moved
    twice = fingerprints(
        sarif_of(tmp_path, monkeypatch, capsys, {"x.md": "Cambriccon\nCambriccon\n"})
    )
    assert twice[0] == before[0] and twice[1] != twice[0]
    other = fingerprints(sarif_of(tmp_path, monkeypatch, capsys, {"x.md": "A Cambriccon\n"}))
    assert other != before  # another line's content


@pytest.mark.skipif(
    not MULTITOOL.exists(), reason="SARIF Multitool not installed (scripts/setup.sh installs it)"
)
def test_sarif_multitool_reports_nothing_under_github_rules(tmp_path, monkeypatch, capsys):
    log = sarif_of(tmp_path, monkeypatch, capsys, NAMES)
    (tmp_path / "in.sarif").write_text(json.dumps(log), encoding="utf-8")
    proc = subprocess.run(
        [str(MULTITOOL), "validate", "in.sarif", "-o", "out.sarif", "--rule-kind", "Gh;Sarif"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8-sig"))["runs"][0][
        "results"
    ]
    # informationUri (SARIF2005, a warning) would need a public home page we do not have
    problems = [r for r in results if r["ruleId"] != "SARIF2005"]
    assert problems == [], problems


def finding(path: str, level: str = "error", line: int = 2, end: int = 0) -> LintFinding:
    return LintFinding(path, line, 4, "glossary.variant", level, "Use 'B'\nnow: 100%", "B",
                       "Glossary.x", 3, 2, True, end, 6 if end else 0)  # fmt: skip


def test_github_commands_escape_and_carry_end_positions():
    out = io.StringIO()
    report = GitHub(out, {})
    report.add([finding("a,b:c.md"), finding("m.md", "warning", 1, 3)])
    report.end("done")
    first, second, last = out.getvalue().splitlines()
    assert first == (
        "::error file=a%2Cb%3Ac.md,line=2,endLine=2,col=4,endColumn=5,"
        "title=Glossary.x::Use 'B'%0Anow: 100%25"
    )
    # several lines: GitHub takes no columns
    assert second.startswith("::warning file=m.md,line=1,endLine=3,title=")
    assert last == "done"


def test_github_notice_when_annotations_would_be_cut():
    out = io.StringIO()
    report = GitHub(out, {})
    report.add([finding("x.md")] * (GITHUB_LIMIT + 1) + [finding("x.md", "warning")] * GITHUB_LIMIT)
    report.end("done")
    lines = out.getvalue().splitlines()
    notices = [x for x in lines if x.startswith("::notice")]
    assert len(notices) == 1 and "11 errors" in notices[0] and "warning" not in notices[0]
    out = io.StringIO()
    report = GitHub(out, {})
    report.add([finding("x.md")] * GITHUB_LIMIT)
    report.end("done")
    assert "::notice" not in out.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_streams_and_parses(fmt):
    out = io.StringIO()
    report = FORMATS[fmt](out, {c: "error" for c in CHECKS})
    report.begin()
    report.add([finding("a.md")])
    report.add([])
    report.add([finding("b.md")])
    totals = engine.Totals(files=2)
    report.end(summary(totals))
    text = out.getvalue()
    if fmt in ("json", "sarif"):
        json.loads(text)
    elif fmt == "jsonl":
        rows = [json.loads(x) for x in text.splitlines()]
        assert [r.get("path") for r in rows] == ["a.md", "b.md", None]
        assert rows[-1]["summary"].startswith("0 errors")
    # empty reports are valid too
    empty = io.StringIO()
    report = FORMATS[fmt](empty, {})
    report.begin()
    report.end("nothing")
    if fmt in ("json", "sarif"):
        json.loads(empty.getvalue())


def test_findings_are_written_as_each_group_is_done(tmp_path, monkeypatch, glossary):
    """The report gets a group's findings before the next group is read."""
    for i in range(3):
        (tmp_path / f"s{i}.md").write_text("Cambriccon\n", encoding="utf-8")
    (tmp_path / "p.zh-Hans.md").write_text("解禁。\n", encoding="utf-8")
    (tmp_path / "p.en.md").write_text("Cambriccon.\n", encoding="utf-8")
    events: list[str] = []
    real = engine.read_documents
    monkeypatch.setattr(
        engine, "read_documents", lambda p: events.append(f"read {p.name}") or real(p)
    )
    for batch in engine.lint_stream([str(tmp_path)], glossary, LintConfig()):
        events.append("report " + ",".join(sorted({Path(f.path).name for f in batch.findings})))
    assert events == [
        "read p.en.md", "read p.zh-Hans.md", "report p.en.md,p.zh-Hans.md",
        "read s0.md", "report s0.md", "read s1.md", "report s1.md", "read s2.md", "report s2.md",
    ]  # fmt: skip


def test_parallel_run_writes_the_same_report(tmp_path, monkeypatch, capsys):
    from summarizer.lint import parallel

    for i in range(12):
        (tmp_path / f"s{i:02}.zh-Hans.md").write_text("解禁,寒武纪。\n", encoding="utf-8")
        (tmp_path / f"s{i:02}.en.md").write_text(f"Unlocking {i} Cambriccon.\n", encoding="utf-8")
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    reports = []
    for jobs in ("1", "2"):
        assert run(["lint", "-j", jobs, "--format", "jsonl", str(tmp_path)]) == 1
        reports.append(capsys.readouterr().out)
    assert reports[0] == reports[1] and reports[0].count("\n") == 12 * 3 + 1


@pytest.fixture(scope="module")
def glossary():
    from summarizer.paths import GLOSSARY_PATH
    from summarizer.vocabulary.glossary import load_glossary

    return load_glossary(GLOSSARY_PATH)


def test_rule_table_covers_every_check():
    assert set(RULES) == set(CHECKS)
    assert len({r[0] for r in RULES.values()}) == len(CHECKS)


def test_locate_ends_spans_over_lines_and_marks_one_character_otherwise():
    from summarizer.lint.locate import locate

    text = "x\nlock-up\nexpiration here\n"
    at = text.index("lock-up")
    long = LintFinding("a.md", 2, 1, "glossary.variant", "error", "m", "s", "r", at, 18)
    pair = LintFinding("a.md", 3, 12, "glossary.pair", "warning", "'here' has no counterpart")
    other = pair._replace(message="'expiration' has no counterpart")
    got = locate([long, pair, other], {"a.md": text}, fingerprints=True)
    assert got[0].end() == (3, 11)  # "expiration" ends before column 11 of line 3
    assert got[1].end() == (3, 13)  # no length: one character
    assert got[1].fingerprint != got[2].fingerprint  # same place, another message
    assert locate([long], {"a.md": text})[0].fingerprint == ""  # only when asked

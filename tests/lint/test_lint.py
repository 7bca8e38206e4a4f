"""summarizer lint: matching, checks, suppression, formats and exit codes."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

import pytest

from summarizer.commands import lint as lint_cmd
from summarizer.errors import GlossaryError, SummarizerError
from summarizer.facts.yamlload import load_yaml_text
from summarizer.lint.config import LintConfig
from summarizer.lint.documents import make_documents
from summarizer.lint.engine import lint_documents
from summarizer.paths import GLOSSARY_PATH
from summarizer.vocabulary.glossary import load_glossary, parse_glossary


def run(argv: list[str]) -> int:
    """The CLI path of the command: errors print and exit 2, like summarizer.cli."""
    parser = argparse.ArgumentParser(prog="summarizer")
    lint_cmd.register(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except SummarizerError as exc:
        sys.stderr.write(exc.render() + "\n")
        return 2


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(GLOSSARY_PATH)


def lint_text(glossary, files: dict[str, str], **cfg):
    docs = [
        d
        for name, text in files.items()
        for d in make_documents(name, text, "json" if name.endswith(".json") else "markdown")
    ]
    found, _ = lint_documents(docs, glossary, LintConfig(**cfg))
    return sorted(found, key=lambda f: f.sort_key())


def lines(findings) -> list[str]:
    return [f"{f.path}:{f.line}:{f.col} {f.level} {f.message} {f.name}" for f in findings]


TINY = parse_glossary(
    load_yaml_text(
        textwrap.dedent("""
    terms:
      - {id: art, category: general, zh-Hans: 艺术, en: art, reject: {en: [arte]}}
      - {id: maas, category: ai, zh-Hans: 模型即服务, en: MaaS, case_sensitive: true,
         reject: {en: [MAAS], zh-Hans: [MAAS]}}
""").strip(),
        "tiny.yaml",
        GlossaryError,
    )
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("用MAAS服务", ["MAAS"]),  # glued to Chinese on both sides
        ("MAAS,MAAS。MAAS:MAAS；", ["MAAS"] * 4),  # ASCII and full-width punctuation after
        ("(MAAS) and 'MAAS'.", ["MAAS", "MAAS"]),
        ("MAASX and XMAAS and MAAS2", []),  # not on a Latin boundary
        ("arte is not in smarte", ["arte"]),
        ("Arte, ARTE!", ["Arte", "ARTE"]),  # case-insensitive term keeps the found case
        ("MaaS is fine", []),  # canonical, case-sensitive
    ],
)
def test_script_aware_matching(text, found):
    got = lint_text(TINY, {"a.md": text}, enabled=("glossary.variant",))
    assert [text[f.col - 1 : f.col - 1 + f.length] for f in got] == found


VARIANTS = [
    (
        "Lock-up expiration is near.",
        "Use 'Lock-up expiry' instead of 'Lock-up expiration' (the quick reads say expiry)",
    ),
    (
        "two lock-up expirations",
        "Use 'lock-up expiries' instead of 'lock-up expirations' (the quick reads say expiry)",
    ),
    ("large unlocking volumes", "Use 'lock-up expiry volumes' instead of 'unlocking volumes'"),
    ("chips by Cambriccon.", "Use 'Cambricon' instead of 'Cambriccon' (misspelling)"),
    ("GLM 5.2 is out", "Use 'GLM-5.2' instead of 'GLM 5.2'"),
]


@pytest.mark.parametrize(("text", "message"), VARIANTS)
def test_variant_messages(glossary, text, message):
    got = lint_text(glossary, {"a.en.md": text}, enabled=("glossary.variant",))
    assert [f.message for f in got] == [message]
    assert got[0].rule.startswith("Glossary.")


def test_context_limited_variant_needs_the_paired_chinese(glossary):
    alone = lint_text(glossary, {"a.en.md": "Unlocking a phone."}, enabled=("glossary.variant",))
    assert alone == []
    paired = lint_text(
        glossary,
        {"b.en.md": "Unlocking is near.", "b.zh-Hans.md": "解禁临近。"},
        enabled=("glossary.variant",),
    )
    assert lines(paired) == [
        "b.en.md:1:1 error Use 'Lock-up expiry' instead of 'Unlocking' "
        "(only wrong where the Chinese says 解禁) Glossary.lockup-expiry"
    ]


def test_fix_keeps_case_and_plural(tmp_path, capsys):
    f = tmp_path / "x.en.md"
    f.write_text("Lock-up expirations loom. Cambriccon chips.\n", encoding="utf-8")
    assert run(["lint", "--fix", str(f)]) == 0
    assert f.read_text(encoding="utf-8") == "Lock-up expiries loom. Cambricon chips.\n"
    assert capsys.readouterr().out.startswith("0 errors, 0 warnings")


def test_a_plural_found_against_a_plural_canonical_form_is_not_pluralised_again(glossary):
    """'Marketplace sellers' beside 平台商: the persona's form is 'platform
    operators' already; the suggestion read 'platform operatorses'."""
    got = lint_text(
        glossary,
        {"m.en.md": "Marketplace sellers pay more.", "m.zh-Hans.md": "平台商收入增加。"},
        enabled=("glossary.variant",),
    )
    assert [f.message.split(" (")[0] for f in got] == [
        "Use 'platform operators' instead of 'Marketplace sellers'"
    ]


def test_fix_chinese_punctuation(tmp_path):
    f = tmp_path / "x.md"
    f.write_text("智谱和MiniMax,同周上市:走势不同.\n", encoding="utf-8")
    assert run(["lint", "--fix", str(f)]) == 0
    assert f.read_text(encoding="utf-8") == "智谱和MiniMax，同周上市：走势不同。\n"


def test_pair_term_missing_on_one_side(glossary):
    got = lint_text(
        glossary,
        {"p.zh-Hans.md": "对于平台商。", "p.en.md": "For marketplaces."},
        enabled=("glossary.pair",),
    )
    assert lines(got) == [
        "p.zh-Hans.md:1:3 warning '平台商' has no counterpart in p.en.md: "
        "expected 'platform operators' Glossary.persona-platform-operator"
    ]


def test_a_term_inside_a_longer_case_sensitive_one_is_not_a_term(glossary):
    """马云 (Jack Ma, a case-sensitive person, a category the pair check does
    not compare) holds 云, a case-insensitive form of cloud: the two sit in
    different automata, and 云 was reported with no 'cloud' on the English side."""
    got = lint_text(
        glossary,
        {"m.zh-Hans.md": "马云称，云端收入增加。", "m.en.md": "Jack Ma said revenue grew."},
        enabled=("glossary.pair",),
    )
    assert lines(got) == [
        "m.zh-Hans.md:1:5 warning '云端' has no counterpart in m.en.md: "
        "expected 'cloud' Glossary.cloud"
    ]


def test_number_parity_reports_both_readings(glossary):
    got = lint_text(
        glossary,
        {
            "n.zh-Hans.md": "私有化部署收入5.34亿元,市销率450倍。",
            "n.en.md": "On-premise revenue was RMB 5.34 billion, a P/S of 450x.",
        },
        enabled=("numbers.parity", "numbers.missing"),
    )
    assert lines(got) == [
        "n.en.md:1:24 error Number mismatch: 'RMB 5.34 billion' = 5.34 billion CNY (53.4亿) but "
        "n.zh-Hans.md:1:8 says '5.34亿元' = 534 million CNY (5.34亿) numbers.parity"
    ]


def test_number_parity_accepts_rounding_and_flags_missing(glossary):
    got = lint_text(
        glossary,
        {
            "n.zh-Hans.md": "约1,173.79万股,占2.67%。",
            "n.en.md": "about 11.74 million shares, 2.67% and 83% more.",
        },
        enabled=("numbers.parity", "numbers.missing"),
    )
    assert lines(got) == [
        "n.en.md:1:39 warning '83%' has no matching figure in n.zh-Hans.md numbers.missing"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("走势,智谱", ["1:3 error Half-width ',' in Chinese text; use '，'"]),
        ("干货:\n", ["1:3 error Half-width ':' in Chinese text; use '：'"]),
        ("GLM-5.2,在所有", ["1:8 error Half-width ',' in Chinese text; use '，'"]),
        ("结束了.", ["1:4 error Half-width '.' in Chinese text; use '。'"]),
        ("10:12, ID:huxiupro, 5.34亿", []),
        ("`a,b` 中文", []),
        ("走势, 智谱", ["1:3 error Half-width ',' in Chinese text; use '，'"]),
        ("s2twp gives 回撥, a phone callback", []),
        ("(not 程式), 文件 (not 檔案)", []),
        (
            "ＧＬＭ－５",
            [
                "1:1 warning Full-width 'ＧＬＭ'; write 'GLM'",
                "1:5 warning Full-width '５'; write '5'",
            ],
        ),
    ],
)
def test_typography(glossary, text, expected):
    got = lint_text(
        glossary, {"t.md": text}, enabled=("typography.punctuation", "typography.fullwidth")
    )
    assert [f"{f.line}:{f.col} {f.level} {f.message}" for f in got] == expected


def test_punctuation_findings_are_whole_findings(glossary):
    """``typography.punctuation`` builds its findings field by field
    (``new_finding``): each has every field and equals the constructor's."""
    from summarizer.lint.findings import LintFinding

    got = lint_text(glossary, {"t.md": "走势, 智谱; 好!"}, enabled=("typography.punctuation",))
    assert len(got) == 3
    for f in got:
        assert type(f) is LintFinding and len(f) == len(LintFinding._fields)
        assert f == LintFinding(*f) and f.end() == (1, f.col + 1) and f.fixable


def test_fullwidth_bytes_prefilter_finds_what_the_text_regex_finds():
    """The UTF-8 byte search that gates ``typography.fullwidth`` agrees with
    the character class, character by character around its ranges."""
    from summarizer.lint.typography import _FULLWIDTH, _FULLWIDTH_UTF8

    for code in [*range(0xFEF0, 0xFF80), 0x3000, 0xFFE5, 0x4E2D, 0x41, 0x10000]:
        text = f"中{chr(code)}文"
        assert bool(_FULLWIDTH_UTF8.search(text.encode())) == bool(_FULLWIDTH.search(text)), code


@pytest.mark.parametrize(
    ("policy", "text", "expected"),
    [
        ("require", "用MaaS服务", ["1:1", "1:5"]),
        ("require", "用 MaaS 服务", []),
        ("forbid", "用 MaaS 服务", ["1:1", "1:6"]),
        ("forbid", "用MaaS服务", []),
        ("ignore", "用 MaaS服务", []),
    ],
)
def test_spacing_policy(glossary, policy, text, expected):
    got = lint_text(glossary, {"t.md": text}, enabled=("typography.spacing",), spacing=policy)
    assert [f"{f.line}:{f.col}" for f in got] == expected


def test_template_hardcoded_terms(tmp_path, capsys):
    t = tmp_path / "templates" / "en"
    t.mkdir(parents=True)
    (t / "p.j2").write_text(
        "{{ term('zhipu') }} trades at {{ x }} times sales.\n"
        "{# the P/S is fine in a comment #}Its price-to-sales ratio is high.\n",
        encoding="utf-8",
    )
    assert run(["lint", "--enable", "templates", str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        f"{t / 'p.j2'}:2:39  error  Template hard-codes the glossary term 'price-to-sales ratio'; "
        "take it from the glossary (term 'ps-ratio')  Glossary.ps-ratio"
    )


def test_suppression_comments(glossary):
    text = (
        "<!-- summarizer-lint: disable-next-line=glossary.variant -->\nCambriccon\nCambriccon\n"
        "<!-- summarizer-lint: disable=typography -->\n走势,智谱\n"
        "<!-- summarizer-lint: enable -->\n走势,智谱\n"
    )
    from summarizer.lint import suppress

    got = suppress.apply(lint_text(glossary, {"s.md": text}), {"s.md": text})
    assert [(f.line, f.check) for f in got] == [
        (3, "glossary.variant"),
        (7, "typography.punctuation"),
    ]


def test_jinja_and_yaml_suppression(tmp_path, capsys):
    (tmp_path / "a.j2").write_text("{# summarizer-lint: disable #}\nCambriccon\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        "x: Cambriccon  # summarizer-lint: disable-line\n", encoding="utf-8"
    )
    assert run(["lint", str(tmp_path)]) == 0


def test_every_path_is_read_and_exit_codes(tmp_path, capsys):
    a, b = tmp_path / "a.md", tmp_path / "sub" / "b.md"
    b.parent.mkdir()
    a.write_text("fine\n", encoding="utf-8")
    b.write_text("Cambriccon\n", encoding="utf-8")
    assert run(["lint", str(a), str(tmp_path / "sub")]) == 1
    assert run(["lint", str(a)]) == 0
    assert run(["lint", str(tmp_path / "missing.md")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_warnings_fail_only_with_strict(tmp_path):
    f = tmp_path / "w.en.md"
    f.write_text("A large language model.\n", encoding="utf-8")
    (tmp_path / "w.zh-Hans.md").write_text("大模型。\n", encoding="utf-8")
    assert run(["lint", str(tmp_path)]) == 0
    assert run(["lint", "--strict", str(tmp_path)]) == 1


def test_unreadable_file_is_an_error_not_a_crash(tmp_path, capsys):
    f = tmp_path / "bad.md"
    f.write_bytes(b"\xff\xfe\x00bad")
    assert run(["lint", str(f)]) == 1
    assert "lint.read" in capsys.readouterr().out


def test_a_lone_surrogate_escape_in_json_is_a_finding_not_an_internal_error(tmp_path, capsys):
    f = tmp_path / "s.en.json"
    f.write_text('{"story": "s", "text": "a \\ud800 b"}', encoding="utf-8")
    assert run(["lint", str(f)]) == 1
    out = capsys.readouterr().out
    assert "\\ud800 at line 1 column 27 is half of a UTF-16 surrogate pair" in out and "lint.read" in out
    pair = tmp_path / "p.en.json"  # a whole pair is one character: fine
    pair.write_text('{"text": "ok \\ud83d\\ude00"}', encoding="utf-8")
    assert run(["lint", str(pair)]) == 0


def test_bad_config_exits_2(tmp_path, capsys):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("spacing: sometimes\n", encoding="utf-8")
    assert run(["lint", "--config", str(cfg), str(tmp_path)]) == 2
    assert (
        "spacing: expected one of: ['ignore', 'require', 'forbid'] but received: 'sometimes'"
        in capsys.readouterr().err
    )
    assert run(["lint", "--disable", "nonsense", str(tmp_path)]) == 2


@pytest.mark.parametrize("fmt", ["json", "github", "sarif", "human"])
def test_formats_keep_the_exit_code(tmp_path, capsys, fmt):
    f = tmp_path / "x.md"
    f.write_text("ok\nCambriccon\n", encoding="utf-8")
    assert run(["lint", "--format", fmt, str(f)]) == 1
    out = capsys.readouterr().out
    if fmt == "json":
        row = json.loads(out)["findings"][0]
        assert (row["line"], row["column"], row["check"], row["suggestion"]) == (
            2,
            1,
            "glossary.variant",
            "Cambricon",
        )
    elif fmt == "github":
        assert out.startswith(
            f"::error file={f},line=2,endLine=2,col=1,endColumn=10,title=Glossary.cambricon::"
            "Use 'Cambricon'"
        )
    elif fmt == "sarif":
        log = json.loads(out)
        assert log["version"] == "2.1.0"
        res = log["runs"][0]["results"][0]
        assert res["ruleId"] == "glossary.variant" and res["level"] == "error"
        assert res["locations"][0]["physicalLocation"]["region"] == {
            "startLine": 2,
            "startColumn": 1,
            "endLine": 2,
            "endColumn": 11,
        }
    else:
        assert out.splitlines()[0] == (
            f"{f}:2:1  error  Use 'Cambricon' instead of 'Cambriccon' (misspelling)"
            "  Glossary.cambricon"
        )


def brief(lang: str, sentences: list[str]) -> str:
    return json.dumps(
        {
            "story": "004",
            "lang": lang,
            "title": "t",
            "lede": {"text": "", "facts": []},
            "sections": [
                {
                    "persona": "investor",
                    "name": "n",
                    "framing": {"text": "", "facts": []},
                    "points": [
                        {
                            "facet": "risk",
                            "label": "",
                            "sentences": [{"text": s, "facts": []} for s in sentences],
                        }
                    ],
                }
            ],
        },
        ensure_ascii=False,
        indent=1,
    )


def test_json_briefs_pair_by_story_and_section(glossary):
    got = lint_text(
        glossary,
        {
            "out/004.zh.json": brief("zh-Hans", ["7月8日解禁,寒武纪。"]),
            "out/004.en.json": brief("en", ["Unlocking on July 8."]),
        },
    )
    assert lines(got) == [
        "out/004.en.json:23:17 error Use 'Lock-up expiry' instead of 'Unlocking' "
        "(only wrong where the Chinese says 解禁) Glossary.lockup-expiry",
        "out/004.zh.json:23:23 error Half-width ',' in Chinese text; use '，' "
        "typography.punctuation",
        "out/004.zh.json:23:24 warning '寒武纪' has no counterpart in out/004.en.json (investor): "
        "expected 'Cambricon' Glossary.cambricon",
    ]


def test_yaml_checks_string_values_not_syntax(tmp_path, capsys):
    f = tmp_path / "ui.yaml"
    f.write_text(
        "a: {zh-Hans: 快读, en: Quick Read}\nb: {zh-Hans: '走势,智谱', en: x}\n", encoding="utf-8"
    )
    assert run(["lint", str(f)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        f"{f}:2:17  error  Half-width ',' in Chinese text; use '，'  typography.punctuation"
    )
    assert run(["lint", "--fix", str(f)]) == 0
    assert f.read_text(encoding="utf-8").endswith("b: {zh-Hans: '走势，智谱', en: x}\n")


def test_parallel_run_gives_the_same_findings(tmp_path, monkeypatch, glossary):
    from summarizer.lint import parallel
    from summarizer.lint.engine import lint_paths

    for i in range(6):
        (tmp_path / f"s{i}.zh-Hans.md").write_text("解禁,寒武纪。\n", encoding="utf-8")
        (tmp_path / f"s{i}.en.md").write_text(f"Unlocking {i} Cambriccon.\n", encoding="utf-8")
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    one = lint_paths([str(tmp_path)], glossary, LintConfig(), jobs=1)
    two = lint_paths([str(tmp_path)], glossary, LintConfig(), jobs=2)
    assert two.findings == one.findings
    assert (two.files, two.pairs) == (one.files, one.pairs) == (12, 6)
    assert len(one.findings) == 6 * 3


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Cambriccon's chips", ["Cambriccon"]),
        ("éCambriccon and Cambricconé", []),  # Latin-1 letters continue a word
        ("寒武纪Cambriccon芯片", ["Cambriccon"]),
    ],
)
def test_boundaries_in_utf8(glossary, text, found):
    got = lint_text(glossary, {"b.en.md": text}, enabled=("glossary.variant",))
    assert [text[f.col - 1 : f.col - 1 + f.length] for f in got] == found


def test_config_file_disables_and_relevels(tmp_path, capsys):
    cfg = tmp_path / "lint.yaml"
    cfg.write_text(
        "disable: [typography]\nlevels: {glossary.variant: warning}\n"
        "pair_categories: [chip]\nspacing: forbid\n",
        encoding="utf-8",
    )
    f = tmp_path / "x.md"
    f.write_text("走势,智谱 Cambriccon\n", encoding="utf-8")
    assert run(["lint", "--config", str(cfg), str(f)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{f}:1:7  warning  Use 'Cambricon' instead of 'Cambriccon' (misspelling)"
        "  Glossary.cambricon",
        "0 errors, 1 warnings, 0 suggestions in 1 files (0 zh/en pairs)",
    ]
    cfg.write_text("pair_categories: [sports]\n", encoding="utf-8")
    assert run(["lint", "--config", str(cfg), str(f)]) == 2

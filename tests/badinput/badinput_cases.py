"""The bad-input corpus: what users and attackers feed each command, and what must happen.

One row per case (see ``badinput_runner.Case``). Facts-file cases (numbers,
fact text) belong to the facts loader and are kept with it.
"""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from badinput_runner import ROOT, Case
from facts_cases import facts_cases

SEED = (ROOT / "seeds" / "live-commerce-measures.yaml").read_text("utf-8")
GLOSSARY = (ROOT / "summarizer" / "defaults" / "glossary.yaml").read_text("utf-8")
ERR = r"^(\S+:\d+:\d+: )?error: "  # compiler style, the place when there is a file
USAGE = r"^summarizer( \w+)*: error: "

ALIAS_BOMB = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + "".join(
    f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)
DEEP_YAML = "a: " + "[" * 50_000 + "\n"
DEEP_FLOW_MAP = "{a: " * 40 + "1" + "}" * 40 + "\n"
HUGE = "x: '" + "a" * (3 * 1024 * 1024) + "'\n"
#: An element or attribute that would load or link to data from a fact.
FOREIGN = re.compile(r"<img|(?:href|src)\s*=\s*[\"']?\s*(?:javascript:|https://tracker)", re.I)
NOT_UTF8 = b"terms:\n  - id: \xff\xfe\n"


def _term(**extra: str) -> str:
    lines = "".join(f"    {k}: {v}\n" for k, v in extra.items())
    return f"terms:\n  - id: t1\n    category: company\n    zh-Hans: 甲\n    en: Alpha\n{lines}"


def _xml_ok(*globs: str) -> Callable[[Path], str | None]:
    def check(d: Path) -> str | None:
        files = [f for g in globs for f in d.glob(g)]
        if not files:
            return f"no files match {globs}"
        for f in files:
            try:
                ET.parse(f)
            except ET.ParseError as exc:
                return f"{f.name}: malformed XML ({exc})"
        return None

    return check


def _no_foreign(d: Path) -> str | None:
    pages = list((d / "site").rglob("*.html"))
    if len(pages) < 10:
        return f"only {len(pages)} pages built"
    for page in pages:
        text = page.read_text("utf-8")
        found = FOREIGN.search(text)
        if found:
            return f"{page.relative_to(d)} contains {found.group(0)!r}"
    return _xml_ok("site/*/feeds/*.xml", "site/sitemap.xml", "site/sitemaps/*.xml")(d)


def _mode_follows_umask(d: Path) -> str | None:
    for p in [d / "site", d / "site" / "en", d / "site" / "en" / "index.html"]:
        mode = p.stat().st_mode & 0o777
        want = 0o755 if p.is_dir() else 0o644
        if mode != want:
            return f"{p.relative_to(d)} has mode {oct(mode)}, umask 022 gives {oct(want)}"
    leftovers = [p.name for p in d.iterdir() if p.name.startswith((".site-tmp", ".site-old"))]
    return f"leftovers {leftovers}" if leftovers else None


def _csv_escaped(d: Path) -> str | None:
    rows = list(csv.reader(io.StringIO((d / "out.csv").read_text("utf-8"))))
    cells = [c for row in rows[1:] for c in row if c]
    bad = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    return f"unescaped formula cells {bad}" if bad else None


def cli_cases() -> list[Case]:
    c = [
        Case("cli-no-command", "cli", [], 2, USAGE, max_err_lines=1),
        Case("cli-unknown-command", "cli", ["frobnicate"], 2, r"error: argument COMMAND"),
        Case("cli-unknown-option", "cli", ["render", "--bogus", "x"], 2, USAGE, max_err_lines=1),
        Case("cli-bad-lang", "cli", ["render", "x.yaml", "--lang", "fr"], 2, USAGE),
        Case("cli-bad-format", "cli", ["render", "x.yaml", "--format", "pdf"], 2, USAGE),
        Case("cli-render-missing", "cli", ["render", "{d}/missing.yaml"], 2, ERR),
        Case("cli-render-dir", "cli", ["render", "{d}"], 2, ERR),
        Case("cli-digest-no-persona", "cli", ["digest", "{root}/seeds"], 2, USAGE),
        Case(
            "cli-digest-bad-persona",
            "cli",
            ["digest", "{root}/seeds", "--persona", "nobody"],
            2,
            ERR + r".*nobody",
        ),
        Case(
            "cli-digest-bad-since",
            "cli",
            ["digest", "{root}/seeds", "--persona", "seller", "--since", "2026-13-45"],
            2,
            USAGE,
        ),
        Case("cli-check-missing", "cli", ["check", "{d}/nowhere"], 2, ERR),
        Case("cli-check-empty-dir", "cli", ["check", "{d}"], 0),
        Case(
            "cli-export-to-dev-full",
            "cli",
            ["glossary", "export", "--format", "csv", "-o", "/dev/full"],
            2,
            r"^error: /dev/full: cannot write: No space left on device$",
            max_err_lines=1,
        ),
        Case(
            "cli-export-into-missing-dir",
            "cli",
            ["glossary", "export", "--format", "tbx", "-o", "{d}/no/such/dir/g.tbx"],
            2,
            r"^error: .*g\.tbx: cannot write: No such file or directory$",
            max_err_lines=1,
        ),
        Case(
            "cli-export-onto-dir",
            "cli",
            ["glossary", "export", "--format", "csv", "-o", "{d}"],
            2,
            r"^error: .*: cannot write: ",
            max_err_lines=1,
        ),
        Case(
            "cli-lint-report-to-dev-full",
            "cli",
            ["lint", "{root}/README.md", "-o", "/dev/full"],
            2,
            r"^error: /dev/full: cannot write: No space left on device$",
        ),
        Case(
            "cli-import-to-dev-full",
            "cli",
            ["glossary", "import", "{d}/g.csv", "-o", "/dev/full"],
            2,
            r"/dev/full: cannot write",
            files={"g.csv": "id,category,zh-Hans,en\nt1,company,甲,Alpha\n"},
        ),
        Case(
            "cli-ctrl-c-serve",
            "cli",
            ["serve", "{d}/seeds", "-o", "{d}/site", "-p", "0", "-j", "1"],
            130,
            r"^summarizer: interrupted$",
            files={"seeds/a.yaml": SEED},
            interrupt_after=2.5,
        ),
        Case(
            "cli-ctrl-c-early",
            "cli",
            ["serve", "{d}/seeds", "-o", "{d}/site", "-p", "0", "-j", "1"],
            130,
            r"^summarizer: interrupted$",
            files={"seeds/a.yaml": SEED},
            interrupt_after=0.3,
            max_err_lines=3,
        ),
        Case("cli-version", "cli", ["--version"], 0, out=r"^summarizer \d"),
    ]
    return c


def glossary_cases() -> list[Case]:
    header = "id,category,zh-Hans,en,note\n"
    cases = []
    for i, cell in enumerate(
        ["=cmd|' /C calc'!A0", "=HYPERLINK(A1)", "@SUM(1+1)", "+1+1", "-2+3", "\tx", "\rx"]
    ):
        quoted = '"' + cell.replace('"', '""') + '"'
        cases.append(
            Case(
                f"glossary-csv-formula-note-{i}",
                "glossary",
                ["glossary", "import", "{d}/g.csv", "-o", "{d}/out.yaml"],
                2,
                r"g\.csv:2:5: error: column 'note': .*formula",
                files={"g.csv": header + f"t1,company,甲,Alpha,{quoted}\n"},
                absent=("out.yaml",),
            )
        )
    for i, cell in enumerate(["=1+1", "@x", "+x"]):
        cases.append(
            Case(
                f"glossary-csv-formula-en-{i}",
                "glossary",
                ["glossary", "import", "{d}/g.csv", "-o", "{d}/out.yaml"],
                2,
                r"g\.csv:2:4: error: column 'en'",
                files={"g.csv": header + f"t1,company,甲,{cell},n\n"},
                absent=("out.yaml",),
            )
        )
    cases += [
        Case(
            "glossary-csv-escaped-formula-ok",
            "glossary",
            ["glossary", "import", "{d}/g.csv", "-o", "{d}/out.yaml"],
            0,
            files={"g.csv": header + "t1,company,甲,Alpha,'=not a formula\n"},
        ),
        Case(
            "glossary-csv-extra-cells",
            "glossary",
            ["glossary", "import", "{d}/g.csv", "-o", "{d}/out.yaml"],
            2,
            r"g\.csv:2:6: error: 6 cells but the header has 5",
            files={"g.csv": header + "t1,company,甲,Alpha,n,EXTRA\n"},
            absent=("out.yaml",),
        ),
        Case(
            "glossary-csv-nul",
            "glossary",
            ["glossary", "import", "{d}/g.csv", "-o", "{d}/out.yaml"],
            2,
            r"g\.csv:2:\d+: error: .*NUL",
            files={"g.csv": header + "t1,company,甲,Al\0pha,n\n"},
            absent=("out.yaml",),
        ),
        Case(
            "glossary-csv-bad-header",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:1:1: error: expected columns",
            files={"g.csv": "id,colour\nt1,red\n"},
        ),
        Case(
            "glossary-csv-dup-header",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:1:1: error: expected columns",
            files={"g.csv": "id,id,en\nt1,t2,x\n"},
        ),
        Case(
            "glossary-csv-bad-json",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:2:5: error: column 'reject': invalid JSON",
            files={"g.csv": "id,category,zh-Hans,en,reject\nt1,company,甲,Alpha,{oops\n"},
        ),
        Case(
            "glossary-csv-deep-json",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:2:5: error: column 'reject': invalid JSON",
            files={
                "g.csv": "id,category,zh-Hans,en,reject\nt1,company,甲,Alpha,"
                + "[" * 100_000
                + "\n"
            },
        ),
        Case(
            "glossary-csv-huge-field",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:2:1: error: invalid CSV: field larger",
            files={"g.csv": header + 't1,company,甲,Alpha,"' + "n" * 200_000 + '"\n'},
        ),
        Case(
            "glossary-csv-unclosed-quote",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:\d+:1: error: invalid CSV",
            files={"g.csv": header + 't1,company,甲,Alpha,"never closed\n'},
        ),
        Case(
            "glossary-csv-not-utf8",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:1:1: error: not UTF-8",
            files={"g.csv": b"id,category\n\xff\xfe,x\n"},
        ),
        Case(
            "glossary-csv-empty",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:1:1: error: empty CSV",
            files={"g.csv": ""},
        ),
        Case(
            "glossary-csv-fifo",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:1:1: error: not a regular file \(a FIFO\)",
            fifos=("g.csv",),
        ),
        Case(
            "glossary-csv-dev-zero",
            "glossary",
            ["glossary", "import", "/dev/zero"],
            2,
            r"/dev/zero:1:1: error: not a regular file \(a device\)",
        ),
        Case(
            "glossary-csv-dir",
            "glossary",
            ["glossary", "import", "{d}"],
            2,
            r"error: not a regular file \(a directory\)",
        ),
        Case(
            "glossary-csv-missing",
            "glossary",
            ["glossary", "import", "{d}/none.csv"],
            2,
            r"none\.csv:1:1: error: cannot read: No such file",
        ),
        Case(
            "glossary-csv-too-big",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            2,
            r"g\.csv:1:1: error: file is \d+ bytes; the limit is",
            files={"g.csv": header + "t1,company,甲,Alpha,n\n" * 150_000},
        ),
        Case(
            "glossary-csv-bom-ok",
            "glossary",
            ["glossary", "import", "{d}/g.csv"],
            0,
            out=r"id: t1",
            files={"g.csv": "\ufeff" + header + "t1,company,甲,Alpha,n\n"},
        ),
    ]
    for name, content, err in [
        ("alias-bomb", ALIAS_BOMB, r"aliases"),
        ("deep", DEEP_YAML, r"nested deeper|invalid YAML"),
        ("deep-map", DEEP_FLOW_MAP, r"nested deeper"),
        ("huge", HUGE, r"the limit is"),
        ("not-utf8", NOT_UTF8, r"not UTF-8"),
        ("dup-key", _term(en2="x") + "    en: Beta\n", r"duplicate key"),
        ("merge-key", "base: &b {x: 1}\nterms: [{<<: *b}]\n", r"merge keys|aliases"),
        ("empty", "", r"expected a mapping"),
        ("list", "- 1\n- 2\n", r"expected a mapping"),
        ("deep-block", "".join(" " * i + "a:\n" for i in range(1500)), r"nested deeper"),
    ]:
        for action in ("check", "export"):
            argv = ["glossary", "--glossary", "{d}/g.yaml", action]
            if action == "export":
                argv += ["--format", "tbx", "-o", "{d}/out.tbx"]
            cases.append(
                Case(
                    f"glossary-{action}-{name}",
                    "glossary",
                    argv,
                    2,
                    r"g\.yaml:\d+:\d+: error: .*" + err,
                    files={"g.yaml": content},
                    absent=("out.tbx",),
                )
            )
    for name, target, err in [
        ("fifo", "{d}/g.yaml", r"a FIFO"),
        ("dev-zero", "/dev/zero", r"a device"),
        ("dir", "{d}", r"a directory"),
    ]:
        cases.append(
            Case(
                f"glossary-check-{name}",
                "glossary",
                ["glossary", "--glossary", target, "check"],
                2,
                r":1:1: error: not a regular file \(" + err,
                fifos=("g.yaml",) if name == "fifo" else (),
            )
        )
    cases += [
        Case(
            "glossary-tbx-control-chars",
            "glossary",
            [
                "glossary",
                "--glossary",
                "{d}/g.yaml",
                "export",
                "--format",
                "tbx",
                "-o",
                "{d}/o.tbx",
            ],
            0,
            files={"g.yaml": _term(note='"bell \\a escape \\e nul-free \\x01 end"')},
            check=_xml_ok("o.tbx"),
        ),
        Case(
            "glossary-csv-export-escapes-formulas",
            "glossary",
            [
                "glossary",
                "--glossary",
                "{d}/g.yaml",
                "export",
                "--format",
                "csv",
                "-o",
                "{d}/out.csv",
            ],
            0,
            files={"g.yaml": _term(note="'=HYPERLINK(\"http://x\")'")},
            check=_csv_escaped,
        ),
        Case(
            "glossary-bad-format",
            "glossary",
            ["glossary", "export", "--format", "docx"],
            2,
            USAGE,
            max_err_lines=1,
        ),
    ]
    return cases


def lint_cases() -> list[Case]:
    big_pair = "$1,000.5 billion " * 40_000
    cases = [
        Case(
            f"lint-{name}",
            "lint",
            ["lint", "-j", "1", f"{{d}}/{fname}"],
            rc,
            err,
            files={fname: text},
        )
        for name, fname, text, rc, err in [
            ("unclosed-comment", "a.md", "<!--" * 200_000, 0, ""),
            ("unclosed-comment-html", "a.html", "<!--" * 200_000, 0, ""),
            ("unclosed-jinja", "a.j2", "{{" * 300_000, 0, ""),
            ("unclosed-jinja-stmt", "a.j2", "{%" * 300_000, 0, ""),
            ("unclosed-jinja-comment", "a.j2", "{#" * 300_000, 0, ""),
            ("unclosed-tags-html", "a.html", "<" * 1_000_000, 0, ""),
            ("unclosed-tags-md", "a.md", "<" * 1_000_000, 0, ""),
            ("unclosed-fences", "a.md", "```" * 300_000, 0, ""),
            ("unclosed-tildes", "a.md", "~~~" * 300_000, 0, ""),
            ("unclosed-script", "a.html", "<script>" * 150_000, 0, ""),
            ("unclosed-style", "a.html", "<STYLE>" * 150_000, 0, ""),
            ("many-backticks", "a.md", "`" * 1_000_000, 0, ""),
            ("many-entities", "a.html", "&" * 500_000 + "&a" * 200_000, 0, ""),
            ("many-urls", "a.md", "http://" * 200_000, 0, ""),
            ("suppressions", "a.md", "<!-- summarizer-lint: disable-line -->\n" * 60_000, 0, ""),
            ("alias-bomb", "a.yaml", ALIAS_BOMB, 0, ""),
            ("deep-yaml", "a.yaml", DEEP_YAML, 1, ""),
            ("deep-block-yaml", "a.yaml", "".join(" " * i + "a:\n" for i in range(1500)), 1, ""),
            ("deep-json", "a.json", "[" * 100_000 + "]" * 100_000, 1, ""),
            ("deep-json-objects", "a.json", '{"a":' * 5000 + "1" + "}" * 5000, 1, ""),
            ("json-unterminated-escapes", "a.json", '"' + '\\"' * 500_000, 1, ""),
            ("json-many-strings", "a.json", "[" + ",".join(['"\\u0041"'] * 150_000) + "]", 0, ""),
            ("binary", "a.md", b"\x00\x01\xff" * 1000, 1, ""),
            ("nul-text", "a.txt", "abc\0def\n" * 1000, 0, ""),
            ("too-big", "a.md", "x" * (9 * 1024 * 1024), 1, ""),
            ("yaml-too-big", "a.yaml", HUGE, 1, ""),
            ("cjk-commas", "a.md", "中," * 300_000, 1, ""),
            ("crlf-only", "a.md", "\r" * 1_000_000, 0, ""),
            ("long-line-cjk-latin", "a.md", "a1中" * 300_000, 0, ""),
        ]
    ]
    cases += [
        Case(
            "lint-findings-point-at-limit",
            "lint",
            ["lint", "-j", "1", "{d}/a.yaml"],
            1,
            out=r"a\.yaml:1:\d+ .*nested deeper than 32",
            files={"a.yaml": DEEP_YAML},
        ),
        Case(
            "lint-number-pair",
            "lint",
            ["lint", "-j", "1", "{d}/p.zh-Hans.md", "{d}/p.en.md"],
            1,
            files={"p.zh-Hans.md": big_pair, "p.en.md": big_pair},
        ),
        Case(
            "lint-many-sections",
            "lint",
            ["lint", "-j", "1", "{d}/s.zh-Hans.json", "{d}/s.en.json"],
            1,
            files={
                f"s.{lang}.json": '{"story":"s","lang":"'
                + lang
                + '","sections":['
                + ",".join(
                    '{"persona":"p%d","points":[{"label":"l","sentences":[{"text":"%s"}]}]}'  # noqa: UP031 (JSON braces)
                    % (i, "1亿" if lang == "zh-Hans" else "1 billion")
                    for i in range(15_000)
                )
                + "]}"
                for lang in ("zh-Hans", "en")
            },
        ),
        Case(
            "lint-fifo",
            "lint",
            ["lint", "{d}/a.md"],
            2,
            r"a\.md:1:1: error: .*a FIFO",
            fifos=("a.md",),
        ),
        Case(
            "lint-dev-zero", "lint", ["lint", "/dev/zero"], 2, r"/dev/zero:1:1: error: .*a device"
        ),
        Case("lint-dev-null", "lint", ["lint", "/dev/null"], 2, r"a device"),
        Case("lint-missing", "lint", ["lint", "{d}/none.md"], 2, r"^error: no such file"),
        Case(
            "lint-fifo-in-dir",
            "lint",
            ["lint", "{d}"],
            1,
            out=r"p\.md:1:1 .*not a regular file \(a FIFO\)",
            files={"ok.md": "fine\n"},
            fifos=("p.md",),
        ),
        Case(
            "lint-config-dir",
            "lint",
            ["lint", "--config", "{d}", "{root}/README.md"],
            2,
            r":1:1: error: not a regular file \(a directory\)",
        ),
        Case(
            "lint-config-fifo",
            "lint",
            ["lint", "--config", "{d}/c.yaml", "{root}/README.md"],
            2,
            r"c\.yaml:1:1: error: not a regular file \(a FIFO\)",
            fifos=("c.yaml",),
        ),
        Case(
            "lint-config-alias-bomb",
            "lint",
            ["lint", "--config", "{d}/c.yaml", "{root}/README.md"],
            2,
            r"c\.yaml:\d+:\d+: error: .*aliases",
            files={"c.yaml": ALIAS_BOMB},
        ),
        Case(
            "lint-config-deep",
            "lint",
            ["lint", "--config", "{d}/c.yaml", "{root}/README.md"],
            2,
            r"c\.yaml:\d+:\d+: error: ",
            files={"c.yaml": DEEP_YAML},
        ),
        Case(
            "lint-glossary-dev-zero",
            "lint",
            ["lint", "--glossary", "/dev/zero", "{root}/README.md"],
            2,
            r"/dev/zero:1:1: error: not a regular file",
        ),
        Case(
            "lint-glossary-alias-bomb",
            "lint",
            ["lint", "--glossary", "{d}/g.yaml", "{root}/README.md"],
            2,
            r"g\.yaml:\d+:\d+: error: .*aliases",
            files={"g.yaml": ALIAS_BOMB},
        ),
        Case("lint-bad-level", "lint", ["lint", "--level", "x", "{root}/README.md"], 2, ERR),
        Case("lint-bad-enable", "lint", ["lint", "--enable", "nope", "{root}/README.md"], 2, ERR),
        Case("lint-negative-jobs", "lint", ["lint", "-j", "-1", "{root}/README.md"], 2, ERR),
        Case("lint-bad-format", "lint", ["lint", "--format", "xml", "x"], 2, USAGE),
    ]
    return cases


def _seed(**replace: str) -> str:
    text = SEED
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def build_cases() -> list[Case]:
    seeds = {"seeds/a.yaml": SEED}
    out = ["-o", "{d}/site", "-j", "1"]
    cases = [
        Case(
            f"build-base-url-{i}",
            "build",
            ["build", "{d}/seeds", *out, "--base-url", url],
            2,
            r"^summarizer build: error: argument --base-url: expected an http",
            files=seeds,
            absent=("site",),
            max_err_lines=1,
        )
        for i, url in enumerate(
            [
                "javascript:alert(1)//",
                "JavaScript://x/",
                "data:text/html,x/",
                "ftp://example.com/",
                "//example.com/",
                "https://example.com",
                "https:///",
                'https://e.com/"><script>/',
                "https://e.com/a b/",
                "file:///etc/",
            ]
        )
    ]
    cases += [
        Case(
            f"build-jobs-{i}",
            "build",
            ["build", "{d}/seeds", "-o", "{d}/site", "--jobs", jobs],
            2,
            r"^summarizer build: error: argument -j/--jobs: expected 1 to 256",
            files=seeds,
            absent=("site",),
        )
        for i, jobs in enumerate(["0", "-1", "abc", "100000", "1e3"])
    ]
    cases += [
        Case(
            "build-ok-modes-follow-umask",
            "build",
            ["build", "{d}/seeds", *out],
            0,
            r"^built ",
            files=seeds,
            check=_mode_follows_umask,
        ),
        Case(
            "build-markdown-image-and-links",
            "build",
            ["build", "{d}/seeds", *out, "--base-url", "https://example.com/q/"],
            0,
            files={
                "seeds/a.yaml": _seed(
                    **{
                        '    en: "The State Administration': '    en: "![x](https://tracker.example/p.gif) [y](javascript:alert(1)) <img src=x> The State Administration',
                    }
                )
            },
            check=_no_foreign,
        ),
        Case(
            "build-control-characters-refused-at-load",
            "build",
            ["build", "{d}/seeds", *out],
            2,
            r"^\S+:\d+:\d+: error: field 'story\.title\.en': contains a control character",
            files={"seeds/a.yaml": _seed(**{'    en: "Red lines': '    en: "\\x01\\x08\\x0b Red lines'})},
            absent=("site",),
        ),
        Case(
            "build-out-is-a-file",
            "build",
            ["build", "{d}/seeds", "-o", "{d}/site", "-j", "1"],
            2,
            r"error: .*site.*(not made by|cannot write)",
            files={**seeds, "site": "not a dir"},
        ),
        Case(
            "build-out-not-ours",
            "build",
            ["build", "{d}/seeds", "-o", "{d}/site", "-j", "1"],
            2,
            r"error: .*was not made by 'summarizer build'",
            files={**seeds, "site/precious.txt": "keep me"},
            check=lambda d: (
                None
                if (d / "site/precious.txt").read_text("utf-8") == "keep me"
                else "overwrote a foreign directory"
            ),
        ),
        Case(
            "build-seeds-missing",
            "build",
            ["build", "{d}/nowhere", *out],
            2,
            ERR,
            absent=("site",),
        ),
        Case(
            "build-seed-is-a-dir",
            "build",
            ["build", "{d}/seeds", *out],
            0,
            files={**seeds, "seeds/b.yaml/x": "y"},
        ),
        Case(
            "build-seed-fifo",
            "build",
            ["build", "{d}/seeds", *out],
            0,
            files=seeds,
            fifos=("seeds/b.yaml",),
        ),
        Case(
            "build-bad-story-id",
            "build",
            ["build", "{d}/seeds", *out],
            2,
            r"error: ",
            files={"seeds/a.yaml": _seed(**{"id: live-commerce-measures": "id: ../../evil"})},
            absent=("site", "evil.html"),
        ),
        Case(
            "build-seed-too-big",
            "build",
            ["build", "{d}/seeds", *out],
            2,
            r"big\.yaml:1:1: error: .*limit",
            files={**seeds, "seeds/big.yaml": HUGE},
            absent=("site",),
        ),
        Case(
            "build-seed-alias-bomb",
            "build",
            ["build", "{d}/seeds", *out],
            2,
            r"b\.yaml:\d+:\d+: error: ",
            files={**seeds, "seeds/b.yaml": ALIAS_BOMB},
            absent=("site",),
        ),
        Case(
            "build-seed-not-utf8",
            "build",
            ["build", "{d}/seeds", *out],
            2,
            r"b\.yaml:1:1: error: not UTF-8",
            files={**seeds, "seeds/b.yaml": NOT_UTF8},
            absent=("site",),
        ),
        Case(
            "build-out-under-a-file",
            "build",
            ["build", "{d}/seeds", "-o", "{d}/afile/site", "-j", "1"],
            2,
            r"^error: .*site: cannot write the site: (Not a directory|File exists)",
            files={**seeds, "afile": "x"},
            max_err_lines=1,
        ),
        Case(
            "build-out-in-proc",
            "build",
            ["build", "{d}/seeds", "-o", "/proc/summarizer-site", "-j", "1"],
            2,
            r"^error: ",
            files=seeds,
            max_err_lines=1,
        ),
    ]
    return cases


def serve_cases() -> list[Case]:
    base = ["serve", "{d}/seeds", "-o", "{d}/site"]
    cases = [
        Case(
            f"serve-interval-{i}",
            "serve",
            [*base, "--interval", value],
            2,
            r"^summarizer serve: error: argument --interval: expected seconds",
            max_err_lines=1,
            absent=("site",),
        )
        for i, value in enumerate(["0", "-1", "nan", "inf", "abc", "0.001", "1e9"])
    ]
    cases += [
        Case(
            f"serve-port-{i}",
            "serve",
            [*base, "--port", value],
            2,
            r"^summarizer serve: error: argument -p/--port: expected a port",
            max_err_lines=1,
            absent=("site",),
        )
        for i, value in enumerate(["-1", "65536", "abc", "80.5", ""])
    ]
    cases += [
        Case(
            "serve-base-url-javascript",
            "serve",
            [*base, "--base-url", "javascript:alert(1)//"],
            2,
            USAGE,
            max_err_lines=1,
        ),
        Case(
            "serve-bad-seed-keeps-serving",
            "serve",
            [*base, "-p", "0", "-j", "1"],
            130,
            r"build failed.*\n(.*\n)*.*serving .* on http://127\.0\.0\.1",
            files={"seeds/a.yaml": "story: [unclosed\n"},
            interrupt_after=2.5,
        ),
    ]
    return cases


def busy_port_case(port: int) -> Case:
    """serve on a port something already listens on (the test holds it open)."""
    return Case(
        "serve-busy-port",
        "serve",
        ["serve", "{d}/seeds", "-o", "{d}/site", "-p", str(port)],
        2,
        rf"^error: port {port} is in use; try --port \d+$",
        max_err_lines=1,
        absent=("site",),
    )


_HELD: list[socket.socket] = []


def all_cases() -> list[Case]:
    """The whole corpus (holding a port open for the busy-port case)."""
    if not _HELD:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        _HELD.append(sock)
    port = _HELD[0].getsockname()[1]
    cases = cli_cases() + glossary_cases() + lint_cases() + build_cases() + serve_cases()
    cases += facts_cases()
    cases.append(busy_port_case(port))
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    if os.geteuid() != 0:  # root reads and writes anything: these only mean something for users
        cases.append(
            Case(
                "cli-export-permission",
                "cli",
                ["glossary", "export", "--format", "csv", "-o", "/etc/summarizer-glossary.csv"],
                2,
                r"^error: /etc/summarizer-glossary\.csv: cannot write: Permission denied$",
            )
        )
    return cases

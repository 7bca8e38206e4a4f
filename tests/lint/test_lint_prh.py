"""The prh export finds with textlint what ``summarizer lint`` finds (issue 8).

A sample is built from the glossary's own patterns (each rejected form as
written, upper- and title-cased, between CJK characters, glued to a Latin
word, plus canonical forms and exceptions), linted by us and by textlint with
textlint-rule-prh and the exported rules; the places must be the same. The
textlint side needs node and the packages scripts/setup.sh installs in
tests/.node; without them it is skipped and the regex-level tests still run.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
import yaml

from summarizer.facts.yamlload import load_yaml_text
from summarizer.lint.config import LintConfig
from summarizer.lint.engine import lint_paths
from summarizer.lint.prh import export_prh, pattern
from summarizer.lint.terms import canon_forms, variant_matcher
from summarizer.paths import GLOSSARY_PATH
from summarizer.vocabulary.glossary import Glossary, load_glossary, parse_glossary

NODE = Path(__file__).resolve().parents[1] / ".node" / "node_modules"
TEXTLINT = NODE / "textlint" / "bin" / "textlint.js"

SHIELDED = parse_glossary(
    load_yaml_text(
        textwrap.dedent("""
    terms:
      - {id: art, category: general, zh-Hans: 艺术, en: art, reject: {en: [arte, arts and craft]},
         exceptions: [arte povera]}
      - {id: maas, category: ai, zh-Hans: 模型即服务, en: MaaS, case_sensitive: true,
         reject: {en: [MAAS, Maas], zh-Hans: [MAAS]}}
      - {id: cam, category: company, zh-Hans: 寒武纪, en: Cambricon,
         reject: {en: [Cambrian, Cambricon Tech], zh-Hans: [寒武, 寒武记]}}
      - {id: unlock, category: finance, zh-Hans: 解禁, en: lock-up expiry,
         reject: {en: [{form: unlocking volumes, use: lock-up expiry volumes},
                       {form: unlocking, when_paired: [解禁]}]}}
""").strip(),
        "shielded.yaml",
        Exception,
    )
)


def sample(glossary: Glossary) -> str:
    """Paragraphs that put every pattern of the variant matcher in play."""
    m = variant_matcher(glossary)
    forms = {p for a in (m.ci, m.cs) for p in a.patterns}
    forms |= {f for t in glossary.terms.values() for _, f in canon_forms(t)}
    forms |= {x for t in glossary.terms.values() for x in t.exceptions}
    for t in glossary.terms.values():
        forms |= {v.form for v in t.variants}
    paras = []
    for f in sorted(forms):
        for g in dict.fromkeys([f, f.upper(), f.title(), f[:1].upper() + f[1:]]):
            paras += [f"Here {g} now.", f"寒{g}纪", f"x{g}", f"{g}x", f"On {g}, then {g}."]
    return "\n\n".join(dict.fromkeys(paras)) + "\n"


def ours(tmp_path: Path, glossary: Glossary, text: str) -> set[tuple[int, int]]:
    f = tmp_path / "sample.txt"
    f.write_text(text, encoding="utf-8")
    cfg = LintConfig(enabled=("glossary.variant",))
    return {(x.line, x.col) for x in lint_paths([str(f)], glossary, cfg).findings}


def theirs(tmp_path: Path, glossary: Glossary, text: str) -> set[tuple[int, int]]:
    (tmp_path / "prh.yml").write_text(export_prh(glossary), encoding="utf-8")
    (tmp_path / ".textlintrc.json").write_text(
        json.dumps({"rules": {"prh": {"rulePaths": ["./prh.yml"]}}}), encoding="utf-8"
    )
    (tmp_path / "sample.txt").write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [shutil.which("node") or "node", str(TEXTLINT), "--rules-base-directory", str(NODE),
         "--format", "json", "sample.txt"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr
    (result,) = json.loads(proc.stdout)
    return {(m["line"], m["column"]) for m in result["messages"]}


needs_textlint = pytest.mark.skipif(
    not (shutil.which("node") and TEXTLINT.exists()),
    reason="node or textlint missing (scripts/setup.sh installs textlint in tests/.node)",
)


@needs_textlint
@pytest.mark.parametrize("which", ["real", "shielded"])
def test_textlint_with_the_export_finds_what_we_find(tmp_path, which):
    glossary = load_glossary(GLOSSARY_PATH) if which == "real" else SHIELDED
    text = sample(glossary)
    (tmp_path / "us").mkdir()
    (tmp_path / "them").mkdir()
    found = ours(tmp_path / "us", glossary, text)
    assert len(found) > 20  # the sample does exercise the rules
    assert theirs(tmp_path / "them", glossary, text) == found


def test_every_rejected_form_is_exported_with_its_replacement():
    rules = yaml.safe_load(export_prh(SHIELDED))["rules"]
    expected = {r["expected"]: r for r in rules}
    # plural derived as we do, 'use' as the replacement, when_paired left out
    assert {"art", "arts", "MaaS", "Cambricon", "寒武纪", "lock-up expiry volumes"} <= set(expected)
    assert not any("unlocking/" in p or "unlocking(" in p for r in rules for p in r["patterns"])
    # case-insensitive terms carry the i flag, case-sensitive ones do not
    assert all(p.endswith("/i") for p in expected["art"]["patterns"])
    assert expected["MaaS"]["patterns"] and all(
        p.endswith("/") for p in expected["MaaS"]["patterns"]
    )


def test_patterns_behave_like_the_matcher_in_python_regex():
    """The same regex in Python's engine (its lookarounds match JavaScript's here)."""
    rx = re.compile(pattern("arte", ["arte povera"]).replace("\\u00C0", "\u00c0").replace(
        "\\u027F", "\u027f"), re.I)  # fmt: skip
    text = "arte, smarte, Arte povera, arte, arte poverax"
    assert [m.start() for m in rx.finditer(text)] == [0, 27]  # the matcher skips poverax too
    rx = re.compile(pattern("寒武", ["寒武纪", "寒武记"]))
    assert [m.start() for m in rx.finditer("寒武，寒武纪，寒武记，寒武")] == [0, 11]

"""Bad-input cases for facts files: numbers, text, ids, references, files.

Each facts case runs ``check`` on one file: a bad file exits 2 with the
place, the field and what was expected, and (for the paired ``build``
cases) nothing is written. Text that ``check`` accepts must also build:
check passing means build succeeds.
"""

from __future__ import annotations

from badinput_runner import Case

HEAD = """story:
  id: s
  source: a.txt
  title: {{zh-Hans: 标题, en: Title}}
  published: '2026-01-01'
  lede: {{zh-Hans: {lede_zh}, en: {lede_en}}}
{fx}entities:
  a: {{kind: company, name: {{zh-Hans: 甲, en: A}}}}
facts:
"""
ERR = r"^\S+:\d+:\d+: error: "


def facts(
    fact: str = "  r: {metric: revenue, entity: a, value: 1, currency: CNY, source: {quote: 原文}}\n",
    lede_zh: str = "导语。",
    lede_en: str = "Lede.",
    fx: str = "",
) -> str:
    return HEAD.format(lede_zh=lede_zh, lede_en=lede_en, fx=fx) + fact


def metric(value: str, metric_id: str = "revenue", extra: str = "") -> str:
    return (
        f"  r: {{metric: {metric_id}, entity: a, value: {value}, currency: CNY{extra}, "
        "source: {quote: 原文}}\n"
    )


def bad(case_id: str, text: str | bytes, err: str) -> Case:
    return Case(
        f"facts-{case_id}", "facts", ["check", "{d}/s.yaml"], 2, ERR + err, files={"s.yaml": text}
    )


def facts_cases() -> list[Case]:
    value = r"field 'facts\.r\.value': expected a written number"
    cases = [
        bad(f"value-{name}", facts(metric(v)), value)
        for name, v in [
            ("abc", '"abc"'),
            ("nan", ".nan"),
            ("inf", ".inf"),
            ("minus-inf", "-.inf"),
            ("empty", '""'),
            ("1e308", "1.0e+308"),
            ("5000-digits", "9" * 5000),
            ("bool", "true"),
            ("range-reversed", "[5, 3]"),
            ("range-text", '["a", 3]'),
        ]
    ]
    cases += [
        bad("value-list-of-one", facts(metric("[1]")), r"field 'facts\.r\.value'"),
        bad("value-null", facts(metric("null")), r"field 'facts\.r\.value'"),
        bad("value-map", facts(metric("{a: 1}")), r"field 'facts\.r\.value'"),
        bad(
            "negative-cash",
            facts(metric("-5", "cash")),
            r"field 'facts\.r\.value': a cash level is never negative",
        ),
    ]
    cases += [
        bad(
            f"fx-{name}",
            facts(fx=f"  fx: {{USD/CNY: {rate}}}\n"),
            r"field 'story\.fx\.USD/CNY': expected a positive exchange rate",
        )
        for name, rate in [("abc", "abc"), ("zero", "0"), ("negative", "-1"), ("nan", ".nan")]
    ]
    vocab = [
        ("metric", metric("1", "gvm"), r"field 'facts\.r\.metric': unknown metric 'gvm' \(did you mean 'gmv'\?\)"),
        ("currency", metric("1").replace("CNY", "CNX"), r"field 'facts\.r\.currency': unknown currency 'CNX'"),
        (
            "unit",
            "  r: {metric: orders, entity: a, value: 1, unit: oders, source: {quote: 原文}}\n",
            r"field 'facts\.r\.unit': unknown unit 'oders' \(did you mean 'orders'\?\)",
        ),
        (
            "event",
            "  e: {event: fee_chnage, entity: a, date: '2026-01-01', source: {quote: 原文}}\n",
            r"field 'facts\.e\.event': unknown event 'fee_chnage' \(did you mean 'fee_change'\?\)",
        ),
        (
            "direction-against-figure",
            "  e: {event: price_change, entity: a, date: '2026-01-01', direction: up, value: -8, "
            "unit: percent, text: {zh-Hans: 甲降价, en: A cut prices by}, source: {quote: 原文}}\n",
            r"field 'facts\.e\.direction': expected 'down' as its value -8% says, got 'up'",
        ),
        (
            "direction-kind",
            "  e: {event: recall, entity: a, date: '2026-01-01', direction: up, "
            "source: {quote: 原文}}\n",
            r"field 'facts\.e\.direction': only a 'fee_change', 'policy_change', 'price_change' "
            r"or 'tariff_change' event has a direction, "
            r"not a 'recall' event",
        ),
        (
            "direction-word",
            "  e: {event: price_change, entity: a, date: '2026-01-01', direction: higher, "
            "source: {quote: 原文}}\n",
            r"field 'facts\.e\.direction': expected one of: \['up', 'down'\]",
        ),
        (
            "planned-with-date",
            "  e: {event: policy_change, entity: a, planned: true, date: '2026-01-01', "
            "source: {quote: 原文}}\n",
            r"field 'facts\.e\.planned': expected no 'date' beside it",
        ),
        (
            "planned-launch",
            "  e: {event: product_launch, entity: a, planned: true, source: {quote: 原文}}\n",
            r"field 'facts\.e\.planned': expected an event that may be announced with no date",
        ),
        (
            "planned-word",
            "  e: {event: policy_change, entity: a, planned: soon, source: {quote: 原文}}\n",
            r"field 'facts\.e\.planned'",
        ),
        ("scale", metric("1", extra=", scale: 忆"), r"field 'facts\.r\.scale'"),
        ("qualifier", metric("1", extra=", qualifier: roughly"), r"field 'facts\.r\.qualifier'"),
        ("base", metric("1", extra=", base: nope"), r"field 'facts\.r\.base'"),
        ("base-self", metric("1", extra=", base: r"), r"field 'facts\.r\.base'"),
        (
            "claim-about",
            metric("1") + "  c: {claim: {zh-Hans: 甲。, en: A.}, facet: risk, about: [rr], "
            "source: {quote: 原文}}\n",
            r"field 'facts\.c\.about': unknown fact 'rr' \(did you mean 'r'\?\); "
            r"expected the id of another fact of this story",
        ),
        (
            "claim-about-self",
            "  c: {claim: {zh-Hans: 甲。, en: A.}, facet: risk, about: [c], source: {quote: 原文}}\n",
            r"field 'facts\.c\.about': 'c' is this claim; expected the id of another fact",
        ),
        (
            "implication-facet",
            "  c: {claim: {zh-Hans: 甲。, en: A.}, facet: risk, implications: "
            "{seller: {zh-Hans: 乙。, en: B., facet: rsk}}, source: {quote: 原文}}\n",
            r"field 'facts\.c\.implications\.seller\.facet'",
        ),
        ("entity", metric("1").replace("entity: a", "entity: b"), r"unknown entity 'b'"),
        ("at", metric("1", extra=", at: noon"), r"field 'facts\.r\.at'"),
        (
            "segment",
            metric("1", extra=", segment: clod"),
            r"field 'facts\.r\.segment': unknown segment 'clod' \(did you mean 'cloud'\?\)",
        ),
        ("per", metric("1", extra=", per: fortnight"), r"field 'facts\.r\.per'"),
    ]
    cases += [bad(f"vocab-{name}", facts(f), err) for name, f, err in vocab]
    cases.append(
        bad(
            "lede-about",
            facts().replace("  lede:", "  lede_about: [rr]\n  lede:"),
            r"field 'story\.lede_about': unknown fact 'rr' \(did you mean 'r'\?\); "
            r"expected the id of a fact of this story",
        )
    )
    text = [
        ("template-tag", facts(lede_en='"A {{ x }} b"'), r"field 'story\.lede\.en': contains '\{\{'"),
        ("jinja-block", facts(lede_en='"A {% if %} b"'), r"field 'story\.lede\.en': contains '\{%'"),
        ("control-char", facts(lede_en='"A \\x07 b"'), r"field 'story\.lede\.en': contains a control"),
        ("cite-mark", facts(lede_en='"A \\ue000 b"'), r"field 'story\.lede\.en': contains a control"),
        ("zh-half-comma", facts(lede_zh='"甲,乙。"'), r"field 'story\.lede\.zh-Hans': half-width ','"),
        (
            "flow-comma",
            facts(lede_en="A lede, with a comma."),
            r"field 'story\.lede': unknown key 'with a comma\.' \(a comma inside \{…\} ends",
        ),
        ("doubled-full-stop", facts(lede_zh="甲。。"), r"field 'story\.lede\.zh-Hans': contains '。。'"),
        (
            "en-day-first-date",
            facts(lede_en='"Fees rise on 1 April 2024."'),
            r"field 'story\.lede\.en': day-first date '1 April 2024': "
            r"write 'April 1, 2024'",
        ),
        (
            "id-newline",
            facts('  "r\\n": {metric: revenue, entity: a, value: 1, currency: CNY, source: {quote: 原文}}\n'),
            r"(id 'r\\n'|field 'facts')",
        ),
        (
            "id-space",
            facts('  "r x": {metric: revenue, entity: a, value: 1, currency: CNY, source: {quote: 原文}}\n'),
            r"(id 'r x'|field 'facts')",
        ),
    ]
    cases += [bad(f"text-{name}", f, err) for name, f, err in text]
    files = [
        ("empty-file", "", r"expected a mapping|field|missing"),
        ("top-level-list", "- a\n- b\n", r"expected|field"),
        ("not-utf8", b"story:\n  id: \xff\xfe\n", r"not UTF-8"),
        ("duplicate-key", facts() + metric("2"), r"duplicate key 'r'"),
        ("deep", "a: " + "[" * 50_000 + "\n", r"nested deeper than"),
        ("alias", "a: &x 1\nb: *x\n", r"alias|anchor"),
    ]
    cases += [bad(f"file-{name}", f, err) for name, f, err in files]
    cases.append(
        Case("facts-file-fifo", "facts", ["check", "{d}/s.yaml"], 2, r"FIFO", fifos=("s.yaml",))
    )
    cases.append(
        Case("facts-file-directory", "facts", ["check", "{d}/s.yaml"], 2, r"error", files={"s.yaml/x": "a"})
    )
    # 10^5 keys (1,000 facts with 100 unknown keys each): reported linearly
    many = "".join(
        "  f%d: {metric: revenue, entity: a, value: 1, currency: CNY, source: {quote: 原文}, %s}\n"  # noqa: UP031 (YAML braces)
        % (i, ", ".join(f"k{j}: 1" for j in range(100)))
        for i in range(1000)
    )
    cases.append(bad("100k-keys", facts(many), r"field 'facts\.f0': unknown key 'k0'"))
    # what check accepts, build renders: text that looks like a leftover but is prose
    for name, lede in [("none-of", '"None of the analysts agreed."'), ("ellipsis", '"Wait... then."')]:
        files_ = {"seeds/s.yaml": facts(lede_en=lede)}
        cases.append(Case(f"facts-ok-check-{name}", "facts", ["check", "{d}/seeds"], 0, files=files_))
        cases.append(
            Case(
                f"facts-ok-build-{name}",
                "facts",
                ["build", "{d}/seeds", "-o", "{d}/site", "-j", "1"],
                0,
                files=files_,
            )
        )
    # a bad story writes nothing
    cases.append(
        Case(
            "facts-build-bad-value-writes-nothing",
            "facts",
            ["build", "{d}/seeds", "-o", "{d}/site", "-j", "1"],
            2,
            ERR + value,
            files={"seeds/s.yaml": facts(metric('"abc"'))},
            absent=("site",),
        )
    )
    return cases

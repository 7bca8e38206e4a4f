"""The vocabulary as data: the schema follows it, bad vocabularies are refused
at their place, and a metric, an event kind, a unit and a currency are added
by data alone and rendered."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.config.project import load_config
from summarizer.facts.load import load_story
from summarizer.paths import SCHEMA_PATH
from summarizer.pipeline import load_project, make_brief
from summarizer.vocabulary.schema import schema_json
from summarizer.vocabulary.vocab import default_vocabulary, packaged_vocabulary
from summarizer.writers.markdown import brief_markdown

ROOT = Path(__file__).resolve().parents[2]
VOCAB = (ROOT / "summarizer" / "defaults" / "vocabulary.yaml").read_text(encoding="utf-8")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_checked_in_schema_is_what_the_vocabulary_generates() -> None:
    """Editors' YAML servers and the validator see the same lists."""
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_json(packaged_vocabulary())


def test_vocabulary_check_passes_on_ours() -> None:
    r = run("vocabulary", "check")
    assert r.returncode == 0, r.stderr
    assert "no problems" in r.stdout


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("modes", "message"),
    [
        ("freight_modes: {kilogram: rail}", "vocabulary 'freight_modes.kilogram': expected one of: "
         "ocean, air but received: 'rail'"),
        ("freight_modes: {kilo: air}", "vocabulary 'freight_modes.kilo': expected one of: unit,"),
        ("freight_modes: air", "vocabulary 'freight_modes': expected a mapping of id -> definition"),
    ],
)
def test_a_bad_freight_mode_is_refused_at_its_place(tmp_path: Path, modes: str, message: str) -> None:
    text = re.sub(r"(?m)^freight_modes: .*$", modes, VOCAB, count=1)
    assert modes in text
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    r = run("vocabulary", "--vocabulary", str(path), "check")
    assert r.returncode == 2 and message in r.stderr, r.stderr
    assert f"{path}:{_line_of(text, modes)}:" in r.stderr and "Traceback" not in r.stderr


def test_a_vocabulary_without_freight_modes_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.yaml"
    path.write_text(re.sub(r"(?m)^freight_modes: .*\n", "", VOCAB, count=1), encoding="utf-8")
    assert run("vocabulary", "--vocabulary", str(path), "check").returncode == 0


def test_a_problem_answered_by_no_known_reader_is_refused_at_its_place(tmp_path: Path) -> None:
    old = "  refunds: {name: {zh-Hans: 退款问题, en: refunds}, answers: seller}"
    new = old.replace("answers: seller", "answers: courier")
    assert old in VOCAB
    text = VOCAB.replace(old, new)
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    r = run("vocabulary", "--vocabulary", str(path), "check")
    assert r.returncode == 2 and "vocabulary 'segments.refunds.answers': expected one of: seller," in r.stderr
    assert "but received: 'courier'" in r.stderr and f"{path}:{_line_of(text, new)}:" in r.stderr


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ('  bnpl: {name: {zh-Hans: 先买后付, en: buy now, pay later}, in: {zh-Hans: 通过先买后付, '
         'en: "through buy now, pay later"}}',
         "vocabulary 'segments.bnpl.name': unknown key 'pay later' (a comma inside {…} ends the value"),
        ('  bnpl: {answer: seller, name: {zh-Hans: 先买后付, en: "buy now, pay later"}, in: {zh-Hans: '
         '通过先买后付, en: "through buy now, pay later"}}',
         "vocabulary 'segments.bnpl': unknown key 'answer' (did you mean 'answers'?)"),
        ('  bnpl: {years: one, name: {zh-Hans: 先买后付, en: "buy now, pay later"}, in: {zh-Hans: '
         '通过先买后付, en: "through buy now, pay later"}}',
         "vocabulary 'segments.bnpl.years': expected a whole number of years but received: 'one'"),
    ],
)
def test_a_slip_in_a_segment_is_refused_at_its_place(tmp_path: Path, new: str, message: str) -> None:
    """A segment's keys and its names' keys are checked: an unquoted comma in
    a name once made a key of its own half and the name lost it unsaid."""
    old = next(line for line in VOCAB.splitlines() if line.startswith("  bnpl: "))
    text = VOCAB.replace(old, new)
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    r = run("vocabulary", "--vocabulary", str(path), "check")
    assert r.returncode == 2 and message in r.stderr, r.stderr
    assert f"{path}:{_line_of(text, new)}:" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize(
    ("edit", "needle", "message"),
    [
        (
            "  gmv: {kind: money, flow: true, facet: market}\n",
            "  gmv: {kind: money, flow: true, facet: market}\n",
            "duplicate key 'gmv'",
        ),
        (
            "  widgets: {kind: monney, facet: market, name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "vocabulary 'metrics.widgets.kind': expected one of: money, count, percent, ratio, "
            "score, duration but received: 'monney' (did you mean 'money'?)",
        ),
        (
            "  widgets: {kind: money, facet: market, bill: 'no', "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "vocabulary 'metrics.widgets.bill': expected true or false but received: 'no'",
        ),
        (
            "  widgets: {kind: count, facet: market, levid_on: sales, "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "vocabulary 'metrics.widgets': unknown key 'levid_on' (did you mean 'levied_on'?)",
        ),
        (
            "  widgets: {kind: count, facet: market, for: {sellr: demand}, "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "(did you mean 'seller'?)",
        ),
        (
            "  widgets: {kind: count, facet: market, for: {seller: demnd}, "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "received: 'demnd' (did you mean 'demand'?)",
        ),
        (
            "  widgets: {kind: count, facet: market, by_kind: {brnd: {factory: demand}}, "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "received: 'brnd' (did you mean 'brand'?)",
        ),
        (
            "  widgets: {kind: count, facet: market, by_kind: {brand: {factory: demnd}}, "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "received: 'demnd' (did you mean 'demand'?)",
        ),
        (
            "  widgets: {kind: money, facet: market, sum_of: [exports, users], "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "vocabulary 'metrics.widgets.sum_of.1': expected another money metric of this "
            "vocabulary, got 'users'",
        ),
        (
            "  widgets: {kind: money, facet: market, sum_of: exports, "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "vocabulary 'metrics.widgets.sum_of': expected a list of two or more metric ids, "
            "got 'exports'",
        ),
        (
            "  widgets: {kind: percent, facet: market, told_by: Share Shift, "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "vocabulary 'metrics.widgets.told_by': expected the name of the rule that tells its "
            "moves, got 'Share Shift'",
        ),
        (
            "  widgets: {kind: money, facet: market, signed: true, loss: widget-loss, "
            "name: {zh-Hans: 小部件, en: widgets}}\n",
            "widgets",
            "vocabulary 'metrics.widgets.loss': expected a glossary term for a loss of it, "
            "got 'widget-loss'",
        ),
        (
            "  widgets: {kind: count, facet: market, name: {zh-Hans: 小部件}}\n",
            "widgets",
            "vocabulary 'metrics.widgets.name': missing language name(s): en",
        ),
        (
            "  widgets: {kind: count, facet: market}\n",
            "widgets",
            "vocabulary 'metrics.widgets': no name; give name: {zh-Hans: …, en: …} "
            "or add the glossary term 'widgets'",
        ),
    ],
)
def test_a_bad_vocabulary_is_refused_at_its_place(
    tmp_path: Path, edit: str, needle: str, message: str
) -> None:
    text = VOCAB.replace("\nmetrics:\n", "\nmetrics:\n" + edit, 1)
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    r = run("vocabulary", "--vocabulary", str(path), "check")
    assert r.returncode == 2, r.stdout
    line = _line_of(text, needle) if needle != edit else _line_of(text, edit) + 0
    assert f"{path}:" in r.stderr and message in r.stderr, r.stderr
    if needle == edit:  # the duplicate: the second one is named, the first one's line given
        assert "first at line" in r.stderr
    else:
        assert f"{path}:{line}:" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


NEW_VOCAB = """
  live_viewers: {kind: count, facet: demand, for: {seller: demand, brand: demand}, name: {zh-Hans: 直播观看人数, en: live viewers}}
"""
NEW_EVENT = """
  store_closure: {zh-Hans: 关店, en: store closure, dated: true, facet: competition, for: {seller: competition, factory: competition}}
"""
NEW_UNIT = "  viewers: {zh-Hans: 人次, en: [' viewer', ' viewers']}\n"
NEW_CURRENCY = "  AED: {zh-Hans: 迪拉姆, en: 'AED '}\n"

STORY = """\
story:
  id: viewers
  source: a.txt
  title: {zh-Hans: 直播观看人数翻番, en: Live viewers double}
  published: '2026-03-01'
  lede: {zh-Hans: 某平台直播观看人数一年翻番。, en: A platform's live viewers doubled in a year.}
entities:
  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
facts:
  v24: {metric: live_viewers, entity: p, period: FY2024, value: 120, scale: 万, unit: viewers, source: {quote: 120万}}
  v25: {metric: live_viewers, entity: p, period: FY2025, value: 250, scale: 万, unit: viewers, source: {quote: 250万}}
  g25: {metric: gmv, entity: p, period: FY2025, value: 3.5, scale: 亿, currency: AED, source: {quote: 3.5亿}}
  c1:
    event: store_closure
    entity: p
    date: '2026-02-01'
    text: {zh-Hans: 甲平台关闭迪拜的线下体验店, en: Platform A closed its Dubai showroom}
    source: {quote: 关闭}
"""


@pytest.fixture
def project_root(tmp_path: Path) -> Iterator[Path]:
    """A project whose vocabulary adds a metric, an event kind, a unit and a
    currency; the packaged vocabulary is back in force afterwards."""
    # a site's vocabulary.yaml holds only what it adds to the package's
    text = "metrics:\n" + NEW_VOCAB.lstrip("\n") + "events:\n" + NEW_EVENT.lstrip("\n")
    text += "units:\n" + NEW_UNIT + "currencies:\n" + NEW_CURRENCY
    (tmp_path / "vocabulary.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "summarizer.toml").write_text(
        '[overrides]\nvocabulary = "vocabulary.yaml"\n', encoding="utf-8"
    )
    (tmp_path / "viewers.yaml").write_text(STORY, encoding="utf-8")
    yield tmp_path
    load_project()  # the packaged vocabulary again
    assert default_vocabulary() is packaged_vocabulary()


def test_a_metric_an_event_a_unit_and_a_currency_are_data(project_root: Path) -> None:
    project = load_project(load_config(project_root / "summarizer.toml"))
    story = load_story(project_root / "viewers.yaml")
    zh = brief_markdown(make_brief(project, story, "zh-Hans"))
    en = brief_markdown(make_brief(project, story, "en"))
    # the new metric, worded from the vocabulary, with growth computed by the general rule
    assert "直播观看人数从2024年的120万人次增至2025年的250万人次" in zh, zh
    assert "live viewers grew from 1.2 million viewers in 2024 to 2.5 million viewers in 2025" in en
    assert "108.3%" in zh and "108.3%" in en
    # the new event kind, said by the general event rule, and a reader's stake in it
    assert "2026年2月1日，甲平台关闭迪拜的线下体验店。" in zh
    assert "On February 1, 2026, Platform A closed its Dubai showroom." in en
    # the new currency formats like any other
    story_facts = {f.id: f for f in story.facts}
    assert story_facts["g25"].quantity is not None and story_facts["g25"].quantity.unit == "AED"


def test_without_the_project_vocabulary_the_new_metric_is_unknown(
    project_root: Path,
) -> None:
    r = run("check", str(project_root / "viewers.yaml"))
    assert r.returncode == 2
    assert "unknown metric 'live_viewers'" in r.stderr


SAME_DAY = """\
story:
  id: day
  source: a.txt
  title: {zh-Hans: 上市首日, en: First day}
  published: '2026-01-09'
  lede: {zh-Hans: 上市首日股价大涨。, en: Shares jumped on the first day.}
entities:
  m: {kind: company, name: {zh-Hans: 甲公司, en: Company A}}
facts:
  p1: {metric: share_price, entity: m, period: '2026-01-09', %s value: 294, currency: HKD, source: {quote: 盘中294港元}}
  p2: {metric: share_price, entity: m, period: '2026-01-09', %s value: 345, currency: HKD, source: {quote: 收于345港元}}
  band: {metric: price, entity: m, period: '2026-01-09', value: [151, 165], currency: HKD, source: {quote: 151至165港元}}
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [("", ""), ("at: intraday,", "at: close,"), ("at: '10:30',", "at: close,")],
)
def test_a_same_day_rise_is_never_read_as_a_fall(first: str, second: str, tmp_path: Path) -> None:
    """HK$294 intraday, HK$345 at the close: no 'fell from a peak of HK$345'."""
    path = tmp_path / "day.yaml"
    path.write_text(SAME_DAY % (first, second), encoding="utf-8")
    project = load_project()
    story = load_story(path)
    for lang in ("zh-Hans", "en"):
        text = brief_markdown(make_brief(project, story, lang))  # type: ignore[arg-type]
        assert "fell" not in text and "down 14.8%" not in text and "下跌14.8%" not in text


def test_a_range_is_written_as_one(tmp_path: Path) -> None:
    from summarizer.pipeline import fact_rows

    path = tmp_path / "day.yaml"
    path.write_text(SAME_DAY % ("", ""), encoding="utf-8")
    project = load_project()
    story = load_story(path)
    rows = {r.id: r.value for r in fact_rows(project, story, "zh-Hans")}
    assert rows["band"] == "151至165港元"
    rows = {r.id: r.value for r in fact_rows(project, story, "en")}
    assert rows["band"] == "HK$151–165"


def test_a_bad_time_of_day_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "day.yaml"
    path.write_text(SAME_DAY % ("at: noon,", ""), encoding="utf-8")
    r = run("check", str(path))
    assert r.returncode == 2
    assert "field 'facts.p1.at': expected open, high, low, close, intraday or a time" in r.stderr


@pytest.mark.parametrize(
    ("by_kind", "message"),
    [
        (
            "{platfrm: {platform_operator: income}}",
            "received: 'platfrm' (did you mean 'platform'?)",
        ),
        ("{platform: {platform_operator: incme}}", "received: 'incme' (did you mean 'income'?)"),
        ("[platform]", "expected a mapping of entity kind -> {role: stance}"),
    ],
)
def test_an_event_kind_by_entity_kind_is_checked_like_a_metric(
    tmp_path: Path, by_kind: str, message: str
) -> None:
    edit = (
        "  widget_launch: {zh-Hans: 发布部件, en: widget launch, facet: market, "
        f"by_kind: {by_kind}}}\n"
    )
    text = VOCAB.replace("\nevents:\n", "\nevents:\n" + edit, 1)
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    r = run("vocabulary", "--vocabulary", str(path), "check")
    assert r.returncode == 2, r.stdout
    assert f"{path}:{_line_of(text, 'widget_launch')}:" in r.stderr, r.stderr
    assert "events.widget_launch.by_kind" in r.stderr and message in r.stderr, r.stderr

"""cn2an, jionlp and trafilatura against the drafter's own parsing (issue 9: "evaluate
cn2an and jionlp … before writing your own").

Same inputs for every column, from the five seed articles (sources/000_*.txt …
004_*.txt) and the seeds that name them as their source (the reference):

* amounts - each numeric reference fact's quote; right when the tool gives the
  fact's value × scale among the quote's amounts (and, for money, its
  currency). Ours: ``find_figures``. jionlp: ``ner.extract_money`` (money
  only). cn2an: ``cn2an("…", "smart")`` on every numeral token of the quote
  (cn2an converts numerals; it does not find figures, currencies or units).
* periods - each dated reference fact's quote with the seed's publication
  date as "now"; right when the fact's period is among the periods the tool
  reads from the quote. Ours: ``find_periods``. jionlp: ``ner.extract_time``,
  its spans mapped to the facts' forms (FY2024, 2025H1, 2025Q1-Q3, 2025-09,
  2025-09-30). cn2an has no time parser.
* html - no saved HTML page is in sources/ or tests/, so each article is put
  in a page with navigation, script and footer boilerplate; right when a
  reference quote is found in the extracted text (punctuation width and
  spaces normalised). Ours: ``article_text`` (html.parser). trafilatura:
  ``extract``.

Speed is CPU time over all inputs, best of 3, after the import (whose time is
printed on its own). A library that is not installed is named and its column
skipped. Run: ``python3 benchmarks/bench_draft_parsers.py``.
"""

from __future__ import annotations

import calendar
import html
import importlib
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.draft.figures import find_figures  # noqa: E402
from summarizer.draft.periods import find_periods  # noqa: E402
from summarizer.draft.source import article_text  # noqa: E402

SCALES: dict[str, int] = yaml.safe_load(
    (ROOT / "summarizer" / "defaults" / "vocabulary.yaml").read_text("utf-8")
)["scales"]
JIONLP_CURRENCY = {"元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD"}
NUMERAL = re.compile(
    r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[零一二两三四五六七八九十百千]+)\s?(?:万亿|亿|万)?"
)


def amount(value: object, scale: str | None) -> Decimal | None:
    try:
        return (Decimal(str(value)) * Decimal(10) ** SCALES.get(scale or "", 0)).normalize()
    except (InvalidOperation, TypeError):
        return None


def load_cases() -> tuple[list[tuple[str, Decimal, str]], list[tuple[str, str, date]], list[str]]:
    """(quote, amount, currency) and (quote, period, published) per reference fact; articles."""
    amounts: list[tuple[str, Decimal, str]] = []
    periods: list[tuple[str, str, date]] = []
    articles = [p.name for p in sorted((ROOT / "sources").glob("00[0-4]_*.txt"))]
    for seed in sorted((ROOT / "seeds").glob("*.yaml")):
        data = yaml.safe_load(seed.read_text("utf-8"))
        if data["story"].get("source") not in articles:
            continue
        published = date.fromisoformat(str(data["story"]["published"]))
        for fact in data.get("facts", {}).values():
            quote = (fact.get("source") or {}).get("quote")
            a = amount(fact.get("value"), fact.get("scale")) if "metric" in fact else None
            if not quote or a is None:
                continue
            amounts.append((quote, a, fact.get("currency") or ""))
            if fact.get("period"):
                periods.append((quote, str(fact["period"]), published))
    return amounts, periods, articles


def ours_amounts(quote: str) -> set[tuple[Decimal, str]]:
    return {(amount(f.value, f.scale) or Decimal(0), f.currency) for f in find_figures(quote)}


def jionlp_amounts(jio: Any, quote: str) -> set[tuple[Decimal, str]]:
    out = set()
    for m in jio.ner.extract_money(quote, with_parsing=True):
        num = Decimal(m["detail"]["num"]).normalize()
        out.add((num, JIONLP_CURRENCY.get(m["detail"]["case"], m["detail"]["case"])))
    return out


def cn2an_amounts(cn2an: Any, quote: str) -> set[tuple[Decimal, str]]:
    out = set()
    for token in NUMERAL.findall(quote):
        try:
            value = cn2an.cn2an(token.replace(",", "").replace(" ", ""), "smart")
        except (ValueError, KeyError, IndexError):
            continue
        out.add((Decimal(str(value)).normalize(), ""))
    return out


def ours_periods(quote: str, published: date) -> set[str]:
    return {p.value for p in find_periods(quote, published)}


def _span_period(start: datetime, end: datetime) -> str | None:
    """A jionlp span in the facts' form, or None when it has none."""
    y, last = start.year, end.date()
    if start.month == 1 and start.day == 1 and (last.month, last.day) == (12, 31):
        return f"FY{y}" if end.year == y else f"FY{y}/FY{end.year}"
    if end.year != y:
        return None
    if start.day == 1 and start.month == 1 and last.month in (3, 6, 9):
        return {3: f"{y}Q1", 6: f"{y}H1", 9: f"{y}Q1-Q3"}[last.month]
    if start.day == 1 and start.month == 7 and (last.month, last.day) == (12, 31):
        return f"{y}H2"
    if start.day == 1 and start.month in (4, 7, 10) and last.month == start.month + 2:
        return f"{y}Q{(start.month + 2) // 3}"
    if start.date() == last:
        return last.isoformat()
    whole_month = last.day == calendar.monthrange(y, last.month)[1]
    if start.day == 1 and last.month == start.month and whole_month:
        return f"{y}-{start.month:02d}"
    return None


def jionlp_periods(jio: Any, quote: str, published: date) -> set[str]:
    base = time.mktime(published.timetuple())
    out = set()
    for m in jio.ner.extract_time(quote, time_base=base, with_parsing=True):
        span = m["detail"]["time"]
        if not isinstance(span, list) or len(span) != 2 or "inf" in "".join(span):
            continue
        try:
            start, end = (datetime.fromisoformat(s) for s in span)
        except ValueError:  # jionlp reads "2-3年" as the years 2 to 3
            continue
        value = _span_period(start, end)
        if value:
            out.add(value)
    return out


def page(text: str) -> str:
    """An article as a news site serves it: boilerplate around the paragraphs."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return (
        "<!doctype html><html><head><title>新闻</title><script>var ad = '广告';</script>"
        "<style>p{margin:0}</style></head><body><nav><a href='/'>首页</a> <a>行情中心</a>"
        " <a>沪深A股</a></nav><article>" + body + "</article><aside>相关阅读：热门文章排行"
        "</aside><footer>版权所有 © 2026 本网站 免责声明</footer></body></html>"
    )


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def cpu(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def optional(name: str) -> tuple[ModuleType | None, float]:
    t0 = time.process_time()
    try:
        module = importlib.import_module(name)
    except ImportError as e:
        sys.stdout.write(f"{name}: not installed ({e}), its column is skipped\n")
        return None, 0.0
    return module, time.process_time() - t0


def share(hits: int, total: int) -> str:
    return f"{hits / total:.0%} ({hits}/{total})" if total else "n/a"


def main() -> int:
    import warnings

    warnings.filterwarnings("ignore")  # cn2an warns on every token it cannot read
    amounts, periods, articles = load_cases()
    jio, jio_import = optional("jionlp")
    cn2an, cn2an_import = optional("cn2an")
    traf, traf_import = optional("trafilatura")
    money = [c for c in amounts if c[2]]
    amount_tools: dict[str, Callable[[str], set[tuple[Decimal, str]]]] = {"ours": ours_amounts}
    if jio:
        amount_tools["jionlp"] = lambda q: jionlp_amounts(jio, q)
    if cn2an:
        amount_tools["cn2an"] = lambda q: cn2an_amounts(cn2an, q)
    out = sys.stdout.write
    out(f"amounts: {len(amounts)} numeric reference facts, {len(money)} of them money\n")
    for name, tool in amount_tools.items():
        got = [tool(q) for q, _, _ in amounts]
        value = sum(1 for (_, a, _), g in zip(amounts, got, strict=True) if a in {x for x, _ in g})
        with_cur = sum(1 for (_, a, c), g in zip(amounts, got, strict=True) if c and (a, c) in g)
        seconds = cpu(lambda tool=tool: [tool(q) for q, _, _ in amounts])  # type: ignore[misc]
        out(
            f"  {name:7} value×scale {share(value, len(amounts))}, money with currency "
            f"{share(with_cur, len(money)) if name != 'cn2an' else 'n/a (no currencies)'}; "
            f"{sum(map(len, got))} amounts returned; {seconds * 1000:.0f} ms CPU\n"
        )
    period_tools: dict[str, Callable[[str, date], set[str]]] = {"ours": ours_periods}
    if jio:
        period_tools["jionlp"] = lambda q, d: jionlp_periods(jio, q, d)
    out(f"periods: {len(periods)} dated reference facts (cn2an: no time parser)\n")
    for name, ptool in period_tools.items():
        hits = sum(1 for q, p, d in periods if p in ptool(q, d))
        seconds = cpu(lambda ptool=ptool: [ptool(q, d) for q, _, d in periods])  # type: ignore[misc]
        out(
            f"  {name:7} period among those read {share(hits, len(periods))}; "
            f"{seconds * 1000:.0f} ms CPU\n"
        )
    pages = {a: page((ROOT / "sources" / a).read_text("utf-8")) for a in articles}
    quotes = [norm(q) for q, _, _ in amounts]
    html_tools: dict[str, Callable[[str], str]] = {"ours": lambda h: article_text(h, "a.html")}
    if traf:
        html_tools["trafilatura"] = lambda h: traf.extract(h) or ""
    out(f"html: {len(pages)} pages built from the articles (no saved page in the repository)\n")
    for name, htool in html_tools.items():
        text = norm("\n".join(htool(h) for h in pages.values()))
        found = sum(1 for q in quotes if q in text)
        junk = sum(1 for w in ("var ad", "热门文章排行", "免责声明", "margin:0") if w in text)
        seconds = cpu(lambda htool=htool: [htool(h) for h in pages.values()])  # type: ignore[misc]
        out(
            f"  {name:11} quotes found {share(found, len(quotes))}; boilerplate kept "
            f"{junk}/4; {seconds * 1000:.0f} ms CPU\n"
        )
    imports = {"jionlp": jio_import, "cn2an": cn2an_import, "trafilatura": traf_import}
    out("import CPU: " + ", ".join(f"{k} {v:.2f} s" for k, v in imports.items() if v) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

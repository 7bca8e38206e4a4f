"""How close `summarizer draft` comes to the hand-written facts (issue 9, item 1).

On the five original articles (sources/000_*.txt … 004_*.txt), with the seeds
whose `story.source` names them as the reference, prints: the share of the
reference's numeric facts the draft gets right on value × scale and
unit/currency (target >= 85%), with the right period too (>= 70%), the share
of drafted figures that match some reference fact (precision, >= 70%), and
the time to draft a 10,000-character article (< 1 s). A missed target is
printed as "missed"; the script always exits 0 (a report, not a gate).
With ``--misses`` it also lists each reference fact drafted without its
period: the period the draft gave and the quote, to see which rule is missing.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.draft import draft_article, draft_figures  # noqa: E402

VOCABULARY = ROOT / "summarizer" / "defaults" / "vocabulary.yaml"
SCALES: dict[str, int] = yaml.safe_load(VOCABULARY.read_text("utf-8"))["scales"]
Key = tuple[Decimal, str]


def amount(value: object, scale: str | None) -> Decimal | None:
    try:
        return (Decimal(str(value)) * Decimal(10) ** SCALES.get(scale or "", 0)).normalize()
    except (InvalidOperation, TypeError):
        return None


def reference(source: str) -> list[tuple[Key, str]]:
    out: list[tuple[Key, str]] = []
    for seed in sorted((ROOT / "seeds").glob("*.yaml")):
        data = yaml.safe_load(seed.read_text("utf-8"))
        if data["story"].get("source") != source:
            continue
        for fact in data.get("facts", {}).values():
            if "metric" not in fact or "value" not in fact:
                continue
            a = amount(fact["value"], fact.get("scale"))
            if a is not None:
                out.append(
                    (
                        (a, fact.get("currency") or fact.get("unit") or ""),
                        str(fact.get("period") or ""),
                    )
                )
    return out


def metrics_named() -> tuple[int, int, int]:
    """(drafted figures whose metric is one the seeds give that amount, drafted
    figures whose amount a seed of the same article has, drafted figures whose
    entity is one the seeds give that amount), over every article with a seed:
    how often the keyword table names the right metric, and the glossary and
    players list the right entity."""
    named = found = owned = 0
    for path in sorted((ROOT / "sources").glob("*.txt")):
        ref: dict[Key, set[str]] = {}
        whose: dict[Key, set[str]] = {}
        for seed in sorted((ROOT / "seeds").glob("*.yaml")):
            data = yaml.safe_load(seed.read_text("utf-8"))
            if data["story"].get("source") != path.name:
                continue
            for fact in data.get("facts", {}).values():
                a = amount(fact.get("value"), fact.get("scale")) if "metric" in fact else None
                if a is not None:
                    key = (abs(a), fact.get("currency") or fact.get("unit") or "")
                    ref.setdefault(key, set()).add(fact["metric"])
                    whose.setdefault(key, set()).add(str(fact.get("entity")))
        if not ref:
            continue
        _, figures = draft_figures(path.read_text("utf-8"), path.name)
        for f in figures:
            a = amount(f.value, f.scale)
            if a is None:
                continue
            drafted: Key = (abs(a), f.currency or f.unit)
            metrics = ref.get(drafted)
            if metrics:
                found += 1
                named += f.metric in metrics
                owned += f.entity in whose[drafted]
    return named, found, owned


def events_drafted() -> tuple[int, int, int, int, int, int]:
    """Over every article whose seed has events: (reference events, drafted
    with their kind and date, drafted events, of them real, reference
    directions, drafted the same way)."""
    from summarizer.draft import draft_events
    from summarizer.draft.source import article_text, read_header

    ref: dict[str, dict[tuple[str, str], str]] = {}
    days: dict[str, date] = {}
    for seed in sorted((ROOT / "seeds").glob("*.yaml")):
        data = yaml.safe_load(seed.read_text("utf-8"))
        for fact in data.get("facts", {}).values():
            if "event" in fact and fact.get("date"):
                key = (fact["event"], str(fact["date"]))
                ref.setdefault(data["story"]["source"], {})[key] = fact.get("direction", "")
                days[data["story"]["source"]] = date.fromisoformat(str(data["story"]["published"]))
    total = hit = drafted = real = ways = same = 0
    for source, want in sorted(ref.items()):
        raw = (ROOT / "sources" / source).read_text("utf-8")
        # the seed's date where the article gives none, as `draft --published` does
        own = read_header(article_text(raw, source)).published
        got = draft_events(raw, source, None if own else days[source])
        keys = {(e.kind, e.date): e.direction for e in got}
        total, drafted = total + len(want), drafted + len(got)
        hit += sum(1 for k in want if k in keys)
        real += sum(1 for e in got if (e.kind, e.date) in want)
        ways += sum(1 for k, way in want.items() if way and k in keys)
        same += sum(1 for k, way in want.items() if way and keys.get(k) == way)
    return total, hit, drafted, real, ways, same


def verdict(share: float, target: float) -> str:
    return "ok" if share >= target else "missed"


def main() -> int:
    right = with_period = total = drafted = matched = 0
    for path in sorted((ROOT / "sources").glob("00[0-4]_*.txt")):
        ref = reference(path.name)
        _, figures = draft_figures(path.read_text("utf-8"), path.name)
        got = [
            ((amount(f.value, f.scale) or Decimal(0), f.currency or f.unit), f.period)
            for f in figures
        ]
        keys = {k for k, _ in got}
        pairs = set(got)
        r = sum(1 for k, _ in ref if k in keys)
        p = sum(1 for k, per in ref if (k, per) in pairs)
        m = sum(1 for k, _ in got if k in {rk for rk, _ in ref})
        sys.stdout.write(
            f"{path.name}: {len(ref)} reference facts, {r} right, {p} with period; "
            f"{len(got)} drafted, {m} real\n"
        )
        if "--misses" in sys.argv:
            for k, per in ref:
                if k in keys and (k, per) not in pairs:
                    gave = next(
                        f for f in figures if (amount(f.value, f.scale), f.currency or f.unit) == k
                    )
                    sys.stdout.write(
                        f"  {k[0]:f} {k[1]}: {per!r}, drafted {gave.period!r}: {gave.quote[:60]}\n"
                    )
        right, with_period, total = right + r, with_period + p, total + len(ref)
        drafted, matched = drafted + len(got), matched + m
    recall, recall_p = right / total, with_period / total
    precision = matched / drafted if drafted else 0.0
    article = "".join(
        p.read_text("utf-8") for p in sorted((ROOT / "sources").glob("00[0-4]_*.txt"))
    )[:10000]
    t0 = time.perf_counter()
    draft_article(article, "ten-thousand.txt")
    seconds = time.perf_counter() - t0
    named, found, owned = metrics_named()
    sys.stdout.write(
        f"metric: {named / found:.0%} of drafted figures that match a seed's amount carry "
        f"one of its metrics ({named}/{found}, every article with a seed); "
        f"entity: {owned / found:.0%} name one of its entities ({owned}/{found})\n"
    )
    seeded, hit, events, real, ways, same = events_drafted()
    sys.stdout.write(
        f"events: {hit / seeded:.0%} of the seeds' dated events drafted with their kind and date "
        f"({hit}/{seeded}); {real / max(events, 1):.0%} of drafted events are a seed's "
        f"({real}/{events}); direction right on {same} of {ways} changes found that give one "
        "(every article with a seed; its date given where the article has none)\n"
    )
    sys.stdout.write(
        f"draft: value+scale+unit {recall:.0%} ({right}/{total}, 85%: {verdict(recall, 0.85)}); "
        f"with period {recall_p:.0%} ({with_period}/{total}, 70%: {verdict(recall_p, 0.70)}); "
        f"precision {precision:.0%} ({matched}/{drafted}, 70%: {verdict(precision, 0.70)}); "
        f"10,000 characters in {seconds:.2f} s (< 1 s: {'ok' if seconds < 1 else 'missed'})\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

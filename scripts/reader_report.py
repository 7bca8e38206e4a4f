# ruff: noqa: T201 -- a report: it prints
"""What each reader gets from each seed story, measured (issue 7's figures).

Printed by CI (``scripts/test.sh``); exits 1 when a target is missed:

* sentences of a persona section repeated word for word in another persona
  section or in the Quick Summary: 0 in every story, zh-Hans and en;
* persona points that say what the story means for that reader (worded for
  its role: a computed meaning or the editor's implication): at least 2 of 3
  in every section that has 3;
* claims shown to no reader: each one explained by ``summarizer check``;
* computed (non-claim) points shown per commerce story, across its sections:
  at least 3. One figure worded for three readers (a fee's cost for the
  seller, its income for the platform, its yardstick for the researcher) is
  three points; ``distinct`` counts the takeaways behind them. A story is a
  commerce story when one of its metrics or events has a stance for a
  commerce role in the vocabulary (for any entity, or for its entity's kind)
  or a rule gives it one.

Usage: python3 scripts/reader_report.py [SEEDS_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from summarizer.facts.load import load_stories, story_paths
from summarizer.model import Brief, Story, Takeaway
from summarizer.pipeline import Project, load_project, make_brief
from summarizer.readers.coverage import unshown_claims
from summarizer.readers.select import plan
from summarizer.rules import derive

COMMERCE_ROLES = {"seller", "brand", "factory", "service_provider", "platform_operator"}


def is_commerce(project: Project, story: Story, takeaways: Sequence[Takeaway] = ()) -> bool:
    """Whether a metric or event of the story has a stance for a commerce role,
    for any entity (``for:``) or for the kind of the fact's own or of its
    segment (``by_kind:``: a platform's partnership, its quick commerce), or
    a rule gives one (``role_stances``: a platform's pay rise, ``pay_move``)."""
    for t in takeaways:
        given = t.values.get("role_stances")
        if isinstance(given, dict) and COMMERCE_ROLES & set(given):
            return True
    v = project.vocab
    for f in story.facts:
        entry = v.metrics.get(f.metric) if f.kind == "metric" else v.events.get(f.event)
        if entry is None:
            continue
        kinds = {e.kind for e in (story.entities.get(f.entity), story.entities.get(f.segment)) if e}
        by_kind = {role for k in kinds for role in entry.by_kind.get(k, {})}
        if COMMERCE_ROLES & (set(entry.stance) | by_kind):
            return True
    return False


def repeats(brief: Brief) -> int:
    """Sentences of a persona section that also appear in another section
    (the Quick Summary included)."""
    where: dict[str, set[str]] = {}
    for sec in brief.sections:
        for p in sec.points:
            for s in p.sentences:
                text = s.text.strip()
                if len(text) > 8:
                    where.setdefault(text, set()).add(sec.persona)
    return sum(len(secs) - 1 for secs in where.values() if len(secs) > 1)


def main(argv: list[str]) -> int:
    seeds = Path(argv[1] if len(argv) > 1 else "seeds")
    project = load_project()
    stories = load_stories(story_paths(seeds))
    failures: list[str] = []
    print(
        f"{'story':44} {'rep':>3} {'meant':>7} {'full':>4} {'unshown':>7} "
        f"{'computed':>8} {'distinct':>8}"
    )
    for story in stories:
        derived = derive(story)
        rep = 0
        for lang in ("zh-Hans", "en"):
            brief = make_brief(project, story, lang, derived=derived)  # type: ignore[arg-type]
            rep += repeats(brief)
        brief = make_brief(project, story, "en", derived=derived)
        meant = [
            sum(1 for p in sec.points if p.angle)
            for sec in brief.sections
            if sec.persona != "general" and len(sec.points) == 3
        ]
        weak = sum(1 for m in meant if m < 2)
        picks = plan(story, project.personas, derived.takeaways, project.vocab, project.angled())
        unshown = unshown_claims(story, project.personas, derived.takeaways, picks, project.vocab)
        unexplained = sum(1 for u in unshown if not u.reason)
        shown = [
            (p.rule, p.sentences[0].facts if p.sentences else ())
            for sec in brief.sections
            for p in sec.points
            if p.rule != "claims"
        ]
        computed, distinct = len(shown), len(set(shown))
        commerce = is_commerce(project, story, derived.takeaways)
        print(
            f"{story.id:44} {rep:>3} {sum(meant):>3}/{3 * len(meant):<3} {len(meant):>4} "
            f"{len(unshown):>7} {computed:>8} {distinct:>8}{'  (commerce)' if commerce else ''}"
        )
        if rep:
            failures.append(f"{story.id}: {rep} repeated sentences")
        if weak:
            failures.append(f"{story.id}: {weak} full sections with fewer than 2 meaning points")
        if unexplained:
            failures.append(f"{story.id}: {unexplained} unshown claims without a reason")
        if commerce and computed < 3:
            failures.append(f"{story.id}: {computed} computed points (< 3)")
    kinds = Counter(is_commerce(project, s, derive(s).takeaways) for s in stories)
    print(f"{len(stories)} stories ({kinds[True]} commerce); targets missed: {len(failures)}")
    for f in failures:
        print(f"  MISSED {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

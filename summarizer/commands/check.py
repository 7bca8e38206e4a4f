"""``summarizer check DIR``: validate every facts file and cross-check them.

Exit 0 when clean (warnings are printed), 1 when there are errors (or
warnings with --strict), 2 when a file cannot be read or is invalid.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Finding, SourceSpan, Story
    from ..pipeline import Project


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("check", help="validate facts files and cross-check their figures")
    p.add_argument(
        "paths",
        nargs="*",
        help="facts files or directories of them (default: the site's [content] stories)",
    )
    p.add_argument("--strict", action="store_true", help="warnings fail too (for CI)")
    p.set_defaults(func=run)


def expand(paths: list[str]) -> list[str]:
    """Facts files named directly, and every facts file in named directories."""
    from ..facts.load import story_paths

    out: list[str] = []
    for p in paths:
        if p.endswith((".yaml", ".yml")):
            out.append(p)
        else:
            out.extend(str(x) for x in story_paths(p))
    return out


def _unshown(project: Project, stories: list[Story]) -> list[Finding]:
    """An info finding for every claim the joint selection shows to no reader."""
    from ..model import Finding
    from ..readers.coverage import unshown_claims
    from ..readers.select import plan
    from ..rules import derive

    out: list[Finding] = []
    for story in stories:
        takeaways = derive(story).takeaways
        picks = plan(story, project.personas, takeaways, project.vocab, project.angled())
        for u in unshown_claims(story, project.personas, takeaways, picks, project.vocab):
            out.append(
                Finding("info", "claim-unshown", f"claim '{u.claim.id}' reaches no reader: "
                        f"{u.reason}", u.claim.span)
            )
    return out


def _render_problems(project: Project, stories: list[Story]) -> list[tuple[SourceSpan | None, str]]:
    """Render every story as build does (zh-Hans and en, every reader, then
    the Traditional conversions); whatever the output checks refuse is an
    error of that story's file."""
    from .. import languages
    from ..errors import SummarizerError
    from ..model import SourceSpan
    from ..pipeline import make_brief

    out: list[tuple[SourceSpan | None, str]] = []
    for story in stories:
        try:
            for lang in languages.codes():
                make_brief(project, story, lang)
        except SummarizerError as exc:
            for span, message in exc.problems:
                out.append((span or SourceSpan(story.path, 1, 1), f"would not render: {message}"))
    return out


def run(args: argparse.Namespace) -> int:
    # imported here so other commands start fast
    from ..config.project import site_config
    from ..facts.load import load_stories
    from ..pipeline import load_project
    from ..rules.check import check_stories
    cfg = site_config()
    project = load_project(cfg)
    if not args.paths:
        if cfg.stories is None:
            from ..errors import ConfigError

            raise ConfigError.at(
                None, "which stories? no summarizer.toml names them; give files or folders"
            )
        args.paths = [str(cfg.stories)]
    stories = load_stories(expand(args.paths))
    report = check_stories(stories, project.glossary, project.personas, cfg.source_dirs())
    unshown = _unshown(project, stories)
    broken = _render_problems(project, stories)
    if broken:  # what build would refuse, refused here too (check passing = build succeeds)
        from ..errors import SeedError

        raise SeedError(broken)
    for f in (*report.findings, *unshown):
        sys.stdout.write(f"{f}\n")
        for r in f.related:
            sys.stdout.write(f"    {r}: note: compared with this\n")
    facts = sum(len(s.facts) for s in stories)
    sys.stdout.write(
        f"checked {_n(len(stories), 'story', 'stories')}, {_n(facts, 'fact', 'facts')}: "
        f"{report.compared} stated figures recomputed "
        f"({report.agreed} agree, {report.compared - report.agreed} differ); "
        f"{report.errors} errors, {report.warnings} warnings; "
        f"{report.consistency} consistency findings; "
        f"{len(unshown)} claims reach no reader{' (each explained above)' if unshown else ''}\n"
    )
    if report.errors or (args.strict and report.warnings):
        return 1
    return 0


def _n(count: int, one: str, many: str) -> str:
    """'1 story', '2 stories': the count with its noun."""
    return f"{count} {one if count == 1 else many}"

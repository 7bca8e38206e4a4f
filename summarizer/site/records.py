"""The build's story records: merged from the workers' outcomes in a fixed
order (so the output never depends on which worker finished first), checked
for ids used twice, and compared with the previous build's to list the files
it no longer makes."""

from __future__ import annotations

import sys

from ..errors import BuildError
from ..model import SourceSpan
from . import cache as sitecache
from . import urls
from .seeds import Seeds
from .story import StoryOutcome
from .storyrecord import StoryRecord, compact_tags


def merge_outcomes(
    outcomes: list[StoryOutcome],
    seeds: Seeds,
    reuse: dict[str, StoryRecord],
    rendered: list[str],
) -> dict[str, StoryRecord]:
    """Records for every current seed, in name order; all errors raised at once.
    The ids of the stories rendered are appended to ``rendered`` (the report's).
    An edit (the same seeds as before) copies the previous records and
    replaces the few that changed, rather than visiting every seed."""
    problems: list[tuple[SourceSpan | None, str]] = []
    fresh = {}
    for o in sorted(outcomes, key=lambda o: o.key):
        if o.error:
            problems += [(where, msg if where else f"{o.key}: {msg}") for where, msg in o.error]
            continue
        digest, (mtime_ns, size) = seeds.changed[o.key]
        fresh[o.key] = StoryRecord(
            o.key,
            digest,
            o.id,
            sys.intern(o.published),  # many stories a day
            mtime_ns,
            size,
            compact_tags(o.tags),
            o.card,
            o.tag_names,
        )  # no entries: the listings read them from the entry files (EntryCache)
        rendered.append(o.id)
    if problems:
        raise BuildError(problems)
    if list(reuse) == seeds.names:
        records = dict(reuse)
    else:  # a seed not in reuse is new, so rendered (in fresh) or an error (raised)
        records = {k: fresh[k] if k in fresh else reuse[k] for k in seeds.names}
    for k, (_, (mtime_ns, size)) in seeds.changed.items():
        # not rendered: touched but unchanged, remember the new stat
        records[k] = fresh[k] if k in fresh else reuse[k]._replace(mtime_ns=mtime_ns, size=size)
    check_unique_ids(records)
    return records


def check_unique_ids(records: dict[str, StoryRecord]) -> None:
    """Story ids name output files: two seed files with one id is an error."""
    if len({rec.id for rec in records.values()}) == len(records):
        return  # (the usual case, told in one pass of C; the messages need a loop)
    problems: list[tuple[SourceSpan | None, str]] = []
    seen: dict[str, str] = {}
    for key, rec in records.items():
        if rec.id in seen:
            problems.append(
                (SourceSpan(key, 1, 1), f"story id '{rec.id}' is also used by {seen[rec.id]}")
            )
        seen[rec.id] = key
    if problems:
        raise BuildError(problems)


def stale_files(old: sitecache.Manifest, new: sitecache.Manifest) -> list[str]:
    """Files the previous build made that this one does not: pages of removed
    stories, listing pages that no longer exist, replaced assets."""
    out = set(old.assets.values()) - set(new.assets.values())
    if new.gone is not None:  # an edit: the same stories, and it says what it removed
        return sorted(out | set(new.gone))
    gone = {r.id for r in old.stories.values()} - {r.id for r in new.stories.values()}
    out |= set(old.pages) - set(new.pages)
    for sid in gone:
        out.update(urls.story(lang, sid) for lang in urls.SITE_LANGS)
        out.update(
            urls.story_persona(lang, sid, pid)
            for lang in urls.SITE_LANGS
            for pid, _ in old.personas
        )
        out.update(urls.embed(lang, sid) for lang in urls.SITE_LANGS)
    return sorted(out)

"""Grouping a digest's stories by the company or topic they are about.

A story's subjects are the organisations its facts are mostly about: the
entities (companies, platforms, brands, regulations, regulators) with at
least a quarter as many facts as the most-cited one. A deal's other parties
are not counted: Amazon buying from Nike is Amazon's story, and counting
Nike chained Nike's results into Amazon's group. People and loose
groups ("banks", "MCN agencies") never are, and a round-up of more than
four has none. Stories that share a subject
fall into one group, transitively, so five stories on Zhipu and MiniMax
are one group however their emphasis shifts; the group is named after the
subjects its stories share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from .. import languages
from ..convert.names import NAME_KINDS
from ..model import Story
from ..realise.dates import format_list
from ..realise.phrases import capitalized
from ..vocabulary.glossary import Glossary
from .words import localise

#: Entity kinds that can be what a story is about, most telling first.
SUBJECT_KINDS = ("company", "platform", "brand", "product", "model", "regulation", "regulator",
                 "government", "market", "exchange", "index", "fund")  # fmt: skip
#: A subject has at least this share of the top subject's facts.
SHARE = 0.25
#: A story with more subjects than this is a round-up (a card-spending panel
#: naming twelve retailers): about none of them in particular, so it joins
#: no group, or it would chain every company's stories into one.
MAX_SUBJECTS = 4
#: Kinds that set rules for many businesses, and the markets they rule: a
#: subject only where the story is mostly about public rules or a market
#: (``PUBLIC`` is its most-cited kind: a government's tariffs, a customs
#: agency's duties), not where a business's story cites one (the de minimis
#: threshold in Amazon Haul's launch chained every Amazon story into the US
#: government's group; "China" put Temu's story in one with trade figures).
AUTHORITIES = frozenset({"government", "regulator", "market"})
PUBLIC = AUTHORITIES | {"regulation"}
#: (key, kind rank): the key names the organisation across stories.
Subject = tuple[str, int]


def _key(story: Story, entity_id: str) -> str:
    """The same organisation across stories: its glossary term, else its id."""
    entity = story.entities[entity_id]
    return entity.term or entity.id


def subjects(story: Story) -> list[Subject]:
    """The story's subjects as (key, kind rank), most-cited first (ties: kind
    order, then key)."""
    counts: Counter[str] = Counter()
    for fact in story.facts:
        eid = fact.entity
        if eid in story.entities and story.entities[eid].kind in SUBJECT_KINDS:
            counts[eid] += 1
    if not counts:
        return []
    top = max(counts.values())
    # a business's story keeps the rules it cites out of its subjects; a story
    # about public rules keeps every authority it names (CBP and the government)
    public = any(story.entities[e].kind in PUBLIC for e, n in counts.items() if n == top)
    kept = [
        e for e, n in counts.items()
        if n >= top * SHARE and (public or story.entities[e].kind not in AUTHORITIES)
    ]
    if len(kept) > MAX_SUBJECTS:
        return []
    kept.sort(key=lambda e: (-counts[e], SUBJECT_KINDS.index(story.entities[e].kind), e))
    return [(_key(story, e), SUBJECT_KINDS.index(story.entities[e].kind)) for e in kept]


def group_subjects(subs: Sequence[Sequence[Subject]]) -> list[tuple[list[str], list[int]]]:
    """(name keys, member indices) per group of items whose subjects are
    ``subs`` (each as :func:`subjects` gives them), in the order of each
    group's first item; members keep their order. A group is named after the
    subjects all its members share, of the most telling kind among them
    (Zhipu and MiniMax; the de minimis rule rather than the customs agency
    applying it). Items without subjects (round-ups, stories about no
    organisation) are one group, unnamed.

    Works on subjects alone so that the site's digest pages, which keep no
    Story, group exactly as the digest command does."""
    parent = list(range(len(subs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, keys in enumerate(subs):
        if not keys:  # round-ups and stories about no one: one group together
            keys = [("", 0)]
        for key, _ in keys:
            if key in owner:
                a, b = find(owner[key]), find(i)
                parent[max(a, b)] = min(a, b)
            else:
                owner[key] = i
    members: dict[int, list[int]] = {}
    for i in range(len(subs)):
        members.setdefault(find(i), []).append(i)
    out: list[tuple[list[str], list[int]]] = []
    for idx in sorted(members):
        group = members[idx]
        if not subs[group[0]]:
            out.append(([], group))
            continue
        if len(group) == 1:  # a story alone: named after what it cites most (the yuan,
            out.append(([subs[group[0]][0][0]], group))  # not the bank quoted once)
            continue
        shared = [k for k in subs[group[0]] if all(k in subs[j] for j in group)]
        shared = shared or _most_shared([subs[j] for j in group])
        best = min(rank for _, rank in shared) if shared else 0
        names = [key for key, rank in shared if rank == best][:3]
        out.append((names, group))
    return out


def _most_shared(members: Sequence[Sequence[Subject]]) -> list[Subject]:
    """The first member's subjects that the most members share, where none
    is shared by all (a group chained story to story): Temu and Shein, in
    four stories linked by one or the other, not the courier tax the first
    story names most. Names come from the first member (``held_names``)."""
    counts = Counter(key for subs in members for key, _ in subs)
    first = members[0]
    top = max(counts[key] for key, _ in first)
    return [subject for subject in first if counts[subject[0]] == top]


def group_stories(stories: Sequence[Story]) -> list[tuple[list[str], list[Story]]]:
    """(name keys, stories) per group (see :func:`group_subjects`); pass the
    stories newest first."""
    groups = group_subjects([subjects(s) for s in stories])
    return [(names, [stories[j] for j in members]) for names, members in groups]


def group_name(
    names: Sequence[str], lang: str, glossary: Glossary, held: tuple[str, ...] = ()
) -> str:
    """A group's heading in ``lang`` from its subjects' source-language names
    ("Zhipu AI and MiniMax", 智谱与MiniMax), capitalised; '' for none (the
    site lists such stories under no heading; a digest heads them "Other
    stories"). ``held``: those that convert by characters only, as in the
    stories' own text (:func:`held_names`)."""
    src = languages.source_of(lang)
    name = localise(format_list(list(names), src), lang, glossary, held) if names else ""
    return capitalized(name)


def subject_name(stories: Sequence[Story], key: str, lang: str) -> str:
    """A subject's name in ``lang``'s source language, from the first story naming it."""
    for story in stories:
        for entity in story.entities.values():
            if (entity.term or entity.id) == key:
                return entity.name.get(lang)
    return key


def held_names(
    keys: Sequence[str], first: Sequence[Subject], names: Mapping[str, str], glossary: Glossary
) -> tuple[str, ...]:
    """The names of a group's name ``keys`` (as :func:`group_subjects` gives
    them, every one a subject of the group's ``first`` member) that are their
    own (``convert.names``: a company, a brand ...) and that no glossary term
    governs, longest first: a heading prints 速達倉配 as the story under it does."""
    rank = dict(first)
    held = {
        names[key]
        for key in keys
        if SUBJECT_KINDS[rank[key]] in NAME_KINDS and key not in glossary.terms and key in names
    }
    return tuple(sorted(held, key=lambda n: (-len(n), n)))


def named_subjects(story: Story, lang: str) -> list[tuple[str, int, str]]:
    """The story's subjects with their names in ``lang``'s source language:
    what a site digest page keeps of a story to group it as the digest does."""
    src = languages.source_of(lang)
    return [(key, rank, subject_name([story], key, src)) for key, rank in subjects(story)]

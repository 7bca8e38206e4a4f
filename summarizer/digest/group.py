"""Grouping a digest's stories by the company or topic they are about.

A story's subjects are the organisations its facts are mostly about: the
entities (companies, platforms, brands, regulations, regulators) with at
least a quarter as many facts as the most-cited one. People and loose
groups ("banks", "MCN agencies") never are. Stories that share a subject
fall into one group, transitively, so five stories on Zhipu and MiniMax
are one group however their emphasis shifts; the group is named after the
subjects its stories share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Story

#: Entity kinds that can be what a story is about, most telling first.
SUBJECT_KINDS = ("company", "platform", "brand", "product", "model", "regulation", "regulator",
                 "government", "market", "exchange", "index", "fund")  # fmt: skip
#: A subject has at least this share of the top subject's facts.
SHARE = 0.25


def _key(story: Story, entity_id: str) -> str:
    """The same organisation across stories: its glossary term, else its id."""
    entity = story.entities[entity_id]
    return entity.term or entity.id


def subjects(story: Story) -> list[tuple[str, int]]:
    """The story's subjects as (key, kind rank), most-cited first (ties: kind
    order, then key)."""
    counts: Counter[str] = Counter()
    for fact in story.facts:
        for eid in (fact.entity, *fact.parties):
            if eid in story.entities and story.entities[eid].kind in SUBJECT_KINDS:
                counts[eid] += 1
    if not counts:
        return []
    top = max(counts.values())
    kept = [e for e, n in counts.items() if n >= top * SHARE]
    kept.sort(key=lambda e: (-counts[e], SUBJECT_KINDS.index(story.entities[e].kind), e))
    return [(_key(story, e), SUBJECT_KINDS.index(story.entities[e].kind)) for e in kept]


def group_stories(stories: Sequence[Story]) -> list[tuple[list[str], list[Story]]]:
    """(name keys, stories) per group, in the order of each group's first
    story in ``stories`` (pass them newest first); stories keep their order.
    A group is named after the subjects all its stories share, of the most
    telling kind among them (Zhipu and MiniMax; the de minimis rule rather
    than the customs agency applying it)."""
    parent = list(range(len(stories)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    subs = [subjects(s) for s in stories]
    for i, keys in enumerate(subs):
        for key, _ in keys:
            if key in owner:
                a, b = find(owner[key]), find(i)
                parent[max(a, b)] = min(a, b)
            else:
                owner[key] = i
    members: dict[int, list[int]] = {}
    for i in range(len(stories)):
        members.setdefault(find(i), []).append(i)
    out = []
    for idx in sorted(members):
        group = members[idx]
        shared = [k for k in subs[group[0]] if all(k in subs[j] for j in group)]
        shared = shared or subs[group[0]][:1]
        best = min(rank for _, rank in shared) if shared else 0
        names = [key for key, rank in shared if rank == best][:3]
        out.append((names, [stories[j] for j in group]))
    return out


def subject_name(stories: Sequence[Story], key: str, lang: str) -> str:
    """A subject's name in ``lang``'s source language, from the first story naming it."""
    for story in stories:
        for entity in story.entities.values():
            if (entity.term or entity.id) == key:
                return entity.name.get(lang)
    return key

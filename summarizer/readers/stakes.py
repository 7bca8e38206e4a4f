"""What a takeaway means for each reader role.

Rules derive takeaways about the story (a fee went from 17% to 5%, GMV grew
39%); whether that is a cost, income or demand depends on who reads it. The
vocabulary says so per metric and event kind (``for:``), and an editor can
say so per claim (``implications:``). This module reads both, so selection
can give each reader the points that concern *them*, and realisation can
word the point from their side.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Fact, Persona, Story, Takeaway
from ..rules.growth import RATE_MESSAGES
from ..vocabulary.vocab import Vocabulary

#: The facet (and so the lead label) of a point seen from a role's stake.
STANCE_FACET = {
    "cost": "cost",
    "income": "income",
    "demand": "demand",
    "supply": "supply",
    "competition": "competition",
    "exposure": "risk",
    "benchmark": "research",
}


#: Facets whose labels address the reader as the one who bears it ("Your
#: duties", "Your costs", "Your income").
SECOND_PERSON = frozenset({"compliance", "cost", "income"})


#: Facets that would make a researcher the one at stake ("Risk: track the
#: terms banks offer"): what a researcher is told about them is what to dig into.
NOT_THEIRS = SECOND_PERSON | {"risk", "opportunity"}


@dataclass(frozen=True, slots=True)
class Stake:
    """One role's stake in one takeaway."""

    kind: str
    """'implication' (the editor wrote one), a vocabulary stance (cost, income,
    demand, …), 'addressed' (the editor or a rule addressed this persona) or
    'interest' (the persona follows this facet)."""
    facet: str
    """The facet the point has for this reader: its lead label."""

    @property
    def weight(self) -> int:
        """How directly the point concerns the reader, for ranking."""
        # a yardstick is the weakest stake: an editor's implication for the
        # reader, or a figure that costs or earns it money, comes first
        return {"implication": 30, "addressed": 20, "benchmark": 10, "interest": 0}.get(
            self.kind, 25
        )


def primary_fact(story: Story, t: Takeaway) -> Fact | None:
    """The fact a takeaway is about: the first metric or event it rests on."""
    for fid in t.facts:
        f = fact_of(story, fid)
        if f is not None and f.kind != "claim":
            return f
    return None


def fact_of(story: Story, fid: str) -> Fact | None:
    """The story's fact ``fid`` (indexed once per story), or None."""
    index = _INDEX.get(id(story))
    if index is None or index[0] is not story:
        index = (story, {f.id: f for f in story.facts})
        if len(_INDEX) >= _INDEX_MAX:
            _INDEX.clear()
        _INDEX[id(story)] = index
    return index[1].get(fid)


_INDEX: dict[int, tuple[Story, dict[str, Fact]]] = {}
#: Stories indexed at most: one is planned at a time (its briefs in every
#: language). Each entry holds its story, and with it the facts file's YAML
#: tree (~5,000 objects, ~0.7 MB): 256 of them grew a ``serve`` process by
#: 0.7 MB a rebuild and every build worker by up to ~180 MB (issue 13).
_INDEX_MAX = 4


def _computed_metric(t: Takeaway) -> str:
    """The metric a rule computed (a take rate from revenue and GMV), whose
    stances are the point's, not those of the figures it came from."""
    ratio = t.values.get("ratio") if t.rule in ("ratio", "ratio_move") else None
    return ratio if isinstance(ratio, str) else ""


def stance_of(story: Story, t: Takeaway, vocab: Vocabulary, role: str) -> str:
    """The vocabulary's stance of ``role`` on the takeaway's metric or event;
    a rule that knows better says it in ``role_stances`` (staff cut at a
    platform is its sellers' exposure, at a brand a rival's people to hire:
    a headcount itself has no stance, so its growth says nothing)."""
    given = t.values.get("role_stances")
    if isinstance(given, dict):
        return str(given.get(role, ""))
    computed = vocab.metrics.get(_computed_metric(t))
    if computed is not None:
        return computed.stance.get(role, "")
    stances = _stances(story, t, vocab)
    return stances.get(role, "")


def _has_stances(story: Story, t: Takeaway, vocab: Vocabulary) -> bool:
    if isinstance(t.values.get("role_stances"), dict):
        return True
    computed = vocab.metrics.get(_computed_metric(t))
    if computed is not None:
        return bool(computed.stance)
    return bool(_stances(story, t, vocab))


def _stances(story: Story, t: Takeaway, vocab: Vocabulary) -> dict[str, str]:
    """role -> stance for the takeaway's metric or event: its ``for:``, then
    its ``by_kind:`` for the kind of the segment the figure is in (a
    platform's quick commerce, a channel), then of the entity it is about."""
    f = primary_fact(story, t)
    if f is None:
        return {}
    d = vocab.metrics.get(f.metric) if f.kind == "metric" else vocab.events.get(f.event)
    if d is None:
        return {}
    part = d.by_kind.get(_kind(story, f.segment), {}) if f.segment else {}
    return {**d.by_kind.get(_kind(story, f.entity), {}), **part, **d.stance}


def _platform(story: Story, t: Takeaway) -> bool:
    """Whether the takeaway is about a platform's own figure (Amazon's fee):
    a platform operator reading it is not that platform, so its income is
    the platform's pricing, a yardstick, not 'Your income'."""
    f = primary_fact(story, t)
    return f is not None and _kind(story, f.entity) == "platform"


def _platform_revenue(story: Story, t: Takeaway) -> bool:
    """Whether the takeaway is a platform's whole revenue moving: part of it is
    what its sellers pay (their cost), and for a brand the budget the platform
    has for the brands it courts (marketing, not a bill of its own)."""
    f = primary_fact(story, t)
    return (
        f is not None and f.metric == "revenue" and not f.segment
        and t.message in RATE_MESSAGES and _kind(story, f.entity) == "platform"
    )


def _revenue_unread(story: Story, t: Takeaway, role: str, vocab: Vocabulary) -> bool:
    """Whether a platform's revenue figure gets this reader's stance from the
    platform's ``by_kind`` only to be dropped: a part of the business (JD
    Retail, a cloud unit), a figure in another message (a mix, an outgrowing
    part), for those who sell there a story that tells their bill more closely
    (ad or commission revenue, a take rate, GMV), and for a rival platform one
    with any other figure of the platform's (its GMV, a unit's revenue), which
    reads closer than the whole. A part with a kind of its own (a channel:
    quick commerce) keeps that kind's stances."""
    if role == "researcher" or "role_stances" in t.values or _computed_metric(t):
        return False  # the rule's or a computed metric's stances (a take rate), not revenue's
    f = primary_fact(story, t)
    if f is None or f.metric != "revenue" or _kind(story, f.entity) != "platform":
        return False
    d = vocab.metrics.get("revenue")
    if f.segment and d is not None and d.by_kind.get(_kind(story, f.segment)):
        return False
    if not _platform_revenue(story, t):
        return True
    mine = [g for g in story.facts if g.kind == "metric" and g.entity == f.entity]
    if role == "platform_operator":  # a rival's revenue is its yardstick when it has no other
        return any(g.metric != "revenue" or g.segment for g in mine)
    # a figure closer to sellers' bill (vocabulary ``bill: true``: ad revenue, a take rate, GMV)
    return any((m := vocab.metrics.get(g.metric)) is not None and m.bill for g in mine)


def _kind(story: Story, entity: str) -> str:
    e = story.entities.get(entity)
    return e.kind if e else ""


def addressed_to(persona: Persona, t: Takeaway) -> bool:
    """Whether the editor or a rule addressed the takeaway to this persona:
    by persona id or role, or ``@party`` for a regulation party it is."""
    return any(
        a in (persona.id, persona.role) or (a.startswith("@") and a[1:] in persona.parties)
        for a in t.audience
    )


def stake(story: Story, persona: Persona, t: Takeaway, vocab: Vocabulary) -> Stake | None:
    """This persona's stake in the takeaway, or None if it has none."""
    claim = t.values.get("claim") if t.rule == "claims" else None
    if isinstance(claim, Fact) and persona.role in dict(claim.implications):
        given = dict(claim.implication_facets)
        facet = given.get(persona.role, t.facet)
        if persona.role == "researcher" and persona.role not in given and facet in NOT_THEIRS:
            facet = "research"  # a researcher bears no duty, cost or risk: 'For research'
        return Stake("implication", facet)
    if t.rule not in persona.rules or (t.audience and not addressed_to(persona, t)):
        return None  # the persona's preset is what it listens to
    stance = stance_of(story, t, vocab, persona.role)
    if stance and _revenue_unread(story, t, persona.role, vocab):
        return None
    if stance:
        facet = STANCE_FACET.get(stance, t.facet)
        if stance == "benchmark" and persona.role != "researcher":
            facet = "competition"  # a yardstick for a brand is a rival's figure
        if stance == "demand" and (t.values.get("channel") == "opens" or t.facet == "opportunity"):
            facet = "opportunity"  # a new market's shop, supply or clients; a partner's new tool
        if stance == "exposure" and t.message == "dated_event" and t.facet == "policy":
            facet = "policy"  # a platform's new rules: what they ask of the reader
        if stance == "exposure" and _falls(t):
            facet = "opportunity"  # a tariff cut eases the risk: sales may recover
        if persona.role == "researcher" and stance == "competition":
            facet = "research"  # what to track about a rival's move, not a rival of its own
        if stance == "income" and persona.role == "platform_operator" and _platform(story, t):
            facet = "pricing"  # a platform's fees: how it prices its service, not the reader's
        if stance == "cost" and persona.role == "brand" and _platform_revenue(story, t):
            facet = "marketing"  # a platform earning more: promotion a brand can ask it for
        by_role = t.values.get("role_facets")
        if isinstance(by_role, dict) and persona.role in by_role:
            facet = by_role[persona.role]  # the rule knows what kind of point it is per reader
            if not facet:
                return None  # ... and that it is none for this reader
        return Stake(stance, facet)
    if t.audience:
        return Stake("addressed", _as_seen_by(persona.role, t.facet, mine=True))
    if t.facet in persona.follows and (t.rule == "claims" or not _has_stances(story, t, vocab)):
        # a figure the vocabulary gives to other readers is theirs, not filler here
        return Stake("interest", _as_seen_by(persona.role, t.facet, mine=False))
    return None


def _falls(t: Takeaway) -> bool:
    """Whether the takeaway is a figure moving down: a change's delta or a
    growth rate below 0, or a move marked down (a carrier's rates falling
    over a year are room for its sellers, not a risk)."""
    for key in ("delta", "growth"):
        item = t.values.get(key)
        q = item.quantity if isinstance(item, Fact) else None  # a growth rate the article states
        value = q.value if q is not None else getattr(item, "value", None)
        if value is not None:
            return bool(value < 0)
    return t.values.get("up") is False


def _as_seen_by(role: str, facet: str, mine: bool) -> str:
    """The facet a plain point has for a reader: others' duties are policy to
    one who follows them ('Your duties' would be wrong), and a researcher
    bears no duties or costs of its own."""
    if facet == "compliance" and (role == "researcher" or not mine):
        return "policy"
    if role == "researcher" and facet in SECOND_PERSON:
        return "research"
    return facet

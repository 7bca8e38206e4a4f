"""A platform buying a brand's goods from the brand itself (first-party,
wholesale), read as the platform taking over the brand's sales there.

"Amazon signaled in an email to sellers that it has resumed a wholesale
relationship with Nike … you will no longer be able to sell certain Nike
products on Amazon in the U.S." Told as any platform partnership, sellers
were invited to "try the deal early, while few rivals use it", when those
who resell the brand there lose its sales to the platform itself. A
``partnership`` of a platform with a brand among its ``parties`` is this
(templates ``event_kinds.j2``): a rival shop on the brand's lines for its
resellers, a way back to control of its listings for a brand, vendor work
for a provider, a rival's selection grown for a platform, and for a
researcher how much of the range the platform takes. No factory point.
"""

from __future__ import annotations

from ..model import Fact, Story

#: What a platform sourcing a brand directly is to each reader ('' = no point).
SOURCING_FACETS = {
    "seller": "competition",
    "brand": "opportunity",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}


def sourced_brand(story: Story, e: Fact) -> str:
    """The brand a platform's partnership buys from directly ('' if none)."""
    who = story.entities.get(e.entity)
    if e.event != "partnership" or who is None or who.kind != "platform":
        return ""
    return next(
        (p for p in e.parties if (b := story.entities.get(p)) is not None and b.kind == "brand"), ""
    )


def sourcing_values(story: Story, e: Fact) -> dict[str, object]:
    """``brand`` and ``role_facets`` for a platform's partnership with a brand,
    and ``barred``: whether the platform also bars resellers from the brand's
    lines (its ``policy_change`` of area ``resale``), which the brand's point
    then says."""
    brand = sourced_brand(story, e)
    if not brand:
        return {}
    barred = any(
        f.event == "policy_change" and f.area == "resale" and f.entity == e.entity
        for f in story.facts
    )
    return {"brand": brand, "barred": barred, "role_facets": SOURCING_FACETS}

"""What a platform's rule change is to each reader, by what its rules are about.

A platform changes its rules every week: on the goods that may be listed
and the documents they need, on returns and refunds, on how fast orders
ship, on who may open a store. Told the same way whatever they are about,
every reader got a compliance line, and the factory one ("sellers may ask
you for the documents, labels or test reports the new rules require") is
wrong for any rule that is not about the goods. The editor says what the
rules are about with ``area:`` (vocabulary ``policy_areas``) where the
article says it; the meanings are worded per area (templates
``event_kinds.j2``), and the facets here say what kind of point each
reader gets: a returns rule is a cost for a seller and returns work for a
provider, a shipping rule is operations, a rule on seller accounts is
fewer throwaway shops for a brand, a rule on what search ranks first is
marketing for a seller and a brand (which listings will be seen) and
listing work to sell for a provider. A factory is told only of rules on the
goods; with no area, a platform's rule change tells no factory. Rules on
what platforms may charge (``fees``, a government's as much as a
platform's) are a cost for a seller and a brand and a duty for a platform.
"""

from __future__ import annotations

from ..model import Fact
from .facts import FactIndex

#: Each area's facet per reader ('' = no point), where it is not the event's own.
AREA_FACETS: dict[str, dict[str, str]] = {
    "": {"factory": ""},
    "products": {},
    "returns": {
        "seller": "cost",
        "brand": "operations",
        "factory": "",
        "service_provider": "opportunity",
        "platform_operator": "competition",
        "researcher": "research",
    },
    "fulfilment": {
        "seller": "operations",
        "brand": "operations",
        "factory": "",
        "service_provider": "opportunity",
        "platform_operator": "competition",
        "researcher": "research",
    },
    "search": {
        "seller": "marketing",
        "brand": "marketing",
        "factory": "",
        "service_provider": "opportunity",
        "platform_operator": "competition",
        "researcher": "research",
    },
    # rules on what platforms may charge: a seller's and a brand's costs, a platform's duties
    "fees": {
        "seller": "cost",
        "brand": "cost",
        "factory": "",
        "service_provider": "opportunity",
        "platform_operator": "compliance",
        "researcher": "research",
    },
    # who may sell a brand (resellers barred from lines the platform buys from
    # the brand): stock to clear for a seller, clearance work for a provider;
    # a brand's and a platform's point is the sourcing deal (rules.sourcing)
    "resale": {
        "seller": "risk",
        "brand": "",
        "factory": "",
        "service_provider": "opportunity",
        "platform_operator": "",
        "researcher": "",
    },
    "accounts": {
        "seller": "compliance",
        "brand": "competition",
        "factory": "",
        "service_provider": "opportunity",
        "platform_operator": "competition",
        "researcher": "research",
    },
}


def policy_values(ix: FactIndex, e: Fact) -> dict[str, object]:
    """A platform's ``policy_change``, or anyone's on platform fees: its area
    and each reader's facet (the stances stay the event's: who bears a rule
    does not change with it). A government's rules on other matters bind every
    channel and keep the event's facets."""
    who = ix.story.entities.get(e.entity)
    if e.event != "policy_change" or who is None:
        return {}
    if who.kind != "platform" and e.area != "fees":
        return {}
    return {"area": e.area, "role_facets": AREA_FACETS.get(e.area, {})}

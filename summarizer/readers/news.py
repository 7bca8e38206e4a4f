"""Which day's news a point reports, so one section does not say it twice.

A fee change is often in the facts twice: as figures (the referral fee went
from 17% to 5% on 15 January, a ``base_change``) and as the editor's dated
event (Amazon cut its fee on 15 January, a ``dated_event``). Both are true,
and each reader may get either, but one section that shows both reads as
the same news told twice, the second time with fewer figures. A point's
*news* is the (entity, day) pairs of the changes it reports (an event's
object, when it names one, is what it changes); a section
takes a dated event only if none of its points already reports that day's
change of that entity, and the reverse.

A claim can restate figures or events too ("Amazon cut the fee from 17% to
5%"): its ``about`` names them, and a section that tells one of them does
not tell the claim as well, or the reverse; its news is theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Fact, Story, Takeaway
from .stakes import fact_of

#: Messages that tell a dated change in figures (the old and new fee, the
#: amounts a fee moved by): the editor's dated event of that day adds nothing.
FIGURE_CHANGES = frozenset(
    {
        "base_change",
        "charge_step",
        "payout_reserve",
        "deposit_move",
        "fixed_fee",
        "fee_schedule",
        "dispatch_deadline",
        "stock_floor",
        "late_penalty",
        "wage_move",
    }
)

#: Messages that report a dated change (the others may cite dated facts as
#: background without being that day's news).
DATED = FIGURE_CHANGES | {"dated_event"}

#: What an ``inventory_build`` point says in full of the revenue it reads stock against.
TOLD_BY_STOCK = frozenset({"level_with_growth", "growth_rate"})

#: What a ``parcel_yield`` point says in full of the revenue and parcels it
#: divides: each figure with its rate, and the rates side by side.
TOLD_BY_YIELD = frozenset({"level_with_growth", "growth_rate", "peer_rates"})

#: What an ``outpace`` point says in full for the parts it names.
TOLD_BY_OUTPACE = frozenset({"level_with_growth", "growth_rate", "segment_mix"})

#: What an ``ad_auction`` point says in full of the ad revenue it splits into
#: ads served and the price of each, and an ``ads_per_sale`` point of the ad
#: revenue it reads against the units sold.
TOLD_BY_AUCTION = frozenset({"growth", "level_with_growth", "growth_rate"})


def restates(t: Takeaway) -> frozenset[str]:
    """The fact ids a claim says it restates (``about``); none for others."""
    claim = t.values.get("claim") if t.rule == "claims" else None
    return frozenset(claim.about) if isinstance(claim, Fact) else frozenset()


def main_facts(t: Takeaway) -> set[str]:
    """The facts a point is about: a figure's current level, not the base or
    the other segments it mentions in passing; every fact otherwise."""
    cur = t.values.get("cur")
    return {cur.id} if isinstance(cur, Fact) else set(t.facts)


def news(story: Story, t: Takeaway) -> frozenset[tuple[str, str]]:
    """The (entity, ISO day) pairs of the changes ``t`` reports."""
    about = restates(t)
    if t.message not in DATED and not about:
        return frozenset()
    days: set[tuple[str, str]] = set()
    for fid in about or t.facts:
        f = fact_of(story, fid)
        if f is not None and (day := _day(f)):
            days.add((_changed(f), day))
    if t.message in FIGURE_CHANGES:  # the old levels it moved from are not news
        moves = t.values.get("moves")  # each floor's old level (wage_move)
        olds = [t.values.get("base")]
        if isinstance(moves, list):
            olds += [getattr(m, "base", None) for m in moves]
        for base in olds:
            if isinstance(base, Fact) and (day := _day(base)):
                days.discard((_changed(base), day))
    return frozenset(days)


def _changed(f: Fact) -> str:
    """What a fact's news changes: an event's object when it names one (a
    government cutting one tariff and holding another on the same day makes
    two pieces of news), else the fact's entity; for an event no figure
    reports (``OWN_NEWS``), the event itself."""
    what = f.segment if f.kind == "event" and f.segment else f.entity
    return f"{what}#{f.event}" if f.kind == "event" and f.event in OWN_NEWS else what


#: Events whose news is not the figures of their day: Shein's funding round
#: is not its valuation falling from US$100 billion to US$66 billion that day
#: (the round went untold, 'covered' by the valuation), nor is a storefront's
#: launch its price cap.
OWN_NEWS = frozenset({"funding_round", "product_launch"})


def _day(f: Fact) -> str:
    """The day (or month) a fact's change is dated to: an event of a month
    (``2026-01``) and a fee schedule from that month are the same news."""
    if f.kind == "event":
        if f.date and f.date_precision in ("day", "month"):
            return f.date.isoformat()[: 10 if f.date_precision == "day" else 7]
        return ""
    # a metric dated to the day (a fee from 2024-04-01) or the month is a change then
    return f.period if len(f.period) in (7, 10) and f.period[4] == "-" else ""


def told(story: Story, t: Takeaway, section: Iterable[Takeaway]) -> bool:
    """Whether a point of ``section`` already reports ``t``'s news: the fact
    a claim restates, or that day's change when one of the two is a dated
    event (two figures of one day, or two claims on it, are two points)."""
    mine, about = news(story, t), restates(t)
    for q in section:
        if q is t:
            continue
        if about & main_facts(q) or restates(q) & main_facts(t):
            return True
        # two figures of one day, or two claims on it, say different things
        # (an event of its own news, ``OWN_NEWS``, has a key of its own)
        if "dated_event" in (t.message, q.message) and mine and mine & news(story, q):
            return True
    return False


def covered(story: Story, takeaways: Sequence[Takeaway]) -> set[int]:
    """Points another point tells in full, with more besides: no reader
    needs them once a reader may get the fuller one.

    - Dated events whose news a figure tells (the fee cut on 15 January,
      when its old and new rates are there too).
    - A part's amount and growth, or a total's split, when an ``outpace``
      point gives each part's amount, rate and share (mobile's US$58.7
      billion, up 6.8%, 52.7% of the whole).
    - An event's total and its growth when an ``event_pace`` point gives
      them with the days each run lasted (Singles Day's RMB 1.44 trillion,
      up 27%, over 29 days against 19).
    - A rate alone (``lone_rate``) that another rule's point gives: peers'
      rates side by side, a rate in a quarterly series, a part's rate.
    - A revenue's level and growth that an ``inventory_build`` point reads the
      stock against (Nike's US$13.3 billion, up 17%, against stock up 43%).
    - Couriers' revenue and parcels, and their rates side by side, that a
      ``parcel_yield`` point divides (YTO's RMB 4.067 billion, up 6.19%, over
      1.741 billion parcels, up 14.51%: RMB 2.34 a parcel, 7.3% less).
    - A platform's active buyers and their growth, that a ``spend_per_buyer``
      point reads its sales over (Coupang's Product Commerce revenue up 15.8%
      on 9.8% more buyers: about 5% more a buyer); the sales' own growth
      keeps its point (a channel growing fast is a flagship store to open).
    - A platform's ad revenue and its growth that an ``ad_auction`` point
      splits into ads served and their price (Meta's US$58.14 billion, up
      24%: 18% more ads at 6% more each), or an ``ads_per_sale`` point reads
      against its units sold (Amazon's up 22% on 11% more units)."""
    figures: set[tuple[str, str]] = set()
    parts: set[str] = set()
    linked: set[str] = set()  # other entities' amounts an outpace point reads as parts
    paced: set[str] = set()
    stocked: set[str] = set()  # the revenue and its growth an inventory point reads stock against
    yielded: set[str] = set()  # the revenue and parcels a parcel_yield point divides
    per_buyer: set[str] = set()  # the active buyers a spend_per_buyer point reads sales over
    auctioned: set[str] = set()  # the ad revenue an ad_auction or ads_per_sale point reads
    used: set[str] = set()  # facts some other rule's point gives
    for t in takeaways:
        if t.rule not in ("lone_rate", "claims"):
            used.update(t.facts)
        if t.message in FIGURE_CHANGES:
            figures |= news(story, t)
        elif t.message == "outpace":
            parts.update(t.facts)
            linked.update(t.values.get("linked") or ())  # type: ignore[arg-type]
        elif t.message == "event_pace":
            paced.update(t.facts)
        elif t.message == "inventory_build":
            read = (t.values.get("sales"), t.values.get("revenue"))
            stocked.update(f.id for f in read if isinstance(f, Fact))
        elif t.message == "parcel_yield":
            yielded.update(t.facts)
        elif t.message == "spend_per_buyer":  # the buyers; the sales keep their own point
            per_buyer.update(f for f in t.facts if (x := fact_of(story, f)) is not None
                             and x.metric == "active_buyers")
        elif t.message in ("ad_auction", "ads_per_sale"):
            auctioned.update(f for f in t.facts
                             if (x := fact_of(story, f)) is not None and x.metric == "ad_revenue")
    out = set()
    for i, t in enumerate(takeaways):
        if t.rule == "lone_rate" and t.facts[0] in used:
            out.add(i)  # a rate another point gives (a league of peers, a series)
        elif t.message == "dated_event" and (mine := news(story, t)) and mine <= figures:
            out.add(i)
        elif t.message in TOLD_BY_OUTPACE and parts and set(t.facts) <= parts:
            cur = t.values.get("cur")
            if t.message == "segment_mix" or (
                isinstance(cur, Fact) and (cur.segment or cur.id in linked)
            ):
                out.add(i)  # the total's own growth stays: the yardstick it is
        elif t.rule != "event_pace" and paced and t.facts and set(t.facts) <= paced:
            out.add(i)
        elif t.message in TOLD_BY_STOCK and stocked and t.facts and set(t.facts) <= stocked:
            out.add(i)  # the revenue's growth, told with the stock that outgrew it
        elif t.message in TOLD_BY_YIELD and yielded and t.facts and set(t.facts) <= yielded:
            out.add(i)  # a courier's revenue or parcels, told as what each parcel brings
        elif t.message in TOLD_BY_AUCTION and auctioned and t.facts and set(t.facts) <= auctioned:
            out.add(i)  # a platform's ad revenue, told as ads served times their price
        elif t.message in TOLD_BY_AUCTION and per_buyer and t.facts and set(t.facts) <= per_buyer:
            out.add(i)  # a platform's sales or buyers, told as what each buyer spent
    return out

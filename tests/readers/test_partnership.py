"""A platform teaming up with another firm (an AI shopping assistant, a payment
or delivery service, a new channel) is news for those who sell, list, serve
and compete on it, each in its own words and under a label that fits; anyone
else's partnership (an AI lab's models adapted to chip makers' hardware) stays
background, said in the general summary only."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

PLATFORM = (
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"
    "  o: {kind: company, name: {zh-Hans: 乙公司, en: Company B}}\n"
)
EVENT = (
    "  e: {event: partnership, entity: %s, parties: [o], date: '2025-09-30', text: "
    "{zh-Hans: %s与乙公司合作推出AI购物助手, en: %s teamed up with Company B to launch "
    "an AI shopping assistant}, source: {quote: 原文}}\n"
)


def test_a_platforms_partnership_reaches_each_reader_in_its_own_words() -> None:
    story = mini_story(PLATFORM, EVENT % ("p", "甲平台", "Platform A"), published="2025-10-01")
    en = sections(story, "en")
    assert "On September 30, 2025, Platform A teamed up with Company B" in en["general"]
    assert "**Opportunity**: Find out whether the deal gives" in en["seller"]  # the summary told it
    assert "gives Platform A's sellers a new channel, tool or service, and try it early" in en[
        "seller"]
    assert "Check that your catalogue and listings on Platform A are ready" in en["brand"]
    assert "set-up work to offer" in en["service_provider"]
    assert "**Competition**: " in en["platform_operator"]
    assert "decide whether to match it" in en["platform_operator"]
    assert "**For research**: " in en["researcher"]
    assert "how many sellers use it and the sales it drives" in en["researcher"]
    assert "little bearing on manufacturing" in en["factory"]  # nothing for a factory to do
    meanings = [s.split(": ", 1)[1] for r in READERS for s in en[r].splitlines()
                if s.startswith("1. **")]
    assert len(meanings) == len(set(meanings)) == 5
    zh = sections(story, "zh-Hans")
    assert "**机会**：弄清这次合作能否给甲平台的卖家带来新渠道" in zh[
        "seller"]
    assert "**竞争格局**：" in zh["platform_operator"] and "拿定主意。" in zh["platform_operator"]
    assert "对接到新功能上" in zh["service_provider"]


def test_a_companys_partnership_stays_in_the_general_summary() -> None:
    ents = PLATFORM.replace("kind: platform", "kind: company")
    story = mini_story(ents, EVENT % ("p", "甲平台", "Platform A"), published="2025-10-01")
    en = sections(story, "en")
    assert "1. On September 30, 2025, Platform A teamed up with Company B" in en["general"]
    assert "Platform A teamed up with Company B" not in "".join(en[r] for r in READERS)

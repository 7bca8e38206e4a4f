"""Drafting a brand's listing (Reuters on Mixue, March 2025): Mixue, named
mid-title ("Tea drinks Mixue shares pop …"), was in no players list, so no
figure had an entity; the US$444 million raised "in an initial public
offering" was total funding; the offer price and the opening price were
revenue or a price; the subscription multiples were revenue; and
"Starbucks' 40,576 stores" made an entity named "Starbucks'"."""

from __future__ import annotations

import yaml

from summarizer.draft import draft_article

TEXT = (
    "TITLE: Tea drinks Mixue shares pop nearly 30% in Hong Kong trading debut\n"
    "OUTLET: Reuters\n\n"
    "Shares of China's largest bubble tea and drinks chain Mixue Group jumped nearly 30% on "
    "their first day of trading on the Hong Kong Stock Exchange on Monday after the firm "
    "raised $444 million in an initial public offering.\n\n"
    "Mixue sold 17 million shares in the deal at a fixed price of HK$202.50 each.\n\n"
    "The institutional tranche of the deal was 35 times covered, the filings showed.\n\n"
    "Mixue is often seen as China's largest chain of iced drinks, milk tea, and ice cream.\n\n"
    "Mixue has grown into a franchise giant with over 45,000 stores globally by last "
    "September, surpassing Starbucks' 40,576 stores worldwide.\n"
)


def _facts() -> list[dict]:  # type: ignore[type-arg]
    return list(yaml.safe_load(draft_article(TEXT, "mixue.txt"))["facts"].values())


def test_the_titles_subject_is_the_business_the_figures_are_about() -> None:
    draft = yaml.safe_load(draft_article(TEXT, "mixue.txt"))
    assert list(draft["entities"]) == ["mixue", "starbucks"]
    raised = [f for f in _facts() if f.get("value") == 444]
    assert raised[0]["entity"] == "mixue"
    # a rival the draft knows by name keeps its own figure: Starbucks' 40,576 stores
    [rival] = [f for f in _facts() if f.get("value") == 40576]
    assert rival["entity"] == "starbucks"


def test_an_offers_figures_are_its_proceeds_its_price_and_its_cover() -> None:
    by_value = {str(f["value"]): f for f in _facts()}
    assert by_value["444"]["metric"] == "ipo_proceeds"
    assert by_value["202.50"]["metric"] == "share_price"
    assert by_value["35"]["metric"] == "subscription_multiple"
    assert by_value["45000"]["metric"] == "stores"
    assert "segment" not in by_value["40576"]  # Starbucks' is an owner, not a part of Mixue


def test_money_raised_with_no_offer_in_the_sentence_is_still_funding() -> None:
    text = "TITLE: Shein raises money\n\nShein raised $2 billion from investors, it said.\n"
    [f] = [f for f in yaml.safe_load(draft_article(text, "s.txt"))["facts"].values()
           if f.get("value") == 2]
    assert f["metric"] == "funding_total"

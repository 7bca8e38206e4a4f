"""Said: a sentence is said once, abbreviations never make a sentence."""

from __future__ import annotations

from summarizer.digest.said import Said


def test_a_repeated_sentence_is_dropped_and_the_rest_kept() -> None:
    said = Said()
    text = "卖家需重新核算成本。关税豁免已经取消。"
    assert said.new(text) == text
    assert said.new("新规下月施行，平台须备案。关税豁免已经取消。") == "新规下月施行，平台须备案。"
    assert said.new("关税豁免 已经取消。") == ""  # spacing and punctuation do not count


def test_english_sentences_and_abbreviations() -> None:
    said = Said()
    first = "U.S. Customs ends the exemption. Sellers must reprice every order."
    assert said.new(first) == first
    assert said.new("U.S. Customs ends the exemption. Platforms must collect duty.") == (
        "Platforms must collect duty."
    )
    assert said.new("U.S. sellers gain.") == "U.S. sellers gain."  # not cut after "U.S."

"""sec25: secondary sales and tender offers read whole names ("Meta" is not named inside "Metaculus", "Arm"
not inside "Armada"), and a tender offer's "the company" is the company whose shares are sold."""

from __future__ import annotations

from ai_deals.importers.article import parse_article


def facts_of(text: str, language: str = "en"):
    """The facts a short wire story of `text`, published 2026-03-12, gives."""
    return parse_article(text, published="2026-03-12", language=language).facts


def purchases(facts):
    """(company, buyer, amount, round type) of each stake the facts tell."""
    return [(f.company, f.investor, f.amount, f.round_type) for f in facts if f.kind == "investment"]


# -- #1 whole names: a known name inside a longer word is no mention of it -----------------------------------


def test_employees_of_metaculus_selling_shares_sell_metaculus_not_meta_named_earlier():
    facts = facts_of(
        "Meta invested in Scale AI last year. Metaculus is a forecasting startup based in Toronto. "
        "Employees of Metaculus sold $100 million worth of shares to Thrive Capital in a tender offer."
    )
    assert purchases(facts) == [("Metaculus", "Thrive Capital", 100e6, "Stake purchase")]


def test_shares_of_an_unknown_metaculus_are_never_filed_under_meta():
    facts = facts_of(
        "Meta invested in Scale AI last year, Meta said. Employees of Metaculus sold $100 million worth of "
        "shares to Thrive Capital in a tender offer."
    )
    assert all(f.company != "Meta" for f in facts if f.kind in ("investment", "valuation"))


def test_the_buyer_is_the_company_named_whole_before_the_verb_not_a_name_inside_a_later_word():
    arm = facts_of(
        "Arm invested in Scale AI last year, Arm said. SoftBank, through its Armada unit, bought $100 million "
        "of Cohere shares from early investors in a secondary transaction."
    )
    meta = facts_of(
        "Meta invested in Scale AI last year, Meta said. SoftBank, a Metaverse pioneer, bought $100 million "
        "of Cohere shares from early investors in a secondary transaction."
    )
    assert purchases(arm) == purchases(meta) == [("Cohere", "SoftBank", 100e6, "Stake purchase")]


def test_shares_sold_to_an_unknown_armadillo_are_not_arm_s_purchase():
    facts = facts_of(
        "Arm invested in Scale AI last year, Arm said. Employees of Cohere sold $100 million worth of shares "
        "to Armadillo in a tender offer."
    )
    assert all(f.investor != "Arm" for f in facts if f.kind == "investment")

"""Regressions a reviewer found in the s22 extractor changes (mendC22): a round given another figure's
conversion as its other-currency amount, partnership ends read from lengths and years that are not the deal's,
whole sentences dropped in stories that merely look like corrections, and the round's own valuation undated."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

# -- a sum restated in another currency is the round's only when it restates the round -----------------------

SERIES_A = "Zorgly raised €20 million in a Series A round. "


def test_a_revenue_converted_after_the_round_gives_the_round_no_equivalent():
    facts = facts_of(
        SERIES_A + "Its revenue reached €10 million last year. At current exchange rates, that revenue is "
        "worth about $11 million."
    )
    round_ = only(facts, "round")
    assert (round_.equivalent_amount, round_.equivalent_currency) == (None, None)
    assert [f.amount for f in of_kind(facts, "revenue")] == [10e6]  # the $11 million is no second revenue


def test_a_french_amount_restating_a_revenue_gives_the_round_no_equivalent():
    facts = facts_of(
        "Zorgly a levé 20 millions d'euros lors d'une série A. Son chiffre d'affaires a atteint 10 millions "
        "d'euros l'an dernier. Le montant représente environ 11 millions de dollars.",
        language="fr",
    )
    assert only(facts, "round").equivalent_amount is None


def test_a_part_of_the_deal_told_after_it_is_no_equivalent_of_the_round():
    facts = facts_of(SERIES_A + "The deal, $5 million of which came from Nvidia, closed on Monday.")
    round_ = next(f for f in of_kind(facts, "round") if f.currency == "EUR")
    assert (round_.amount, round_.equivalent_amount, round_.equivalent_currency) == (20e6, None, None)


def test_a_part_of_the_round_in_notes_is_no_equivalent_of_the_round():
    facts = facts_of(SERIES_A + "The round, $2 million of it in convertible notes, closed on Monday.")
    round_ = next(f for f in of_kind(facts, "round") if f.currency == "EUR")
    assert (round_.amount, round_.equivalent_amount) == (20e6, None)


def test_a_sum_set_after_the_round_at_no_exchange_rate_s_ratio_is_no_equivalent():
    facts = facts_of(SERIES_A + "The round, $60 million, closed on Monday.")
    round_ = next(f for f in of_kind(facts, "round") if f.currency == "EUR")
    assert round_.equivalent_amount is None


def test_the_round_restated_in_dollars_after_it_takes_them_as_its_equivalent():
    facts = facts_of(SERIES_A + "The round, roughly $22 million, is the largest in its sector this year.")
    round_ = only(facts, "round")
    assert (round_.amount, round_.equivalent_amount, round_.equivalent_currency) == (20e6, 22e6, "USD")

"""Regressions a reviewer found in the s22 extractor changes (mendC22): a round given another figure's
conversion as its other-currency amount, partnership ends read from lengths and years that are not the deal's,
whole sentences dropped in stories that merely look like corrections, and the round's own valuation undated."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article

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


# -- a partnership's end is the deal's own term, never before its start -----------------------------------------

ORBIS = "Zorgly signed a cloud partnership with Orbis Cloud"


def _partnership_end(text: str, language: str = "en") -> str | None:
    return only(facts_of(text, language=language), "partnership").until


def test_how_long_the_partner_has_worked_with_the_company_is_no_term():
    assert _partnership_end(ORBIS + ", a supplier it has worked with for five years.") is None


def test_a_partner_s_veteran_of_twenty_years_gives_no_term():
    assert _partnership_end(ORBIS + ", whose chief executive is a 20-year veteran of the industry.") is None


def test_a_search_of_three_years_the_deal_ends_gives_no_term():
    assert _partnership_end(ORBIS + ", ending a three-year search for a supplier.") is None


def test_a_year_something_else_ran_until_before_the_story_is_no_end():
    facts = facts_of(
        "Zorgly, which ran its own data centres until 2024, signed a cloud partnership with Orbis Cloud."
    )
    deal = only(facts, "partnership")
    assert (deal.date, deal.until) == ("2026-03-02", None)


def test_a_length_set_before_the_deal_s_noun_is_its_term():
    assert (
        _partnership_end("Zorgly signed a five-year, $2 billion cloud deal with Orbis Cloud.") == "2031-03-02"
    )


def test_a_partnership_signed_for_years_in_a_perfect_tense_keeps_its_term():
    assert (
        _partnership_end("Zorgly has signed a partnership with Orbis Cloud for five years.") == "2031-03-02"
    )


def test_how_long_a_french_partner_was_run_by_someone_is_no_term():
    text = (
        "Zorgly a signé un partenariat avec Orbis Cloud, une société qu'elle a dirigée pendant cinq ans "
        "avant de la revendre."
    )
    assert _partnership_end(text, language="fr") is None


# -- a correction story drops only what its own earlier dispatch said ------------------------------------------

HAD_REPORTED = (
    "Zorgly, which had reported revenue of $10 million in 2025, raised $50 million in a Series B round led by "
    "Accel on Monday."
)


def _kinds_and_dates(
    text: str, title: str, language: str = "en"
) -> list[tuple[str, float | None, str | None]]:
    facts = parse_article(text, title=title, published="2026-03-05", language=language).facts
    return sorted((f.kind, f.amount, f.date) for f in facts)


def test_a_title_merely_starting_with_the_word_correction_is_no_correction_story():
    found = _kinds_and_dates(HAD_REPORTED, "Correction in AI valuations fails to slow Zorgly")
    assert found == [("revenue", 10e6, "2025"), ("round", 50e6, "2026-03-02")]


def test_had_reported_in_a_correction_story_keeps_the_sentence_s_facts():
    found = _kinds_and_dates(HAD_REPORTED, "CORRECTION - Zorgly raises $50 million")
    assert found == [("revenue", 10e6, "2025"), ("round", 50e6, "2026-03-02")]


def test_a_company_that_had_said_something_on_a_day_neither_loses_its_facts_nor_dates_the_story():
    text = (
        "Zorgly had said on Tuesday that its revenue reached $10 million in 2025. It raised $50 million in a "
        "Series B round led by Accel."
    )
    found = _kinds_and_dates(text, "CORRECTION - Zorgly raises $50 million")
    assert found == [("revenue", 10e6, "2025"), ("round", 50e6, "2026-03-05")]


def test_a_figure_told_in_someone_else_s_report_in_a_correction_story_is_kept():
    text = (
        "Zorgly raised $50 million in a Series B round led by Accel, PitchBook said in a report. Its revenue "
        "reached $10 million in 2025."
    )
    found = _kinds_and_dates(text, "CORRECTED-Zorgly raises $50 million")
    assert ("round", 50e6, "2026-03-05") in found


def test_a_french_imperfect_annoncait_in_a_correction_story_keeps_its_facts_and_the_story_s_day():
    text = (
        "La start-up Zorgly annonçait mardi un chiffre d'affaires de 10 millions d'euros pour 2025. Elle a levé "
        "50 millions d'euros lors d'une série B menée par Accel."
    )
    found = _kinds_and_dates(text, "RECTIFICATIF - Zorgly lève 50 millions d'euros", language="fr")
    assert found == [("revenue", 10e6, "2025"), ("round", 50e6, "2026-03-05")]


def test_an_earlier_version_of_this_story_gives_no_fact():
    text = (
        "An earlier version of this story said Zorgly raised $40 million. Zorgly raised $50 million in a Series B "
        "round led by Accel."
    )
    found = _kinds_and_dates(text, "CORRECTION - Zorgly raises $50 million")
    assert [amount for _, amount, _ in found] == [50e6]


# -- a valuation reported for the news's own round keeps the story's day -----------------------------------------


def test_a_value_the_company_said_it_had_been_given_in_the_round_is_of_the_story_s_day():
    facts = facts_of(
        "Zorgly raised $500 million in a Series C round. The company said it had been valued at $5 billion in "
        "the round."
    )
    assert (only(facts, "valuation").amount, only(facts, "valuation").date) == (5e9, "2026-03-02")


def test_a_french_value_given_lors_de_cette_operation_is_of_the_story_s_day():
    facts = facts_of(
        "Zorgly a levé 500 millions d'euros lors d'une série C. La start-up a précisé qu'elle avait été "
        "valorisée 5 milliards d'euros lors de cette opération.",
        language="fr",
    )
    assert (only(facts, "valuation").amount, only(facts, "valuation").date) == (5e9, "2026-03-02")


def test_a_value_the_company_had_been_given_with_no_round_after_it_stays_an_earlier_one():
    facts = facts_of("Zorgly raised $500 million in a Series C round. It had been valued at $2 billion.")
    assert (only(facts, "valuation").amount, only(facts, "valuation").date) == (2e9, None)


def test_a_value_the_company_had_previously_been_given_stays_an_earlier_one():
    facts = facts_of(
        "Zorgly raised $500 million in a Series C round. It had previously been valued at $2 billion in a round."
    )
    assert only(facts, "valuation").date is None

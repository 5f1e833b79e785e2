"""Correction stories, earlier valuations and one round told in two currencies (tester qa35).

- A correction ("CORRECTION - …", "(Corrects valuation in paragraph 2…)") files the corrected figures under
  the company the story is about and its investor, never the wrong figure it says the earlier dispatch gave;
  its facts take the day of the dispatch it corrects when it names it, so that both sources' figures of
  one stake meet (and disagree) on one day.
- "la série C de 1,7 milliard d'euros de la start-up française": the round named after its amount is that
  company's, and a backer's sum put "dans" it is a stake in that company.
- "was last valued at about $200m" is a value of before the news: undated unless the sentence dates it.
- "The round, roughly £840m, is…" after "$1.05bn" restates the round in another currency: its
  other-currency amount, not a second raise.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article

MISTRAL_CORRECTION = (
    "Dans une dépêche publiée mardi, l'AFP indiquait qu'ASML investissait 1,3 milliard d'euros dans Mistral AI. "
    "Le groupe néerlandais investit en réalité 1,5 milliard d'euros dans la série C de 1,7 milliard d'euros de "
    "la start-up française."
)
WAYVE = (
    "LONDON, May 7 (Reuters) - British self-driving startup Wayve has raised $1.05bn in a Series C funding "
    "round led by SoftBank Group, with Nvidia and existing backer Microsoft also participating.\n\n"
    "The round, roughly £840m, is the largest ever for a UK AI company. Wayve was last valued at about $200m, "
    "sources said."
)


def _correction(text: str, title: str, published: str = "2025-09-10", language: str = "fr"):
    return parse_article(text, title=title, published=published, language=language).facts


def test_correction_files_the_corrected_stake_and_round_under_the_company_not_the_investor():
    facts = _correction(MISTRAL_CORRECTION, "CORRECTION - Mistral AI: ASML investit 1,5 milliard d'euros")
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount, stake.currency) == (
        "Mistral AI",
        "ASML",
        1.5e9,
        "EUR",
    )
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.round_type) == ("Mistral AI", 1.7e9, "Series C")
    assert round_.investors == ["ASML"]


def test_correction_gives_no_fact_for_the_figure_the_earlier_dispatch_reported():
    # "a investi" alone would be read as a stake: the dispatch reporting it is what retracts it.
    text = MISTRAL_CORRECTION.replace("qu'ASML investissait", "qu'ASML a investi")
    facts = _correction(text, "RECTIFICATIF - Mistral AI: ASML investit 1,5 milliard d'euros")
    assert 1.3e9 not in [fact.amount for fact in facts]
    assert [fact.amount for fact in of_kind(facts, "investment")] == [1.5e9]


@pytest.mark.parametrize(
    "title",
    [
        "Mistral AI: ASML investit 1,5 milliard d'euros (RECTIFICATIF)",
        "Mistral AI: ASML investit 1,5 milliard d'euros (CORRECTION)",
        "Mistral AI: ASML invests €1.5 billion (Corrected) ",
        "Mistral AI: ASML investit 1,5 milliard d'euros [Rectificatif]",
    ],
)
def test_a_correction_word_in_brackets_at_the_titles_end_makes_a_correction_story(title):
    # "Mistral AI lève 600 millions (RECTIFICATIF)" (fin1): the word closing the title, not only opening it.
    text = MISTRAL_CORRECTION.replace("qu'ASML investissait", "qu'ASML a investi")
    facts = _correction(text, title)
    assert [fact.amount for fact in of_kind(facts, "investment")] == [1.5e9]


@pytest.mark.parametrize(
    "title",
    [
        "Mistral AI: ASML investit 1,5 milliard d'euros",
        "ASML (correction of the market) invests in Mistral AI",
    ],
)
def test_a_title_without_a_closing_correction_word_is_no_correction_story(title):
    text = MISTRAL_CORRECTION.replace("qu'ASML investissait", "qu'ASML a investi")
    assert 1.3e9 in [fact.amount for fact in _correction(text, title)]


def test_correction_dates_its_facts_by_the_day_of_the_dispatch_it_corrects():
    facts = _correction(MISTRAL_CORRECTION, "CORRECTION - Mistral AI: ASML investit 1,5 milliard d'euros")
    assert {fact.date for fact in facts} == {"2025-09-09"}  # "publiée mardi", the day before the correction


def test_stake_put_into_a_round_named_after_its_amount_is_a_stake_in_that_rounds_company():
    text = (
        "Le fonds Halvor Capital investit 12 millions d'euros dans la série A de 20 millions d'euros de Zorgly, "
        "une start-up lyonnaise."
    )
    facts = facts_of(text, language="fr")
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount) == ("Zorgly", "Halvor Capital", 12e6)
    assert [(f.company, f.amount) for f in of_kind(facts, "round")] == [("Zorgly", 20e6)]


def test_correction_note_gives_no_fact_and_the_corrected_valuation_is_read():
    text = (
        "(Corrects valuation in paragraph 2 to $2 billion from $200 million)\n\n"
        "Wayve was last valued at about $2 billion, sources said."
    )
    facts = _correction(text, "Wayve valuation corrected", published="2024-05-09", language="en")
    valuation = only(facts, "valuation")
    assert (valuation.company, valuation.amount, valuation.currency) == ("Wayve", 2e9, "USD")


def test_a_name_last_valued_at_a_sum_is_the_company_valued():
    facts = facts_of("Wayve was last valued at about $2 billion, sources said.")
    assert only(facts, "valuation").company == "Wayve"


def test_last_valued_at_is_an_earlier_valuation_not_one_of_the_storys_day():
    facts = parse_article(WAYVE, published="2024-05-07", language="en").facts
    valuation = only(facts, "valuation")
    assert (valuation.amount, valuation.date) == (200e6, None)
    assert only(facts, "round").date == "2024-05-07"


def test_last_valued_at_keeps_the_year_the_sentence_gives():
    facts = facts_of(
        "Zorgly, a Paris startup, raised $50 million. It was last valued at $400 million in 2023."
    )
    valuation = only(facts, "valuation")
    assert (valuation.amount, valuation.date) == (400e6, "2023")


def test_round_restated_in_another_currency_is_its_other_currency_amount_not_a_second_raise():
    facts = parse_article(WAYVE, published="2024-05-07", language="en").facts
    round_ = only(facts, "round")
    assert (round_.amount, round_.currency) == (1.05e9, "USD")
    assert (round_.equivalent_amount, round_.equivalent_currency) == (840e6, "GBP")


def test_correction_stating_the_right_figure_against_the_earlier_article_keeps_it():
    text = (
        "Contrairement à ce que nous avons écrit dans notre article publié mardi, la fintech genevoise Zorgly a "
        "levé 55 millions de francs, et non 65 millions."
    )
    facts = _correction(text, "Rectificatif: Zorgly a levé 55 millions de francs", published="2026-11-12")
    assert [(f.company, f.amount, f.currency) for f in of_kind(facts, "round")] == [("Zorgly", 55e6, "CHF")]

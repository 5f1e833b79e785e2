"""Facts that ordinary news sentences state and the importer used to drop (tester qa38).

A backer's verb before "a round in Y" makes its subject a backer; a partnership opened "with a $1 billion
investment" is an investment plus a partnership with no sum; a sum "agreed" for a "Paris-based" company is a
committed investment, its partnership kept beside it; the second round of a sentence is not lost to the first
one's passive "led by", nor to an earlier round of the same sum; "un partenariat" names its two sides as "a
partnership" does; becoming a company's partner "pour une durée de cinq ans" is a partnership with its term.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_subject_taking_part_in_a_round_in_a_company_backs_it_with_the_one_alongside():
    text = (
        "Microsoft invested $10 billion in OpenAI. Separately, Microsoft took part in a $1.3 billion round in "
        "Inflection AI in June 2023 alongside Nvidia."
    )
    fact = only(facts_of(text, published="2023-01-23"), "round")
    assert (fact.company, fact.amount, fact.date) == ("Inflection AI", 1.3e9, "2023-06")
    assert fact.investors == ["Microsoft", "Nvidia"]


def test_partnership_begun_with_an_investment_is_that_investment_and_an_unpriced_partnership():
    text = (
        'Microsoft Corp said on Monday it was making a "multiyear, multibillion dollar" investment in OpenAI, '
        "extending a partnership that began in 2019 with a $1 billion investment."
    )
    facts = facts_of(text, published="2023-01-23")
    stake = only(facts, "investment")
    assert (stake.investor, stake.company, stake.amount, stake.currency) == (
        "Microsoft",
        "OpenAI",
        1e9,
        "USD",
    )
    assert stake.date == "2019"
    deal = only(facts, "partnership")
    assert {deal.company, deal.partner} == {"Microsoft", "OpenAI"}
    assert (deal.amount, deal.date) == (None, "2019")


def test_sum_agreed_for_a_place_based_company_is_a_committed_investment_beside_its_partnership():
    text = (
        "PARIS, Feb 26 (Reuters) - Microsoft has agreed to invest 15 million euros in Paris-based Mistral AI "
        "as part of a multi-year partnership that will make Mistral's models available on the Azure cloud, "
        "the companies said on Monday."
    )
    facts = facts_of(text, published="2024-02-26")
    stake = only(facts, "investment")
    assert (stake.investor, stake.company, stake.amount, stake.currency) == (
        "Microsoft",
        "Mistral AI",
        15e6,
        "EUR",
    )
    assert stake.status == "committed"
    deal = only(facts, "partnership")
    assert {deal.company, deal.partner} == {"Microsoft", "Mistral AI"}
    assert deal.amount is None


def test_partnership_description_leaves_out_who_said_it():
    text = (
        "Microsoft has agreed to invest 15 million euros in Paris-based Mistral AI as part of a multi-year "
        "partnership that will make Mistral's models available on the Azure cloud, the companies said on Monday."
    )
    deal = only(facts_of(text, published="2024-02-26"), "partnership")
    assert deal.description == "the Azure cloud"


def test_partnership_description_does_not_open_on_the_day_it_was_announced():
    text = (
        "PARIS, June 11 (Reuters) - Nvidia and Mistral AI announced a partnership on Wednesday to build an AI "
        "computing platform in France, called Mistral Compute, using 18,000 Grace Blackwell chips."
    )
    deal = only(facts_of(text, published="2025-06-11"), "partnership")
    assert not deal.description.startswith("Wednesday")
    assert "to build an AI computing platform in France" in deal.description


def test_second_round_of_a_sentence_after_a_passive_lead_is_the_company_s_own():
    text = (
        "Sakana AI, the Tokyo-based artificial intelligence startup, said on Monday it raised 20 billion yen.\n\n"
        "Sakana had raised $30 million in a seed round in January 2024 led by Lux Capital and Khosla Ventures, "
        "and it raised $100 million in a Series A in September 2024 in which Nvidia took part."
    )
    rounds = {f.amount: f for f in of_kind(facts_of(text, published="2025-11-17"), "round")}
    series_a = rounds[100e6]
    assert (series_a.company, series_a.round_type, series_a.date) == ("Sakana AI", "Series A", "2024-09")
    assert series_a.investors == ["Nvidia"]
    assert rounds[30e6].investors == ["Lux Capital", "Khosla Ventures"]


def test_earlier_round_of_the_same_sum_but_another_series_is_a_round_of_its_own():
    text = (
        "xAI Corp., Elon Musk's artificial intelligence startup, raised $6 billion in a Series C round with "
        "participation from Nvidia, AMD, Andreessen Horowitz and Sequoia Capital, the company said on Monday.\n\n"
        "The company previously raised $6 billion in a Series B in May 2024 at a post-money valuation of "
        "$24 billion."
    )
    rounds = of_kind(facts_of(text, published="2024-12-23"), "round")
    assert sorted((f.round_type, f.amount) for f in rounds) == [("Series B", 6e9), ("Series C", 6e9)]
    series_b = next(f for f in rounds if f.round_type == "Series B")
    assert (series_b.company, series_b.date) == ("xAI", "2024-05")


def test_partenariat_announced_by_both_companies_is_their_partnership():
    text = (
        "Nvidia et Mistral AI ont annoncé mercredi un partenariat pour construire en France une plateforme de "
        "calcul dédiée à l'intelligence artificielle, baptisée Mistral Compute, équipée de 18 000 puces Grace "
        "Blackwell."
    )
    deal = only(facts_of(text, language="fr", published="2025-06-11"), "partnership")
    assert {deal.company, deal.partner} == {"Nvidia", "Mistral AI"}
    assert deal.date == "2025-06-11"


def test_becoming_a_company_s_partner_for_five_years_is_a_partnership_with_its_term():
    text = (
        "SAN FRANCISCO, 22 novembre 2024 (AFP) - Amazon va investir 4 milliards de dollars supplémentaires dans "
        "Anthropic, a annoncé vendredi la start-up. Amazon Web Services deviendra le principal partenaire "
        "d'entraînement d'Anthropic pour une durée de cinq ans."
    )
    deal = only(facts_of(text, language="fr", published="2024-11-22"), "partnership")
    assert (deal.company, deal.partner) == ("Anthropic", "Amazon")
    assert (deal.date, deal.until) == ("2024-11-22", "2029-11-22")

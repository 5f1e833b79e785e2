"""Co-investors named after a round's lead, and names with an inner "and" or apostrophe.

"menée par X, avec Y et Z", "led by X, with Y and Z participating", "X led the round, joined by Y": the
backers after the lead are the round's investors, not its leads.
"""

from __future__ import annotations

from extract_helpers import facts_of, only

from ai_deals.importers.article import parse_article


def _round(text: str, language: str = "en"):
    return only(facts_of(text, language=language), "round")


def test_backers_after_avec_join_the_round_led_by_another_fr():
    fact = _round(
        "La start-up nantaise Korvalis a levé 20 millions d'euros lors d'un tour de table mené par Brenau "
        "Capital Partners, avec Felvane Ventures et Ostrel Invest.",
        language="fr",
    )
    assert fact.lead_investors == ["Brenau Capital Partners"]
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


def test_backers_after_avec_in_the_sentence_after_the_amount_fr():
    fact = _round(
        "La start-up nantaise Korvalis a levé 20 millions d'euros.\n\n"
        "Le tour de table est mené par Brenau Capital Partners, avec Felvane Ventures et Ostrel Invest.",
        language="fr",
    )
    assert fact.lead_investors == ["Brenau Capital Partners"]
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


def test_backers_joining_the_lead_are_not_leads_fr():
    fact = _round(
        "La start-up nantaise Korvalis a levé 20 millions d'euros lors d'une série A menée par Brenau Capital "
        "Partners, rejoint par Felvane Ventures et Ostrel Invest.",
        language="fr",
    )
    assert fact.lead_investors == ["Brenau Capital Partners"]
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


def test_backers_accompanying_the_lead_are_no_aside_fr():
    fact = _round(
        "Korvalis lève 20 millions d'euros.\n\n"
        "Le tour est mené par Brenau Capital Partners, accompagné de Felvane Ventures et d'Ostrel Invest.",
        language="fr",
    )
    assert fact.lead_investors == ["Brenau Capital Partners"]
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


def test_backers_after_aupres_de_list_continued_by_avec_fr():
    fact = _round(
        "La start-up nantaise Korvalis a levé 20 millions d'euros auprès de Brenau Capital Partners, avec "
        "Felvane Ventures et Ostrel Invest.",
        language="fr",
    )
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


def test_backers_participating_with_the_lead():
    fact = _round(
        "Tessaran Bio raised $40 million in a round led by Orvel Partners, with Brightmoor Fund and Calder "
        "Ventures participating."
    )
    assert fact.lead_investors == ["Orvel Partners"]
    assert fact.investors == ["Orvel Partners", "Brightmoor Fund", "Calder Ventures"]


def test_existing_investors_also_participating_after_the_lead():
    fact = _round(
        "Tessaran Bio raised $40 million in a Series A round led by Orvel Partners, with existing investors "
        "Brightmoor Fund and Calder Ventures also participating."
    )
    assert fact.investors == ["Orvel Partners", "Brightmoor Fund", "Calder Ventures"]


def test_backers_with_the_lead_named_by_its_verb_in_a_later_sentence():
    fact = _round(
        "Tessaran Bio raised $40 million on Monday.\n\n"
        "Orvel Partners led the round, with Brightmoor Fund and Calder Ventures taking part."
    )
    assert fact.lead_investors == ["Orvel Partners"]
    assert fact.investors == ["Orvel Partners", "Brightmoor Fund", "Calder Ventures"]


def test_backers_joined_by_after_the_lead_are_not_leads():
    fact = _round(
        "Tessaran Bio raised $40 million in a round led by Orvel Partners, joined by Brightmoor Fund and Calder "
        "Ventures."
    )
    assert fact.lead_investors == ["Orvel Partners"]
    assert fact.investors == ["Orvel Partners", "Brightmoor Fund", "Calder Ventures"]


def test_bare_with_needs_the_backers_to_close_the_clause_or_take_part():
    fact = _round(
        "Tessaran Bio raised $40 million in a round led by Orvel Partners, with Calder Ventures acting as "
        "financial adviser."
    )
    assert fact.investors == ["Orvel Partners"]


def test_a_partner_named_after_alongside_is_no_co_investor():
    facts = facts_of(
        "Tessaran Bio raised $40 million in a round led by Orvel Partners.\n\n"
        "Alongside the round, Tessaran announced a partnership with Calder Cloud, which will provide credits."
    )
    assert only(facts, "round").investors == ["Orvel Partners"]


def test_backers_listed_with_commas_before_participating_are_all_kept():
    fact = _round(
        "Tessaran Bio raised $40 million in a round led by Orvel Partners, with Brightmoor Fund, Calder "
        "Ventures and Hestia Capital participating."
    )
    assert fact.investors == ["Orvel Partners", "Brightmoor Fund", "Calder Ventures", "Hestia Capital"]


def test_backers_taking_part_before_the_reporting_clause_stop_there():
    fact = _round(
        "Tessaran Bio said it had raised $40 million.\n\n"
        "The round was co-led by Orvel Partners and Hestia Capital, with existing investors Brightmoor Fund "
        "and Calder Ventures also taking part, the company said."
    )
    assert fact.investors == ["Orvel Partners", "Hestia Capital", "Brightmoor Fund", "Calder Ventures"]


def test_operation_led_by_a_verb_alongside_others_fr():
    fact = _round(
        "La start-up lausannoise Korvalis a levé 45 millions de francs.\n\n"
        "Le fonds Brenau Capital Partners mène l'opération, aux côtés de Felvane Ventures et d'Ostrel Invest.",
        language="fr",
    )
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


def test_backers_completing_the_round_fr():
    fact = _round(
        "Korvalis a annoncé une augmentation de capital de 50 millions d'euros, menée par Brenau Capital "
        "Partners.\n\nFelvane Ventures et Ostrel Invest complètent le tour de table.",
        language="fr",
    )
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


def test_backers_that_took_part_fr():
    fact = _round(
        "Korvalis a bouclé un tour de série A de 45 millions de francs mené par Brenau Capital Partners.\n\n"
        "Felvane Ventures et Ostrel Invest ont également pris part à la levée de fonds.",
        language="fr",
    )
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


def test_a_lender_completing_the_financing_with_a_loan_is_no_backer_fr():
    fact = _round(
        "Korvalis a annoncé une levée de fonds de 25 M€ menée par Brenau Capital Partners.\n\n"
        "Felvane Bank complète le financement par un prêt de 15 M€.",
        language="fr",
    )
    assert fact.investors == ["Brenau Capital Partners"]


def test_backers_investing_in_the_next_sentence_join_a_round_named_only_by_its_lead_fr():
    fact = _round(
        "La start-up lyonnaise Korvalis a levé 450 millions d'euros.\n\n"
        "Le fonds Brenau Capital Partners mène l'opération. Felvane Ventures et Ostrel Invest y investissent "
        "chacun 150 millions d'euros.",
        language="fr",
    )
    assert fact.lead_investors == ["Brenau Capital Partners"]
    assert fact.investors == ["Brenau Capital Partners", "Felvane Ventures", "Ostrel Invest"]


# Names with an inner "and" or apostrophe.


def _parties(text: str, language: str = "en") -> list[str]:
    facts = facts_of(text, language=language)
    return [name for fact in facts for name in (fact.company, fact.investor, fact.partner) if name]


def test_two_possessives_sharing_an_institution_head_are_one_name():
    text = "Kestrel Health signed a three-year contract with Guy's and St Thomas' NHS Foundation Trust in January."
    assert only(facts_of(text), "partnership").partner == "Guy's and St Thomas' NHS Foundation Trust"


def test_one_word_on_both_sides_of_and_is_one_name():
    text = "Kestrel Health signed a partnership with Brandt and Brandt on Monday."
    assert only(facts_of(text), "partnership").partner == "Brandt and Brandt"


def test_and_company_closes_a_firm_name():
    fact = _round("Kestrel Health raised $10 million from Halloran and Company.")
    assert fact.investors == ["Halloran and Company"]


def test_words_spelling_initials_the_article_joins_by_ampersand_are_one_name():
    text = (
        "Kestrel Energy signed a 10-year supply deal with Pacific Grid and Electric in 2022, the company said. "
        "The PG&E contract runs to 2032."
    )
    assert only(facts_of(text), "partnership").partner == "Pacific Grid and Electric"


def test_a_real_list_joined_by_and_stays_split():
    fact = _round("Kestrel Health raised $10 million from Brightmoor Fund and Calder Ventures.")
    assert fact.investors == ["Brightmoor Fund", "Calder Ventures"]


def test_same_word_ending_one_name_and_opening_the_next_stays_split():
    fact = _round(
        "Kestrel Health raised $10 million from Development Bank of Japan and Japan Post Investment."
    )
    assert "Japan Post Investment" in fact.investors


def test_trade_initials_do_not_join_a_list():
    facts = facts_of(
        "Kestrel Health raised $10 million from Research Ventures and Development Capital. Its R&D team grew."
    )
    assert only(facts, "round").investors == ["Research Ventures", "Development Capital"]


def test_capital_elision_inside_a_sentence_opens_the_name_fr():
    fact = _round(
        "La start-up parisienne Korvalis a levé 10 millions d'euros auprès de L'Orvane et de Brenau Capital.",
        language="fr",
    )
    assert fact.investors == ["L'Orvane", "Brenau Capital"]


def test_capital_d_elision_opening_a_sentence_is_the_name_fr():
    text = (
        "La start-up bruxelloise Korvalis lève 12 millions d'euros.\n\n"
        "D'Arvelle, qui mène le tour de table, investit 9 millions d'euros dans Korvalis."
    )
    investments = [f for f in facts_of(text, language="fr") if f.kind == "investment"]
    assert [(f.investor, f.company) for f in investments] == [("D'Arvelle", "Korvalis")]


def test_capital_l_opening_a_sentence_stays_the_article_fr():
    text = "L'Américain Brightmoor a investi 10 millions d'euros dans la start-up parisienne Korvalis."
    assert "L'Américain Brightmoor" not in _parties(text, language="fr")


def test_s_of_a_name_before_a_verb_is_its_own():
    fact = only(facts_of("Kestrel Analytics was acquired by Hadley's for $200 million."), "acquisition")
    assert fact.investor == "Hadley's"


def test_s_of_a_name_opening_a_sentence_before_its_verb_is_its_own():
    fact = only(facts_of("Hadley's acquired Kestrel Analytics for $200 million."), "acquisition")
    assert (fact.investor, fact.company) == ("Hadley's", "Kestrel Analytics")


def test_name_with_its_own_s_keeps_it_before_a_noun_later():
    text = "Kestrel Analytics was acquired by Hadley's for $200 million. Hadley's shares rose 3%."
    companies = [company.name for company in parse_article(text, language="en").companies]
    assert "Hadley's" in companies and "Hadley" not in companies


def test_possessive_before_a_noun_is_stripped():
    text = "Kestrel Analytics raised $20 million in a round led by Brightmoor Capital. Brightmoor Capital's partner joins the board."
    companies = [company.name for company in parse_article(text, language="en").companies]
    assert "Brightmoor Capital's" not in companies

"""Co-investors named after a round's lead, and names with an inner "and" or apostrophe.

"menée par X, avec Y et Z", "led by X, with Y and Z participating", "X led the round, joined by Y": the
backers after the lead are the round's investors, not its leads.
"""

from __future__ import annotations

from extract_helpers import facts_of, only


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

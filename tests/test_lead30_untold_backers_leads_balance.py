"""Session 30, lead30: three sentences that recorded less than they tell. Money paid in by backers the
text does not name is the funded company's round with no backer; a backer said to lead after its name
("with Index Ventures leading") is the round's lead; the balance of a round told in tranches after one
part paid now is the rest of the round. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import facts_of, only


def tranches(fact) -> list[tuple]:
    return [(t.label, t.amount, t.currency, t.date, t.computed) for t in fact.tranches]


# -- 1. backers the text does not name --------------------------------------------------------------


def test_undisclosed_investors_injecting_a_sum_into_a_company_is_its_round_in_french():
    text = "Des investisseurs non dévoilés ont injecté 15 M€ dans Helix, une start-up lyonnaise."
    fact = only(facts_of(text, language="fr"), "round")
    assert (fact.company, fact.amount, fact.currency) == ("Helix", 15_000_000, "EUR")
    assert fact.investors == [] and fact.lead_investors == []


def test_investors_whose_identity_was_not_revealed_are_no_backer_of_the_round():
    for text in (
        "Des investisseurs non divulgués ont investi 15 M€ dans Helix.",
        "Des investisseurs dont l'identité n'a pas été révélée ont injecté 15 M€ dans Helix.",
    ):
        fact = only(facts_of(text, language="fr"), "round")
        assert (fact.company, fact.amount, fact.investors) == ("Helix", 15_000_000, [])


def test_undisclosed_investors_injecting_a_sum_into_a_company_is_its_round_in_english():
    fact = only(facts_of("Undisclosed investors injected $15 million into Helix."), "round")
    assert (fact.company, fact.amount, fact.currency, fact.investors) == ("Helix", 15_000_000, "USD", [])


def test_a_raise_from_undisclosed_investors_names_no_backer():
    fact = only(facts_of("Helix raised €15M from undisclosed investors."), "round")
    assert (fact.company, fact.amount, fact.currency, fact.investors) == ("Helix", 15_000_000, "EUR", [])


def test_undisclosed_investors_funding_no_named_company_record_nothing():
    assert facts_of("Undisclosed investors injected $5 billion into AI startups last year.") == []


# -- 2. a lead told after its name ------------------------------------------------------------------


def test_a_backer_said_leading_after_its_name_leads_the_round():
    for text in (
        "Zorglab raised a seed round at $25 million, with Index Ventures leading.",
        "Zorglab raised a seed round at $25 million, with Index Ventures leading the round.",
        "Zorglab raised $25 million in a seed round, Index Ventures leading.",
    ):
        fact = only(facts_of(text), "round")
        assert (fact.company, fact.lead_investors, fact.investors) == (
            "Zorglab",
            ["Index Ventures"],
            ["Index Ventures"],
        ), text


def test_a_leading_backer_joined_by_another_leads_alone():
    text = "Zorglab raised $25 million, with Index Ventures leading and Sequoia participating."
    fact = only(facts_of(text), "round")
    assert fact.lead_investors == ["Index Ventures"]
    assert "Index Ventures" in fact.investors and len(fact.investors) == 2


def test_a_backer_chef_de_file_or_menant_le_tour_leads_the_round_in_french():
    for text in (
        "Zorglab a levé 25 M€ en amorçage, avec Index Ventures en chef de file.",
        "Zorglab a levé 25 M€ en amorçage, Index Ventures menant le tour.",
    ):
        fact = only(facts_of(text, language="fr"), "round")
        assert (fact.company, fact.lead_investors) == ("Zorglab", ["Index Ventures"]), text


def test_leading_that_does_not_close_its_clause_is_no_lead():
    text = "Zorglab raised $25 million, with Index Ventures leading the way in AI."
    assert only(facts_of(text), "round").lead_investors == []


# -- 3. the balance after a part paid now -------------------------------------------------------------


def test_the_balance_after_a_part_paid_now_in_tranches_is_the_rest_of_the_round():
    text = "Zorglab raised $30 million in two tranches: $10 million now and the balance in June 2026."
    fact = only(facts_of(text, published="2026-03-02"), "round")
    assert tranches(fact) == [
        ("first", 10_000_000, "USD", "2026-03-02", False),
        ("balance", 20_000_000, "USD", "2026-06", True),
    ]


def test_le_solde_after_a_part_paid_now_in_tranches_is_the_rest_of_the_round_in_french():
    text = "Zorglab a levé 30 M€, versés en deux tranches : 10 M€ immédiatement et le solde en juin 2026."
    fact = only(facts_of(text, language="fr", published="2026-03-02"), "round")
    assert tranches(fact) == [
        ("first", 10_000_000, "EUR", "2026-03-02", False),
        ("balance", 20_000_000, "EUR", "2026-06", True),
    ]

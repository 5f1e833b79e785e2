"""Partnership rules of round 15: awarding agencies named with country initials, the partner a relative
pronoun stands for, and a collaboration's value read as a contract's, not a valuation."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text, 0, len(text), 0)]


# -- country initials -------------------------------------------------------------------------------


def test_country_initials_before_a_name_do_not_end_the_sentence():
    text = "Tarnwell won a contract from the U.S. Navy to build buoys. It employs 40 people."
    assert _sentences(text) == [
        "Tarnwell won a contract from the U.S. Navy to build buoys.",
        "It employs 40 people.",
    ]


def test_country_initials_before_a_new_sentence_still_end_it():
    text = "Tarnwell opened an office in the U.K. The company now employs 40 people."
    assert _sentences(text) == ["Tarnwell opened an office in the U.K.", "The company now employs 40 people."]


def test_contract_awarded_by_a_us_agency_names_the_agency_with_its_initials():
    facts = facts_of(
        "Tarnwell Robotics, a Utah startup, raised $20 million. "
        "Tarnwell also won a $35 million contract from the U.S. Coast Guard to supply patrol drones."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount) == ("Tarnwell Robotics", "U.S. Coast Guard", 35_000_000)


def test_awarding_party_is_the_partner_even_when_the_clause_opens_on_another_subject():
    facts = facts_of(
        "Tarnwell Robotics, a Utah startup, raised $20 million. "
        "The raise comes weeks after Tarnwell won a $35 million contract from the U.S. Coast Guard."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Tarnwell Robotics", "U.S. Coast Guard")


def test_country_initials_alone_are_not_an_organisation():
    facts = facts_of(
        "Tarnwell Robotics, a Utah startup, raised $20 million. The U.S. buys most of its drones."
    )
    assert of_kind(facts, "partnership") == []
    assert all("U.S" not in (fact.company or "") for fact in facts)


# -- "avec lequel elle a noué un partenariat", "with which it has had a contract" -----------------------


def test_french_relative_pronoun_names_the_partner_before_it():
    facts = facts_of(
        "Lexivo a levé 8 millions d'euros. Elle s'appuie sur les modèles de Corvelle AI, avec lequel elle "
        "a noué un partenariat technologique l'an dernier.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Lexivo", "Corvelle AI")


def test_french_relative_pronoun_makes_an_unknown_name_an_organisation():
    facts = facts_of(
        "Ventarel a levé 8 millions d'euros. Ventarel vend sa production à Hydrelis, avec qui il a signé "
        "en 2023 un contrat de long terme.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.date) == ("Ventarel", "Hydrelis", "2023")


def test_named_subject_of_the_relative_clause_is_the_company():
    facts = facts_of(
        "Lexivo a levé 8 millions d'euros. Parmi ses clients figure la Banque Ormelle, avec laquelle Lexivo "
        "travaille depuis 2021 sur le contrôle de conformité.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.date) == ("Lexivo", "Banque Ormelle", "2021")


def test_english_with_which_names_the_partner_before_it():
    facts = facts_of(
        "Shelvio raised $9 million. Its largest client is Marlowe Stores, with which it has had a "
        "merchandising contract since 2020."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.date) == ("Shelvio", "Marlowe Stores", "2020")


def test_relative_clause_without_a_deal_is_no_partnership():
    facts = facts_of(
        "Shelvio raised $9 million. Its founders met at Marlowe Stores, with which they shared an office in 2019."
    )
    assert of_kind(facts, "partnership") == []


# -- a collaboration's value ----------------------------------------------------------------------------


def test_research_collaboration_worth_is_the_deal_value_not_a_valuation():
    facts = facts_of(
        "Peptora raised $30 million. In May it signed a research collaboration with drugmaker Halvane worth "
        "up to $900 million in milestone payments."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount, deal.bound) == (
        "Peptora",
        "Halvane",
        900_000_000,
        "maximum",
    )
    assert of_kind(facts, "valuation") == []


def test_each_contract_value_goes_to_the_partner_named_with_it_past_tickers():
    facts = facts_of(
        "Peptora raised $30 million. Last year the company signed a research deal with Halvane (HLV.N) worth "
        "up to $900 million, and a separate agreement with Ostrel (OST.S) worth up to $400 million."
    )
    deals = {(fact.partner, fact.amount) for fact in of_kind(facts, "partnership")}
    assert deals == {("Halvane", 900_000_000), ("Ostrel", 400_000_000)}
    assert of_kind(facts, "valuation") == []


def test_company_valued_after_a_collaboration_keeps_its_valuation():
    facts = facts_of(
        "Peptora, which signed a research collaboration with Halvane last year, raised $30 million at a "
        "valuation of $400 million."
    )
    assert only(facts, "valuation").amount == 400_000_000


def test_french_collaboration_value_is_the_contract_value():
    facts = facts_of(
        "Peptora a levé 30 millions d'euros. Elle a signé un accord de collaboration avec le laboratoire "
        "Halvane d'une valeur de 200 millions d'euros.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.partner, deal.amount) == ("Halvane", 200_000_000)

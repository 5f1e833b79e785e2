"""Deal rules of round 16: a national institution named again without its country's initials, a contract's
value after "the U.S. …", French administrations whose head noun is written in lower case, the pronoun
subject of a deal with several names, and the company's own round led by an investor in a past tense."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

# -- "the U.S. Coast Guard" … "the Coast Guard" -------------------------------------------------------------


def test_institution_named_again_without_country_initials_is_the_same_partner():
    facts = facts_of(
        "Quillmarine, a Maine startup building sonar drones for the U.S. Coast Guard, raised $40 million. "
        "Quillmarine won a $12 million contract from the Coast Guard in May to map harbour floors."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount) == ("Quillmarine", "U.S. Coast Guard", 12_000_000)


def test_contract_worth_after_country_initials_is_a_deal_value_not_a_valuation():
    facts = facts_of(
        "Skyreach Orbital, a Texas company, said it has raised $80 million and won a contract from the "
        "U.S. Space Force worth up to $150 million."
    )
    assert of_kind(facts, "valuation") == []
    deal = only(facts, "partnership")
    assert (deal.partner, deal.amount, deal.bound) == ("U.S. Space Force", 150_000_000, "maximum")


# -- "le ministère des Armées", "la région Pays de la Loire", "l'académie de Lyon" -----------------------------


def test_french_ministry_with_lower_case_head_is_the_whole_partner():
    facts = facts_of(
        "Vigilane, start-up rennaise, a levé 8 millions d'euros. Elle a par ailleurs signé en mai un contrat "
        "de 30 millions d'euros sur quatre ans avec le ministère des Armées.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount) == ("Vigilane", "ministère des Armées", 30_000_000)


def test_french_region_named_without_de_is_the_partner_despite_a_second_institution():
    facts = facts_of(
        "Tablino, jeune pousse nantaise, a levé 3 millions d'euros. Elle a aussi signé avec la région Centre-"
        "Val de Loire un contrat de 900 000 euros pour équiper les lycéens de l'académie d'Orléans.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert deal.company == "Tablino"
    assert deal.partner.startswith("région Centre")


def test_french_academy_worked_with_since_a_year_is_a_partnership():
    facts = facts_of(
        "Lisandre, start-up grenobloise, a levé 2 millions d'euros. Elle travaille depuis 2022 avec "
        "l'académie de Grenoble.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.partner, deal.date) == ("académie de Grenoble", "2022")


def test_a_region_as_an_area_is_no_partner():
    facts = facts_of(
        "Lisandre, start-up grenobloise, a levé 2 millions d'euros. Elle a signé un bail pour un entrepôt "
        "dans la région de Lyon.",
        language="fr",
    )
    assert of_kind(facts, "partnership") == []


# -- "Kestrel Capital, qui avait mené en 2022 sa série A de 6 millions" ----------------------------------------


def test_investor_that_had_led_the_company_round_is_not_the_raiser_french():
    facts = facts_of(
        "Pralino, start-up lilloise, lève 15 millions d'euros auprès d'Elaia. "
        "Brume Capital, qui avait mené en 2022 sa série A de 6 millions d'euros, remet au pot.",
        language="fr",
    )
    rounds = {(f.company, f.amount) for f in of_kind(facts, "round")}
    assert ("Pralino", 6_000_000) in rounds
    assert all(company != "Brume Capital" for company, _ in rounds)


def test_investor_that_had_piloted_the_series_is_not_the_raiser():
    facts = facts_of(
        "Pralino, start-up lilloise, lève 15 millions d'euros auprès d'Elaia. "
        "Brume Capital, qui avait piloté la série A de 6 millions d'euros en mars 2022, remet au pot.",
        language="fr",
    )
    assert ("Pralino", 6_000_000) in {(f.company, f.amount) for f in of_kind(facts, "round")}


def test_investor_that_led_its_round_in_english_is_not_the_raiser():
    facts = facts_of(
        "Tidemark Robotics, a Boston startup, raised $50 million led by Accel. "
        "Northgale Ventures, which had led its $9 million seed round in 2023, also took part."
    )
    assert ("Tidemark Robotics", 9_000_000) in {(f.company, f.amount) for f in of_kind(facts, "round")}


def test_investor_that_led_a_round_of_its_own_fund_keeps_no_company_round():
    facts = facts_of(
        "Tidemark Robotics, a Boston startup, raised $50 million. "
        "Northgale Ventures led a $9 million round in Ferrowave, a Danish battery maker, in 2023."
    )
    assert ("Tidemark Robotics", 9_000_000) not in {(f.company, f.amount) for f in of_kind(facts, "round")}

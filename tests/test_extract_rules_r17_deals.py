"""Deal rules of round 17: phrasal verbs of contributing ("tipped in", "chipped in"), the investors of a
clause reported by the company ("X said that A and B had each put…"), and a round's relative clause
("the round, in which C took part") whose names are not the object of the investment."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind

# -- "which each tipped in $15 million" ----------------------------------------------------------------------


def test_tipped_in_after_coleaders_gives_each_an_investment():
    facts = facts_of(
        "Brisbane drone maker Skyhaul has raised A$40 million in a Series B round co-led by Larkspur "
        "Ventures and Quokka Capital, which each tipped in A$12 million."
    )
    pairs = {(f.company, f.investor, f.amount) for f in of_kind(facts, "investment")}
    assert pairs == {("Skyhaul", "Larkspur Ventures", 12_000_000), ("Skyhaul", "Quokka Capital", 12_000_000)}
    assert [f.amount for f in of_kind(facts, "round")] == [40_000_000]


def test_chipped_in_is_an_investment_of_its_subject():
    facts = facts_of("Skyhaul has raised $40 million. Quokka Capital chipped in $5 million.")
    assert [(f.investor, f.amount) for f in of_kind(facts, "investment")] == [("Quokka Capital", 5_000_000)]


def test_tipped_over_is_no_investment():
    facts = facts_of("Skyhaul said a truck carrying $3 million of its drones tipped over near Brisbane.")
    assert of_kind(facts, "investment") == []


# -- "Skyhaul said Tuesday that A and B had each put $150 million into the company" -------------------------


def test_reporting_company_is_not_an_investor_of_the_reported_clause():
    facts = facts_of(
        "Danish start-up Vindrell, which builds offshore batteries, said Tuesday that state investor Norrfond "
        "and asset manager Keelstone had each put $90 million into the company."
    )
    pairs = {(f.company, f.investor) for f in of_kind(facts, "investment")}
    assert pairs == {("Vindrell", "Norrfond"), ("Vindrell", "Keelstone")}


def test_reporting_company_is_not_an_investor_in_french():
    facts = facts_of(
        "La jeune pousse Vindrell a indiqué mardi que le fonds Norrfond et la société Keelstone ont chacun "
        "investi 9 millions d'euros dans l'entreprise.",
        language="fr",
    )
    pairs = {(f.company, f.investor) for f in of_kind(facts, "investment")}
    assert pairs == {("Vindrell", "Norrfond"), ("Vindrell", "Keelstone")}


def test_company_investing_itself_after_said_keeps_its_subject():
    facts = facts_of("Keelstone Capital said on Monday that it had invested $20 million in Vindrell, a battery maker.")
    found = [(f.company, f.investor) for f in of_kind(facts, "investment")]
    assert found == [("Vindrell", "Keelstone Capital")]


# -- "…each committed $150 million to the round, in which Ardwick also took part" ----------------------------


def test_names_in_a_relative_after_the_round_are_not_the_funded_company():
    facts = facts_of(
        "Lantern Robotics raised $500 million. Norrfond Capital and Keelstone Partners each committed $200 "
        "million to the round, in which existing investors Ardwick Partners and Pellham Ventures also "
        "participated."
    )
    pairs = {(f.company, f.investor) for f in of_kind(facts, "investment")}
    assert pairs == {("Lantern Robotics", "Norrfond Capital"), ("Lantern Robotics", "Keelstone Partners")}


def test_names_in_a_french_relative_after_the_round_are_not_the_funded_company():
    facts = facts_of(
        "Lanterne Robotique lève 50 millions d'euros. Norrfond Capital et Keelstone Partners apportent "
        "chacun 20 millions d'euros au tour, auquel participent aussi Ardwick Partners et Pellham Ventures.",
        language="fr",
    )
    found = of_kind(facts, "investment")
    assert found and all(f.company == "Lanterne Robotique" for f in found)

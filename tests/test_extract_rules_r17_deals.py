"""Deal rules of round 17: phrasal verbs of contributing ("tipped in", "chipped in"), the investors of a
clause reported by the company ("X said that A and B had each put…"), and a round's relative clause
("the round, in which C took part") whose names are not the object of the investment."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

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
    facts = facts_of(
        "Keelstone Capital said on Monday that it had invested $20 million in Vindrell, a battery maker."
    )
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


# -- control versus a minority stake ------------------------------------------------------------------------


def test_majority_stake_bought_for_a_price_is_an_acquisition():
    facts = facts_of(
        "Harbourline Holdings has agreed to acquire a majority stake in Corvina Data Centres for $400 million."
    )
    deal = only(facts, "acquisition")
    assert (deal.company, deal.investor, deal.amount) == ("Corvina Data Centres", "Harbourline", 400_000_000)
    assert of_kind(facts, "investment") == []


def test_french_majority_stake_bought_for_a_price_is_an_acquisition():
    facts = facts_of(
        "Le groupe Maréval Industries prend une participation majoritaire dans la start-up Corvina pour "
        "40 millions d'euros.",
        language="fr",
    )
    deal = only(facts, "acquisition")
    assert (deal.company, deal.amount) == ("Corvina", 40_000_000)
    assert of_kind(facts, "investment") == []


def test_taking_control_of_a_company_for_a_price_is_an_acquisition():
    facts = facts_of("Harbourline Holdings took control of the start-up Corvina for $90 million.")
    assert [(f.company, f.amount) for f in of_kind(facts, "acquisition")] == [("Corvina", 90_000_000)]
    facts = facts_of(
        "Le groupe Maréval Industries a pris le contrôle de la start-up Corvina pour 40 millions d'euros.",
        language="fr",
    )
    assert [(f.company, f.amount) for f in of_kind(facts, "acquisition")] == [("Corvina", 40_000_000)]


def test_taking_over_as_chief_executive_is_no_acquisition():
    facts = facts_of("Jane Marlow took over as chief executive after Corvina raised $90 million.")
    assert of_kind(facts, "acquisition") == []


def test_sixty_percent_stake_gives_one_priced_acquisition_and_no_stake_twin():
    facts = facts_of("Harbourline Holdings will buy a 60% stake in Corvina Data Centres for $400 million.")
    deal = only(facts, "acquisition")
    assert (deal.amount, deal.percentage) == (400_000_000, 60)
    assert of_kind(facts, "investment") == []


def test_acquisition_of_a_minority_share_of_capital_is_an_investment():
    facts = facts_of(
        "Le groupe bancaire Maréval Finance a annoncé l'acquisition d'environ 12 % du capital de Corvina, "
        "fintech lyonnaise, pour 30 millions d'euros.",
        language="fr",
    )
    assert of_kind(facts, "acquisition") == []
    deal = only(facts, "investment")
    assert (deal.company, deal.investor, deal.amount) == ("Corvina", "Maréval Finance", 30_000_000)


def test_buying_a_minority_stake_is_an_investment():
    facts = facts_of("Harbourline Holdings bought a 20% stake in Corvina Data Centres for $90 million.")
    assert of_kind(facts, "acquisition") == []
    assert [f.amount for f in of_kind(facts, "investment")] == [90_000_000]


# -- "for €600m including debt" ---------------------------------------------------------------------------


def test_price_including_debt_is_the_acquisition_price():
    facts = facts_of(
        "Private equity firm Stonemere Capital has agreed to buy Lumivox, the Lyon-based adtech group, for "
        "€450m including debt."
    )
    deal = only(facts, "acquisition")
    assert (deal.company, deal.investor, deal.amount) == ("Lumivox", "Stonemere Capital", 450_000_000)


def test_a_debt_facility_after_a_purchase_is_still_no_price():
    facts = facts_of("Stonemere Capital bought Lumivox last year and has since taken €80m of bank debt.")
    assert [f.amount for f in facts if f.amount] == []


# -- the price of a stake: "pay $600 million for a 40% stake in X", "prendre 11 % du capital de X pour…" -----


def test_price_paid_for_a_minority_stake_is_an_investment():
    facts = facts_of(
        "Tokyo investor Hoshiba Group said Monday it would pay $300 million for a 30 percent stake in "
        "Marrowline, a logistics start-up."
    )
    deal = only(facts, "investment")
    assert (deal.company, deal.investor, deal.amount) == ("Marrowline", "Hoshiba Group", 300_000_000)


def test_price_paid_for_a_majority_stake_is_an_acquisition():
    facts = facts_of("Hoshiba Group will pay $300 million for a majority stake in Marrowline.")
    deal = only(facts, "acquisition")
    assert (deal.company, deal.amount) == ("Marrowline", 300_000_000)


def test_french_share_of_capital_taken_for_a_price_is_an_investment():
    facts = facts_of(
        "La Banque Ormelle a annoncé mardi prendre environ 9 % du capital de Marrowline, fintech nantaise, "
        "pour 18 millions d'euros.",
        language="fr",
    )
    deal = only(facts, "investment")
    assert (deal.company, deal.investor, deal.amount) == ("Marrowline", "Banque Ormelle", 18_000_000)


def test_a_percentage_of_customers_is_no_stake_price():
    facts = facts_of(
        "Marrowline vend ses licences pour 18 millions d'euros par an à 9 % des banques françaises.",
        language="fr",
    )
    assert of_kind(facts, "investment") == [] and of_kind(facts, "acquisition") == []


# -- a background deal: "Microsoft invested $1.5 billion in Abu Dhabi's G42" --------------------------------


def test_investment_in_a_company_named_after_a_place_possessive_goes_to_that_company():
    facts = facts_of(
        "Dunecloud raised $200 million on Monday. Larchmont Systems invested $900 million in Riyadh's Falaq "
        "Inc. last year."
    )
    background = [f for f in of_kind(facts, "investment") if f.investor == "Larchmont Systems"]
    assert [(f.company, f.amount) for f in background] == [("Falaq", 900_000_000)]


def test_possessive_of_the_investor_itself_is_not_the_funded_company():
    facts = facts_of(
        "Dunecloud raised $200 million. Larchmont Systems's venture arm invested $20 million in it."
    )
    assert all(f.company != "Larchmont Systems" for f in of_kind(facts, "investment"))


# -- partnerships: a deal noun after three modifiers, a counterpart described with complements ---------------


def test_agreement_after_three_modifiers_is_a_partnership():
    facts = facts_of(
        "Brightfjord has signed a 12-year power purchase agreement with state-owned utility Vannkraft, which "
        "will supply its campus from 2027."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Brightfjord", "Vannkraft")


def test_partner_described_by_its_trade_with_complements_is_the_counterpart():
    facts = facts_of(
        "Rédigo a signé un partenariat de distribution avec l'éditeur de logiciels de gestion Comptalis, qui "
        "proposera l'outil à ses clients.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Rédigo", "Comptalis")


def test_support_of_a_lender_is_no_counterpart():
    facts = facts_of(
        "Rédigo a signé un accord de principe avec le soutien de la banque Comptalis pour ouvrir un site.",
        language="fr",
    )
    assert of_kind(facts, "partnership") == []

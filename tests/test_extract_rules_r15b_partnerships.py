"""Partnership rules of round 15b: a standing supply relation dated by its start, the relative clause whose
antecedent is the partner, a deal whose purpose names the party served, the party a company relies on under
a partnership, and a cloud unit named apart from its parent."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

# -- "has supplied X to Y since 2021", "fournit depuis 2022 ses outils au groupe Y" -------------------------


def test_supplying_a_named_customer_since_a_year_is_a_partnership():
    facts = facts_of(
        "Brindlecore, a Leeds startup, raised $30 million. "
        "Brindlecore has supplied cooling pumps to Ostrava Steelworks since 2020."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.date) == ("Brindlecore", "Ostrava Steelworks", "2020")


def test_supplying_a_customer_with_goods_since_a_year_is_a_partnership():
    facts = facts_of(
        "Brindlecore, a Leeds startup, raised $30 million from the Czech steel group Ostrava Steelworks. "
        "Brindlecore has supplied Ostrava Steelworks with cooling pumps since 2020."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Brindlecore", "Ostrava Steelworks")


def test_french_delivery_to_a_described_customer_since_a_year_is_a_partnership():
    facts = facts_of(
        "Lumivert, une start-up angevine, a levé 6 millions d'euros. "
        "La société livre depuis 2021 ses capteurs à l'enseigne Maraîchix, son premier client.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.date) == ("Lumivert", "Maraîchix", "2021")


def test_french_sourcing_from_a_supplier_since_a_year_is_a_partnership():
    facts = facts_of(
        "Lumivert, une start-up angevine, a levé 6 millions d'euros. "
        "Lumivert s'approvisionne depuis 2022 auprès de Voltaria dans le cadre d'un contrat de long terme.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Lumivert", "Voltaria")


def test_supplying_without_a_start_date_is_no_partnership():
    facts = facts_of(
        "Brindlecore, a Leeds startup, raised $30 million. "
        "Brindlecore supplies cooling pumps to Ostrava Steelworks and other mills."
    )
    assert of_kind(facts, "partnership") == []


# -- "BASF, which signed a research agreement with X", "La Poste, qui a signé un contrat" -----------------


def test_relative_clause_signing_a_deal_names_the_partner_before_it():
    facts = facts_of(
        "Quorvel, a Boston startup, raised $45 million. "
        "Its customers include Hallstrom Chemicals, which signed a research agreement with Quorvel last year."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Quorvel", "Hallstrom Chemicals")


def test_french_relative_clause_signing_a_contract_names_the_partner_before_it():
    facts = facts_of(
        "Tramelia, une start-up nantaise, a levé 9 millions d'euros. "
        "Parmi ses clients, la Mutuelle Ardoise, qui a signé en mars un contrat pluriannuel pour automatiser "
        "ses remboursements.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Tramelia", "Mutuelle Ardoise")


def test_relative_clause_signing_with_a_third_company_is_not_the_article_company_deal():
    facts = facts_of(
        "Quorvel, a Boston startup, raised $45 million. "
        "Hallstrom Chemicals, which signed a research agreement with Dunmore Labs last year, is a rival."
    )
    pairs = [{fact.company, fact.partner} for fact in of_kind(facts, "partnership")]
    assert {"Quorvel", "Hallstrom Chemicals"} not in pairs


def test_relative_clause_working_with_the_company_since_a_year_names_the_antecedent_not_an_earlier_name():
    facts = facts_of(
        "Pendrake, a Boston startup, raised $45 million. The round also included Bexley Ventures, a seed "
        "investor, and Siemens, the industrial group, which has worked with Pendrake since 2021 to test its robots."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Pendrake", "Siemens")


# -- "signed an agreement to supply … to X": a deal whose purpose names the party served ------------------


def test_agreement_to_supply_a_named_customer_is_a_partnership():
    facts = facts_of(
        "Brindlecore, a Leeds startup, raised $30 million. "
        "In May, it signed a ten-year agreement to supply as much as 0.8 gigawatts to Halvard Metals' smelter."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount) == ("Brindlecore", "Halvard Metals", None)


def test_deal_to_handle_work_for_a_named_client_is_a_partnership():
    facts = facts_of(
        "Clarimond, a London startup, raised £20 million. "
        "Clarimond also said it had agreed a three-year deal to handle home claims for Penwick Mutual."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Clarimond", "Penwick Mutual")


def test_agreement_to_supply_unnamed_customers_is_no_partnership():
    facts = facts_of(
        "Brindlecore, a Leeds startup, raised $30 million. "
        "It signed an agreement to supply pumps to several steelworks in Poland."
    )
    assert of_kind(facts, "partnership") == []


# -- "s'appuie sur les modèles de X, dans le cadre d'un partenariat" ----------------------------------------


def test_french_reliance_on_a_provider_under_a_partnership_is_a_partnership():
    facts = facts_of(
        "Juridika, une start-up lilloise, a levé 4 millions d'euros. "
        "Juridika s'appuie sur les modèles de la start-up Corvalto, dans le cadre d'un partenariat signé "
        "l'an dernier.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Juridika", "Corvalto")


def test_french_reliance_without_a_partnership_is_no_partnership():
    facts = facts_of(
        "Juridika, une start-up lilloise, a levé 4 millions d'euros. "
        "Juridika s'appuie sur les modèles de la start-up Corvalto pour rédiger ses actes.",
        language="fr",
    )
    assert of_kind(facts, "partnership") == []


def test_french_role_noun_after_the_partner_dated_by_its_start_is_a_partnership():
    facts = facts_of(
        "Juridika, une start-up lilloise, a levé 4 millions d'euros. "
        "Côté distribution, la jeune pousse s'appuie sur la coopérative Terralis, partenaire dès 2019.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Juridika", "Terralis")


# -- "Google Cloud" is a unit of its own ---------------------------------------------------------------


def test_cloud_unit_of_a_known_company_is_named_whole():
    facts = facts_of(
        "Quorvel, a Boston startup, raised $45 million. "
        "Quorvel also signed a multiyear agreement with Google Cloud to train its models."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Quorvel", "Google Cloud")


# -- a closed relative clause stating a deal keeps its names ---------------------------------------------


def test_closed_relative_clause_working_with_the_company_keeps_the_company_named_in_it():
    facts = facts_of(
        "Pendrake, a Boston startup, raised $45 million. "
        "Siemens, which has worked with Pendrake since 2021, is its largest customer."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Pendrake", "Siemens")


# -- "a 15-year lease with X", "un pilote avec X" ------------------------------------------------------


def test_lease_signed_with_a_named_tenant_is_a_partnership():
    facts = facts_of(
        "Fjellgrid, an Oslo data-centre startup, raised $60 million. "
        "Fjellgrid has also signed a 12-year lease with Salesforce for its first campus."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Fjellgrid", "Salesforce")


def test_french_pilot_run_with_a_named_retailer_is_a_partnership():
    facts = facts_of(
        "Rayonna, une start-up lilloise, a levé 7 millions d'euros. "
        "Depuis mars, elle mène un pilote avec le groupe de distribution Primavel dans une vingtaine de magasins.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Rayonna", "Primavel")


def test_pilot_plant_without_a_counterpart_is_no_partnership():
    facts = facts_of("Fjellgrid, an Oslo startup, raised $60 million. It runs a pilot plant east of Bergen.")
    assert of_kind(facts, "partnership") == []


# -- "X est client de Y depuis 2019": the supplier's partnership -------------------------------------------


def test_french_customer_of_the_funded_company_since_a_year_is_its_partner():
    facts = facts_of(
        "Sunrise entre au capital de Glacio Data, qui lève 30 millions de francs auprès de Sunrise. "
        "Sunrise est client de Glacio depuis 2020 et loue des capacités dans ses centres.",
        language="fr",
    )
    pairs = [(f.company, f.partner) for f in of_kind(facts, "partnership")]
    assert ("Glacio Data", "Sunrise") in pairs


def test_customer_role_without_a_start_date_is_no_partnership():
    facts = facts_of(
        "Glacio Data, une start-up valaisanne, a levé 30 millions de francs. "
        "Sunrise est client de Glacio, selon la société.",
        language="fr",
    )
    assert of_kind(facts, "partnership") == []


# -- "sera fournie par X dans le cadre d'un contrat", "X will be the supplier … under an agreement" ------------


def test_french_passive_supply_under_a_contract_names_the_supplier_as_partner():
    facts = facts_of(
        "Calorix Data, une start-up lilloise, a levé 80 millions d'euros pour bâtir un campus. "
        "L'électricité sera fournie par Engie à partir de 2028 dans le cadre d'un contrat de long terme.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Calorix Data", "Engie")


def test_supplier_role_under_an_agreement_names_the_supplier_as_partner():
    facts = facts_of(
        "Calorix Data, a Lille startup, raised $90 million to build a campus. "
        "Siemens will be the main supplier of its cooling systems under a multiyear agreement."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Calorix Data", "Siemens")


def test_passive_supply_without_a_deal_is_no_partnership():
    facts = facts_of(
        "Calorix Data, a Lille startup, raised $90 million to build a campus. "
        "Its servers are built by Siemens and shipped from Germany."
    )
    assert of_kind(facts, "partnership") == []


# -- an unknown name whose verb is a partnership is an organisation ----------------------------------------


def test_unknown_subject_that_partnered_with_the_company_is_its_partner():
    facts = facts_of(
        "Trundle, a London delivery-robot startup, raised $25 million. "
        "Grocery chain Vellmart partnered with Trundle in 2024 on a trial of robot deliveries."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Trundle", "Vellmart")


def test_french_unknown_subject_working_with_the_company_since_a_year_is_its_partner():
    facts = facts_of(
        "Trundle, une start-up bordelaise, a levé 5 millions d'euros. "
        "Clinique Sorbel travaille avec Trundle depuis 2022 pour tester ses robots.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Trundle", "Clinique Sorbel")


def test_person_who_worked_with_the_company_is_no_partner():
    facts = facts_of(
        "Trundle, a London delivery-robot startup, raised $25 million. "
        "John Miller has worked with Trundle since 2021 as an adviser."
    )
    assert of_kind(facts, "partnership") == []


# -- "with Britain's Ministry of Defence": the institution, not its owner, is the partner -------------------


def test_contract_with_a_country_possessive_institution_names_the_institution():
    facts = facts_of(
        "Skyloom, a Bristol drone startup, raised £30 million. "
        "Skyloom also signed a contract worth up to £50 million with Britain's Ministry of Defence to supply "
        "drones."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount) == ("Skyloom", "Ministry of Defence", 50_000_000)


def test_french_contract_with_an_institution_is_unchanged_by_the_possessive_rule():
    facts = facts_of(
        "Skyloom, une start-up toulousaine, a levé 30 millions d'euros. "
        "Skyloom a signé un contrat de 12 millions d'euros avec le ministère des Armées.",
        language="fr",
    )
    deal = only(facts, "partnership")
    assert deal.company == "Skyloom" and "Armées" in deal.partner


def test_agreement_with_a_company_product_names_the_company():
    facts = facts_of(
        "Skyloom, a Bristol drone startup, raised £30 million. "
        "Skyloom signed an agreement with Oracle to run its software on Oracle's cloud."
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Skyloom", "Oracle")

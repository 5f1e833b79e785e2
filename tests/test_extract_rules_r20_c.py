"""Round 20, partnerships, contracts and acquisitions: the wordings journalists use for them.

A supply agreement written with a figure ("a 1.1-gigawatt supply agreement with X"), a lease "worth" a sum,
an agreement to supply the party that operates something ("agreed to supply power to data centers operated
by X"), an acquisition whose price is reported after "n'a pas été dévoilé, mais…" or restated with the
deal's noun, a buyer that "has agreed to acquire", and a name inside a longer capitalised name.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_supply_agreement_sized_with_a_decimal_figure_is_a_partnership():
    text = (
        "Brasken Data, a Texas data center developer, raised $300 million on Monday.\n\n"
        "The company secured power through a 1.1-gigawatt supply agreement with Solvane Power Partners "
        "signed last year."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Brasken Data", "Solvane Power Partners")


def test_lease_worth_a_sum_is_the_contracts_value_not_a_valuation():
    text = (
        "Brasken Data, a Texas data center developer, raised $300 million on Monday.\n\n"
        "Brasken signed a 15-year lease for its Waco site with Orlen Cloud Corp. in October worth about "
        "$2 billion."
    )
    facts = facts_of(text)
    fact = only(facts, "partnership")
    assert (fact.partner, fact.amount) == ("Orlen Cloud", 2_000_000_000)
    assert not [f for f in of_kind(facts, "valuation") if f.amount == 2_000_000_000]


def test_agreeing_to_supply_the_operators_sites_is_a_partnership_with_the_operator():
    text = (
        "Halvard Nuclear, a reactor start-up, raised $90 million on Monday.\n\n"
        "Halvard has agreed to supply electricity to data centers operated by Brightway Hosting, starting "
        "in 2028."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Halvard Nuclear", "Brightway Hosting")


def test_buying_a_product_then_signing_with_a_provider_is_no_acquisition_of_the_provider():
    text = (
        "Quillon Labs, an AI start-up, raised $200 million on Monday.\n\n"
        "Quillon said it would use the money to buy computing capacity, and that it had signed a multi-year "
        "agreement with cloud provider Tessaro Compute to rent graphics processors."
    )
    facts = facts_of(text)
    assert not of_kind(facts, "acquisition")
    assert only(facts, "partnership").partner == "Tessaro Compute"


def test_name_inside_a_longer_capitalised_name_is_not_a_short_form():
    text = (
        "Gridora, a battery software start-up, raised $30 million from Helio Impact Partners.\n\n"
        "Gridora also signed an agreement with Marlin Helio Resources to optimise batteries in Texas."
    )
    fact = only(facts_of(text), "partnership")
    assert fact.partner == "Marlin Helio Resources"


def test_undisclosed_price_then_reported_estimate_is_the_acquisitions_amount():
    text = (
        "Le groupe industriel Varnel a racheté la start-up lilloise Optiva, a annoncé lundi la jeune "
        "entreprise. Le montant de la transaction n'a pas été dévoilé, mais selon le quotidien La Voix, il "
        "avoisinerait les 40 millions d'euros."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Optiva", "Varnel", 40_000_000)


def test_price_between_two_figures_after_undisclosed_is_the_acquisitions_range():
    text = (
        "Le groupe Varnel a annoncé jeudi l'acquisition d'Optiva Software, éditeur nantais de logiciels. "
        "Le montant de la transaction n'a pas été dévoilé, mais il serait compris entre 30 et 40 millions "
        "d'euros selon nos informations."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.investor, fact.amount, fact.bound) == ("Varnel", 30_000_000, "range")


def test_purchase_restated_by_its_noun_gives_the_price_to_the_deal_just_stated():
    text = (
        "La banque belge Belbank met la main sur Fakturo. Le bancassureur a annoncé lundi le rachat de la fintech "
        "anversoise, spécialisée dans la facturation, pour un montant d'environ 70 millions d'euros."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Fakturo", "Belbank", 70_000_000)


def test_buyer_that_has_agreed_to_acquire_is_a_party():
    text = (
        "Pipewell has agreed to acquire Buildspark, a start-up that speeds up build pipelines, for about "
        "$250 million in cash and stock, according to people familiar with the deal."
    )
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Buildspark", "Pipewell", 250_000_000)


def test_quebec_entente_with_a_ministry_is_a_partnership_named_with_its_portfolios():
    text = (
        "Au Québec, Lexio IA a signé en juin une entente de 1,5 million de dollars avec le ministère de "
        "l'Économie, de l'Innovation et de l'Énergie pour équiper les PME de son outil."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert fact.partner.startswith("ministère de l'Économie")
    assert fact.partner.endswith("de l'Innovation et de l'Énergie")
    assert fact.amount == 1_500_000


def test_partner_of_an_agency_since_a_year_is_a_partnership():
    text = (
        "La start-up lyonnaise Formalis lève 5 millions d'euros.\n\n"
        "Elle est partenaire de Pôle Compétences depuis 2021 pour la formation des demandeurs d'emploi."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Formalis", "Pôle Compétences")


def test_agreement_with_a_citys_authority_has_the_authority_as_counterpart():
    text = (
        "Sahra Mobility, a ride-hailing start-up, raised $40 million on Monday.\n\n"
        "Sahra also signed an agreement with Doha's Transit Services Authority (TSA) to deploy 300 electric taxis."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Sahra Mobility", "Transit Services Authority")


def test_contract_won_from_an_agency_beside_a_round_is_both_facts():
    text = (
        "La start-up bordelaise Aérovia a annoncé jeudi avoir remporté un contrat de la Direction générale "
        "de l'armement (DGA) et bouclé dans la foulée une série B de 40 millions d'euros."
    )
    facts = facts_of(text, language="fr")
    assert only(facts, "round").amount == 40_000_000
    assert only(facts, "partnership").partner == "Direction générale de l'armement"


def test_buyer_agreeing_to_buy_the_companys_output_is_its_partner():
    text = (
        "Carbonel, a carbon removal start-up, raised $60 million on Monday.\n\n"
        "The company also announced that Microsoft had agreed to buy 120,000 metric tons of carbon removal "
        "from it over ten years."
    )
    facts = facts_of(text)
    fact = only(facts, "partnership")
    assert (fact.company, fact.partner) == ("Carbonel", "Microsoft")
    assert not [f for f in facts if f.amount == 120_000]


def test_offtake_buyer_is_not_acquiring_the_seller():
    text = (
        "Fissora Power, a reactor start-up, raised $300 million and signed an agreement to supply power to "
        "Amazon's data centers.\n\n"
        "Under the agreement, Amazon will buy up to 300 megawatts from Fissora's first plant."
    )
    facts = facts_of(text)
    assert not of_kind(facts, "acquisition")
    assert only(facts, "partnership").partner == "Amazon"


def test_deal_to_sell_credits_to_a_buyer_is_a_partnership():
    text = (
        "Biocarbo, a start-up that turns crop waste into biochar, said Thursday it has signed a deal to sell "
        "2 million tons of carbon removal credits to Microsoft over ten years."
    )
    facts = facts_of(text)
    assert only(facts, "partnership").partner == "Microsoft"
    assert not of_kind(facts, "metric")

"""Round 22, partnerships: deals told without a plain "with X" right after the deal noun.

A deal's size, length or kind may come between its noun and "with/avec", and still name the other side; a
lowercase descriptor before the "with" party keeps it the party ("avec l'équipementier Valtren"); "ce dernier
tour" is an adjective, not a pronoun; a deal between the story's company and one other party is the company's
whoever signs it; a deal with no "with" party at all is the company's with the one other organisation that
acts on its product as the clause's subject.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_contract_with_its_length_and_value_before_with_names_the_counterpart():
    text = (
        "Clinora, a London startup that reads chest scans, has raised £20mn.\n\n"
        "Clinora has also won a four-year contract worth £9mn with Harwick Valley Health Board to screen "
        "patients, starting in May."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Clinora", "Harwick Valley Health Board")
    assert (fact.amount, fact.currency) == (9e6, "GBP")


def test_partnership_with_an_adjective_before_avec_names_the_counterpart():
    text = (
        "La start-up grenobloise Photalis a levé 30 millions d'euros.\n\n"
        "L'entreprise a par ailleurs noué un partenariat industriel avec Semivorn, qui fabriquera ses puces "
        "à partir de 2027."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Photalis", "Semivorn")


def test_lowercase_descriptor_before_the_with_party_keeps_the_company_side():
    text = (
        "Le groupe Arvenne rachète Moldix, une PME lyonnaise, pour 40 millions d'euros.\n\n"
        "Le rachat intervient après la signature par Moldix d'un contrat d'environ 6 millions d'euros sur trois "
        "ans avec l'équipementier ferroviaire Tralvo, pour équiper ses usines."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Moldix", "Tralvo")
    assert fact.amount == 6e6


def test_ce_dernier_before_a_noun_is_no_pronoun():
    text = (
        "La start-up Vocanto lève 12 millions d'euros auprès de Kelso Ventures.\n\n"
        "Ce dernier tour s'accompagne d'un accord de distribution avec Orange Business, qui proposera la "
        "solution à ses clients."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Vocanto", "Orange Business")


def test_deal_signed_by_the_other_side_is_the_story_company_s():
    text = (
        "Skyloom, a satellite imagery startup, has raised $60 million in a Series B round.\n\n"
        "In January, Harbor Freightlines, a shipping firm, signed a $20 million multiyear contract to buy "
        "Skyloom imagery to track its vessels."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Skyloom", "Harbor Freightlines")
    assert fact.amount == 20e6


def test_deal_without_with_party_is_made_with_the_subject_acting_on_the_product():
    text = (
        "Le groupe Veltis prend 20 % du capital de Cybernox, une PME spécialisée dans la cybersécurité, "
        "pour 15 millions d'euros.\n\n"
        "Cette prise de participation s'accompagne d'un accord commercial : Veltis distribuera les logiciels de "
        "la PME auprès de ses clients dans l'énergie."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Cybernox", "Veltis")


def test_under_a_separate_agreement_the_subject_is_the_partner():
    text = (
        "Brightwell, a New York startup that insures bakeries, has raised $25 million led by Lakemont Re.\n\n"
        "Under a separate agreement, Lakemont Re will begin reinsuring a portion of Brightwell's policies in "
        "January."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Brightwell", "Lakemont Re")


def test_other_side_buying_a_stake_under_an_agreement_is_no_partnership():
    text = (
        "Brightwell, a New York startup that insures bakeries, has raised $25 million.\n\n"
        "Under the agreement, Lakemont Re will own 18 percent of Brightwell."
    )
    assert of_kind(facts_of(text), "partnership") == []


def test_commitment_to_spend_on_capacity_from_a_cloud_is_a_partnership_with_it():
    text = (
        "Quillary, which builds coding agents, has raised $90 million.\n\n"
        "Quillary last month signed a multiyear agreement to spend at least $120 million on computing capacity "
        "from Nimbus Cloud to train its models."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Quillary", "Nimbus Cloud")
    assert (fact.amount, fact.bound) == (120e6, "minimum")


def test_spending_under_a_deal_signed_with_a_cloud_is_a_partnership_with_it():
    text = (
        "La start-up parisienne Médiscan a levé 80 millions d'euros.\n\n"
        "En parallèle, la start-up a signé avec Nimbus Cloud un partenariat de cinq ans, en vertu duquel elle "
        "s'engage à dépenser au moins 60 millions d'euros en services informatiques."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Médiscan", "Nimbus Cloud")
    assert (fact.amount, fact.bound) == (60e6, "minimum")


def test_sentence_adverb_opening_a_sentence_is_no_company():
    text = (
        "La start-up genevoise Solaria a levé 15 millions de francs.\n\n"
        "Surtout, la start-up a conclu un contrat de cinq ans avec les Services industriels de Lausanne (SIL), "
        "d'un montant de 3 millions de francs, qui débutera en janvier."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Solaria", "Services industriels de Lausanne")
    assert fact.amount == 3e6


def test_contract_with_length_and_sum_split_by_a_comma_carries_its_sum():
    text = (
        "Qubitra, a quantum computing startup, has raised $50 million.\n\n"
        "Qubitra said it signed a $12 million, three-year agreement with the Naval Research Laboratory in "
        "January to install a quantum system."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner, fact.amount) == ("Qubitra", "Naval Research Laboratory", 12e6)


def test_contract_whose_subject_is_no_organisation_is_the_story_company_s():
    text = (
        "Voltstack, which rents out AI servers, has raised $300 million.\n\n"
        "Much of its growth comes from a four-year, $900 million contract signed in May with Orionis Labs, a "
        "developer of language models, to provide compute capacity."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner, fact.amount) == ("Voltstack", "Orionis Labs", 900e6)


def test_customer_using_the_models_from_a_year_with_des_is_a_partner_and_the_year_no_count():
    text = (
        "La banque Crédit Vernier prend 10 % du capital de Scorial, fintech lyonnaise, pour 20 millions "
        "d'euros.\n\n"
        "Crédit Vernier utilise dès 2021 les modèles de Scorial pour instruire ses demandes de crédit."
    )
    facts = facts_of(text, language="fr")
    fact = only(facts, "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Scorial", "Crédit Vernier", "2021")
    assert not [f for f in facts if f.amount == 2021]


def test_product_used_by_a_customer_since_a_year_in_the_passive_is_a_partnership():
    text = (
        "Stackbot, a Leeds start-up that builds picking robots, has raised £30mn.\n\n"
        "Its robots have been used by Grocerline Group in its warehouses since 2022."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Stackbot", "Grocerline Group", "2022")


def test_customer_trying_out_the_solution_since_a_month_is_a_partner():
    text = (
        "La start-up lyonnaise Lexivo a levé 6 millions d'euros.\n\n"
        "Depuis 2024, le groupe Norvade expérimente également la solution dans une dizaine de sites."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Lexivo", "Norvade")


def test_venture_partner_joining_the_board_as_part_of_the_deal_is_no_partnership():
    text = (
        "Tallyroom, a Berlin startup, has raised €20 million in a round led by Northgate Capital.\n\n"
        "Northgate partner Clara Weiss will join Tallyroom's board as part of the deal."
    )
    assert of_kind(facts_of(text), "partnership") == []


def test_collaboration_since_a_month_and_year_names_its_partner():
    text = (
        "La start-up lilloise Textia a levé 5 millions d'euros.\n\n"
        "Elle collabore depuis septembre 2021 avec Vendora, qui l'utilise pour décrire ses produits."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Textia", "Vendora")


def test_clinical_study_run_with_a_hospital_since_a_year_is_a_partnership():
    text = (
        "La medtech parisienne Cardiomap a levé 12 millions d'euros.\n\n"
        "Depuis 2023, la start-up mène avec le CHU de Rennes une étude clinique portant sur 800 patients."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Cardiomap", "CHU de Rennes", "2023")


def test_customer_choosing_the_company_is_a_partnership_without_a_deal_word():
    text = (
        "La start-up lyonnaise Railvia a levé 10 millions d'euros.\n\n"
        "Le groupe Marchelot a retenu Railvia pour équiper ses magasins à partir de janvier."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Railvia", "Marchelot")


def test_organisation_that_has_selected_the_company_is_its_partner():
    text = (
        "Railvia, a Lyon startup, has raised $10 million.\n\n"
        "Nordbahn Logistik has selected Railvia to monitor its tracks."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Railvia", "Nordbahn Logistik")


def test_promised_supply_to_a_named_customer_is_a_partnership():
    text = (
        "Railvia, a Lyon startup, has raised $10 million, with carmaker Stellaris Group contributing $3 million.\n\n"
        "Under a separate agreement, Railvia will supply Stellaris Group with sensors for its plant."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Railvia", "Stellaris Group")


def test_future_french_supply_to_a_described_customer_is_a_partnership():
    text = (
        "La start-up Railvia a levé 10 millions d'euros.\n\n"
        "Elle fournira ses capteurs au constructeur Stellaris à partir de 2026."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Railvia", "Stellaris", "2026")


def test_buyer_committed_to_buy_the_company_s_products_is_its_partner():
    text = (
        "La start-up Railvia a levé 10 millions d'euros.\n\n"
        "Le constructeur Stellaris s'est engagé à acheter ses capteurs pendant cinq ans."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Railvia", "Stellaris")


def test_supplier_serving_the_lede_s_company_files_the_deal_under_that_company():
    text = (
        "Sabra AI, the artificial intelligence company launched by a sovereign fund, signed an agreement with "
        "Veltrion on Tuesday.\n\n"
        "Veltrion will supply the company with 10,000 of its accelerators in a first phase."
    )
    facts = [f for f in of_kind(facts_of(text), "partnership") if f.partner == "Veltrion"]
    assert [(f.company, f.partner) for f in facts] == [("Sabra AI", "Veltrion")]


def test_capitalised_les_inside_a_sentence_opens_the_partner_s_name():
    text = (
        "La start-up rennaise Rayvia a levé 8 millions d'euros.\n\n"
        "Elle équipera aussi des magasins, dans le cadre d'un contrat pluriannuel signé avec le groupement "
        "Les Bâtisseurs."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Rayvia", "Les Bâtisseurs")

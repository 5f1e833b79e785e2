"""Sentence-structure rules of the article importer, each proved on sentences written for these tests."""

from extract_helpers import facts_of as _facts
from extract_helpers import only as _one

from ai_deals.importers.article import parse_article


def test_negated_amount_gives_no_fact():
    facts = _facts(
        "La start-up grenobloise Zentra a levé 45 millions d'euros, et non 30 millions comme annoncé "
        "initialement, a-t-elle indiqué lundi.",
        "fr",
    )
    assert [f.amount for f in facts if f.amount] == [45e6]


def test_descriptor_between_preposition_and_name_keeps_the_investee():
    fact = _one(
        _facts(
            "Orbis Capital will invest $50 million in German robotics startup Kelvo Dynamics, the companies "
            "said, in a bet on a challenger to Nvidia (NVDA.O)."
        ),
        "investment",
    )
    assert (fact.investor, fact.company) == ("Orbis Capital", "Kelvo Dynamics")


def test_deal_worth_after_a_purchase_verb_is_an_acquisition_price():
    fact = _one(
        _facts(
            "Brightloom Inc. is buying Quillon Labs, a Lisbon-based startup that builds search tools, "
            "in a cash deal worth about $25M, a source said."
        ),
        "acquisition",
    )
    assert (fact.company, fact.investor, fact.amount, fact.bound) == (
        "Quillon Labs",
        "Brightloom",
        25e6,
        "approx",
    )


def test_majority_stake_purchase_is_an_acquisition_with_its_percentage():
    fact = _one(
        _facts(
            "Veltra (VLT.DE) said it would acquire a 60% stake in Munich startup Nordic Minds for €90 million."
        ),
        "acquisition",
    )
    assert (fact.company, fact.investor, fact.amount, fact.percentage) == ("Nordic Minds", "Veltra", 90e6, 60)


def test_passive_purchase_through_a_descriptor_names_the_buyer():
    fact = _one(
        _facts(
            "En 2024, la start-up Arcadia avait été rachetée par la banque Norvale Partners pour 200 millions de "
            "francs.",
            "fr",
        ),
        "acquisition",
    )
    assert (fact.company, fact.investor) == ("Arcadia", "Norvale Partners")


def test_buying_a_companys_products_is_not_an_acquisition():
    facts = _facts("The money goes to a vehicle that will buy Nvidia processors for Kelvo's data centre.")
    assert not [f for f in facts if f.kind == "acquisition"]


def test_buying_a_funds_shares_is_not_acquiring_the_fund():
    facts = _facts("Le groupe Ardent rachète les parts des fonds Eurazeo et Bpifrance.", "fr")
    assert not [f for f in facts if f.kind == "acquisition"]


def test_headcount_is_an_employee_metric_of_the_company():
    facts = _facts(
        "Kelvo Dynamics raised $40 million in a Series A round. The startup, which employs about 120 people, "
        "said it expected revenue to grow."
    )
    fact = _one(facts, "metric")
    assert (fact.company, fact.metric, fact.amount, fact.bound) == (
        "Kelvo Dynamics",
        "employees",
        120,
        "approx",
    )


def test_planned_headcount_is_a_projection_and_hiring_targets_and_chips_are_not_facts():
    facts = _facts(
        "La start-up Lumio a levé 10 millions de francs. L'entreprise, qui emploie 30 collaborateurs, prévoit "
        "de porter ses effectifs à 60 personnes d'ici fin 2028. Elle prévoit de recruter 25 personnes et "
        "d'acheter 4 000 puces.",
        "fr",
    )
    metrics = sorted((f.kind, f.amount) for f in facts if f.unit)
    assert metrics == [("metric", 30), ("projection", 60)]


def test_partners_working_together_belong_to_the_article_company():
    facts = _facts(
        "The German startup Kelvo raised $20 million in a round led by Orbis Capital. "
        "Veltra Group and Kelvo have worked together since 2022 on industrial models."
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner) == ("Kelvo", "Veltra Group")


def test_a_deal_closing_is_not_a_partnership():
    facts = _facts(
        "Orbis Capital will invest $50 million in startup Kelvo Dynamics. Orbis Capital will pay $20 million "
        "when the deal closes, with the rest due later."
    )
    assert not [f for f in facts if f.kind == "partnership"]


def test_canadian_dollars_and_government_investor():
    fact = _one(
        _facts(
            "Kelvo Dynamics raised $40 million in a Series A round. In May, the Government of Canada committed "
            "up to C$80 million to help the company build a lab."
        ),
        "investment",
    )
    assert (fact.investor, fact.currency, fact.amount, fact.bound) == (
        "Government of Canada",
        "CAD",
        80e6,
        "maximum",
    )


def test_a_venture_arm_is_distinct_from_its_parent():
    fact = _one(_facts("Kelvo raised $30 million from AMD Ventures and Orbis Capital."), "round")
    assert "AMD Ventures" in fact.investors and "AMD" not in fact.investors


def test_a_description_apposed_to_a_name_describes_that_name():
    fact = _one(
        _facts(
            "Le fonds souverain singapourien Temasek investit 10 millions de francs dans la start-up Lumio.",
            "fr",
        ),
        "investment",
    )
    assert (fact.investor, fact.company) == ("Temasek", "Lumio")


def test_la_cible_designates_the_acquired_company():
    facts = _facts(
        "Le groupe Ardent a annoncé l'acquisition de la start-up Lumio pour 50 millions d'euros. "
        "La cible, qui emploie 40 personnes, a réalisé un chiffre d'affaires de 8 millions d'euros en 2025.",
        "fr",
    )
    assert _one(facts, "revenue").company == "Lumio"


def test_a_pronoun_subject_raises_for_the_articles_company():
    facts = _facts(
        "La start-up Lumio a levé 30 millions d'euros. Fondée par des anciens de Google et Meta, la start-up "
        "compte 50 salariés. En 2024, elle avait levé 5 millions d'euros.",
        "fr",
    )
    assert {f.company for f in facts if f.kind == "round"} == {"Lumio"}


def test_a_listed_company_is_recognised_by_its_market_in_parentheses():
    fact = _one(
        _facts("Novalis (Euronext Growth, ALNOV), éditeur français de logiciels, a levé 8 M€ mardi.", "fr"),
        "round",
    )
    assert fact.company == "Novalis"


def test_names_inside_an_apposition_are_not_the_raiser():
    fact = _one(
        _facts(
            "Quillon Labs, the robotics startup co-founded by former Google engineer Dana Brook, "
            "has raised $80 million in a Series B round."
        ),
        "round",
    )
    assert fact.company == "Quillon Labs"


def test_a_fronted_founding_clause_does_not_take_the_subject():
    fact = _one(
        _facts(
            "La start-up Brindille a levé 5 millions d'euros. "
            "Créée en 2019 par Lina Morel et Hugo Vasseur, Brindille emploie 120 salariés.",
            "fr",
        ),
        "metric",
    )
    assert fact.company == "Brindille"


def test_a_founder_named_after_par_is_a_person_not_a_company():
    facts = _facts(
        "Brindille a levé 20 millions d'euros. La société a été fondée par Yasmine Kader et Tom Perrin. "
        "Elle compte 300 clients, a indiqué Tom Perrin, son cofondateur.",
        "fr",
    )
    assert {f.company for f in facts} == {"Brindille"}


def test_a_market_or_sector_total_is_not_a_company_fact():
    facts = _facts(
        "Vantor raised $12 million. AI startups raised $104.3 billion in the first half, according to "
        "PitchBook. Insurers spend about $100 billion a year on claims."
    )
    assert [f.amount for f in facts if f.amount] == [12e6]


def test_a_total_raised_since_founding_is_not_a_round():
    facts = _facts("Vantor raised $12 million. Vantor has now raised nearly $40 million since its founding.")
    assert [f.amount for f in facts if f.kind == "round"] == [12e6]


def test_a_retracted_figure_in_a_correction_gives_no_fact():
    facts = _facts(
        "Orvane a levé 45 millions de francs. (Cette dépêche corrige le montant, indiqué par erreur à "
        "54 millions de francs.)",
        "fr",
    )
    assert [f.amount for f in facts if f.amount] == [45e6]


def test_an_index_name_is_not_a_count():
    facts = _facts("Vantor said its tools are used at 40% of Fortune 500 companies.")
    assert [f for f in facts if f.kind == "metric"] == []


def test_a_series_named_after_the_amount_is_a_round_not_a_valuation():
    facts = _facts(
        "Vantor, a Boston-based startup, has raised $42M. The round values Vantor at $310M, four times "
        "where it was priced after its $9M Series A."
    )
    assert ("round", 9e6) in {(f.kind, f.amount) for f in facts}
    assert ("valuation", 9e6) not in {(f.kind, f.amount) for f in facts}


def test_a_partnership_with_a_pronoun_subject_belongs_to_the_article_company():
    facts = _facts(
        "La start-up Orvane a levé 45 millions de francs. Elle a conclu un accord avec le groupe Bühler.",
        "fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner) == ("Orvane", "Bühler")


def test_name_before_an_aside_and_a_deal_verb_is_an_organisation():
    fact = _one(
        _facts(
            "Le néocloud lyonnais Veldrane, qui loue des serveurs aux laboratoires, a bouclé une levée de "
            "fonds de 80 millions d'euros, a-t-il annoncé mardi.",
            "fr",
        ),
        "round",
    )
    assert fact.company == "Veldrane"


def test_noun_apposition_does_not_supply_the_raising_company():
    fact = _one(
        _facts(
            "La fintech Corvane, éditeur d'un logiciel de paie pour les Artisans, a annoncé une levée de "
            "fonds de 40 millions d'euros.",
            "fr",
        ),
        "round",
    )
    assert fact.company == "Corvane"


def test_bare_reference_is_the_article_lead_not_the_last_fund_named():
    facts = _facts(
        "La start-up Mirelle Robotics, qui conçoit des bras robotisés, a levé 30 millions d'euros. "
        "Le fonds Korvet Capital mène l'opération. "
        "L'entreprise emploie une trentaine de personnes.",
        "fr",
    )
    assert _one(facts, "metric").company == "Mirelle Robotics"


def test_counts_written_as_words_are_approximate_metrics():
    fact = _one(_facts("Zentrix AI, a robotics startup, employs about a hundred people."), "metric")
    assert (fact.amount, fact.bound) == (100, "approx")


def test_amount_compared_with_a_valuation_is_a_valuation():
    facts = _facts(
        "L'opération valorise la start-up Quorvia 2 milliards d'euros après augmentation de capital, "
        "contre 900 millions d'euros lors de son précédent tour.",
        "fr",
    )
    assert sorted(f.amount for f in facts if f.kind == "valuation") == [9e8, 2e9]
    assert not [f for f in facts if f.kind == "round"]


def test_price_in_the_next_sentence_completes_the_acquisition():
    facts = _facts(
        "La start-up genevoise Sonvia a été rachetée par Lumatek, a annoncé jeudi le groupe. "
        "Le montant de la transaction s'élève à 40 millions de francs.",
        "fr",
    )
    fact = _one(facts, "acquisition")
    assert (fact.company, fact.investor, fact.amount, fact.currency) == ("Sonvia", "Lumatek", 4e7, "CHF")


def test_second_acquisition_cue_in_a_sentence_states_the_deal():
    facts = _facts(
        "Ce rachat n'est pas le premier pour Nvidia, qui avait déjà acquis l'an dernier la start-up "
        "américaine Dorvex.",
        "fr",
    )
    fact = _one(facts, "acquisition")
    assert (fact.company, fact.investor) == ("Dorvex", "Nvidia")


def test_a_listed_companys_market_value_is_not_a_valuation():
    facts = _facts("Dravex, which has a market value of about $80 billion, will pay a dividend of 20 cents.")
    assert not [f for f in facts if f.kind == "valuation"]


def test_a_name_inside_a_closed_relative_clause_is_not_the_subject():
    facts = _facts(
        "Korvane Robotics, which bought the drone maker Peltrix Aviation in 2024 for an undisclosed sum, "
        "employs around 300 people."
    )
    assert _one(facts, "metric").company == "Korvane Robotics"


def test_a_stake_named_after_the_amount_is_an_investment_not_an_acquisition():
    facts = _facts("Orvex Capital bought a $1.5 billion stake in Lumatek Systems in April.")
    fact = _one(facts, "investment")
    assert (fact.investor, fact.company, fact.amount) == ("Orvex Capital", "Lumatek Systems", 1.5e9)
    assert not [f for f in facts if f.kind == "acquisition"]


def test_a_price_paid_in_cash_is_an_acquisition_price_not_a_cash_figure():
    facts = _facts("Brightloom Inc. said it will acquire Quillon Labs for about $400 million in cash.")
    fact = _one(facts, "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Quillon Labs", "Brightloom", 4e8)


def test_a_past_round_of_the_target_does_not_make_it_the_articles_company():
    facts = _facts(
        "Le groupe Korvane a annoncé le rachat de la start-up Pelmo. "
        "Ce dernier avait levé 5 millions d'euros en 2021. "
        "« Nous voulons aller vite », a déclaré le patron du groupe. "
        "La société a réalisé un chiffre d'affaires de 300 millions d'euros l'an dernier.",
        "fr",
    )
    assert _one(facts, "revenue").company == "Korvane"


def test_the_startup_is_the_acquired_startup_not_its_buyer():
    facts = _facts(
        "Le groupe Korvane a annoncé le rachat de la start-up lyonnaise Pelmo pour 80 millions d'euros. "
        "La start-up a réalisé un chiffre d'affaires de 9 millions d'euros en 2024.",
        "fr",
    )
    assert _one(facts, "revenue").company == "Pelmo"


def test_a_name_after_a_descriptor_governed_by_a_preposition_is_not_the_raiser():
    facts = _facts(
        "La start-up Korvane a recruté un nouveau directeur. "
        "La jeune pousse a bouclé un tour de table de 250 millions d'euros, mené par Index Ventures, "
        "aux côtés du fonds singapourien Temasek.",
        "fr",
    )
    assert _one(facts, "round").company == "Korvane"


def test_a_city_after_a_descriptor_is_its_complement_not_a_company():
    facts = _facts(
        "La start-up Korvane, basée à Cologne, a levé 30 millions d'euros. "
        "Le groupe de Cologne emploie plus de 1000 salariés.",
        "fr",
    )
    assert _one(facts, "metric").company == "Korvane"


def test_a_possessive_s_before_a_full_stop_ends_the_sentence():
    from ai_deals.importers.extract.sentences import split_sentences

    text = "Its clients include Carrefour and Macy's. The company employs 1,500 people."
    assert [s.text for s in split_sentences(text, 0, len(text), 0)] == [
        "Its clients include Carrefour and Macy's.",
        "The company employs 1,500 people.",
    ]


def test_a_reference_that_matches_no_company_gives_no_fact():
    facts = _facts(
        "La start-up lyonnaise Korvane a levé 10 millions d'euros auprès du fonds parisien Pelmo Capital. "
        "Le groupe chinois a réalisé un chiffre d'affaires de 5 milliards d'euros.",
        "fr",
    )
    assert not [f for f in facts if f.kind == "revenue"]


def test_a_city_reference_may_designate_a_company_whose_city_is_unknown():
    facts = _facts(
        "Israeli company Korvane Labs said it had raised $300 million in a round led by Pitango Growth. "
        "Nvidia and Google each put in $50 million. "
        "The new money gives the Tel Aviv-based company a valuation of $2.1 billion."
    )
    assert _one(facts, "valuation").company == "Korvane Labs"


def test_its_contraction_is_a_pronoun_not_a_company():
    facts = _facts(
        "Parvex, a Berlin-based maker of voice agents, raised $120M in Series C funding. It's now valued at $1B."
    )
    assert _one(facts, "valuation").company == "Parvex"


def test_a_name_the_article_presents_as_a_company_later_is_one_from_the_start():
    facts = _facts(
        "Fondée en 2022 à Lyon, Pelvane développe une plateforme de maintenance prédictive. "
        "Pelvane a annoncé mardi une levée de fonds de 12 millions d'euros. "
        "« Nous allons recruter », explique Claire Morel, présidente de Pelvane.",
        "fr",
    )
    assert _one(facts, "round").company == "Pelvane"


def test_shares_of_a_name_make_it_a_company():
    facts = _facts(
        "L'action Quorvex bondissait de 14 % jeudi. Quorvex a publié un chiffre d'affaires de 5,8 millions "
        "d'euros en 2025.",
        "fr",
    )
    assert _one(facts, "revenue").company == "Quorvex"


def test_the_startup_never_designates_a_fund_met_in_an_investor_list():
    facts = _facts(
        "Le tour de table de 12 millions d'euros est mené par Serelia, aux côtés de Kiro Ventures. "
        "La jeune pousse revendique 200 clients industriels.",
        "fr",
    )
    assert not [f for f in facts if f.kind == "metric"]


def test_the_fund_designates_the_company_the_article_described_as_a_fund():
    facts = _facts(
        "La start-up Lumvex a levé 85 millions de francs lors d'un tour conduit par le fonds américain "
        "Redpeak Capital. Swisscom Ventures a également participé. "
        "Le fonds pourrait apporter jusqu'à 40 millions de francs supplémentaires d'ici fin 2026.",
        "fr",
    )
    investments = [f for f in facts if f.kind == "investment"]
    assert [(f.investor, f.company) for f in investments] == [("Redpeak Capital", "Lumvex")]


def test_an_indefinite_description_after_a_comma_is_apposed_to_the_name_before_it():
    facts = _facts(
        "Le groupe Dorvia a annoncé le rachat de Pelmo.ai, une jeune pousse berlinoise. "
        "Ce dernier avait levé 5 millions d'euros en 2023.",
        "fr",
    )
    assert _one(facts, "round").company == "Pelmo.ai"


def test_a_contract_worth_an_amount_is_a_paid_partnership_not_a_valuation():
    facts = _facts(
        "Korvane Labs, a Tokyo-based startup, signed a multi-year agreement with Daiwa Securities Group "
        "worth about ¥5 billion."
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.amount, fact.currency) == (
        "Korvane Labs",
        "Daiwa Securities Group",
        5e9,
        "JPY",
    )
    assert not [f for f in facts if f.kind == "valuation"]


def test_an_amount_naming_a_partnership_is_its_value():
    facts = _facts(
        "Humvex Systems and AMD said they would form a $10 billion partnership to build data centres."
    )
    fact = _one(facts, "partnership")
    assert ({fact.company, fact.partner}, fact.amount) == ({"Humvex Systems", "AMD"}, 1e10)


def test_a_commitment_to_spend_with_a_named_company_is_a_partnership():
    facts = _facts(
        "Microsoft will invest $1 billion in Qorvan Compute, an Abu Dhabi-based provider of cloud services. "
        "Qorvan Compute committed to spend $2 billion on Microsoft's Azure cloud over seven years."
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.amount) == ("Qorvan Compute", "Microsoft", 2e9)


def test_a_line_too_long_to_be_prose_is_not_scouted_for_names():
    import time

    line = "OpenAI a levé 1,2 Md$ auprès de Amazon, plus de (environ « " * 4000
    started = time.perf_counter()
    parse_article(line)
    assert time.perf_counter() - started < 2


def test_a_same_sum_restated_in_another_currency_is_one_fact():
    facts = _facts("The funding values Korvane Labs at about ¥400 billion, or roughly $2.6 billion.")
    fact = _one(facts, "valuation")
    assert (fact.amount, fact.currency, fact.equivalent_currency) == (4e11, "JPY", "USD")


def test_a_year_followed_by_a_preposition_is_not_a_count():
    facts = _facts("Korvane Labs, founded in 2024 by researchers from Paris, raised $30 million.")
    assert not [f for f in facts if f.kind == "metric"]


def test_a_relative_clause_closed_after_a_number_with_a_comma_is_still_closed():
    facts = _facts(
        "Korvane Labs raised $10 million. The startup, which operates more than 40,000 Nvidia processors, "
        "said revenue rose to $380 million last year."
    )
    assert _one(facts, "revenue").company == "Korvane Labs"


def test_companies_given_as_examples_are_not_the_subject():
    facts = _facts(
        "Korvane Labs raised $10 million. Its software is used by more than 150 hospitals, including "
        "Kaiser Permanente and Mayo Clinic, and by about 30,000 clinicians."
    )
    assert {f.company for f in facts if f.kind == "metric"} <= {"Korvane Labs"}


def test_an_amount_invested_in_something_that_is_not_a_company_gives_no_fact():
    facts = _facts(
        "Le fonds Qorvan Capital va investir 300 millions d'euros dans la start-up Pelmo. "
        "Cet investissement s'inscrit dans l'engagement pris par Qorvan Capital d'investir 10 milliards "
        "d'euros dans l'économie française d'ici 2030.",
        "fr",
    )
    assert [f.amount for f in facts if f.kind == "investment"] == [3e8]


def test_a_bare_number_continuing_a_count_counts_the_same_thing():
    facts = _facts(
        "Norvane, a Lyon-based logistics startup, has 240 employees and plans to reach 400 by the end of 2027. "
        "It sells in 90 countries, up from about 35 a year ago.",
        published="2026-03-02",
    )
    counts = {(f.kind, f.amount, f.unit) for f in facts if f.unit}
    assert ("metric", 240, "employees") in counts
    assert ("projection", 400, "employees") in counts
    # Not a counted noun the reader knows, and "reach 400 million" would be money, not a count.
    assert all(f.amount != 35 for f in facts)
    assert not [
        f
        for f in _facts("Norvane has 240 employees and hopes to reach 400 million users.")
        if f.amount == 400
    ]


def test_a_headcount_spelled_in_tens_is_a_count():
    facts = _facts(
        "Norvane, a Lyon-based logistics startup, has forty staff today. The two companies declined to comment."
    )
    assert [(f.amount, f.unit) for f in facts if f.kind == "metric"] == [(40, "employees")]


def test_counts_of_what_a_business_handles_are_metrics():
    facts = _facts(
        "Norvane, a Lyon-based logistics startup, now handles around 40,000 shipments a month for 25 insurance "
        "carriers. Its rival looked at more than a dozen AI claims startups."
    )
    assert sorted((f.amount, f.unit) for f in facts if f.kind == "metric") == [
        (25, "carriers"),
        (40000, "shipments"),
    ]


def test_two_adjectives_may_stand_between_a_count_and_its_noun():
    facts = _facts("Norvane, a Lyon-based logistics startup, has more than 700 million weekly active users.")
    assert [(f.amount, f.metric) for f in facts if f.kind == "metric"] == [(700e6, "weekly_users")]


def test_a_future_count_is_a_projection_whatever_it_counts():
    facts = _facts(
        "Sillex, une start-up rennaise, prévoit d'équiper 10 000 exploitations d'ici 2028.",
        "fr",
        "2026-03-02",
    )
    assert [(f.kind, f.amount) for f in facts if f.unit] == [("projection", 10000)]


def test_a_date_after_a_later_count_belongs_to_that_count():
    facts = _facts(
        "Sillex, une start-up rennaise, qui compte une trentaine de chercheurs, prévoit d'en employer une "
        "centaine d'ici fin 2027.",
        "fr",
    )
    assert sorted((f.kind, f.amount) for f in facts if f.unit) == [("metric", 30), ("projection", 100)]


def test_a_company_presented_only_in_the_headline_is_known_in_the_body():
    text = (
        "Corvane change de dimension. L'opérateur lyonnais de centres de données a annoncé jeudi une levée de "
        "fonds de 80 millions d'euros, menée par Ardian."
    )
    facts = parse_article(
        text, title="Le lyonnais Corvane lève 80 M€", published="2026-03-02", language="fr"
    ).facts
    assert _one(facts, "round").company == "Corvane"


def test_a_headline_short_form_does_not_replace_the_body_name():
    text = "Tessellate AI, a Boston-based startup, raised $42 million in a Series B led by Index Ventures."
    facts = parse_article(text, title="Tessellate raises $42M", published="2026-03-02", language="en").facts
    assert _one(facts, "round").company == "Tessellate AI"


def test_a_company_presented_by_an_apposition_is_what_the_next_pronoun_designates():
    facts = _facts(
        "C'est la promesse de Sillex, start-up rennaise fondée en 2022. Elle annonce une levée de fonds de "
        "6 millions d'euros, menée par Demeter.",
        "fr",
    )
    assert _one(facts, "round").company == "Sillex"


def test_a_definite_apposition_does_not_present_the_name_before_it():
    facts = _facts(
        "Fondée en 2021 par d'anciens cadres d'OpenAI, la société développe des modèles. Elle a levé "
        "30 millions d'euros auprès de Serena.",
        "fr",
    )
    assert all(f.company != "OpenAI" for f in facts)


def test_a_fact_box_label_is_not_a_company():
    facts = _facts(
        "Sillex, start-up rennaise, lève 6 millions d'euros auprès de Demeter.\n"
        "Sillex en bref\nSiège : Rennes\nMontant levé : 6 M€\nInvestisseurs : Demeter",
        "fr",
    )
    assert {f.company for f in facts} == {"Sillex"}


def test_a_coordinated_antecedent_of_each_gives_one_investment_per_investor():
    facts = _facts(
        "Sillex, start-up rennaise, annonce une levée de 6 millions d'euros, menée par Demeter et Founders "
        "Future, qui ont chacun apporté 2 millions d'euros.",
        "fr",
    )
    assert sorted(f.investor for f in facts if f.kind == "investment") == ["Demeter", "Founders Future"]


def test_a_price_per_unit_is_no_deal_amount():
    facts = _facts(
        "En avril, Hugging Face a racheté la start-up bordelaise Pollen Robotics, qui conçoit un robot vendu "
        "environ 70 000 dollars pièce, pour un montant non dévoilé.",
        "fr",
    )
    fact = _one(facts, "acquisition")
    assert (fact.company, fact.amount) == ("Pollen Robotics", None)


def test_a_price_stated_in_a_second_clause_completes_the_acquisition():
    facts = _facts(
        "Le spécialiste de la cybersécurité Check Point a annoncé mardi le rachat de Lakera, une jeune pousse "
        "zurichoise. Le prix n'a pas été communiqué, mais la transaction avoisinerait 300 millions de dollars.",
        "fr",
    )
    fact = _one(facts, "acquisition")
    assert (fact.investor, fact.company, fact.amount) == ("Check Point", "Lakera", 300e6)


def test_a_figure_dated_before_the_publication_year_is_no_projection():
    facts = _facts(
        "La start-up lyonnaise Vocalis vise un chiffre d'affaires de 10 millions d'euros en 2027, contre "
        "2,5 millions l'an dernier.",
        "fr",
    )
    assert sorted((f.kind, f.amount) for f in facts if f.currency) == [
        ("projection", 10e6),
        ("revenue", 2.5e6),
    ]


def test_a_figure_without_subject_after_an_investor_sentence_belongs_to_the_funded_company():
    facts = _facts(
        "Sillex, start-up rennaise, annonce une levée de 6 millions d'euros menée par Demeter. Arkéa Capital "
        "complète le tour. La solution est déjà utilisée par plus de 1 500 exploitations.",
        "fr",
    )
    assert _one(facts, "metric").company == "Sillex"


def test_a_valuation_without_subject_after_an_investor_sentence_is_the_funded_company():
    facts = _facts(
        "Scribex, a Boston-based startup, raised $100 million in a round led by Lightspeed Venture Partners. "
        "Lightspeed Venture Partners also backed its previous round. That round was at a $2.5 billion valuation."
    )
    assert _one(facts, "valuation").company == "Scribex"


def test_an_investor_that_will_lead_a_round_is_not_its_raiser():
    facts = _facts(
        "Orbis Capital will lead a funding round of up to $400 million in Kelvo Dynamics, the startup said."
    )
    fact = _one(facts, "round")
    assert (fact.company, fact.lead_investors) == ("Kelvo Dynamics", ["Orbis Capital"])


def test_a_possessive_investment_leading_a_round_names_the_leader_not_the_raiser():
    facts = _facts(
        "Kelvo Dynamics, a Paris-based startup, confirmed the deal. Orbis Capital's investment leads a 1.7 billion "
        "euro Series C funding round that values Kelvo Dynamics at 11.7 billion euros."
    )
    fact = _one(facts, "round")
    assert (fact.company, fact.lead_investors) == ("Kelvo Dynamics", ["Orbis Capital"])


def test_a_french_capitalisation_is_a_market_value_not_a_valuation():
    facts = _facts(
        "Le titre Essilor prenait 3,4 % mercredi, portant la capitalisation du groupe à plus de 110 milliards "
        "d'euros.",
        "fr",
    )
    assert not [f for f in facts if f.kind == "valuation"]


def test_raising_a_budget_is_no_funding_round():
    facts = _facts(
        "Helsar, a Munich-based startup, builds drones. Germany plans to raise its core defence budget to about "
        "€162bn by 2029, up from roughly €62bn this year."
    )
    assert not [f for f in facts if f.amount]


def test_a_descriptor_with_a_lowercase_complement_still_governs_the_name_after_it():
    facts = _facts(
        "Le géant américain Amazon va investir 4 milliards de dollars supplémentaires dans la start-up "
        "d'intelligence artificielle (IA) générative Anthropic, a annoncé vendredi cette dernière.",
        "fr",
    )
    fact = _one(facts, "investment")
    assert (fact.investor, fact.company) == ("Amazon", "Anthropic")


def test_money_taken_in_a_round_or_from_investors_is_a_round():
    facts = _facts(
        "Corvane, a Toronto-based startup, said on Monday it had picked up another $100 million from existing "
        "investors."
    )
    assert (_one(facts, "round").company, _one(facts, "round").amount) == ("Corvane", 100e6)
    facts = _facts("Corvane, a Toronto-based startup, collected €450mn in a round led by General Catalyst.")
    assert _one(facts, "round").amount == 450e6


def test_a_valuation_stated_in_a_round_stays_a_valuation():
    facts = _facts(
        "Corvane, a Toronto-based startup, was valued at $3 billion in a March funding round led by SoftBank."
    )
    assert [(f.kind, f.amount) for f in facts if f.amount] == [("valuation", 3e9)]


def test_run_rate_revenue_after_an_amount_is_revenue():
    facts = _facts("Corvane, a Toronto-based startup, is generating over $500 million in run-rate revenue.")
    assert _one(facts, "revenue").amount == 500e6


def test_a_price_paid_for_a_company_is_its_acquisition_price():
    facts = _facts(
        "Brightloom Inc., a Boston-based company, said it would acquire Quillon Labs, a Lisbon-based startup. "
        "Brightloom Inc. will pay about $300 million for Quillon Labs, a source said."
    )
    fact = _one(facts, "acquisition")  # The announcement without the price is the same deal.
    assert (fact.investor, fact.company, fact.amount) == ("Brightloom", "Quillon Labs", 300e6)


def test_a_payment_for_products_or_by_an_uncertain_payer_is_no_acquisition():
    assert not _facts("Brightloom Inc., a Boston-based company, will pay $10 billion for Nvidia chips.")
    facts = _facts(
        "The data company bought the startup Mosaix in 2023 and paid more than $1 billion for Tabulo, a "
        "Lisbon-based startup, last year."
    )
    assert not [f for f in facts if f.company == "Tabulo" and f.investor == "Mosaix"]


def test_the_two_companies_of_a_deal_agreeing_to_work_together_are_partners():
    facts = _facts(
        "Orbis Capital will invest $50 million in Kelvo Dynamics, a Paris-based startup, the companies said. "
        "The two companies also signed a long-term collaboration agreement."
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner) == ("Kelvo Dynamics", "Orbis Capital")


def test_the_two_companies_with_no_recent_deal_give_no_partnership():
    facts = _facts(
        "Kelvo Dynamics, a Paris-based startup, builds robots. The two companies also signed a collaboration "
        "agreement."
    )
    assert not [f for f in facts if f.kind == "partnership"]


def test_the_party_after_a_signed_contract_and_with_is_an_organisation():
    facts = _facts(
        "La start-up grenobloise Hexawatt a signé un contrat de location de capacité de 600 M€ sur cinq ans "
        "avec l'armateur marseillais Nebulo.",
        "fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.amount) == ("Hexawatt", "Nebulo", 600e6)


def test_a_descriptor_after_an_adjective_and_before_its_complement_governs_the_name():
    facts = _facts(
        "Le fonds souverain Qatar Investment Authority (QIA) va investir 300 millions d'euros dans la start-up "
        "française d'intelligence artificielle Pleiade, ont annoncé vendredi les deux parties.",
        "fr",
    )
    fact = _one(facts, "investment")
    assert (fact.investor, fact.company) == ("Qatar Investment Authority", "Pleiade")


def test_the_vehicle_named_after_via_is_not_a_second_investor():
    facts = _facts(
        "La start-up grenobloise Hexawatt a levé 120 millions d'euros. Bpifrance, via son fonds French Tech "
        "Souveraineté, a mis 30 millions d'euros sur la table.",
        "fr",
    )
    fact = _one(facts, "investment")
    assert (fact.investor, fact.company, fact.amount) == ("Bpifrance", "Hexawatt", 30e6)


def test_staff_who_will_join_the_buyer_belong_to_the_acquired_company():
    facts = _facts(
        "Le lyonnais Serval rachète la start-up nantaise Vizium. L'entreprise a réalisé en 2025 un chiffre "
        "d'affaires de 14 millions d'euros et emploie 90 personnes, qui rejoindront la division robotique de Serval.",
        "fr",
    )
    assert {(f.kind, f.company) for f in facts if f.amount} == {("revenue", "Vizium"), ("metric", "Vizium")}


def test_sector_totals_are_no_company_round():
    facts = _facts(
        "Corvane, a Toronto-based startup, raised $20 million. Robotics startups raised about $6 billion in the "
        "first seven months of the year, according to Crunchbase data."
    )
    assert [f.amount for f in facts if f.kind == "round"] == [20e6]
    facts = _facts(
        "La start-up nantaise Orbiflow lève 5 millions d'euros. Le contexte est tendu : selon le baromètre EY, "
        "les start-up françaises ont levé 8,3 milliards d'euros en 2023.",
        "fr",
    )
    assert [f.amount for f in facts if f.kind == "round"] == [5e6]


def test_the_base_of_a_comparison_is_a_result_not_a_projection():
    facts = _facts(
        "Crusoe, a Denver-based company, expects revenue of about $2 billion next year, up from roughly $1 billion "
        "this year.",
        published="2025-12-10",
    )
    assert sorted((f.kind, f.amount) for f in facts if f.amount) == [("projection", 2e9), ("revenue", 1e9)]


def test_being_on_track_to_or_counting_on_a_figure_is_a_projection():
    facts = _facts(
        "La start-up lyonnaise Corvane, qui a réalisé 30 millions d'euros de chiffre d'affaires l'an dernier, "
        "compte dépasser les 100 millions d'euros cette année.",
        "fr",
    )
    assert sorted((f.kind, f.amount) for f in facts if f.amount) == [("projection", 100e6), ("revenue", 30e6)]


def test_a_figure_after_dont_or_whose_belongs_to_the_name_before_it():
    facts = _facts(
        "Le groupe Capgemini rachète la start-up Synaptiq. Synaptiq emploie 40 personnes à Lyon. "
        "Pour Capgemini, dont le chiffre d'affaires a atteint "
        "22,1 Md€ l'an dernier, l'opération reste modeste.",
        "fr",
    )
    assert _one(facts, "revenue").company == "Capgemini"


def test_a_company_description_designates_the_company_not_the_fund_that_enters_it():
    facts = _facts(
        "Eurazeo fait son entrée au capital d'Ekimetrics. Le groupe d'investissement a annoncé jeudi prendre une "
        "participation minoritaire d'environ 30 % dans le spécialiste français de la science des données, pour "
        "un montant de 150 M€. L'opération valorise la société autour de 500 M€.",
        "fr",
    )
    assert {(f.kind, f.company) for f in facts if f.amount} == {
        ("investment", "Ekimetrics"),
        ("valuation", "Ekimetrics"),
    }


def test_a_million_written_with_its_article_is_a_count():
    facts = _facts(
        "La start-up Alanis, qui a signé lundi un accord avec Mistral AI, compte désormais plus d'un million de "
        "membres en France.",
        "fr",
    )
    fact = _one(facts, "metric")
    assert (fact.company, fact.amount, fact.bound, fact.unit) == ("Alanis", 1e6, "minimum", "members")


def test_an_investor_that_led_a_companys_round_names_the_company_by_its_possessive():
    facts = _facts(
        "Quillex, a New York-based startup, raised $45 million. Khosla Ventures led the company's $9 million "
        "Series A in early 2024."
    )
    earlier = next(f for f in facts if f.amount == 9e6)
    assert (earlier.kind, earlier.company, earlier.lead_investors) == (
        "round",
        "Quillex",
        ["Khosla Ventures"],
    )


def test_a_figure_of_several_companies_together_is_no_ones():
    facts = _facts(
        "Crusoe, a Denver-based startup, raised $1.4 billion. Investors have poured money into neoclouds as "
        "Microsoft, Alphabet, Amazon and Meta together are expected to spend more than $400 billion on capital "
        "expenditures this year."
    )
    assert [f.amount for f in facts if f.amount] == [1.4e9]


def test_a_price_given_a_few_sentences_after_the_acquisition_completes_it():
    facts = _facts(
        "Le spécialiste de la cybersécurité Check Point a annoncé mardi le rachat de Lakera, une jeune pousse "
        "zurichoise. Fondée en 2021, Lakera protège les applications d'IA. Elle compte des banques parmi ses "
        "clients. Selon des sources proches du dossier, le prix avoisinerait 300 millions de dollars.",
        "fr",
    )
    fact = _one(facts, "acquisition")
    assert (fact.investor, fact.company, fact.amount) == ("Check Point", "Lakera", 300e6)


def test_a_pronoun_signing_a_contract_is_the_articles_company():
    facts = _facts(
        "La start-up allemande Black Forest Labs a levé 300 millions de dollars. En septembre, elle a signé avec "
        "Meta un contrat de 140 millions de dollars pour fournir ses modèles au géant des réseaux sociaux.",
        "fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.amount) == ("Black Forest Labs", "Meta", 140e6)


def test_the_figure_a_change_starts_from_is_todays_count():
    facts = _facts("Sillex, a Paris-based startup, plans to grow from 12 to 30 employees by the end of 2027.")
    assert sorted((f.kind, f.amount) for f in facts if f.unit) == [("metric", 12), ("projection", 30)]
    facts = _facts(
        "La start-up rennaise Sillex veut faire passer son équipe de 12 à 30 collaborateurs d'ici à fin 2027.",
        "fr",
    )
    assert sorted((f.kind, f.amount) for f in facts if f.unit) == [("metric", 12), ("projection", 30)]


def test_the_subject_of_an_object_relative_bought_its_antecedent():
    facts = _facts(
        "Its chief executive previously co-founded the analytics company Lumetrix, which Oracle bought in 2019 "
        "for $120 million."
    )
    fact = _one(facts, "acquisition")
    assert (fact.investor, fact.company, fact.amount) == ("Oracle", "Lumetrix", 120e6)


def test_a_round_opened_by_a_name_the_reader_does_not_know_is_not_given_to_the_topic():
    facts = _facts(
        "Lattice Mind, a San Francisco-based startup, raised $50 million. Poolside, meanwhile, is said to be in "
        "talks to raise $2B, according to multiple reports. Earlier, it raised $5 million."
    )
    assert sorted(f.amount for f in facts if f.kind == "round") == [5e6, 50e6]


def test_capital_expenditure_in_french_is_spending_not_an_investment():
    facts = _facts(
        "Le groupe Amazon a investi 4 milliards de dollars dans la start-up Anthropic. Amazon prévoit des "
        "dépenses d'investissement d'environ 75 milliards de dollars sur l'ensemble de 2026.",
        "fr",
    )
    fact = next(f for f in facts if f.amount == 75e9)
    assert (fact.kind, fact.company, fact.metric) == ("projection", "Amazon", "spending")


def test_a_name_apposed_to_a_builder_is_an_organisation():
    facts = _facts(
        "Orbis Capital is investing $40 million in Kumotori, a Tokyo-based builder of data centers. "
        "Kumotori's revenue rose to $18 million last year."
    )
    assert {f.company for f in facts} == {"Kumotori"}


def test_every_figure_of_a_retracted_report_is_dropped():
    facts = _facts(
        "Velotra raised $220 million in its Series C round. An earlier version of this article incorrectly "
        "said the company raised $250 million at a valuation of $1.8 billion."
    )
    assert sorted(f.amount for f in facts if f.amount) == [220e6]


def test_a_headcount_spelled_in_hundreds_is_a_metric():
    facts = _facts(
        "Velotra, a Boston-based startup, raised $20 million. The company had revenue of $62 million last year "
        "and employs roughly three hundred people."
    )
    fact = _one(facts, "metric")
    assert (fact.company, fact.amount, fact.bound) == ("Velotra", 300, "approx")
    french = _facts(
        "La start-up Velotra a levé 20 millions d'euros. Elle emploie environ deux cents salariés à Lyon.",
        "fr",
    )
    assert _one(french, "metric").amount == 200


def test_people_in_tens_is_no_headcount():
    facts = _facts(
        "Velotra, a Boston-based startup, raised $20 million, three people familiar with the matter said."
    )
    assert not [f for f in facts if f.kind == "metric"]


def test_what_a_round_values_is_the_raiser_not_its_investor_from_the_same_city():
    facts = _facts(
        "Velotra, which sells contract software, has raised $150 million in a round led by Salesforce Ventures. "
        "The round values the San Francisco firm at $2.1 billion."
    )
    assert _one(facts, "valuation").company == "Velotra"


def test_a_revenue_the_company_attend_this_year_is_a_projection():
    facts = _facts(
        "La start-up Velotra a levé 20 millions d'euros. Velotra attend un chiffre d'affaires de 85 millions "
        "d'euros en 2026.",
        "fr",
        published="2026-06-26",
    )
    fact = next(f for f in facts if f.amount == 85e6)
    assert fact.kind == "projection"


def test_a_market_figure_reported_by_analysts_is_no_company_fact():
    facts = _facts(
        "Velotra, a legal software startup, raised $150 million. Analysts at Bank of America estimate that the "
        "global legal technology market could be worth about $30 billion by the end of the decade."
    )
    assert [f.amount for f in facts if f.amount] == [150e6]


def test_a_contract_valued_at_after_a_company_suffix_dot_is_a_partnership():
    facts = _facts(
        "Velotra, a Tokyo-based builder of data centers, raised $50 million. The company has signed a 15-year "
        "power purchase agreement with Kansai Electric Power Co. valued at roughly $600 million, it said."
    )
    fact = next(f for f in facts if f.amount == 600e6)
    assert (fact.kind, fact.company) == ("partnership", "Velotra")


def test_the_funded_company_planning_to_invest_with_no_investee_projects_its_own_spending():
    facts = _facts(
        "La start-up Velotra a levé 700 millions d'euros. Bpifrance en investit 150 M€. Au total, Velotra "
        "prévoit d'investir 1,2 milliard d'euros d'ici 2028 sur le site.",
        "fr",
    )
    fact = next(f for f in facts if f.amount == 1.2e9)
    assert (fact.kind, fact.company, fact.investor) == ("projection", "Velotra", None)


def test_a_brand_counted_after_a_number_is_not_the_subject():
    facts = _facts(
        "Velotra, a Dallas-based provider of rented chips, raised $50 million. The company operates roughly "
        "45,000 Nvidia GPUs across six data centers and has about 400 employees, a spokesperson said."
    )
    fact = next(f for f in facts if f.amount == 400)
    assert fact.company == "Velotra"


def test_a_count_between_a_bare_number_and_a_counted_one_is_a_range():
    facts = _facts(
        "La start-up Velotra a levé 20 millions d'euros. Elle emploie entre 80 et 100 personnes.", "fr"
    )
    fact = _one(facts, "metric")
    assert (fact.amount, fact.amount_max, fact.bound) == (80, 100, "range")


def test_a_team_growing_from_one_count_to_another_is_no_range():
    facts = _facts(
        "La start-up Velotra a levé 20 millions d'euros pour faire passer son équipe de 12 à 30 collaborateurs "
        "d'ici à fin 2027.",
        "fr",
    )
    assert not [f for f in facts if f.bound == "range"]


def test_the_two_vcs_who_each_put_in_are_the_round_leads():
    facts = _facts(
        "Velotra, a Tallinn-based startup, has raised a €12m seed round co-led by Plural and Creandum. The two "
        "VCs each put in €5m, with the remainder coming from a group of angels that includes executives at Bolt."
    )
    found = sorted((f.investor, f.amount) for f in facts if f.kind == "investment")
    assert found == [("Creandum", 5e6), ("Plural", 5e6)]


def test_acres_served_are_a_metric_like_hectares():
    facts = _facts(
        "Velotra, a Des Moines-based startup, has raised $40 million. Velotra says it monitors more than "
        "12 million acres of corn and soybeans."
    )
    fact = _one(facts, "metric")
    assert (fact.amount, fact.bound, fact.unit) == (12e6, "minimum", "acres")


def test_the_size_of_customer_companies_is_no_headcount_of_the_company():
    facts = _facts(
        "Velotra, a Boston-based startup, raised $24 million. It counts more than 300 customers, most of them "
        "companies with between 200 and 2,000 employees."
    )
    assert [f.amount for f in facts if f.kind == "metric"] == [300]


def test_a_data_center_capacity_in_megawatts_is_a_metric():
    facts = _facts(
        "Velotra, a Tokyo-based builder of data centers, raised $50 million. Velotra operates three sites with "
        "a combined capacity of 120 megawatts."
    )
    fact = _one(facts, "metric")
    assert (fact.company, fact.amount, fact.unit) == ("Velotra", 120, "megawatts")


def test_the_funded_company_s_client_is_not_the_topic_of_the_next_figures():
    facts = _facts(
        "La start-up grenobloise Velotra a annoncé jeudi une levée de fonds de 120 millions d'euros, menée par "
        "Ardian. Dans la foulée, la société a signé un contrat de location de capacité de 600 M€ sur cinq ans "
        "avec Nebulo, une plateforme allemande d'inférence IA, qui occupera le premier bâtiment. Ce dernier doit "
        "être livré en 2026. « Nous construisons vite », se félicite son président, Julien Marchetti. Le "
        "dirigeant vise une puissance installée de 300 MW d'ici à 2030.",
        "fr",
        published="2025-10-02",
    )
    fact = next(f for f in facts if f.amount == 300)
    assert (fact.kind, fact.company) == ("projection", "Velotra")


def test_utilities_served_are_counted_customers():
    facts = _facts(
        "Velotra, an Austin-based company, raised $220 million. Velotra's software is used by 35 utilities, "
        "including several of the largest in Texas."
    )
    fact = _one(facts, "metric")
    assert (fact.company, fact.amount, fact.unit) == ("Velotra", 35, "utilities")


def test_la_pme_is_the_company_the_story_described_as_an_sme():
    facts = _facts(
        "Le groupe d'ingénierie Fives a annoncé mercredi le rachat de Velotra, une PME lyonnaise spécialisée "
        "dans la vision industrielle. En 2024, la PME avait décroché auprès de Stellantis un contrat de "
        "20 millions d'euros sur cinq ans.",
        "fr",
    )
    fact = next(f for f in facts if f.amount == 20e6)
    assert (fact.kind, fact.company, fact.partner) == ("partnership", "Velotra", "Stellantis")


def test_production_lines_equipped_are_a_metric():
    facts = _facts(
        "La PME lyonnaise Velotra a levé 5 millions d'euros. Ses systèmes équipent aujourd'hui 150 lignes de "
        "production, principalement dans l'automobile.",
        "fr",
    )
    fact = _one(facts, "metric")
    assert (fact.company, fact.amount, fact.unit) == ("Velotra", 150, "production lines")


def test_a_pronoun_that_bought_a_company_is_the_previous_topic():
    facts = _facts(
        "La start-up Velotra a levé 40 millions d'euros. Elle a par ailleurs racheté cet été la start-up belge "
        "RouteWise, spécialisée dans la prévision de la demande, pour un montant non communiqué.",
        "fr",
    )
    fact = _one(facts, "acquisition")
    assert (fact.investor, fact.company) == ("Velotra", "RouteWise")


def test_a_round_its_investors_are_part_of_belongs_to_the_company_it_values():
    facts = _facts(
        "SoftBank and Orange are each investing $20 billion in Velotra, a Tokyo-based builder of data centers. "
        "The two companies are part of a $55 billion funding round that values Velotra at about $400 billion "
        "after the investment, the startup said."
    )
    fact = _one(facts, "round")
    assert (fact.company, fact.amount) == ("Velotra", 55e9)


def test_a_superseded_target_gives_no_figure():
    facts = _facts(
        "La société zurichoise Velotra a levé 60 millions de dollars. Dans la foulée, Velotra a relevé son "
        "objectif de chiffre d'affaires pour 2027 à 50 millions de francs, contre 35 millions annoncés en mars.",
        "fr",
    )
    assert 35e6 not in [f.amount for f in facts]
    assert any(f.amount == 50e6 and f.kind == "projection" for f in facts)


def test_a_headline_synonym_of_raises_presents_the_company():
    # "nabs", "lands", "décroche": headline verbs for a raise introduce the name the body then uses bare.
    text = (
        "Freight audits are slow, which is why Corvalo wants software to do them.\n\n"
        "The Austin startup has raised a $12 million Series A led by Accel."
    )
    fact = _one(
        parse_article(text, title="Corvalo nabs $12M for freight audits", language="en").facts, "round"
    )
    assert (fact.company, fact.amount) == ("Corvalo", 12e6)
    text = (
        "Les agriculteurs détestent la paperasse, et Briova veut la faire disparaître.\n\n"
        "La jeune pousse lyonnaise a bouclé un tour de table de 6 millions d'euros."
    )
    title = "Briova décroche 6 millions d'euros pour automatiser la PAC"
    fact = _one(parse_article(text, title=title, language="fr").facts, "round")
    assert (fact.company, fact.amount) == ("Briova", 6e6)


def test_a_headline_noun_is_not_read_as_a_raise():
    # "récolte" is a harvest before it is a verb: the infinitive opening the title is no company.
    title = "Prévoir une récolte au kilo près : la promesse de Semora"
    text = "La start-up nantaise Semora a levé 3 millions d'euros."
    fact = _one(parse_article(text, title=title, language="fr").facts, "round")
    assert fact.company == "Semora"


def test_a_descriptor_head_in_capitals_is_not_a_name():
    facts = _facts(
        "Le groupe Fives a racheté Optivia, une PME stéphanoise. En 2023, la PME avait décroché auprès "
        "de Renault un contrat de 12 millions d'euros sur quatre ans.",
        "fr",
    )
    assert all(f.company != "PME" and f.investor != "PME" for f in facts)


def test_a_possessive_governed_by_a_preposition_does_not_raise_the_round():
    facts = _facts(
        "The startup Orvane was founded in 2024 by Ana Ruiz and Tom Becker. The pair went through Y "
        "Combinator's summer program and raised a $2 million seed round soon after."
    )
    assert _one(facts, "round").company == "Orvane"


def test_a_present_participle_of_investing_gives_each_investor_its_share():
    # "apportant chacun", "versant chacune": the participle that follows the participation verb.
    facts = _facts(
        "La start-up Orvane a bouclé une série A de 30 millions d'euros. Le fonds Alpha Capital et la "
        "société Beta Partners y ont participé, apportant chacun 5 millions d'euros.",
        "fr",
    )
    shares = sorted((f.investor, f.amount) for f in facts if f.kind == "investment")
    assert shares == [("Alpha Capital", 5e6), ("Beta Partners", 5e6)]


def test_and_after_a_participle_aside_joins_the_subjects():
    facts = _facts(
        "Orvane closed a $30 million Series A. Alpha Capital, backed by Temasek, and Beta Partners each "
        "put in $5 million."
    )
    shares = sorted((f.investor, f.company, f.amount) for f in facts if f.kind == "investment")
    assert shares == [("Alpha Capital", "Orvane", 5e6), ("Beta Partners", "Orvane", 5e6)]


def test_a_figure_of_the_buyers_new_subsidiary_belongs_to_the_acquired_company():
    facts = _facts(
        "Le groupe Orvane a racheté la start-up Pixelia pour 30 millions d'euros. Le groupe veut porter le "
        "chiffre d'affaires de sa nouvelle filiale à 20 millions d'euros d'ici 2028.",
        "fr",
    )
    assert (_one(facts, "projection").company, _one(facts, "projection").amount) == ("Pixelia", 20e6)
    facts = _facts(
        "Orvane Group bought the startup Pixelia for $30 million. Orvane expects revenue of its new "
        "subsidiary to reach $20 million by 2028."
    )
    assert _one(facts, "projection").company == "Pixelia"


def test_a_debt_named_before_its_amount_is_no_round():
    # Like "a $2 million loan", "un prêt d'amorçage de 2 millions" is debt, not equity raised.
    facts = _facts(
        "La start-up Orvane a levé 5 millions d'euros. Elle a aussi obtenu un prêt d'amorçage de 2 millions "
        "d'euros auprès de sa banque.",
        "fr",
    )
    assert [f.amount for f in facts if f.amount] == [5e6]
    facts = _facts("The startup Orvane raised $5 million. It also took a bank loan of $2 million.")
    assert [f.amount for f in facts if f.amount] == [5e6]

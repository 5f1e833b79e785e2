"""Round 16, the story's company: who a fact belongs to when the text names it by a pronoun, a legal form,
a reference, or names a backer, a place or another company in the same sentence."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def _with_amount(facts, kind, amount):
    found = [f for f in of_kind(facts, kind) if f.amount == amount]
    assert len(found) == 1, [f.model_dump(exclude_defaults=True) for f in facts]
    return found[0]


def _companies(facts) -> set[str]:
    return {f.company for f in facts}


# -- demonstrative pronouns and capital legal forms ------------------------------------------------------


def test_a_demonstrative_pronoun_opening_a_sentence_is_never_the_company():
    facts = facts_of(
        "Quillane SA, issue de l'Université de Genève, a levé 12 millions de francs lors d'une série A. "
        "Celui-ci est mené par Fondaria Capital. La société était valorisée à 60 millions de francs.",
        "fr",
    )
    assert only(facts, "round").company == "Quillane"
    assert only(facts, "valuation").company == "Quillane"
    assert not any(f.company and f.company.lower().startswith("celui") for f in facts)


def test_feminine_and_plural_demonstratives_are_no_names_either():
    facts = facts_of(
        "Brodelia a levé 8 millions d'euros. Celle-ci emploie 40 personnes. Ceux-ci seront recrutés à Lille.",
        "fr",
    )
    assert _companies(facts) == {"Brodelia"}


def test_a_legal_form_in_capitals_belongs_to_the_name_before_it():
    french = facts_of("Brevanto SA a levé 38 millions d'euros auprès de Norvane Capital.", "fr")
    assert only(french, "round").company == "Brevanto"
    english = facts_of("Kelvio AG raised $20 million from Tarsel Ventures.")
    assert only(english, "round").company == "Kelvio"


def test_the_possessive_sa_is_not_a_legal_form():
    facts = facts_of(
        "Brevanto a levé 38 millions d'euros. Sa valorisation atteint 200 millions d'euros.", "fr"
    )
    assert only(facts, "round").company == "Brevanto"


# -- the backer of a round is not the company that raised it -----------------------------------------------


def test_a_fund_that_had_led_an_earlier_round_is_its_backer_in_french():
    facts = facts_of(
        "La start-up Orvalis lève 30 millions d'euros auprès de Pemberly Partners. Marlowe Capital, qui avait "
        "piloté la série A de 9 millions d'euros en 2022, remet au pot.",
        "fr",
    )
    assert _with_amount(facts, "round", 9_000_000).company == "Orvalis"


def test_a_fund_that_had_led_its_seed_round_in_the_pluperfect_backs_it():
    facts = facts_of(
        "Tessivo lève 25 millions d'euros. Corvain Ventures avait mené en 2023 sa série A, de 7 millions "
        "d'euros.",
        "fr",
    )
    assert _with_amount(facts, "round", 7_000_000).company == "Tessivo"


def test_a_fund_that_had_co_led_a_series_backs_it_in_english():
    facts = facts_of(
        "Halvane raised $40 million in a Series B. Brookmere Capital had co-led the company's $12 million "
        "Series A in 2023."
    )
    assert _with_amount(facts, "round", 12_000_000).company == "Halvane"


def test_a_valuation_in_a_backers_sentence_is_the_backed_company():
    english = facts_of(
        "Pixwell Games raised $30 million. Details: Korvex also participated in the round, which was raised "
        "at a $180 million pre-money valuation."
    )
    assert _with_amount(english, "valuation", 180_000_000).company == "Pixwell Games"
    french = facts_of(
        "Compilor lève 200 millions d'euros. Norvane, Bellard et Trosk Ventures participent également à "
        "l'opération, qui porte sa valorisation à 2 milliards d'euros.",
        "fr",
    )
    assert _with_amount(french, "valuation", 2_000_000_000).company == "Compilor"


def test_a_company_that_raises_with_its_own_subject_keeps_its_valuation():
    facts = facts_of("Halvane raised $40 million at a valuation of $300 million.")
    assert only(facts, "valuation").company == "Halvane"


def test_the_lead_a_round_names_is_not_its_raiser():
    facts = facts_of(
        "Portwise, a developer of autonomous port trucks, agreed to sell a 10% stake to Marunaka Trading. "
        "The investment by the trading house forms the bulk of a $90 million Series C round led by Marunaka "
        "Trading."
    )
    round_ = _with_amount(facts, "round", 90_000_000)
    assert round_.company == "Portwise"
    assert "Marunaka Trading" in round_.lead_investors


# -- places, adjectives and owners are no names ---------------------------------------------------------


def test_a_place_owning_the_name_in_the_headline_is_no_company():
    from ai_deals.importers.article import parse_article

    source = parse_article(
        "Tramsy, which manages delivery fleets, raised €20m. Tramsy's revenue stands at €5m, and the Berlin "
        "startup is aiming for €30m in ARR by 2027. It has 90 employees.",
        title="Berlin's Tramsy raises €20m",
        published="2026-03-02",
        language="en",
    )
    assert "Berlin" not in {f.company for f in source.facts}
    assert only(source.facts, "metric").company == "Tramsy"


def test_a_town_the_story_seats_the_company_in_is_no_company():
    from ai_deals.importers.article import parse_article

    source = parse_article(
        "Orbelia SA, jeune entreprise installée à Crissier, a levé 20 millions de francs. Orbelia emploie "
        "aujourd'hui 45 personnes sur son site de Crissier.",
        title="La start-up de Crissier Orbelia lève 20 millions",
        published="2026-03-02",
        language="fr",
    )
    assert only(source.facts, "metric").company == "Orbelia"


def test_an_adjective_before_a_plural_noun_opening_a_sentence_is_no_name():
    facts = facts_of(
        "Lyrobio signed a deal with Halcor. Pharmaceutical groups signed AI partnerships worth $10bn last year."
    )
    assert "Pharmaceutical" not in _companies(facts)


def test_a_drug_makers_full_name_keeps_its_head_word():
    facts = facts_of(
        "Lyrobio Therapeutics raised $50 million. It signed an agreement with Japan's Hoshida Pharmaceutical in "
        "2024, worth up to $200 million in milestones."
    )
    assert _with_amount(facts, "partnership", 200_000_000).partner == "Hoshida Pharmaceutical"


def test_a_name_with_an_inner_capital_is_a_company_but_not_after_an_owners_possessive():
    facts = facts_of(
        "Lyrobio raised $50 million. BrixaMed, which has set a target of $5bn in annual revenue by 2030, is "
        "among the buyers."
    )
    assert _with_amount(facts, "projection", 5_000_000_000).company == "BrixaMed"


# -- a count's owner ---------------------------------------------------------------------------------------


def test_a_headcount_before_a_new_verb_is_the_subjects_not_the_partner_named_after():
    french = facts_of(
        "Fluvio a levé 10 millions d'euros. Elle emploie 80 personnes et a signé un accord avec Grenat "
        "Telecom pour proposer ses services.",
        "fr",
    )
    assert _with_amount(french, "metric", 80).company == "Fluvio"
    english = facts_of(
        "Forgeline raised $30 million. It has about 150 employees and last year won a $20 million contract "
        "from Halvora Energy."
    )
    assert _with_amount(english, "metric", 150).company == "Forgeline"


def test_users_of_a_named_company_still_belong_to_it():
    facts = facts_of(
        "Vantic raised $5 million. Plumora, a rival startup, is growing fast. About 2 million users of "
        "Plumora have tried the tool."
    )
    assert _with_amount(facts, "metric", 2_000_000).company == "Plumora"


# -- references --------------------------------------------------------------------------------------------


def test_la_jeune_entreprise_is_the_acquired_start_up_not_the_buyer():
    facts = facts_of(
        "Le groupe coopératif Agrivane a mis la main sur Terralis, une start-up rennaise. Pour Terralis, c'est "
        "la consécration. La jeune entreprise avait levé 9 millions d'euros en 2020 auprès de Fondaria.",
        "fr",
    )
    assert _with_amount(facts, "round", 9_000_000).company == "Terralis"


def test_the_company_after_a_sentence_about_the_start_up_is_the_start_up():
    facts = facts_of(
        "Marrow Software agreed to buy Kestris, a startup that spots network intruders, for $900 million. "
        "The Denver-based company announced the deal Monday. Kestris, founded in 2019, sells software to "
        "utilities. The company was valued at $400 million when it raised $60 million in a Series B round "
        "led by Greyfield Capital."
    )
    assert _with_amount(facts, "round", 60_000_000).company == "Kestris"


# -- what a deal values or funds is a company ------------------------------------------------------------


def test_the_name_a_deal_values_or_funds_is_a_company_in_french():
    from ai_deals.importers.article import parse_article

    source = parse_article(
        "Thermalis change de dimension. La société a annoncé une augmentation de capital de 60 millions "
        "d'euros souscrite par Bpifrance. L'opération valorise Thermalis 400 millions d'euros. Thermalis a "
        "réalisé un chiffre d'affaires de 9 millions d'euros en 2024.",
        title="Bpifrance injecte 60 millions d'euros dans Thermalis",
        published="2026-03-02",
        language="fr",
    )
    assert only(source.facts, "valuation").company == "Thermalis"
    assert only(source.facts, "revenue").company == "Thermalis"


def test_the_name_a_round_values_is_a_company_in_english():
    facts = facts_of("The round values Corvessa at $250 million, the people said.")
    assert only(facts, "valuation").company == "Corvessa"


def test_a_sum_invested_in_a_revenue_measure_names_no_company():
    facts = facts_of("Tramsy raised €20m. It wants to reach €30m in ARR by 2027.")
    assert "ARR" not in {f.company for f in facts}


# -- a buyer's aim for the company it acquired ---------------------------------------------------------------


def test_a_buyers_target_for_its_new_subsidiary_is_the_subsidiarys_in_french():
    facts = facts_of(
        "Orvane rachète la start-up Plessis pour 80 millions d'euros. Orvane vise pour sa nouvelle filiale un "
        "chiffre d'affaires de 40 millions d'euros d'ici 2028.",
        "fr",
    )
    assert _with_amount(facts, "projection", 40_000_000).company == "Plessis"


def test_a_buyer_expecting_the_business_to_bring_in_revenue_speaks_of_the_target():
    facts = facts_of(
        "Halvern agreed to acquire Quorra, a data-storage startup, for $600 million. Halvern expects the "
        "business to bring in more than $90 million of revenue in 2027."
    )
    assert _with_amount(facts, "projection", 90_000_000).company == "Quorra"


def test_a_buyers_own_target_stays_the_buyers():
    facts = facts_of(
        "Orvane rachète la start-up Plessis pour 80 millions d'euros. Orvane vise un chiffre d'affaires de "
        "2 milliards d'euros d'ici 2028.",
        "fr",
    )
    assert _with_amount(facts, "projection", 2_000_000_000).company == "Orvane"


# -- a speaker's family name is a person -----------------------------------------------------------------


def test_a_speakers_family_name_is_no_company_that_later_figures_go_to():
    facts = facts_of(
        "Quenta raised $25 million, said chief executive Maria Ostrander. Quenta's revenue crossed $8 million "
        "in May, Ostrander said. The product has about 200,000 weekly users."
    )
    assert _with_amount(facts, "metric", 200_000).company == "Quenta"
    assert "Ostrander" not in {f.company for f in facts}


def test_a_one_word_company_is_not_a_surname_when_no_person_bears_it():
    facts = facts_of("Ostrander raised $25 million from Velk Capital, the company said.")
    assert only(facts, "round").company == "Ostrander"


# -- a known group's named arm -------------------------------------------------------------------------------


def test_a_known_groups_named_fund_is_one_investor_in_english():
    facts = facts_of(
        "Torvane Photonics raised $80 million. Samsung Catalyst Fund and Velk Capital each contributed "
        "$20 million."
    )
    investors = {f.investor for f in of_kind(facts, "investment")}
    assert "Samsung Catalyst Fund" in investors
    assert "Samsung" not in investors


def test_a_known_groups_named_venture_arm_is_one_investor_in_french():
    facts = facts_of(
        "Sentorel lève 40 millions d'euros. Le fonds Aubier Défense et Safran Corporate Ventures y ont chacun "
        "investi 10 millions d'euros.",
        "fr",
    )
    investors = {f.investor for f in of_kind(facts, "investment")}
    assert "Safran Corporate Ventures" in investors
    assert "Corporate Ventures" not in investors


def test_a_known_group_before_a_plain_word_keeps_its_name():
    facts = facts_of("Torvane raised $80 million from Samsung and Velk Capital.")
    assert "Samsung" in only(facts, "round").investors


# -- an institution's full name --------------------------------------------------------------------------------


def test_a_department_keeps_its_of_complement_in_english():
    facts = facts_of(
        "Norsel Space raised $30 million. It has also had a data-sharing agreement with the Australian "
        "Department of Defence since 2024."
    )
    assert only(facts, "partnership").partner == "Australian Department of Defence"


def test_a_sum_a_department_commits_to_common_things_funds_no_company():
    facts = facts_of(
        "Tidemark Carbon raised $12 million. The Department of Energy has committed $2 billion to regional "
        "carbon capture hubs."
    )
    assert of_kind(facts, "investment") == []


# -- measures and currency codes are no names ------------------------------------------------------------------


def test_a_revenue_measure_acronym_is_no_company_in_french():
    from ai_deals.importers.article import parse_article

    source = parse_article(
        "Planora a franchi le cap des 8 millions d'euros de revenus récurrents annuels (ARR). L'objectif "
        "affiché est d'atteindre 20 millions d'euros d'ARR en 2027.",
        title="Planora franchit les 8 millions d'euros d'ARR",
        published="2026-03-02",
        language="fr",
    )
    assert "ARR" not in {f.company for f in source.facts}


def test_a_currency_code_before_its_amount_is_no_company():
    facts = facts_of(
        "Physiora raised €10m. In September it won a three-year contract with Region Uppsala worth SEK 40m, "
        "under which the region refers patients to the app."
    )
    fact = _with_amount(facts, "partnership", 40_000_000)
    assert (fact.company, fact.currency) == ("Physiora", "SEK")


# -- the antecedent of a relative clause owns its count ------------------------------------------------------


def test_a_count_in_a_relative_clause_is_its_antecedents_even_after_a_preposition():
    french = facts_of(
        "Horalis rachète la start-up belge Tempio. Avec Tempio, qui apporte une trentaine d'ingénieurs, "
        "Horalis accélère son développement.",
        "fr",
    )
    assert _with_amount(french, "metric", 30).company == "Tempio"
    english = facts_of(
        "Horalis agreed to buy Tempio, a Belgian startup. With Tempio, which brings about 45 engineers, "
        "Horalis expands in Benelux."
    )
    assert _with_amount(english, "metric", 45).company == "Tempio"


def test_a_count_of_the_main_clause_after_a_relative_stays_the_subjects():
    facts = facts_of(
        "La start-up Horalis, qui a racheté la société Tempio l'an dernier, emploie 120 personnes.",
        "fr",
    )
    assert _with_amount(facts, "metric", 120).company == "Horalis"


# -- a bullet opens a sentence of its own --------------------------------------------------------------------


def test_a_bulleted_line_is_its_own_sentence_so_the_company_is_not_the_last_name_above():
    facts = facts_of(
        "Korvane Security raised $40 million led by Velk Capital. The round values Korvane at $300 million.\n"
        "• Korvane also acquired Tiplo, a four-person Lisbon startup, for $9 million.\n"
        "• The company crossed $12 million in ARR last month, CEO Ana Ruiz said."
    )
    assert _with_amount(facts, "revenue", 12_000_000).company == "Korvane Security"


def test_a_lowercase_word_after_a_full_stop_still_joins_its_sentence():
    from ai_deals.importers.extract.sentences import split_sentences

    text = "Korvane raised $40 million from Velk Capital Inc. and others."
    assert len(split_sentences(text, 0, len(text), 0)) == 1


def test_a_legal_form_written_in_lower_case_continues_the_name():
    french = facts_of(
        "Nordivent Technologies inc. a annoncé jeudi une ronde de financement de 12 millions d'euros "
        "menée par Alto Capital.",
        language="fr",
    )
    english = facts_of("Quillbrook Systems ltd. has raised $9 million in a round led by Harbor Ventures.")
    assert only(french, "round").company == "Nordivent Technologies"
    assert only(english, "round").company == "Quillbrook Systems"

"""Round 17, the story's company: backers joined to a governed name, funds opening the story, trade names,
apps, places and customers never take the story's figures from the company it is about."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind

from ai_deals.importers.article import parse_article


def _with_amount(facts, kind, amount):
    found = [f for f in of_kind(facts, kind) if f.amount == amount]
    assert len(found) == 1, [f.model_dump(exclude_defaults=True) for f in facts]
    return found[0]


# -- a name joined to one a preposition governs is governed too ----------------------------------------


def test_a_backer_joined_by_and_to_a_governed_backer_is_not_the_subject():
    facts = facts_of(
        "Torvane Analytics said on Monday that the Series B round was led by Harrow Capital, with Brisket "
        "and Quenby Growth Capital also investing. Two people familiar with the deal said it valued the "
        "company at about $300 million."
    )
    assert _with_amount(facts, "valuation", 300_000_000).company == "Torvane Analytics"


def test_a_french_backer_joined_by_et_is_not_the_subject_either():
    facts = facts_of(
        "Torvane Analytics a annoncé lundi que le tour était mené par Harrow Capital, avec Brisket et le fonds "
        "Quenby Growth Capital. L'opération valorise la société à 300 millions d'euros.",
        "fr",
    )
    assert _with_amount(facts, "valuation", 300_000_000).company == "Torvane Analytics"


def test_a_name_after_a_fronted_phrase_and_a_comma_stays_the_subject():
    facts = facts_of(
        "Deux ans après un amorçage bouclé auprès de Harrow Capital et de Brisket, Orpale passe à la vitesse "
        "supérieure. La société emploie 45 personnes.",
        "fr",
    )
    assert _with_amount(facts, "metric", 45).company == "Orpale"


# -- a fund that opened the story is not "the company" ------------------------------------------------


def test_the_company_a_deal_values_is_not_the_fund_that_led_it():
    facts = facts_of(
        "Calder Growth Partners has led a €90 million investment in Vessant Systems GmbH, a Munich-based "
        "maker of factory sensors. The agreement was signed on Monday. The transaction values the company "
        "at €400 million post-money."
    )
    assert _with_amount(facts, "valuation", 400_000_000).company == "Vessant Systems"


def test_a_fund_named_as_a_group_keeps_its_reference():
    facts = facts_of(
        "Orsenne Capital fait son entrée au capital de Vitalyse. Le groupe d'investissement a annoncé jeudi "
        "prendre une participation de 25 % dans la société lyonnaise, pour un montant de 60 M€.",
        "fr",
    )
    investment = _with_amount(facts, "investment", 60_000_000)
    assert (investment.company, investment.investor) == ("Vitalyse", "Orsenne Capital")


# -- a round no clause names the raiser of -------------------------------------------------------------


def test_an_earlier_round_without_subject_is_the_story_companys_not_the_last_backer():
    facts = facts_of(
        "In February, Quorra Labs closed a $30 million Series A round led by Pellam Ventures. Tessit and "
        "Orbel Ventures, a chipmaker's venture capital arm, also took part. The round follows a $5 million "
        "seed round in 2023 that was also backed by Pellam Ventures."
    )
    assert _with_amount(facts, "round", 5_000_000).company == "Quorra Labs"


# -- names the reader must know as companies -------------------------------------------------------------


def test_a_trade_plural_closing_a_capitalised_run_names_a_company():
    facts = facts_of("Mervale Diagnostics said on Tuesday it had raised $25 million in a Series A round.")
    assert _with_amount(facts, "round", 25_000_000).company == "Mervale Diagnostics"


def test_an_app_in_apposition_presents_a_company():
    facts = facts_of(
        "Spendwise, the budgeting app used by 2.3 million people in Britain, has become a unicorn after raising "
        "$40m. The company said revenues reached £31m in 2020."
    )
    assert _with_amount(facts, "revenue", 31_000_000).company == "Spendwise"


def test_a_french_app_in_apposition_presents_a_company_too():
    facts = facts_of(
        "Covoitto, l'application de covoiturage lancée à Nantes, lève 6 millions d'euros auprès de Harrow "
        "Capital. La société emploie 35 salariés.",
        "fr",
    )
    assert _with_amount(facts, "metric", 35).company == "Covoitto"


def test_a_known_product_presented_as_an_app_is_no_company():
    facts = facts_of("ChatGPT, the chatbot app, has 800 million weekly users, OpenAI said.")
    assert not any(f.company == "ChatGPT" for f in facts)


def test_a_country_named_in_the_headline_and_the_lead_is_never_the_story_company():
    source = parse_article(
        "Dans la vallée du fleuve Sénégal, les pompes solaires de Kanjo Agri sont devenues familières. La jeune "
        "entreprise dakaroise, qui loue des kits d'irrigation connectés, a annoncé lundi une levée de fonds de "
        "5,5 millions de dollars.",
        title="Au Sénégal, la start-up Kanjo Agri veut rendre l'irrigation accessible",
        language="fr",
        published="2026-03-02",
    )
    assert _with_amount(source.facts, "round", 5_500_000).company == "Kanjo Agri"


def test_an_english_country_in_the_lead_is_no_company_either():
    source = parse_article(
        "Along the coast of Ghana, the solar pumps of Abeni Power are everywhere. The young company said on "
        "Monday it had raised $4 million.",
        title="In Ghana, startup Abeni Power wants to make irrigation affordable",
        language="en",
        published="2026-03-02",
    )
    assert not any(f.company == "Ghana" for f in source.facts)


# -- customers do not become the topic -----------------------------------------------


def test_customers_listed_among_its_clients_do_not_own_the_next_figure():
    facts = facts_of(
        "Ondalys, jeune pousse parisienne, annonce une levée de fonds de 40 M€. Airbus et Safran figurent "
        "parmi ses premiers clients. Son chiffre d'affaires atteint 9 M€ en 2024.",
        "fr",
    )
    assert _with_amount(facts, "revenue", 9_000_000).company == "Ondalys"


def test_english_customers_among_its_users_do_not_own_the_next_figure():
    facts = facts_of(
        "Ondalys, a Paris-based startup, raised $40 million on Tuesday. Airbus and Siemens are among its "
        "first customers. Its revenue reached $9 million in 2024."
    )
    assert _with_amount(facts, "revenue", 9_000_000).company == "Ondalys"


def test_a_competitor_that_is_the_subject_still_owns_its_own_figure():
    facts = facts_of(
        "Ondalys, jeune pousse parisienne, annonce une levée de fonds de 40 M€. Son concurrent Norvelt a "
        "réalisé un chiffre d'affaires de 30 M€ en 2024.",
        "fr",
    )
    assert _with_amount(facts, "revenue", 30_000_000).company != "Ondalys"


# -- a plural head names a kind of company, not one -----------------------------------------------------


def test_a_plural_head_after_the_is_no_reference_to_a_company():
    facts = facts_of(
        "Qinmo Labs, a Hangzhou-based developer of language models, has raised $90 million, as tech giants "
        "pour money into alternatives to OpenAI. The deal makes it one of the most valuable AI start-ups in "
        "eastern China. The start-up's models power tools for banks. More than 30,000 developers were using "
        "its interface as of June, the company said."
    )
    assert _with_amount(facts, "metric", 30_000).company == "Qinmo Labs"


def test_a_singular_head_after_the_still_refers_to_the_company():
    facts = facts_of(
        "Qinmo Labs, a Hangzhou-based developer of language models, has raised $90 million. The startup "
        "employs 120 people."
    )
    assert _with_amount(facts, "metric", 120).company == "Qinmo Labs"


# -- the first words of a place before "-based" ----------------------------------------------------------


def test_the_first_word_of_a_city_before_based_is_no_company():
    facts = facts_of(
        "Orlith Labs raised $900 million on Friday. The deal marks a step-up from January 2024, when the "
        "London- and San Francisco-based lab raised $300 million at a $1.5 billion valuation."
    )
    assert _with_amount(facts, "round", 300_000_000).company == "Orlith Labs"
    assert not any(f.company == "San" for f in facts)


def test_a_company_described_by_its_city_keeps_its_name():
    facts = facts_of("Hong Kong-based Tenfold Robotics has raised $20 million in a Series A round.")
    assert _with_amount(facts, "round", 20_000_000).company == "Tenfold Robotics"

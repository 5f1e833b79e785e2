"""Round 22, projections: a company's own targets written without repeating what they count.

A bare number that takes up a count of the same sentence ("operates 3,500 GPUs and plans to run 12,000 by
2027", "en vise 48 d'ici 2028") counts the same thing, and belongs to that count's company; a sum that takes
up the revenue just given ("He expects that figure to exceed $100 million next year", "L'objectif est de le
porter à 10 millions d'euros d'ici 2030") is that company's revenue target.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_bare_number_a_plan_verb_takes_is_a_target_of_the_same_count():
    text = (
        "Borealis Compute, a Norwegian cloud provider, has raised $80 million.\n\n"
        "Borealis currently operates around 4,200 GPUs and plans to run 15,000 by the end of 2028."
    )
    target = only(facts_of(text), "projection")
    assert (target.company, target.amount, target.unit, target.date) == (
        "Borealis Compute",
        15000,
        "gpus",
        "2028",
    )


def test_count_taken_up_keeps_its_company_past_place_names():
    text = (
        "Tillway, a soil-carbon startup, has raised $25 million.\n\n"
        "The company operates five plants in Kansas and Ohio and expects to have 30 running by 2029."
    )
    target = only(facts_of(text), "projection")
    assert (target.company, target.amount, target.date) == ("Tillway", 30, "2029")


def test_spelled_count_then_more_by_a_date_is_a_target():
    text = (
        "Orbivia, a satellite start-up, has raised €40m.\n\n"
        "Orbivia has three satellites in orbit and plans to launch seven more by the end of 2028."
    )
    target = only(facts_of(text), "projection")
    assert (target.amount, target.date) == (7, "2028")


def test_french_pronoun_en_takes_up_the_count_before():
    text = (
        "La start-up Semencia lève 12 millions d'euros.\n\n"
        "La plateforme revendique 80 000 maraîchers inscrits, et en vise 300 000 d'ici à 2029."
    )
    target = only(facts_of(text, language="fr"), "projection")
    assert (target.company, target.amount, target.date) == ("Semencia", 300000, "2029")


def test_that_figure_takes_up_the_revenue_of_the_sentence_before():
    text = (
        "Ledgerpath, a London payments startup, has raised $60 million.\n\n"
        "Annual recurring revenue stands at about $22 million, chief executive Ana Brooks said. "
        "She expects that figure to exceed $70 million in 2028."
    )
    target = only(facts_of(text), "projection")
    assert (target.company, target.amount, target.currency, target.date) == (
        "Ledgerpath",
        70e6,
        "USD",
        "2028",
    )


def test_french_le_porter_a_takes_up_the_revenue_before():
    text = (
        "La start-up bordelaise Vinolab lève 5 millions d'euros.\n\n"
        "Son chiffre d'affaires a atteint 2,1 millions d'euros en 2025. "
        "L'objectif est de le porter à 12 millions d'euros d'ici 2029."
    )
    target = only(facts_of(text, language="fr"), "projection")
    assert (target.company, target.amount, target.date) == ("Vinolab", 12e6, "2029")


def test_that_figure_with_no_revenue_before_is_no_revenue_target():
    text = (
        "Quillfield, a legal-software startup, has raised $15 million in a Series A round.\n\n"
        "Investors expect that figure to reach $40 million next year."
    )
    assert not of_kind(facts_of(text), "projection")


def test_management_target_after_a_named_revenue_is_that_company_s():
    text = (
        "Le géant américain Microsoft investit 40 millions d'euros dans la start-up lyonnaise Neurova.\n\n"
        "Les revenus annualisés de Neurova dépassent 30 millions d'euros, et la direction vise 200 millions "
        "de chiffre d'affaires d'ici à 2029."
    )
    target = only(facts_of(text, language="fr"), "projection")
    assert (target.company, target.amount, target.date) == ("Neurova", 200e6, "2029")


def test_buyer_target_for_the_activity_it_bought_is_the_bought_company_s():
    text = (
        "Le groupe bancaire Banque Alpine rachète la néobanque Trezo pour environ 120 millions d'euros.\n\n"
        "Banque Alpine entend conserver la marque, et vise 300.000 clients pour cette activité d'ici 2029."
    )
    target = only(facts_of(text, language="fr"), "projection")
    assert (target.company, target.amount) == ("Trezo", 300000)


def test_analysts_estimate_a_result_is_compared_with_is_no_projection():
    text = (
        "Quorix, a listed chipmaker, reported fourth-quarter revenue of $31.5 million, beating estimates of "
        "$28.2 million, and expects revenue of $140 million to $150 million for 2026."
    )
    projections = of_kind(facts_of(text), "projection")
    assert [p.amount for p in projections] == [140e6]


def test_analysts_market_forecast_is_no_company_target():
    text = (
        "Verdanta, a Nairobi agritech startup, has raised $12 million.\n\n"
        "Analysts at research firm Macrolens expect spending on farm software in East Africa to exceed "
        "$3 billion by 2030."
    )
    assert not of_kind(facts_of(text), "projection")


def test_market_figure_sourced_to_a_research_firm_is_no_company_target():
    text = (
        "Souqly, a Dubai grocery startup, has raised $20 million.\n\n"
        "Online grocery sales in the region are expected to reach $9 billion by 2029, according to "
        "research firm Gulfdata."
    )
    assert not of_kind(facts_of(text), "projection")


def test_dated_profitability_aim_is_a_projection_with_no_amount():
    text = (
        "Dunecraft, a Lisbon game studio, has raised €18 million.\n\n"
        "Revenue passed €6 million last year, and the company expects to turn profitable in 2028."
    )
    target = only(facts_of(text), "projection")
    assert (target.company, target.amount, target.date, target.metric) == (
        "Dunecraft",
        None,
        "2028",
        "profitability",
    )


def test_undated_break_even_hope_is_no_projection():
    text = "Dunecraft, a Lisbon game studio, has raised €18 million and hopes to break even soon."
    assert not of_kind(facts_of(text), "projection")


def test_target_takes_the_horizon_after_it_not_the_year_of_the_aim_before():
    text = (
        "Quillway, a Berlin legal-tech startup, has raised €30 million.\n\n"
        "Quillway said it expects to be profitable by 2029 and aims to reach €90 million in annual recurring "
        "revenue by the end of 2027."
    )
    targets = {f.amount: f.date for f in of_kind(facts_of(text), "projection")}
    assert targets == {None: "2029", 90e6: "2027"}


def test_french_result_then_target_dated_after_it_is_a_projection():
    text = (
        "La start-up Motorea lève 8 millions d'euros.\n\n"
        "Elle a réalisé 3 millions d'euros de chiffre d'affaires en 2025 et vise 12 000 scooters vendus par an "
        "d'ici à 2029."
    )
    target = only(facts_of(text, language="fr"), "projection")
    assert (target.amount, target.date) == (12000, "2029")


def test_undisclosed_valuation_a_source_puts_a_figure_on_is_a_valuation():
    text = (
        "Brightkeel, a Boston robotics startup, has raised $40 million in a Series B round.\n\n"
        "The company did not disclose its valuation, but a person familiar with the deal put it at about "
        "$320 million."
    )
    valuation = only(facts_of(text), "valuation")
    assert (valuation.company, valuation.amount) == ("Brightkeel", 320e6)


def test_undisclosed_valuation_said_to_be_close_to_a_figure_is_a_valuation():
    text = (
        "Brightkeel, a Boston robotics startup, has raised $40 million in a Series B round.\n\n"
        "The company did not disclose its valuation, but two people familiar with the deal said it was close to "
        "$320 million."
    )
    assert only(facts_of(text), "valuation").amount == 320e6

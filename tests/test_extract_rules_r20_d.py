"""Round 20, revenue, metrics and projections.

Headcount targets written with no noun after the number ("double its headcount to about 300 by 2026"), the
company's own spending plan, money written "one trillion", payment volumes (a metric, never revenue), the
year "a year earlier" and "by the end of the year" stand for, and figures that are no count of the company:
one item's size ("each unit produces 50 megawatts"), several companies' sum ("$400 billion combined"), a
quantity sold to another party, a count a place's relative clause states.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.amounts import parse_amounts


def _counts(facts, kind):
    return sorted((fact.amount, fact.unit) for fact in of_kind(facts, kind))


def test_headcount_taken_to_a_bare_number_is_a_projection():
    text = (
        "Tarvello Systems raised $40 million on Monday.\n\n"
        "The company had 150 employees in January and plans to double its headcount to about 300 by 2027."
    )
    facts = facts_of(text)
    assert _counts(facts, "projection") == [(300.0, "employees")]
    assert (150.0, "employees") in _counts(facts, "metric")


def test_workforce_grown_from_one_bare_number_to_another():
    text = (
        "Quorvia raised €25 million on Monday.\n\n"
        "The start-up intends to grow its workforce from 120 to 260 by the end of 2027."
    )
    facts = facts_of(text)
    assert _counts(facts, "projection") == [(260.0, "employees")]
    assert _counts(facts, "metric") == [(120.0, "employees")]


def test_french_staff_brought_to_a_round_count_by_the_end_of_the_year():
    text = (
        "La start-up nantaise Brivelo lève 12 millions d'euros.\n\n"
        "Elle emploie 45 collaborateurs et compte porter ses effectifs à une centaine d'ici la fin de l'année."
    )
    fact = only(facts_of(text, language="fr"), "projection")
    assert (fact.amount, fact.unit, fact.date) == (100.0, "employees", "2026")


def test_change_start_before_an_approximate_target_is_todays_count():
    amounts = parse_amounts("porter ses effectifs de 85 à près de 200 salariés d'ici 2027", "fr")
    assert [(a.value, a.unit) for a in amounts] == [(85.0, "employees"), (200.0, "employees")]


def test_staff_taken_to_a_decimal_sum_is_no_headcount():
    amounts = parse_amounts("porter ses effectifs à 1,5 million de francs", "fr")
    assert all(a.unit != "employees" for a in amounts)


def test_story_company_investing_in_its_own_sites_is_a_spending_projection():
    text = (
        "Le fonds Helvetia Infra prend une participation de 30 % dans Montaval SA, exploitant de centres de "
        "données.\n\n"
        "L'entreprise prévoit d'investir 1,5 milliard de francs d'ici 2030 dans quatre nouveaux sites."
    )
    fact = only(facts_of(text, language="fr"), "projection")
    assert (fact.company, fact.amount, fact.currency, fact.date) == ("Montaval", 1.5e9, "CHF", "2030")


def test_one_trillion_yen_sales_target():
    text = (
        "Hoshimura Devices raised 20 billion yen on Monday.\n\n"
        "It aims for annual sales of around one trillion yen by 2032, its president said."
    )
    fact = only(facts_of(text), "projection")
    assert (fact.amount, fact.currency, fact.date) == (1e12, "JPY", "2032")


def test_processed_payments_are_a_volume_metric_not_revenue():
    text = (
        "Paynexa raised $30 million on Monday.\n\n"
        "The company processed $2.5 billion in total payment volume last year and generated $20 million in "
        "revenue in 2025."
    )
    facts = facts_of(text)
    assert [(f.amount, f.metric) for f in of_kind(facts, "metric")] == [(2.5e9, "payment_volume")]
    assert [f.amount for f in of_kind(facts, "revenue")] == [20e6]


def test_french_transaction_volume_is_a_metric():
    text = (
        "La fintech Dakapay lève 8 millions de dollars.\n\n"
        "Elle revendique un volume de transactions de 900 millions de dollars en 2025."
    )
    fact = only(facts_of(text, language="fr"), "metric")
    assert (fact.amount, fact.currency, fact.metric) == (900e6, "USD", "payment_volume")


def test_a_year_earlier_dates_the_figure_before_it():
    text = (
        "Lumeral raised £15 million on Monday.\n\n"
        "The startup's revenue rose to 12 million pounds in 2025 from 5 million pounds a year earlier."
    )
    dates = {f.amount: f.date for f in of_kind(facts_of(text), "revenue")}
    assert dates == {12e6: "2025", 5e6: "2024"}


def test_the_startup_after_a_sentence_about_the_company_bought_is_that_company():
    text = (
        "Dutch toolmaker Veldhoven Optics NV has agreed to buy British designer Lumacore Ltd for 300 million "
        "pounds in cash.\n\n"
        "Lumacore, based in Oxford, designs optical chips for data centres.\n\n"
        "The startup's revenue rose to 20 million pounds in 2025."
    )
    fact = only(facts_of(text), "revenue")
    assert fact.company.startswith("Lumacore")


def test_the_medium_a_speaker_told_is_no_subject():
    text = (
        "Norvane Health raised $60 million on Monday.\n\n"
        '"We are building the back office of hospitals," Chief Executive Ana Ruiz told HealthWire.\n\n'
        "Annual recurring revenue crossed $25 million in January, the company said."
    )
    fact = only(facts_of(text), "revenue")
    assert fact.company == "Norvane Health"


def test_each_units_capacity_is_no_metric_of_the_company():
    text = (
        "Brightcore Fission raised $200 million on Monday.\n\n"
        "Each of its factory-built reactors would produce about 60 megawatts."
    )
    assert of_kind(facts_of(text), "metric") == []


def test_several_companies_combined_spending_is_no_fact():
    text = (
        "Voltaic Racks raised $80 million on Monday.\n\n"
        "Cloud giants including Microsoft and Amazon are expected to spend more than $300 billion combined on "
        "capital expenditures this year."
    )
    facts = facts_of(text)
    assert [f for f in facts if f.amount == 300e9] == []


def test_quantity_sold_to_a_customer_is_no_metric():
    text = (
        "Terrabind, a biochar start-up, said it has signed a deal to sell 2 million tons of carbon removal "
        "credits to Microsoft over ten years."
    )
    assert of_kind(facts_of(text), "metric") == []


def test_place_before_a_relative_clause_owns_no_count():
    text = (
        "La start-up Drovia lève 20 millions d'euros.\n\n"
        "La société construit une usine à Colomiers, qui devrait produire jusqu'à 800 drones par an à partir "
        "de 2027."
    )
    fact = only(facts_of(text, language="fr"), "projection")
    assert fact.company == "Drovia"


def test_treasury_management_software_is_no_cash_figure():
    text = (
        "Le groupe BNP Paribas prend une participation de 20 % dans Tresalys, une fintech qui automatise la "
        "gestion de trésorerie des PME, pour un montant de 30 millions d'euros."
    )
    facts = facts_of(text, language="fr")
    assert of_kind(facts, "metric") == []

"""Round 26 (amounts): figures and facts the extractor missed.

A description subject that stands for one backer of a round ("Le groupe pharmaceutique a injecté à lui seul
8 millions") right after a sentence listing the round's backers is the one backer its noun fits (a group is
no bank nor fund), not the funded company; when several fit, no one.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_group_description_after_backers_list_is_the_group_not_the_bank():
    text = (
        "La société genevoise Corvalia a bouclé un tour de financement de 25 millions de francs. L'opération "
        "a été menée par Helvetia Ventures. La Banque cantonale jurassienne (BCJ) et Novelpharm ont également participé. "
        "Le groupe pharmaceutique bâlois a injecté à lui seul 6 millions de francs, précise le communiqué."
    )
    investment = only(facts_of(text, "fr"), "investment")
    assert (investment.company, investment.investor, investment.amount) == ("Corvalia", "Novelpharm", 6e6)


def test_group_description_fitting_two_backers_names_no_one():
    text = (
        "La société genevoise Corvalia a bouclé un tour de financement de 25 millions de francs. L'opération "
        "a été menée par Helvetia Ventures. Novelpharm et Medicor ont également participé. Le groupe a injecté "
        "à lui seul 6 millions de francs."
    )
    assert of_kind(facts_of(text, "fr"), "investment") == []


def test_past_headcount_growth_gives_both_counts():
    text = (
        "Lindqvist Robotics, a Gothenburg-based startup, raised €12m in a Series A round. Headcount has grown "
        "from 25 to 60 over the past year."
    )
    counts = sorted(f.amount for f in of_kind(facts_of(text), "metric") if f.unit == "employees")
    assert counts == [25, 60]


def test_french_past_headcount_growth_gives_both_counts():
    text = (
        "La start-up nantaise Ostrea a levé 6 millions d'euros. Son effectif est passé de 18 à 45 salariés en "
        "deux ans."
    )
    counts = sorted(f.amount for f in of_kind(facts_of(text, "fr"), "metric") if f.unit == "employees")
    assert counts == [18, 45]


def test_planned_team_growth_starts_from_todays_count():
    text = (
        "Marlowe Freight, a Tallinn-based startup, raised €9m. The money will be used to grow the team from 45 "
        "people to around 110 by the end of 2027."
    )
    facts = facts_of(text)
    assert [f.amount for f in of_kind(facts, "metric")] == [45]
    assert [f.amount for f in of_kind(facts, "projection")] == [110]


def test_bare_crowns_take_the_crown_the_article_named():
    text = (
        "Fjordkraft Batteri raised 200 million Norwegian crowns from Investinor. The company reported revenue "
        "of 350 million crowns in 2025."
    )
    revenue = only(facts_of(text), "revenue")
    assert (revenue.amount, revenue.currency) == (350e6, "NOK")


def test_bare_crowns_in_the_sentence_of_a_named_crown():
    text = (
        "Solkraft AB reported revenue of 80 million Swedish crowns in 2025 and expects sales to reach 1 billion "
        "crowns by 2028."
    )
    projection = only(facts_of(text), "projection")
    assert (projection.amount, projection.currency) == (1e9, "SEK")


def test_bare_crowns_with_no_crown_named_give_no_amount():
    text = "Solkraft AB reported revenue of 80 million crowns in 2025."
    assert [f for f in facts_of(text) if f.amount == 80e6] == []


def _counts(text: str, kind: str = "metric", language: str = "en") -> list[float]:
    return sorted(f.amount for f in of_kind(facts_of(text, language), kind))


def test_count_grown_to_since_a_date_is_todays():
    text = (
        "Brisk Analytics, a Lisbon-based startup, raised €10m in a Series A round. Brisk has grown from 15 "
        "people to 70 since its seed round in 2024."
    )
    assert 70 in _counts(text)


def test_headcount_grown_to_then_from():
    text = (
        "Norwell Marine, a Boston-based startup, raised $30 million. Headcount has grown to 320 from 90 at "
        "the start of 2025, and the company is opening a second plant."
    )
    assert _counts(text) == [90, 320]


def test_plan_to_increase_that_number_after_a_long_clause():
    text = (
        "Corrib Payments, a Dublin-based startup, raised €15m. The company employs 52 people at its offices "
        "on Baggot Street in Dublin and plans to increase that to 130 by the end of 2027."
    )
    assert _counts(text, "projection") == [130]


def test_part_of_a_count_with_thousands_separator_is_read_whole():
    text = (
        "Tutorly, a Nairobi-based edtech startup, raised $6 million. The platform now has more than 1 million "
        "registered learners, with about 240,000 of them active every month."
    )
    assert 240_000 in _counts(text)


def test_frequency_after_counted_noun_ends_the_noun():
    text = (
        "Algamar, a Vigo-based startup, raised €7m. The company currently produces around 300 tonnes of "
        "seaweed film per year and aims to reach 4,000 tonnes annually by 2027."
    )
    assert _counts(text, "projection") == [4000]


def test_hiring_more_after_a_headcount_is_a_projection():
    text = (
        "Ledgerpoint, a San Francisco-based startup, raised $40 million. The company has about 180 employees "
        "and plans to hire 120 more by the end of 2027, mostly engineers."
    )
    assert _counts(text, "projection") == [120]


def test_hiring_another_after_a_headcount_is_a_projection():
    text = (
        "Saltwick, a Copenhagen-based startup, raised €4m. It currently employs 9 people and plans to hire "
        "another 12 in 2027."
    )
    assert _counts(text, "projection") == [12]


def test_french_hiring_more_this_year_is_a_projection():
    text = (
        "La start-up lyonnaise Vectis a levé 10 millions d'euros. Vectis emploie aujourd'hui 70 personnes et "
        "prévoit d'en recruter 45 supplémentaires cette année, principalement en Allemagne."
    )
    assert _counts(text, "projection", "fr") == [45]


def test_dated_milestone_of_a_tranche_is_a_revenue_projection():
    text = (
        "Ravelin Data, a Berlin-based startup, raised €40m in a Series B round led by Index Ventures. The money "
        "comes in two tranches: €25m now, and a further €15m once Ravelin hits €20m in annual recurring "
        "revenue, a milestone it expects to reach in early 2028."
    )
    projection = only(facts_of(text), "projection")
    assert (projection.company, projection.amount, projection.date) == ("Ravelin Data", 20e6, "2028")


def test_undated_milestone_of_a_tranche_is_no_fact():
    text = (
        "Ravelin Data, a Berlin-based startup, raised €40m in a Series B round led by Index Ventures. The money "
        "comes in two tranches: €25m now, and a further €15m once Ravelin hits €20m in annual recurring "
        "revenue."
    )
    assert of_kind(facts_of(text), "projection") == [] and of_kind(facts_of(text), "revenue") == []


def test_revenue_on_pace_for_this_year_is_a_projection():
    text = (
        "Calloway Health, a Nashville-based startup, raised $35 million. Revenue reached $12 million in 2025, "
        "and the company says it is on pace for $30 million this year."
    )
    projection = only(facts_of(text), "projection")
    assert (projection.amount, projection.date) == (30e6, "2026")
    assert only(facts_of(text), "revenue").amount == 12e6


def test_company_telling_investors_its_revenue_target_is_its_projection():
    text = (
        "Quorra Labs, a New York-based startup, raised $60 million in a Series B round. Chief executive Ana "
        "Ruiz has told investors she expects annual recurring revenue to reach $40 million by the end of 2027."
    )
    projection = only(facts_of(text), "projection")
    assert (projection.company, projection.amount) == ("Quorra Labs", 40e6)


def test_order_book_sum_is_a_company_metric():
    text = (
        "La société grenobloise Electrys a levé 30 millions d'euros. Elle emploie 150 salariés et affiche un "
        "carnet de commandes de 95 millions d'euros."
    )
    backlog = next(f for f in of_kind(facts_of(text, "fr"), "metric") if f.currency == "EUR")
    assert (backlog.company, backlog.amount, backlog.metric) == ("Electrys", 95e6, "order_backlog")

"""Round 21 (e): targets a company sets itself and revenue of a fiscal year, proved on invented sentences."""

from extract_helpers import facts_of, of_kind


def _figures(facts, kind):
    return sorted((f.amount, f.date) for f in of_kind(facts, kind))


def test_a_dated_hiring_plan_is_a_projection():
    facts = facts_of(
        "Brodelia a levé 8 millions d'euros. L'entreprise, qui emploie 70 personnes, prévoit d'en recruter "
        "100 supplémentaires d'ici fin 2027.",
        "fr",
    )
    assert _figures(facts, "projection") == [(100, "2027")]
    facts = facts_of(
        "Osprel raised $9 million from Pallid Partners. It plans to hire 40 engineers by the end of 2027."
    )
    assert _figures(facts, "projection") == [(40, "2027")]


def test_an_undated_hiring_plan_or_one_leading_to_a_total_gives_no_extra_target():
    facts = facts_of("Brodelia a levé 8 millions d'euros. Elle prévoit de recruter 25 personnes.", "fr")
    assert not of_kind(facts, "projection")
    facts = facts_of(
        "Brodelia a levé 8 millions d'euros. Brodelia emploie 180 personnes et compte en recruter 220 "
        "supplémentaires d'ici 2028, pour atteindre 400 salariés.",
        "fr",
    )
    assert _figures(facts, "projection") == [(400, "2028")]


def test_a_hiring_plan_takes_the_horizon_written_after_it_not_an_earlier_target_year():
    facts = facts_of(
        "Brodelia a levé 8 millions d'euros. Elle vise 60 millions d'euros de chiffre d'affaires d'ici 2029 et "
        "prévoit de recruter 150 personnes en dix-huit mois.",
        "fr",
    )
    assert _figures(facts, "projection") == [(60e6, "2029")]


def test_a_target_by_the_end_of_the_year_is_dated_in_the_story_year():
    facts = facts_of(
        "Osprel raised $9 million from Pallid Partners. The company has 12 employees and plans to have 30 by year-end."
    )
    assert _figures(facts, "projection") == [(30, "2026")]
    facts = facts_of(
        "Brodelia a levé 8 millions d'euros. Elle compte recruter 25 personnes d'ici la fin de l'année.", "fr"
    )
    assert _figures(facts, "projection") == [(25, "2026")]


def test_headcount_set_to_rise_to_a_bare_number_is_a_target():
    facts = facts_of(
        "Osprel raised $9 million from Pallid Partners. Headcount is set to rise to 120 by the end of 2027."
    )
    assert _figures(facts, "projection") == [(120, "2027")]


def test_a_count_said_to_be_today_s_stays_a_metric_whatever_horizon_follows():
    facts = facts_of(
        "Brodelia a levé 8 millions d'euros. Le groupe entend doubler ses effectifs, aujourd'hui de 210 "
        "personnes, d'ici à la fin de l'année.",
        "fr",
    )
    assert not [f for f in of_kind(facts, "projection") if f.amount == 210]


def test_revenue_in_the_year_to_a_month_is_last_fiscal_year_not_a_target():
    facts = facts_of(
        "Osprel raised £9m from Pallid Partners. Osprel generated revenue of £2.4m in the year to June and "
        "expects that to rise to £7m in the year to June 2027.",
        published="2026-10-05",
    )
    assert _figures(facts, "revenue") == [(2.4e6, "2026-06")]
    assert _figures(facts, "projection") == [(7e6, "2027-06")]


def test_millions_of_pupils_are_a_count_not_money():
    facts = facts_of(
        "Brodelia a levé 5 millions d'euros. Avec cette levée, elle compte atteindre 3 millions d'élèves d'ici 2029.",
        "fr",
    )
    assert _figures(facts, "projection") == [(3e6, "2029")]
    assert [f.amount for f in of_kind(facts, "round")] == [5e6]


def test_dong_are_vietnamese_money():
    facts = facts_of(
        "Osprel raised $9 million from Pallid Partners. Revenue rose to 1.5 trillion dong last year, and the "
        "company expects sales of 3 trillion dong in 2027.",
        published="2026-05-04",
    )
    assert [(f.amount, f.currency) for f in of_kind(facts, "projection")] == [(3e12, "VND")]


def test_a_number_glued_to_a_name_by_a_hyphen_counts_nothing():
    facts = facts_of("Osprel, a startup that tutors K-12 students, raised $9 million from Pallid Partners.")
    assert not of_kind(facts, "metric")


def test_an_impersonal_count_of_a_trade_is_nobody_s_metric():
    facts = facts_of(
        "Brodelia a levé 5 millions d'euros. Le marché est porteur : on compte aujourd'hui 30 000 chauffeurs "
        "VTC en France.",
        "fr",
    )
    assert not of_kind(facts, "metric")


def test_a_ranked_group_s_spending_is_not_the_story_company_s():
    facts = facts_of(
        "Osprel raised $9 million from Pallid Partners. The three biggest US cloud providers are expected to "
        "spend more than $400bn this year, according to analyst estimates."
    )
    assert not [f for f in facts if f.amount == 400e9]


def test_written_premiums_are_an_insurer_s_revenue():
    facts = facts_of(
        "Osprel raised $9 million from Pallid Partners. Osprel expects gross written premiums of $80 million in 2027."
    )
    assert _figures(facts, "projection") == [(80e6, "2027")]


def test_an_output_target_of_chips_is_a_projection():
    facts = facts_of(
        "Brodelia lève 50 millions d'euros. Elle vise une production de 20 millions de puces par an d'ici 2029.",
        "fr",
    )
    assert _figures(facts, "projection") == [(20e6, "2029")]

"""Wording classes understood in round 8 of the importer's tuning, each proved on sentences written for
these tests (not taken from any corpus)."""

from extract_helpers import facts_of as _facts
from extract_helpers import only as _one


def test_a_name_after_a_preposition_and_determiner_is_no_subject():
    fact = _one(
        _facts(
            "Kelbrand Optics, a Munich startup, makes lenses for lidar. The startup was carved out of the "
            "Fraunhofer Institute in 2021 and raised a €12m seed round led by Brenner Ventures in 2023."
        ),
        "round",
    )
    assert (fact.company, fact.amount) == ("Kelbrand Optics", 12e6)


def test_a_sum_once_aimed_at_is_no_round():
    facts = _facts(
        "Tarvio Systems raised $60 million in a Series B round led by Halden Partners. The company had "
        "initially hoped to raise about $40 million, its chief executive said."
    )
    assert [f.amount for f in facts if f.kind == "round"] == [60e6]
    facts = _facts(
        "Brevalis, qui avait d'abord envisagé de lever 10 millions d'euros, a finalement bouclé un tour de "
        "25 millions d'euros.",
        "fr",
    )
    assert [f.amount for f in facts if f.kind == "round"] == [25e6]


def test_talks_under_way_are_still_a_round():
    fact = _one(_facts("Tarvio Systems is in talks to raise as much as $90 million, people said."), "round")
    assert (fact.company, fact.amount, fact.bound) == ("Tarvio Systems", 90e6, "maximum")


def test_a_count_in_the_present_is_today_s_whatever_plan_follows():
    facts = _facts(
        "Harlow Grid, a Denver startup, raised $20 million. It counts 140 engineers and expects to open a "
        "plant in Ohio in 2028."
    )
    count = next(f for f in facts if f.amount == 140)
    assert (count.kind, count.company, count.date) == ("metric", "Harlow Grid", "2026-03-02")
    facts = _facts(
        "La start-up tourangelle Ombrine a levé 10 millions d'euros. Elle veut faire passer ses effectifs de "
        "85 salariés aujourd'hui à 200 d'ici 2028.",
        "fr",
    )
    assert next(f for f in facts if f.amount == 85).kind == "metric"


def test_a_planned_count_is_still_a_projection():
    facts = _facts(
        "Harlow Grid, a Denver startup, raised $20 million. It expects to have 300 employees by 2028."
    )
    assert next(f for f in facts if f.amount == 300).kind == "projection"


def test_a_fund_s_size_and_borrowed_money_are_no_deal():
    facts = _facts(
        "La start-up lyonnaise Ombrine a levé 12 millions d'euros auprès de Kerala Capital. Le ticket sera "
        "investi via le fonds climat de Kerala Capital, qui a réuni 900 millions d'euros d'engagements.",
        "fr",
    )
    assert [f.amount for f in facts] == [12e6]
    facts = _facts(
        "Ardmore Labs said it agreed to buy Quint AI. Ardmore Labs will fund the purchase with cash and about "
        "$300 million in new borrowing."
    )
    assert [f.amount for f in facts] == [None]


def test_the_revenue_of_the_customers_it_sells_to_is_not_its_own():
    facts = _facts(
        "Pellucid Health, a Boston startup, raised $40 million. It sells to hospital groups with $100 million "
        "to $2 billion in annual revenue."
    )
    assert [f.kind for f in facts] == ["round"]


def test_la_societe_after_a_sentence_naming_no_company_is_the_paragraph_s_subject():
    facts = _facts(
        "Le groupe Norvik a annoncé le rachat de Talema, une start-up bordelaise. Fondée en 2015, Talema a "
        "développé un logiciel de planification pour les blocs opératoires. Ses outils équipent une centaine "
        "d'hôpitaux en France. La société a réalisé un chiffre d'affaires de 9 millions d'euros en 2025.",
        "fr",
    )
    assert _one(facts, "revenue").company == "Talema"


def test_the_chief_executive_speaks_for_the_company_of_the_executive_just_named():
    facts = _facts(
        "Orvane Systems agreed to buy Miralda, a Lisbon startup. Miralda makes scheduling software for "
        'airlines. "Miralda gives us the missing piece," said Tomas Reyes, chief executive of Orvane Systems. '
        "The chief executive expects revenue of $900 million in 2028."
    )
    assert _one(facts, "projection").company == "Orvane Systems"


def test_a_country_s_figure_is_no_company_s():
    facts = _facts(
        "Meridian Health, a Boston startup, raised $40 million. The U.S. spends roughly $4.5 trillion a year "
        "on health care."
    )
    assert [f.kind for f in facts] == ["round"]
    facts = _facts(
        "La start-up toulousaine Aerolia a levé 20 millions d'euros. L'Allemagne dépense environ 14 milliards "
        "d'euros par an dans la recherche spatiale.",
        "fr",
    )
    assert [f.kind for f in facts] == ["round"]


def test_an_industry_s_figure_is_no_company_s():
    facts = _facts(
        "La start-up toulousaine Aerolia a levé 20 millions d'euros. En France, la filière spatiale a réalisé "
        "un chiffre d'affaires de 9 milliards d'euros l'an dernier.",
        "fr",
    )
    assert [f.kind for f in facts] == ["round"]


def test_a_founder_introduced_by_a_profession_is_a_person():
    facts = _facts(
        "La jeune pousse nantaise Pyrolis a levé 3 millions d'euros. Fondée en 2021 par la chimiste Zélie "
        "Fontanel, la start-up recycle les batteries. « Nous voulons aller vite », explique Zélie Fontanel. "
        "Lancé en mars, son service revendique déjà 2.000 clients.",
        "fr",
    )
    assert _one(facts, "metric").company == "Pyrolis"


def test_investments_announced_for_a_sector_or_country_are_no_round():
    facts = _facts(
        "La start-up Volnay a levé 30 millions d'euros. Cette levée intervient après le sommet de Paris, au "
        "cours duquel le gouvernement avait annoncé 40 milliards d'euros d'investissements publics dans la "
        "défense.",
        "fr",
    )
    assert [f.amount for f in facts] == [30e6]
    facts = _facts(
        "Korvath Labs raised $50 million. The round comes weeks after the White House touted $500 billion of "
        "investments in American data centers."
    )
    assert [f.amount for f in facts] == [50e6]


def test_a_revenue_level_set_as_a_condition_is_no_figure():
    facts = _facts(
        "Dorvale AI raised $80 million. A further $40 million will be paid once the company's annual revenue "
        "passes $25 million, people said."
    )
    assert [f.amount for f in facts] == [80e6]
    facts = _facts(
        "La start-up Ombrine a levé 10 millions d'euros. Une seconde tranche sera versée une fois que son "
        "chiffre d'affaires dépassera 5 millions d'euros.",
        "fr",
    )
    assert [f.amount for f in facts] == [10e6]

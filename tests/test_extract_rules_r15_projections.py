"""Round 15: projections, equal-share investors and the money written 'un milliard d'euros'."""

from __future__ import annotations

from extract_helpers import facts_of as _facts
from extract_helpers import of_kind as _kind
from extract_helpers import only as _one

from ai_deals.importers.extract.amounts import parse_amounts


def test_a_target_in_arr_written_with_an_elided_de_is_a_projection_in_french():
    text = "Brumoire, une start-up nantaise, lève 8 millions d'euros. La pépite vise 40 M€ d'ARR d'ici 2029."
    fact = _one(_facts(text, "fr"), "projection")
    assert (fact.company, fact.amount, fact.currency, fact.date) == ("Brumoire", 40e6, "EUR", "2029")


def test_a_target_in_arr_after_an_objective_label_is_the_story_companys_projection():
    text = (
        "Quillane, une start-up lilloise, lève 12 millions d'euros. "
        "Objectif affiché : franchir les 60 millions d'euros d'ARR d'ici 2028."
    )
    fact = _one(_facts(text, "fr"), "projection")
    assert (fact.company, fact.amount) == ("Quillane", 60e6)


def test_a_past_arr_figure_with_an_elided_de_stays_a_revenue_figure():
    text = "Brumoire, une start-up nantaise, lève 8 millions d'euros. Elle a atteint 6 M€ d'ARR en 2025."
    facts = _facts(text, "fr")
    assert not _kind(facts, "projection")
    assert _one(facts, "revenue").amount == 6e6


def test_a_bare_sum_after_a_verb_of_aiming_is_a_revenue_projection_in_french():
    text = (
        "Ferlane, une start-up bordelaise, lève 9 millions d'euros. Elle vise 70 millions d'euros d'ici 2030."
    )
    fact = _one(_facts(text, "fr"), "projection")
    assert (fact.company, fact.amount, fact.metric) == ("Ferlane", 70e6, "revenue")


def test_a_bare_sum_after_a_verb_of_aiming_is_a_revenue_projection_in_english():
    text = "Tovarin, a Leeds startup, raised $9 million. It is targeting $80 million by 2029."
    fact = _one(_facts(text), "projection")
    assert (fact.company, fact.amount, fact.currency) == ("Tovarin", 80e6, "USD")


def test_a_sum_after_a_verb_of_aiming_with_a_round_noun_is_no_revenue_projection():
    text = "Ferlane, une start-up bordelaise, vise une levée de 30 millions d'euros d'ici 2027."
    assert not _kind(_facts(text, "fr"), "projection")


def test_one_billion_written_with_the_article_is_money_in_french_and_english():
    fr = parse_amounts("La société vise plus d'un milliard d'euros de chiffre d'affaires.", "fr")
    assert [(a.value, a.currency, a.bound) for a in fr] == [(1e9, "EUR", "minimum")]
    en = parse_amounts("The deal is worth a billion dollars.", "en")
    assert [(a.value, a.currency) for a in en] == [(1e9, "USD")]


def test_one_million_with_a_counted_noun_stays_a_count_not_money():
    found = parse_amounts("L'application compte un million d'utilisateurs.", "fr")
    assert [(a.value, a.currency, a.unit) for a in found] == [(1e6, None, "users")]


def test_a_revenue_goal_of_one_billion_spelled_with_the_article_is_a_projection():
    text = "Mirevane, une start-up lyonnaise, lève 40 millions d'euros. Mirevane vise un chiffre d'affaires d'un milliard d'euros d'ici 2030."
    fact = _one(_facts(text, "fr"), "projection")
    assert (fact.company, fact.amount, fact.currency) == ("Mirevane", 1e9, "EUR")


def test_a_group_named_by_a_quantifier_raising_money_is_no_companys_round():
    text = (
        "Ostrale, une biotech parisienne, lève 20 millions d'euros. "
        "Aux Etats-Unis, certaines biotechs ont levé plus d'un milliard de dollars en un seul tour."
    )
    rounds = _kind(_facts(text, "fr"), "round")
    assert [f.amount for f in rounds] == [20e6]


def test_each_investor_of_a_list_repeating_its_preposition_gets_its_share_in_french():
    text = (
        "Velnora, une start-up rennaise, lève 60 millions d'euros. Le tour est mené par Partech, "
        "aux côtés de Kerlune Capital et de la Caisse des dépôts, qui ont chacun apporté 10 millions d'euros."
    )
    investments = _kind(_facts(text, "fr"), "investment")
    assert sorted(f.investor for f in investments) == ["Caisse des Dépôts", "Kerlune Capital"]
    assert {f.amount for f in investments} == {10e6}


def test_each_co_lead_after_par_gets_its_share():
    text = (
        "Velnora, une start-up rennaise, lève 40 millions d'euros. L'opération est co-menée par le fonds "
        "Kerlune Capital et par Bpifrance, qui ont chacun apporté 20 millions d'euros."
    )
    investments = _kind(_facts(text, "fr"), "investment")
    assert sorted(f.investor for f in investments) == ["Bpifrance", "Kerlune Capital"]


def test_a_single_investor_after_a_list_without_each_gets_no_share_of_the_others():
    text = (
        "Velnora, une start-up rennaise, lève 40 millions d'euros auprès de Kerlune Capital et de "
        "Bpifrance, qui apporte 15 millions d'euros."
    )
    investments = _kind(_facts(text, "fr"), "investment")
    assert [f.investor for f in investments] == ["Bpifrance"]


def test_an_outside_estimate_of_an_undisclosed_valuation_is_no_valuation():
    text = (
        "Ostrale, une biotech parisienne, lève 20 millions d'euros. "
        "Elle ne communique pas sa valorisation, estimée à plus d'un milliard d'euros."
    )
    assert not _kind(_facts(text, "fr"), "valuation")

"""Session 22 (mendE22): article-importer regressions a reviewer found in the latest merged changes.

"returned with / came back with $X" followed by a round's noun is the company's own round, whoever came
back. A French elided adverb after a figure ("6 milliards d'après Bloomberg", "d'ailleurs") is no counted
noun: the figure stays the valuation it was. "a recensé N" drops only an institution's tally, not a
company's own count ("Mistral AI a recensé 2 millions d'utilisateurs actifs").
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.amounts import parse_amounts


def test_a_company_that_returned_with_a_series_keeps_its_own_round():
    for text, amount, currency, series in (
        (
            "Mistral AI, the Paris-based start-up, returned with a $50 million Series B led by Accel.",
            50e6,
            "USD",
            "Series B",
        ),
        (
            "Mistral AI, the Paris-based start-up, came back with a €385 million Series A led by Andreessen "
            "Horowitz.",
            385e6,
            "EUR",
            "Series A",
        ),
    ):
        facts = facts_of(text)
        round_ = only(facts, "round")
        assert (round_.company, round_.amount, round_.currency, round_.round_type) == (
            "Mistral AI",
            amount,
            currency,
            series,
        ), text
        assert not of_kind(facts, "investment"), text


def test_a_french_elided_adverb_after_a_figure_is_no_counted_noun():
    for tail in ("d'après Bloomberg.", "d'après Les Echos.", "d'ailleurs, selon Bloomberg."):
        sentence = f"Sa valorisation atteint 6 milliards {tail}"
        (amount,) = parse_amounts(sentence, "fr")
        assert amount.unit is None, tail


def test_a_valuation_reported_dapres_a_newspaper_stays_a_valuation():
    for sentence in (
        "Sa valorisation atteint 6 milliards d'après Bloomberg.",
        "La start-up est valorisée 6 milliards d'après Les Echos.",
        "Elle est valorisée 6 milliards d'ailleurs, selon Bloomberg.",
    ):
        facts = facts_of("Mistral AI a levé 600 millions d'euros. " + sentence, "fr")
        valuation = only(facts, "valuation")
        assert (valuation.amount, valuation.currency) == (6e9, "EUR"), sentence
        assert not of_kind(facts, "metric"), sentence


def test_a_singular_investissement_after_an_elided_de_stays_money():
    sentence = "Kyra a levé 40 millions d'euros et annonce 2 milliards d'investissement."
    assert parse_amounts(sentence, "fr")[-1].unit is None


def test_a_company_that_recensé_its_own_users_keeps_the_count():
    for subject in ("Mistral AI", "La start-up"):
        text = f"Mistral AI a levé 40 millions d'euros. {subject} a recensé 2 millions d'utilisateurs actifs."
        users = only(facts_of(text, "fr"), "metric")
        assert (users.company, users.amount, users.unit) == ("Mistral AI", 2e6, "users"), subject


def test_an_institution_that_recensé_a_count_still_gives_no_metric():
    for text in (
        "Kyra a levé 40 millions d'euros. Le ministère a recensé 40 friches industrielles disponibles.",
        "Kyra a levé 40 millions d'euros. Le Centre monétique interbancaire a recensé 28,8 millions "
        "d'opérations de paiement en ligne en 2024.",
    ):
        assert not of_kind(facts_of(text, "fr"), "metric"), text

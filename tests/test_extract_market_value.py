"""A listed company's stock-market value named after the sum is nobody's round."""

from __future__ import annotations

from ai_deals.importers.article import parse_article


def facts_of(text: str):
    return parse_article(text, title="Brèves", published="2023-06-12").facts


def test_a_sum_followed_by_de_capitalisation_boursiere_is_no_round():
    text = (
        "La start-up Neurapilot a levé 35 millions d'euros auprès d'Eurazeo. "
        "Nvidia a franchi fin mai la barre des 1 000 milliards de dollars de capitalisation boursière."
    )
    assert [(f.company, f.amount) for f in facts_of(text)] == [("Neurapilot", 35e6)]


def test_a_sum_in_market_value_is_no_fact_of_the_listed_company():
    text = "Nvidia is now worth more than $3 trillion in market value, while Brisa AI raised $5 million from Accel."
    assert [(f.company, f.amount) for f in facts_of(text)] == [("Brisa AI", 5e6)]


def test_after_a_market_value_aside_elle_is_still_the_start_up():
    text = (
        "La jeune pousse Neurapilot a annoncé une levée de 35 millions d'euros menée par Eurazeo.\n\n"
        "Nvidia a franchi la barre des 1 000 milliards de dollars de capitalisation boursière.\n\n"
        "La start-up compte 60 salariés. Elle avait réalisé en 2021 un premier tour d'amorçage de 5 M€."
    )
    rounds = [(f.company, f.amount) for f in facts_of(text) if f.kind == "round"]
    assert rounds == [("Neurapilot", 35e6), ("Neurapilot", 5e6)]

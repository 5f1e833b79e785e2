"""Structures understood in round 11 of the importer's tuning (precision: whose fact a figure is), each proved
on sentences written for these tests (not taken from any corpus)."""

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.amounts import parse_amounts


def _facts(text: str, language: str = "en", published: str = "2026-03-02"):
    return parse_article(text, published=published, language=language).facts


def _kind(facts, kind: str):
    return [f for f in facts if f.kind == kind]


def _one(facts, kind: str):
    found = _kind(facts, kind)
    assert len(found) == 1, [f.model_dump(exclude_defaults=True) for f in facts]
    return found[0]


# -- a sum restated in another currency is no second fact ---------------------------------------------------


def test_nordic_crowns_are_currencies():
    (amount,) = parse_amounts("The deal is worth NOK 420m.", "en")
    assert (amount.value, amount.currency) == (420e6, "NOK")
    (amount,) = parse_amounts("un contrat de 90 millions de couronnes danoises", "fr")
    assert (amount.value, amount.currency) == (90e6, "DKK")


def test_a_french_conversion_of_the_round_is_not_a_second_round():
    facts = _facts(
        "La start-up genevoise Talvane a levé 60 millions de francs lors d'une série B. "
        "La somme récoltée équivaut à quelque 64 millions d'euros. "
        "Le tour mené par Talvane, soit environ 68 millions de dollars, est le plus gros du canton.",
        language="fr",
    )
    assert [(f.amount, f.currency) for f in _kind(facts, "round")] == [(60e6, "CHF")]


def test_a_round_worth_so_much_at_exchange_rates_is_no_valuation():
    facts = _facts(
        "Osmira Robotics has raised €45 million from new investors. "
        "Converted at today's exchange rates, the round is worth about $49 million."
    )
    assert [(f.kind, f.amount) for f in facts] == [("round", 45e6)]


def test_a_sum_after_soit_in_the_same_currency_is_not_a_conversion():
    facts = _facts(
        "Korvane a levé 15 millions d'euros en 2023. "
        "Son chiffre d'affaires a doublé l'an dernier, soit 8 millions d'euros.",
        language="fr",
    )
    assert (_one(facts, "revenue").amount, _one(facts, "revenue").currency) == (8e6, "EUR")

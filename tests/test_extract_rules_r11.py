"""Structures understood in round 11 of the importer's tuning (precision: whose fact a figure is), each proved
on sentences written for these tests (not taken from any corpus)."""

from extract_helpers import facts_of as _facts
from extract_helpers import of_kind as _kind
from extract_helpers import only as _one

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.amounts import parse_amounts

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


# -- founders are people, the money raised is no fund --------------------------------------------------------


def test_a_founder_whose_family_name_opens_with_a_particle_is_a_person():
    text = (
        "Le problème dont sont partis Yasmine Haddad et Hugo Le Guennec en créant Brisane à Brest en 2021. "
        "La startup annonce une levée de 5 millions d'euros. "
        "Elle a réalisé un chiffre d'affaires de 900 000 euros en 2025."
    )
    facts = parse_article(text, title="Brisane lève 5 millions", published="2026-03-02", language="fr").facts
    assert [(f.kind, f.company) for f in facts] == [("round", "Brisane"), ("revenue", "Brisane")]


def test_the_funds_raised_are_money_not_an_investor():
    facts = _facts(
        "La start-up Talmir lève 6 millions d'euros auprès du fonds Breizh Capital. "
        "Les fonds levés serviront à recruter : l'équipe, qui compte 18 personnes, doublera.",
        language="fr",
    )
    assert _one(facts, "metric").company == "Talmir"
    facts = _facts(
        "Osprel has raised $9 million from the venture fund Pallid Partners. "
        "The funds raised will go to hiring; the startup employs 30 people."
    )
    assert _one(facts, "metric").company == "Osprel"


# -- a list of names inside an aside stays in the aside ------------------------------------------------------


def test_a_list_of_rivals_in_a_relative_clause_is_not_the_subject():
    facts = _facts(
        "L'opérateur lyonnais de cloud Nubéa, qui veut concurrencer les géants Oracle, IBM et Alibaba, a annoncé jeudi "
        "avoir levé 40 millions d'euros. La société emploie 120 personnes.",
        language="fr",
    )
    assert {(f.kind, f.company) for f in facts} == {("round", "Nubéa"), ("metric", "Nubéa")}
    facts = _facts(
        "Cloud startup Cloudrift, which competes with giants such as Oracle, IBM and Alibaba, said on Monday it had raised "
        "$40 million. The company employs 120 people."
    )
    assert {(f.kind, f.company) for f in facts} == {("round", "Cloudrift"), ("metric", "Cloudrift")}


# -- a round named as X's is X's, whoever led it ------------------------------------------------------------


def test_an_investor_that_led_a_companys_earlier_round_does_not_own_it():
    facts = _facts(
        "Quorvia has raised $25 million. Index Ventures also joined the round, alongside Seedcamp, "
        "which led Quorvia's $4 million seed round in 2023."
    )
    assert [(f.company, f.amount) for f in _kind(facts, "round")] == [("Quorvia", 25e6), ("Quorvia", 4e6)]
    facts = _facts(
        "Nimbra Labs raised $30 million in a round led by Atomico, with participation from Felwood Partners, "
        "which led Nimbra Labs' $6 million seed round in 2024."
    )
    assert [(f.company, f.amount) for f in _kind(facts, "round")] == [
        ("Nimbra Labs", 30e6),
        ("Nimbra Labs", 6e6),
    ]


# -- a round's letter ends a sentence ------------------------------------------------------------------------


def test_a_series_letter_before_a_full_stop_ends_the_sentence():
    facts = _facts(
        "Harrowgate Robotics raised $50 million on Monday. "
        "It last raised money in 2023, when Balderton led a $12 million Series A. "
        "It now employs about 90 people."
    )
    metric = _one(facts, "metric")
    assert (metric.company, metric.amount) == ("Harrowgate Robotics", 90)
    assert metric.sentence == "It now employs about 90 people."


def test_a_country_after_a_headcount_is_where_not_whose():
    text = (
        "Kumoriza Space, a Tokyo startup, raised 5 billion yen on Monday in a round led by the Development "
        "Bank of Japan. Kumoriza, founded in 2019, employs about 140 people in Japan and Germany."
    )
    facts = parse_article(text, title="Japan's Kumoriza raises 5bn yen", published="2026-03-02").facts
    assert _one(facts, "metric").company == "Kumoriza Space"


def test_a_fronted_founded_by_clause_before_the_startup_is_an_aside():
    facts = _facts(
        "Korrin Chips raised €70 million on Monday. "
        "Founded in 2020 by former Siemens engineers, the startup designs low-power vision chips. "
        "It generated revenue of 12 million euros last year."
    )
    assert _one(facts, "revenue").company == "Korrin Chips"

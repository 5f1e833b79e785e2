"""Round 16, investments and currencies: a bare dollar is the reader's own dollar.

A Canadian, Australian, Singaporean or Hong Kong outlet writes its own dollar without qualifying it, and so
does Quebec French prose; an explicit "US$" or "dollars américains" stays a US dollar.
"""

from __future__ import annotations

from extract_helpers import facts_of, only

from ai_deals.importers.article import parse_article

QUEBEC_ROUND = (
    "La lavalloise Boréalis Robotique inc., qui conçoit des bras robotisés pour les entrepôts, a annoncé "
    "mardi un financement de 40 millions de dollars mené par le Fonds Érable Capital. "
    "L'entreprise emploie 90 personnes."
)
ENGLISH_ROUND = (
    "Maplewing Analytics, a Calgary software start-up, said on Tuesday it had raised $25 million in a "
    "Series B round led by Northpine Ventures. The company employs 60 people."
)


def _round(text: str, language: str, publisher: str | None = None):
    facts = parse_article(text, published="2026-03-02", language=language, publisher=publisher).facts
    return only(facts, "round")


def test_bare_dollars_in_a_canadian_french_outlet_are_canadian_dollars() -> None:
    assert _round(QUEBEC_ROUND, "fr", "Le Devoir").currency == "CAD"


def test_bare_dollars_in_quebec_french_prose_without_a_publisher_are_canadian_dollars() -> None:
    assert _round(QUEBEC_ROUND, "fr").currency == "CAD"


def test_dollar_sign_in_a_canadian_english_outlet_is_a_canadian_dollar() -> None:
    assert _round(ENGLISH_ROUND, "en", "The Globe and Mail").currency == "CAD"


def test_an_outlet_named_after_a_canadian_city_writes_canadian_dollars() -> None:
    assert _round(ENGLISH_ROUND, "en", "Ottawa Business Journal").currency == "CAD"


def test_dollar_sign_in_an_australian_outlet_is_an_australian_dollar() -> None:
    text = ENGLISH_ROUND.replace("a Calgary", "a Brisbane")
    assert _round(text, "en", "Australian Financial Review").currency == "AUD"


def test_dollars_qualified_as_american_stay_us_dollars_in_a_canadian_outlet() -> None:
    text = QUEBEC_ROUND.replace("40 millions de dollars", "40 millions de dollars américains")
    assert _round(text, "fr", "La Presse").currency == "USD"


def test_us_dollar_sign_stays_us_dollars_in_a_canadian_outlet() -> None:
    text = ENGLISH_ROUND.replace("$25 million", "US$25 million")
    assert _round(text, "en", "The Globe and Mail").currency == "USD"


def test_dollar_sign_in_an_international_wire_story_about_a_canadian_company_stays_us_dollars() -> None:
    assert _round(ENGLISH_ROUND, "en", "Reuters").currency == "USD"


def test_french_prose_from_a_paris_outlet_keeps_us_dollars() -> None:
    text = QUEBEC_ROUND.replace("La lavalloise", "La new-yorkaise")
    assert _round(text, "fr", "Les Echos").currency == "USD"


# An investor's own amount in a relative clause set off from its name by an apposition.


def _investments(text: str, language: str):
    return [f for f in facts_of(text, language) if f.kind == "investment"]


def test_relative_after_an_apposition_gives_the_investor_its_own_amount_in_french() -> None:
    text = (
        "La start-up nantaise Ondaris lève 30 millions d'euros. Le tour est mené par Alven, avec la "
        "participation de Breega et de la Banque Ligérienne, le bras financier de la région, qui apporte à "
        "elle seule 9 millions d'euros."
    )
    (fact,) = _investments(text, "fr")
    assert (fact.company, fact.investor, fact.amount) == ("Ondaris", "Banque Ligérienne", 9e6)


def test_relative_after_an_apposition_gives_the_investor_its_own_amount_in_english() -> None:
    text = (
        "Ondaris, a Nantes start-up, raised €30 million. The round was led by Alven, with Breega and "
        "Harbourline Capital, the family office of a shipping dynasty, which alone put in €9 million."
    )
    (fact,) = _investments(text, "en")
    assert (fact.company, fact.investor, fact.amount) == ("Ondaris", "Harbourline Capital", 9e6)


def test_relative_after_a_clause_that_is_no_apposition_names_no_investor() -> None:
    text = (
        "Ondaris, a Nantes start-up, raised €30 million. The round was led by Alven, whose partners met "
        "the founders in Lyon last spring, which put in €9 million."
    )
    assert not any(f.investor == "Alven" and f.amount == 9e6 for f in _investments(text, "en"))

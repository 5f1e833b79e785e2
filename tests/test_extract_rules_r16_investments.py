"""Round 16, investments and currencies: a bare dollar is the reader's own dollar.

A Canadian, Australian, Singaporean or Hong Kong outlet writes its own dollar without qualifying it, and so
does Quebec French prose; an explicit "US$" or "dollars américains" stays a US dollar.
"""

from __future__ import annotations

from extract_helpers import only

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

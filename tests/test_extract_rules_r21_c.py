"""Round 21, partnerships in the wordings of retail and industrial customers.

A retailer carrying the company's products ("on sale at", "référencées chez", "rolling out … in X stores"),
a site where it deploys ("déploie … sur les lignes d'X"), its customer named by role ("its biggest customer
is X") or a distribution network ("via le réseau X") is the counterpart of the deal the sentence names, or,
with a start date, a partnership of its own. "Since 2016 it has worked under a contract with X" reads the
pronoun after a fronted "since"; an adverb may sit in "collabore en outre avec"; "l'entente" is a deal noun;
"next month" is a date.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.dates import find_dates

_EN_LEAD = "Brindle Dairy, a London maker of oat cheese, has raised £12 million in a Series A round.\n\n"
_FR_LEAD = "La start-up lilloise Pousseverte a levé 6 millions d'euros auprès de Kima Ventures.\n\n"


def test_products_on_sale_at_a_retailer_under_a_deal_are_a_partnership():
    text = (
        _EN_LEAD
        + "From next month its vegan cheddar will also go on sale at Tesco, under a deal covering 300 stores."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Brindle Dairy", "Tesco", "2026-04")


def test_rolling_out_in_a_retailers_stores_under_an_agreement_is_a_partnership():
    text = (
        _EN_LEAD
        + "From May, Brindle Dairy will begin rolling out its fridges in Lidl stores under a new supply agreement."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Brindle Dairy", "Lidl")


def test_products_listed_at_a_retailer_since_a_date_are_a_partnership():
    text = (
        _FR_LEAD
        + "Depuis 2024, ses galettes sont référencées chez Carrefour, dans 120 hypermarchés de l'enseigne."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Pousseverte", "Carrefour", "2024")


def test_products_arriving_in_a_retailers_shops_under_the_deal_are_a_partnership():
    text = (
        _FR_LEAD + "Dans le cadre de l'entente, les produits de Pousseverte feront leur entrée dans les "
        "magasins Auchan à compter de janvier 2027."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Pousseverte", "Auchan")


def test_biggest_customer_named_by_its_role_under_a_contract_is_a_partnership():
    text = (
        _EN_LEAD
        + "Its biggest customer is retail giant Walmart, which began stocking Brindle Dairy products "
        "in March under a three-year contract."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Brindle Dairy", "Walmart")


def test_deal_with_a_single_party_after_a_non_company_subject_is_the_companys():
    text = (
        _FR_LEAD
        + "Lancée en 2022, l'offre s'appuie depuis le départ sur un partenariat avec Allianz France, qui "
        "porte le risque."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Pousseverte", "Allianz France")


def test_contract_named_again_with_a_definite_article_is_not_a_new_partnership():
    text = _FR_LEAD + "Son avocat assure que le contrat avec Allianz France couvre la fourniture de données."
    assert of_kind(facts_of(text, language="fr"), "partnership") == []


def test_pronoun_after_a_fronted_since_is_the_company():
    text = (
        _EN_LEAD
        + "Since 2019 it has worked under a multiyear supply contract with Siemens covering its plants."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Brindle Dairy", "Siemens", "2019")


def test_adverb_between_collaborates_and_with_keeps_the_partnership():
    text = _FR_LEAD + "Depuis janvier 2025, Pousseverte collabore en outre avec IBM Research sur la vision."
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Pousseverte", "IBM Research")


def test_next_month_and_last_month_are_dates_relative_to_publication():
    import datetime as dt

    published = dt.date(2026, 12, 10)
    assert [d.value for d in find_dates("It goes on sale next month.", published)] == ["2027-01"]
    assert [d.value for d in find_dates("Le produit est sorti le mois dernier.", published)] == ["2026-11"]


def test_contract_value_with_a_bracketed_conversion_is_the_partnerships_amount():
    text = (
        _EN_LEAD + "At the same time, Brindle Dairy announced a NIS 40 million ($11 million) contract with "
        "Israel Electric Corporation to supply its canteens."
    )
    fact = only(facts_of(text), "partnership")
    assert fact.partner.startswith("Israel Electric")
    assert (fact.amount, fact.currency) == (40_000_000, "ILS")

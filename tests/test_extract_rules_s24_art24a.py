"""Stakes, holdings and sales the article importer misread (session 23 testers): a holding's worth is a "Stake
held", not a valuation; an unknown company's shares sold to a buyer are a "Stake sale" and the buyer's purchase;
« a pris 15 % de Velora » is a stake of 15 %; a stake bought "in 2020" is dated 2020; buying 20% of a company is
a stake, not an acquisition. Each case is told in a short wire story with a dateline."""

from __future__ import annotations

import pytest

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import Fact

_DATELINE = "ZURICH, 2026-03-12 (Keystone-ATS) - "
_CLOSING = {
    "en": "The companies declined to comment further.",
    "fr": "Les entreprises n'ont pas souhaité faire d'autre commentaire.",
}


def story_facts(sentence: str, language: str = "en") -> list[Fact]:
    """The facts of a wire story telling `sentence` after its dateline, then a closing line of no fact."""
    text = f"{_DATELINE}{sentence} {_CLOSING[language]}\n"
    return parse_article(text, published="2026-03-12", language=language).facts


def only_stakes(facts: list[Fact]) -> list[Fact]:
    """The story's stakes, after checking it tells no valuation, round nor acquisition beside them."""
    assert not [f for f in facts if f.kind in ("valuation", "round", "acquisition")], facts
    return [f for f in facts if f.kind == "investment"]


@pytest.mark.parametrize(
    ("sentence", "language", "holder", "company", "share", "amount"),
    [
        (
            "Nvidia's 7% holding in CoreWeave was worth $4.2 billion at the end of the quarter.",
            "en",
            "Nvidia",
            "CoreWeave",
            7,
            4.2e9,
        ),
        (
            "Nvidia said its 7 % holding in CoreWeave was worth $4.2 billion.",
            "en",
            "Nvidia",
            "CoreWeave",
            7,
            4.2e9,
        ),
        (
            "SoftBank's 11% shareholding in Zorgly is now worth about $2 billion.",
            "en",
            "SoftBank",
            "Zorgly",
            11,
            2e9,
        ),
        (
            "La participation de 7 % de Nvidia dans CoreWeave vaut 4,2 milliards de dollars.",
            "fr",
            "Nvidia",
            "CoreWeave",
            7,
            4.2e9,
        ),
    ],
)
def test_a_holdings_worth_is_a_stake_held_not_a_valuation(sentence, language, holder, company, share, amount):
    (stake,) = only_stakes(story_facts(sentence, language))
    assert (stake.investor, stake.company, stake.percentage, stake.amount) == (holder, company, share, amount)
    assert (stake.round_type, stake.status) == ("Stake held", "completed")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Tiger Global sold its Zorgly shares to SoftBank for $300 million.", "en"),
        ("Tiger Global sold its Zorgly stake to SoftBank for $300 million.", "en"),
        ("Tiger Global a revendu ses actions Zorgly à SoftBank pour 300 millions de dollars.", "fr"),
    ],
)
def test_an_unknown_companys_shares_sold_to_a_buyer_are_a_stake_sale_and_its_purchase(sentence, language):
    stakes = only_stakes(story_facts(sentence, language))
    told = {(f.investor, f.company, f.amount, f.round_type, f.status) for f in stakes}
    assert told == {
        ("Tiger Global", "Zorgly", 300e6, "Stake sale", "completed"),
        ("SoftBank", "Zorgly", 300e6, "Stake purchase", "completed"),
    }


def test_an_unknown_companys_shares_sold_with_no_buyer_are_a_stake_sale():
    (sale,) = only_stakes(story_facts("Tiger Global sold its Zorgly shares for $300 million."))
    assert (sale.investor, sale.company, sale.amount, sale.round_type) == (
        "Tiger Global",
        "Zorgly",
        300e6,
        "Stake sale",
    )


def test_shares_of_a_class_sold_to_a_buyer_are_no_stake_in_the_buyer():
    facts = story_facts("Tiger Global sold its Class A shares to SoftBank for $300 million.")
    assert not [f for f in facts if f.company == "SoftBank"], facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Tencent a pris 15 % de Velora pour 200 millions de dollars.",
        "Tencent a pris une participation de 15 % dans Velora pour 200 millions de dollars.",
        "Tencent a acquis 15 % de Velora pour 200 millions de dollars.",
        "Tencent est entré à hauteur de 15 % au capital de Velora pour 200 millions de dollars.",
    ],
)
def test_a_share_taken_of_an_unknown_company_is_a_stake_of_that_share(sentence):
    (stake,) = only_stakes(story_facts(sentence, "fr"))
    assert (stake.investor, stake.company, stake.percentage, stake.amount, stake.currency) == (
        "Tencent",
        "Velora",
        15,
        200e6,
        "USD",
    )


@pytest.mark.parametrize(
    ("sentence", "language", "date", "precision"),
    [
        ("Tencent bought a 15% stake in Velora in 2020.", "en", "2020", "year"),
        ("Tencent bought a 15% stake in Velora in March 2020.", "en", "2020-03", "month"),
        ("Tencent a acheté une participation de 15 % dans Velora en 2020.", "fr", "2020", "year"),
        ("SoftBank bought 20% of Zorgly in 2021.", "en", "2021", "year"),
        ("In March 2020, Tencent bought a 15% stake in Velora.", "en", "2020-03", "month"),
    ],
)
def test_a_stake_bought_in_a_past_year_is_dated_then_not_on_the_storys_day(
    sentence, language, date, precision
):
    (stake,) = only_stakes(story_facts(sentence, language))
    assert (stake.date, stake.date_precision) == (date, precision)
    assert (stake.round_type, stake.status) == ("Stake purchase", "completed")


@pytest.mark.parametrize(
    ("sentence", "language", "company"),
    [
        ("SoftBank bought 20% of Zorgly for $1 billion.", "en", "Zorgly"),
        ("SoftBank acquired 20% of Mistral AI for $1 billion.", "en", "Mistral AI"),
        ("SoftBank a racheté 20 % de Zorgly pour 1 milliard de dollars.", "fr", "Zorgly"),
    ],
)
def test_a_share_of_a_company_bought_is_a_stake_not_an_acquisition(sentence, language, company):
    (stake,) = only_stakes(story_facts(sentence, language))
    assert (stake.investor, stake.company, stake.percentage, stake.amount) == ("SoftBank", company, 20, 1e9)
    assert (stake.round_type, stake.status) == ("Stake purchase", "completed")


@pytest.mark.parametrize(
    "sentence",
    [
        "SoftBank bought Zorgly for $1 billion.",
        "SoftBank acquired Zorgly for $1 billion.",
        "SoftBank acquired 60% of Zorgly for $1 billion.",
    ],
)
def test_a_company_bought_whole_or_in_majority_stays_an_acquisition(sentence):
    facts = story_facts(sentence)
    assert not [f for f in facts if f.kind == "investment"], facts
    (bought,) = [f for f in facts if f.kind == "acquisition"]
    assert (bought.investor, bought.company, bought.amount) == ("SoftBank", "Zorgly", 1e9)


def test_a_holding_a_sentence_opens_on_is_held_by_the_company_the_story_told_before():
    facts = story_facts(
        "Nvidia reported record quarterly revenue on Wednesday. Its 7% holding in CoreWeave was worth $4.2 billion"
        " at the end of the quarter, the chipmaker said."
    )
    (stake,) = only_stakes(facts)
    assert (stake.investor, stake.company, stake.percentage, stake.amount) == (
        "Nvidia",
        "CoreWeave",
        7,
        4.2e9,
    )
    assert (stake.round_type, stake.status) == ("Stake held", "completed")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Tencent a pris 15 % de Velora en 2020.", "2020"),
        ("En 2020, Tencent a pris une participation de 15 % dans Velora.", "2020"),
    ],
)
def test_a_stake_taken_in_a_past_year_is_dated_then(sentence, date):
    (stake,) = only_stakes(story_facts(sentence, "fr"))
    assert (stake.investor, stake.company, stake.percentage) == ("Tencent", "Velora", 15)
    assert (stake.date, stake.date_precision) == (date, "year")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ardian a annoncé l'acquisition de 70 % de Maison Gaudin, la chaîne de boulangeries fondée à Lyon en 1998.",
        "Tencent a pris 15 % de Velora, une start-up fondée en 2019.",
    ],
)
def test_a_date_told_of_the_company_after_its_share_is_not_the_stakes(sentence):
    facts = story_facts(sentence, "fr")
    assert [(f.date, f.date_precision) for f in facts if f.percentage] == [("2026-03-12", "day")], facts


def test_a_round_a_pronoun_joined_after_a_past_stake_is_the_bought_companys():
    facts = story_facts(
        "Siemens a annoncé mardi l'acquisition de Kinetis pour 1,7 milliard d'euros. Son fonds Next47 avait pris"
        " 9 % du capital en 2021. Il avait également participé à la série C de 120 millions d'euros bouclée en"
        " 2023, menée par Eurazeo.",
        "fr",
    )
    (stake,) = [f for f in facts if f.kind == "investment"]
    assert (stake.investor, stake.company, stake.percentage, stake.date) == ("Next47", "Kinetis", 9, "2021")
    (series_c,) = [f for f in facts if f.kind == "round"]
    assert (series_c.company, series_c.amount, series_c.date) == ("Kinetis", 120e6, "2023")


def test_a_share_of_another_company_bought_on_the_side_leaves_the_story_company():
    facts = story_facts(
        "Nafida Cloud a levé 120 millions de dollars auprès d'Africa50. La société a également annoncé l'acquisition"
        " de 60 % de Dakar Data Hub, un opérateur sénégalais, pour 18 millions de dollars. Elle a par ailleurs"
        " signé avec Nvidia un accord de fourniture de processeurs graphiques.",
        "fr",
    )
    (supply,) = [f for f in facts if f.kind == "partnership"]
    assert (supply.company, supply.partner) == ("Nafida Cloud", "Nvidia")

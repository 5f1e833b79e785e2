"""Fixes from tester qa51 (an LP analyst verifying a French secondary sale): a holder's stake sold to a buyer with
its price told after a comma, « a revendu sa participation », and a company named in quotation marks."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind


def _stakes(text: str, language: str) -> set[tuple]:
    return {
        (f.investor, f.company, f.round_type, f.amount, f.currency)
        for f in of_kind(facts_of(text, language), "investment")
    }


INDEX_SELLS_PART = {
    ("Index Ventures", "Rivet Code", "Partial stake sale", 40e6, "USD"),
    ("Accel", "Rivet Code", "Stake purchase", 40e6, "USD"),
}
INDEX_SELLS_ALL = {
    ("Index Ventures", "Rivet Code", "Stake sale", 40e6, "USD"),
    ("Accel", "Rivet Code", "Stake purchase", 40e6, "USD"),
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "LONDRES, 5 mai (Dépêche) - Index Ventures a cédé une partie de sa participation dans Rivet Code à Accel, "
            "dans le cadre d'une opération secondaire de 40 millions de dollars, selon des sources proches du dossier.",
            "fr",
        ),
        (
            "Index Ventures a cédé une partie de sa participation dans Rivet Code à Accel, lors d'une transaction "
            "secondaire de 40 millions de dollars.",
            "fr",
        ),
        (
            "Index Ventures sold part of its stake in Rivet Code to Accel, in a secondary deal worth $40 million.",
            "en",
        ),
        (
            "Index Ventures has sold part of its stake in Rivet Code to Accel, as part of a $40 million secondary "
            "transaction.",
            "en",
        ),
    ],
)
def test_a_stake_sold_to_a_buyer_priced_after_a_comma_is_the_holders_sale_and_the_buyers_purchase(
    text, language
):
    """The deal told after the comma is the sale's own: the holder sells, the buyer named after "to" (« à »)
    buys; never the holder buying and the buyer selling a stake it never held."""
    assert _stakes(text, language) == INDEX_SELLS_PART


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Index Ventures a cédé sa participation dans Rivet Code à Accel, une opération secondaire de 40 millions de dollars.",
            "fr",
        ),
        ("Index Ventures sold its stake in Rivet Code to Accel, a secondary deal worth $40 million.", "en"),
    ],
)
def test_a_secondary_deal_named_by_an_apposition_prices_the_whole_stake_sold(text, language):
    assert _stakes(text, language) == INDEX_SELLS_ALL


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Index Ventures a cédé une partie de sa participation dans Rivet Code à Accel, a-t-on appris, dans une "
            "opération secondaire de 40 millions de dollars.",
            "fr",
        ),
        (
            "Index Ventures sold part of its stake in Rivet Code to Accel, people familiar with the matter said, in a "
            "secondary transaction of $40 million.",
            "en",
        ),
    ],
)
def test_a_holder_selling_its_own_stake_is_never_the_buyer_of_the_secondary_shares(text, language):
    """However far the secondary deal's price stands from the sale's words, the holder told selling its own
    stake is its seller."""
    assert _stakes(text, language) == INDEX_SELLS_PART


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Index Ventures a revendu sa participation dans Rivet Code à Accel pour 40 millions de dollars.",
            INDEX_SELLS_ALL,
        ),
        (
            "Index Ventures a revendu une partie de sa participation dans Rivet Code à Accel pour 40 millions de dollars.",
            INDEX_SELLS_PART,
        ),
        (
            "Index Ventures revend sa participation dans Rivet Code à Accel pour 40 millions de dollars.",
            INDEX_SELLS_ALL,
        ),
    ],
)
def test_a_stake_resold_in_french_is_a_sale_to_its_buyer(text, expected):
    """« a revendu sa participation » sells the stake as « a vendu » does."""
    assert _stakes(text, "fr") == expected


def test_a_stake_sold_then_another_act_keeps_its_amount_off_the_sale():
    """An apposition that does not price the sale ends its clause: the $40 billion is not Arm's price."""
    stakes = of_kind(
        facts_of(
            "Nvidia sold its stake in Arm to SoftBank, a deal that let it fund its $40 billion investment in OpenAI."
        ),
        "investment",
    )
    assert not [f for f in stakes if f.company == "Arm" and f.amount == 40e9 and f.round_type is not None]


@pytest.mark.parametrize(
    ("text", "language", "company", "currency"),
    [
        ("La start-up « Brume Labs » a levé 15 millions d'euros auprès d'Accel.", "fr", "Brume Labs", "EUR"),
        ("La start-up «Brume Labs» a levé 15 millions d'euros auprès d'Accel.", "fr", "Brume Labs", "EUR"),
        ("« Brume Labs » a levé 15 millions d'euros auprès d'Accel.", "fr", "Brume Labs", "EUR"),
        ('The startup "Brume Labs" raised $15 million from Accel.', "en", "Brume Labs", "USD"),
        (
            "La start-up « Mistral Forge » a levé 15 millions d'euros auprès d'Accel.",
            "fr",
            "Mistral Forge",
            "EUR",
        ),
        (
            "La start-up « Mistral Forge » a obtenu 15 millions d'euros supplémentaires de la part d'Accel.",
            "fr",
            "Mistral Forge",
            "EUR",
        ),
        ('The startup "Mistral Forge" raised $15 million from Accel.', "en", "Mistral Forge", "USD"),
    ],
)
def test_a_company_named_in_quotation_marks_is_read_as_if_unquoted(text, language, company, currency):
    """French wires quote a company's name: the name without its quotes raises the round, Accel backs it."""
    facts = facts_of(text, language)
    [round_] = of_kind(facts, "round")
    assert (round_.company, round_.investors, round_.amount, round_.currency) == (
        company,
        ["Accel"],
        15e6,
        currency,
    )


@pytest.mark.parametrize(
    "text",
    [
        "« Nous sommes ravis », a déclaré le patron de Brume Labs, qui a levé 15 millions d'euros auprès d'Accel.",
        "« Nous sommes ravis de ce soutien », a déclaré Brume Labs. La start-up a levé 15 millions d'euros auprès "
        "d'Accel.",
    ],
)
def test_quoted_speech_never_becomes_a_company(text):
    facts = facts_of(text, "fr")
    names = {f.company for f in facts} | {f.investor for f in facts} | {i for f in facts for i in f.investors}
    assert not any("ravis" in (name or "").lower() for name in names)


def test_a_quoted_title_that_is_no_company_stays_a_title():
    """A game's quoted title (« du jeu "Hollow Tides" ») is no company: its players are no company's metric."""
    text = (
        "Fondé en 2014, le studio Studio Nébuleuse a réalisé un chiffre d'affaires de 9,5 millions d'euros en 2020, "
        'porté par le succès de "Hollow Tides", qui a dépassé les 2 millions de joueurs depuis sa sortie en 2019.'
    )
    assert "Hollow Tides" not in {f.company for f in facts_of(text, "fr")}

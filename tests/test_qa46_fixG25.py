"""What a tester (qa46 item 1) found misread (fixG25): part of a stake sold, reworded, became an investment by the
seller, counted as money raised. The seller's sale is a Partial stake sale, its buyer's a Stake purchase, in
English and French."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture private_default_db)
from extract_helpers import facts_of, of_kind

STORY_DAY = "2023-05-12"


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Pelican Capital a vendu la moitié de sa participation dans Kestrel6 IA à Orchard Lane Partners pour "
         "20 millions d'euros.", "Kestrel6 IA"),
        ("Pelican Capital a cédé une partie de ses actions de Kestrel2 IA à Orchard Lane Partners pour 50 millions "
         "d'euros.", "Kestrel2 IA"),
    ],
)  # fmt: skip
def test_half_or_part_of_a_holding_sold_in_french_is_a_partial_sale_and_its_buyers_purchase(
    sentence, company
):
    stakes = of_kind(facts_of(sentence, language="fr", published=STORY_DAY), "investment")
    assert {stake.company for stake in stakes} == {company}
    assert {stake.investor: stake.round_type for stake in stakes} == {
        "Pelican Capital": "Partial stake sale",
        "Orchard Lane Partners": "Stake purchase",
    }


def test_shares_sold_named_after_de_are_a_stake_sale_not_money_raised():
    stakes = of_kind(
        facts_of("Pelican Capital a revendu ses actions de Nvidia pour 50 millions d'euros.", language="fr"),
        "investment",
    )
    assert [(s.investor, s.company, s.round_type) for s in stakes] == [
        ("Pelican Capital", "Nvidia", "Stake sale")
    ]


def test_half_of_another_holders_stake_bought_is_a_stake_purchase_and_the_holders_partial_sale():
    stakes = of_kind(
        facts_of(
            "Orchard Lane Partners bought half of Pelican Capital's stake in Kestrel4 AI for £30 million.",
            published=STORY_DAY,
        ),
        "investment",
    )
    assert {(s.investor, s.company, s.amount, s.currency) for s in stakes} == {
        ("Orchard Lane Partners", "Kestrel4 AI", 30e6, "GBP"),
        ("Pelican Capital", "Kestrel4 AI", 30e6, "GBP"),
    }
    assert {s.investor: (s.round_type, s.status) for s in stakes} == {
        "Orchard Lane Partners": ("Stake purchase", "completed"),
        "Pelican Capital": ("Partial stake sale", "completed"),
    }


def test_another_holders_whole_stake_bought_is_the_holders_stake_sale():
    stakes = of_kind(
        facts_of(
            "Orchard Lane Partners bought Pelican Capital's 10% stake in Kestrel4 AI for £30 million.",
            published=STORY_DAY,
        ),
        "investment",
    )
    assert {s.investor: s.round_type for s in stakes} == {
        "Orchard Lane Partners": "Stake purchase",
        "Pelican Capital": "Stake sale",
    }


@pytest.mark.parametrize(
    ("sentence", "company", "amount"),
    [
        ("Pelican Capital offloaded some of its shares in Kestrel3 AI to Orchard Lane Partners in a $40 million "
         "secondary transaction.", "Kestrel3 AI", 40e6),
        ("Pelican Capital trimmed its stake in Kestrel7 AI, selling shares worth $25 million to Orchard Lane "
         "Partners.", "Kestrel7 AI", 25e6),
    ],
)  # fmt: skip
def test_shares_sold_in_a_secondary_deal_or_by_their_worth_are_a_partial_sale_and_the_buyers_purchase(
    sentence, company, amount
):
    facts = facts_of(sentence, published=STORY_DAY)
    assert of_kind(facts, "valuation") == []  # "selling shares worth $25 million" values no seller
    stakes = of_kind(facts, "investment")
    assert {(s.company, s.amount) for s in stakes} == {(company, amount)}
    assert {s.investor: (s.round_type, s.status) for s in stakes} == {
        "Pelican Capital": ("Partial stake sale", "completed"),
        "Orchard Lane Partners": ("Stake purchase", "completed"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelican Capital sold a portion of its stake in Kestrel AI to Orchard Lane Partners for $60 million.",
        "Pelican Capital sold a portion of its stake in Kestrel AI to Orchard Lane Partners for $60 million in a "
        "secondary sale.",
    ],
)
def test_a_portion_of_a_stake_sold_to_a_buyer_keeps_the_seller_as_seller(sentence):
    stakes = of_kind(facts_of(sentence, published=STORY_DAY), "investment")
    assert {s.investor: s.round_type for s in stakes} == {
        "Pelican Capital": "Partial stake sale",
        "Orchard Lane Partners": "Stake purchase",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelican Capital sold half its stake in Kestrel AI to Orchard Lane Partners for $60 million.",
        "Pelican Capital offloaded part of its holding in Kestrel AI to Orchard Lane Partners in a $40 million "
        "secondary transaction.",
    ],
)
def test_half_its_stake_or_part_of_its_holding_sold_is_a_partial_sale_not_money_raised(sentence):
    stakes = of_kind(facts_of(sentence, published=STORY_DAY), "investment")
    assert {s.investor: s.round_type for s in stakes} == {
        "Pelican Capital": "Partial stake sale",
        "Orchard Lane Partners": "Stake purchase",
    }


HALF_BOUGHT = """title: Sale
date: 2023-05-12
publisher: TestWire

Orchard Lane Partners bought half of Pelican Capital's stake in Kestrel4 AI for £30 million.
"""


def test_half_of_a_holders_stake_bought_raises_no_money_and_reads_as_the_holders_partial_sale(
    capsys, tmp_path
):
    db = import_files(capsys, tmp_path, ("s4.txt", HALF_BOUGHT))
    assert "raised" not in run_ok(capsys, db, "show", "Kestrel4 AI")
    timeline = run_ok(capsys, db, "timeline", "--investor", "Pelican Capital")
    assert "Pelican Capital sells part of its stake in Kestrel4 AI" in timeline

"""Fixes from tester qa53's report: stake sales whose company is an unknown one-word name, told passively, by
several sellers named short or in French."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of

from ai_deals.importers.extract.stake_purchases import PARTIAL_STAKE_SALE, STAKE_PURCHASE, STAKE_SALE


def _trades(facts):
    return sorted((f.kind, f.company, f.investor, f.round_type, f.amount) for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Thrive bought out Pelican Capital, an early backer of Zorgly, for $40M.",
        "Zorgly's early backer Pelican Capital was bought out by Thrive Capital for $40 million.",
        "Pelican Capital, an early backer of Zorgly, was bought out by Thrive Capital for $40 million.",
    ],
)
def test_a_holder_bought_out_of_a_one_word_company_sells_its_stake_in_it(text):
    assert _trades(facts_of(text)) == [
        ("investment", "Zorgly", "Pelican Capital", STAKE_SALE, 40e6),
        ("investment", "Zorgly", "Thrive Capital", STAKE_PURCHASE, 40e6),
    ]


def test_a_holder_bought_out_passively_with_the_company_before_it_sells_its_stake():
    text = "Tessera AI's early backer Pelican Capital was bought out by Thrive Capital for $40 million."
    assert _trades(facts_of(text)) == [
        ("investment", "Tessera AI", "Pelican Capital", STAKE_SALE, 40e6),
        ("investment", "Tessera AI", "Thrive Capital", STAKE_PURCHASE, 40e6),
    ]


def test_a_firm_bought_out_with_no_company_named_is_still_acquired():
    [deal] = facts_of("Thrive Capital bought out Pelican Capital for $40 million.")
    assert (deal.kind, deal.company) == ("acquisition", "Pelican Capital")


@pytest.mark.parametrize(
    ("text", "language", "company", "buyer"),
    [
        (
            "Sequoia and Accel, both early backers, sold part of their stakes in Zorgly to Tiger Global for $150M.",
            "en",
            "Zorgly",
            "Tiger Global",
        ),
        (
            "Sequoia and Accel, both early backers, sold part of their stakes in Tessera AI to Thrive Capital "
            "for $150 million.",
            "en",
            "Tessera AI",
            "Thrive Capital",
        ),
        (
            "Sequoia Capital et Accel, investisseurs de la première heure, ont vendu une partie de leurs parts "
            "dans Tessera AI à Thrive Capital pour 150 millions de dollars.",
            "fr",
            "Tessera AI",
            "Thrive Capital",
        ),
        (
            "Sequoia et Accel, deux investisseurs historiques, ont cédé une partie de leurs parts dans Zorgly à "
            "Tiger Global pour 150 millions de dollars.",
            "fr",
            "Zorgly",
            "Tiger Global",
        ),
    ],
)
def test_sellers_named_short_of_a_one_word_company_each_sell_part_of_their_stake(
    text, language, company, buyer
):
    assert _trades(facts_of(text, language=language)) == [
        ("investment", company, "Accel", PARTIAL_STAKE_SALE, None),
        ("investment", company, "Sequoia Capital", PARTIAL_STAKE_SALE, None),
        ("investment", company, buyer, STAKE_PURCHASE, 150e6),
    ]


SOFTBANK_TRANCHES = """title: w4
date: 2025-03-31
language: en

SoftBank will invest $30 billion in OpenAI, with $10 billion in April and $20 billion by the end of the year.
"""


def test_show_tells_every_tranche_of_a_stake_paid_in_several(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("w4.txt", SOFTBANK_TRANCHES))
    shown = run_ok(capsys, db, "show", "OpenAI")
    assert "$10B (2025-04) · $20B (2025)" in " ".join(shown.split())


def test_a_co_investors_source_list_names_every_deal_it_shares_stake_deals_too(capsys, tmp_path):
    from test_qhfixD28 import mixed_db

    from ai_deals.store import Store
    from ai_deals.tui.screens.company_rows import co_investor_row

    db = mixed_db(capsys, tmp_path)
    with Store.open(db, readonly=True) as store:
        microsoft = next(
            co for co in store.co_investors(store.company_named("Nvidia")) if co.name == "Microsoft"
        )
    row = co_investor_row(microsoft, "Nvidia")
    assert row.sources_title.startswith("3 deals shared with Microsoft")
    assert [choice.label.split(" · ")[0] for choice in row.sources()] == [
        "Anthropic",
        "OpenAI",
        "Inflection AI",
    ]


def test_a_fund_made_from_its_short_form_in_a_deal_file_is_found_by_its_other_known_spellings(
    capsys, tmp_path
):
    deals = (
        "company,investors,kind,amount,currency,date\nTessera AI,Andreessen,round,50000000,USD,2025-01-02\n"
    )
    db = import_files(capsys, tmp_path, ("deals.csv", deals))
    assert "Andreessen Horowitz" in run_ok(capsys, db, "show", "a16z")


def test_a_stakes_details_tell_every_tranche_of_it(capsys, tmp_path):
    from ai_deals.store import Store
    from ai_deals.tui.fact_words import fact_fields

    db = import_files(capsys, tmp_path, ("w4.txt", SOFTBANK_TRANCHES))
    with Store.open(db, readonly=True) as store:
        [stake] = store.company(store.company_named("OpenAI")).investors
    assert ("tranche", "$10B (2025-04) · $20B (2025)") in fact_fields(stake)

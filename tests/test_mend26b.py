"""mend26b: a reviewer's findings on this session's importer changes: qualified generic header names, the seller
a stake purchase names, takeovers told as buying shares, "sold down", and a scaled column's cells parsed once."""

from __future__ import annotations

import json

import pytest
from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind

from ai_deals.importers.structured import column_target

# --- 1. A qualifier before a generic header name --------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["Deal Name", "Round Name", "Funding Round Name", "Full Name", "Main Name", "Deal Source", "Funding Source",
     "Round Link", "Deal Title", "Deal Price", "Round Price"],
)  # fmt: skip
def test_a_qualifier_before_a_generic_name_leaves_the_column_ignored(header):
    assert column_target(header) is None


@pytest.mark.parametrize("header", ["Main Investor", "Primary Investor", "Main Investors"])
def test_a_main_or_primary_investor_is_the_rounds_lead(header):
    assert column_target(header).field == "lead_investors"


@pytest.mark.parametrize(
    ("header", "field"),
    [("Startup Name", "company"), ("Company Name", "company"), ("Price", "amount"), ("All Investors", "investors"),
     ("Funding Round Series", "round_type"), ("HQ Country", "country")],
)  # fmt: skip
def test_a_company_word_or_a_qualifier_before_a_free_field_still_reads_as_it(header, field):
    assert column_target(header).field == field


def test_a_file_naming_the_company_and_the_deal_imports_the_company(capsys, tmp_path):
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "Company Name,Deal Name,Amount,Currency,Date,Funding Source\n"
        "Kestrel AI,Kestrel AI - Series B,30000000,USD,2026-03-01,Venture Capital\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", str(tmp_path / "d.db"), "--empty", "import", str(deals))
    assert code == 0, err
    shown = json.loads(run_ok(capsys, tmp_path / "d.db", "show", "Kestrel AI", "--json"))
    [round_] = shown["rounds"]
    assert round_["amount"] == 30e6
    assert "Venture Capital" not in urls_in(shown)  # "Funding Source" is no cited source


def urls_in(value: object) -> list[str]:
    """Every "url" a JSON document states, however deep."""
    if isinstance(value, dict):
        return [url for key, item in value.items() for url in ([item] if key == "url" else urls_in(item))]
    if isinstance(value, list):
        return [url for item in value for url in urls_in(item)]
    return []


# --- 2. The seller a stake purchase names ----------------------------------------------------------

STORY_DAY = "2024-10-15"


def stakes_of(sentence: str, language: str = "en") -> set[tuple]:
    return {
        (s.investor, s.company, s.amount, s.round_type)
        for s in of_kind(facts_of(sentence, language=language, published=STORY_DAY), "investment")
    }


def test_a_holder_bought_from_in_another_clause_sold_nothing_of_the_purchase():
    sentence = (
        "Orchard Lane Partners acquired a 5% stake in Kestrel AI for $30 million, a year after it bought from "
        "Pelican Capital its stake in Zorgly."
    )
    assert ("Pelican Capital", "Kestrel AI", 30e6, "Partial stake sale") not in stakes_of(sentence)
    assert not [s for s in stakes_of(sentence) if s[0] == "Pelican Capital" and s[1] == "Kestrel AI"]


def test_a_holders_own_people_bought_from_name_no_seller():
    sentence = "Orchard Lane Partners acquired a minority stake in Kestrel AI from Pelican Capital's founder for $30 million."
    assert stakes_of(sentence) == {("Orchard Lane Partners", "Kestrel AI", 30e6, "Stake purchase")}


def test_several_sellers_each_sold_part_of_the_price_unstated():
    sentence = (
        "Orchard Lane Partners acquired a minority stake in Kestrel AI from Pelican Capital and Albion Growth "
        "for $30 million."
    )
    assert stakes_of(sentence) == {
        ("Orchard Lane Partners", "Kestrel AI", 30e6, "Stake purchase"),
        ("Pelican Capital", "Kestrel AI", None, "Partial stake sale"),
        ("Albion Growth", "Kestrel AI", None, "Partial stake sale"),
    }


@pytest.mark.parametrize(
    ("sentence", "language", "company"),
    [
        ("Orchard Lane Partners acquired a minority stake in Kestrel AI from Pelican Capital for $30 million, which "
         "exits the company.", "en", "Kestrel AI"),
        ("Orchard Lane Partners a racheté une participation de 10 % dans Kestrel IA à Pelican Capital pour 30 "
         "millions d'euros, qui sort du capital.", "fr", "Kestrel IA"),
    ],
)  # fmt: skip
def test_a_seller_told_leaving_the_company_made_a_stake_sale(sentence, language, company):
    assert ("Pelican Capital", company, 30e6, "Stake sale") in stakes_of(sentence, language)


# --- 3. Takeovers told as buying shares from their holder -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("Orchard Lane Partners took a majority stake in Kestrel AI, buying shares from Pelican Capital for $300 "
         "million.", 300e6),
        ("Orchard Lane Partners took a 51% stake in Kestrel AI, buying shares from Pelican Capital for $300 million.",
         300e6),
        ("Orchard Lane Partners acquired Kestrel AI outright, buying shares from Pelican Capital for $1 billion.",
         1e9),
        ("Orchard Lane Partners took control of Kestrel AI, buying shares from Pelican Capital for $1 billion.", 1e9),
        ("Orchard Lane Partners bought shares from Kestrel AI for $30 million.", 30e6),
    ],
)  # fmt: skip
def test_a_takeover_told_as_buying_shares_keeps_its_company_and_price(sentence, amount):
    facts = facts_of(sentence, published=STORY_DAY)
    assert [(f.investor, f.company, f.amount) for f in of_kind(facts, "acquisition")] == [
        ("Orchard Lane Partners", "Kestrel AI", amount)
    ]
    assert not of_kind(facts, "investment")


def test_a_minority_stake_told_as_buying_shares_is_still_a_stake_purchase():
    sentence = "Orchard Lane Partners took a minority stake in Kestrel AI, buying shares from Pelican Capital for $30 million."
    assert stakes_of(sentence) == {
        ("Orchard Lane Partners", "Kestrel AI", 30e6, "Stake purchase"),
        ("Pelican Capital", "Kestrel AI", 30e6, "Partial stake sale"),
    }


# --- 4. "sold down" --------------------------------------------------------------------------------


def test_a_stake_sold_down_is_a_partial_stake_sale():
    sentence = (
        "Pelican Capital has sold down its stake in Kestrel AI to Orchard Lane Partners for $60 million."
    )
    assert ("Pelican Capital", "Kestrel AI", 60e6, "Partial stake sale") in stakes_of(sentence)


# --- 5. A scaled column's cell parsed once; the None adapter registered once ----------------------


@pytest.mark.parametrize(("cell", "amount"), [("45", 45e6), ("2bn", 2e9), ("1,5 million EUR", 1.5e6)])
def test_a_scaled_columns_cell_is_parsed_once(monkeypatch, cell, amount):
    from ai_deals.importers import cells

    calls = []
    read = cells._AMOUNT.fullmatch
    monkeypatch.setattr(
        cells,
        "_AMOUNT",
        type("Counted", (), {"fullmatch": lambda _, text: calls.append(text) or read(text)})(),
    )
    assert cells.parse_deal_amount(cell, scale=1e6)[0] == amount
    assert len(calls) <= 1


def test_connecting_registers_no_adapter_again(monkeypatch, tmp_path):
    import sqlite3

    from ai_deals.store import connecting

    assert sqlite3.adapters.get((type(None), sqlite3.PrepareProtocol)) is connecting._NONE_AS_ITSELF
    registered = []
    monkeypatch.setattr(sqlite3, "register_adapter", lambda *args: registered.append(args))
    connecting.connect(tmp_path / "a.db", readonly=False).close()
    assert registered == []


# --- A header's unit in brackets, found without backtracking --------------------------------------


def test_a_header_of_a_long_run_of_spaces_finds_no_unit_in_linear_time():
    import time

    from ai_deals.importers.structured import _UNIT_IN_BRACKETS

    started = time.process_time()
    for repeated in (" ", ", ", "a "):
        assert _UNIT_IN_BRACKETS.fullmatch(repeated * 10_000 + "!") is None
    assert time.process_time() - started < 0.2  # quadratic, it took seconds

"""Fixes from tester qa50 (an LP analyst at a pension fund): a company's name that opens with a known company's
short name, a secondary sale priced "in a secondary transaction valued at", and a fund an investor closed."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind

FORGE_FR = """title: Mistral Forge lève 120 millions d'euros
date: 2025-09-10
url: https://wire.example/forge-b
language: fr

PARIS, 10 septembre (Dépêche) - La start-up parisienne Mistral Forge a annoncé mercredi avoir levé 120 millions d'euros lors d'une série B menée par Lightspeed Venture Partners, avec la participation d'Éclair Ventures et d'Andreessen Horowitz.
"""
FORGE_DEALS = (
    "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s)\n"
    "Mistral Forge,2025-09-10,Series B,120,EUR,Éclair Ventures; Andreessen Horowitz; Lightspeed Venture Partners,"
    "Lightspeed Venture Partners\n"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La start-up parisienne Mistral Forge a annoncé mercredi avoir levé 120 millions d'euros.", "fr"),
        ("Paris-based startup Mistral Forge said on Wednesday it raised 120 million euros in a Series B.", "en"),
        ("Mistral Forge said on Wednesday it raised 120 million euros in a Series B.", "en"),
    ],
)
def test_a_name_opening_with_a_known_short_name_is_kept_whole(text, language):
    """ "Mistral" is Mistral AI's short name: "Mistral Forge" followed by its verb is another company's whole
    name, not "Forge"."""
    [round_] = of_kind(facts_of(text, language), "round")
    assert round_.company == "Mistral Forge"


def test_a_known_short_name_alone_is_still_the_known_company():
    [round_] = of_kind(facts_of("Mistral raised €1.7 billion in a Series C led by ASML."), "round")
    assert round_.company == "Mistral AI"


def test_the_article_and_the_deal_file_count_mistral_forges_round_once(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("deals.csv", FORGE_DEALS), ("forge.txt", FORGE_FR))
    found = run_ok(capsys, db, "search", "forge", "--json")
    assert "Mistral Forge" in found and '"Forge"' not in found
    assert "2 sources" in run_ok(capsys, db, "show", "Mistral Forge")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sequoia Capital has sold part of its stake in Tessera AI to Thrive Capital in a secondary "
            "transaction valued at $150 million, according to people familiar with the matter.",
            "en",
        ),
        (
            "Sequoia Capital has sold part of its stake in Tessera AI to Thrive Capital in a secondary deal worth "
            "$150 million.",
            "en",
        ),
        (
            "Sequoia Capital a cédé une partie de sa participation dans Tessera AI à Thrive Capital dans le cadre "
            "d'une opération secondaire valorisée à 150 millions de dollars.",
            "fr",
        ),
    ],
)
def test_a_secondary_sale_valued_at_a_price_is_a_partial_sale_and_a_purchase(text, language):
    """The value of the transaction is the price of the stake traded, never a valuation of the selling fund."""
    facts = facts_of(text, language)
    assert not of_kind(facts, "valuation") and not of_kind(facts, "partnership")
    stakes = {(f.investor, f.company, f.round_type, f.amount, f.currency) for f in of_kind(facts, "investment")}
    assert stakes == {
        ("Sequoia Capital", "Tessera AI", "Partial stake sale", 150e6, "USD"),
        ("Thrive Capital", "Tessera AI", "Stake purchase", 150e6, "USD"),
    }

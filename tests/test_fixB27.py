"""Fixes from tester qa50 (an LP analyst at a pension fund): a company's name that opens with a known company's
short name, a secondary sale priced "in a secondary transaction valued at", and a fund an investor closed."""

from __future__ import annotations

import csv
import io
import json

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
        (
            "Paris-based startup Mistral Forge said on Wednesday it raised 120 million euros in a Series B.",
            "en",
        ),
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
    stakes = {
        (f.investor, f.company, f.round_type, f.amount, f.currency) for f in of_kind(facts, "investment")
    }
    assert stakes == {
        ("Sequoia Capital", "Tessera AI", "Partial stake sale", 150e6, "USD"),
        ("Thrive Capital", "Tessera AI", "Stake purchase", 150e6, "USD"),
    }


ECLAIR_FUND = """title: Éclair Ventures boucle un nouveau fonds de 300 millions d'euros
date: 2026-02-05
language: fr

PARIS, 5 février (Dépêche) - Le fonds de capital-risque parisien Éclair Ventures a annoncé jeudi la clôture de son troisième fonds, Éclair Fund III, doté de 300 millions d'euros, destiné à des start-up d'intelligence artificielle en Europe.

Les souscripteurs comprennent Bpifrance et plusieurs caisses de retraite, a précisé la société.
"""


@pytest.mark.parametrize(
    ("text", "language", "fund"),
    [
        (
            "Le fonds de capital-risque parisien Éclair Ventures a annoncé jeudi la clôture de son troisième fonds, "
            "Éclair Fund III, doté de 300 millions d'euros.",
            "fr",
            "Éclair Fund III",
        ),
        (
            "Paris-based Éclair Ventures has closed its third fund, Éclair Fund III, at €300 million.",
            "en",
            "Éclair Fund III",
        ),
        ("Éclair Ventures a bouclé son troisième fonds de 300 millions d'euros.", "fr", None),
        ("Éclair Ventures closes the €300M Éclair Fund III.", "en", "Éclair Fund III"),
        ("Éclair Ventures has raised a new €300 million fund to back AI startups.", "en", None),
    ],
)
def test_a_fund_an_investor_closed_is_its_fund_figure_not_a_round(text, language, fund):
    facts = facts_of(text, language)
    assert not of_kind(facts, "round") and not of_kind(facts, "investment")
    [closed] = of_kind(facts, "metric")
    assert (closed.company, closed.metric, closed.amount, closed.currency, closed.description) == (
        "Éclair Ventures",
        "fund_closed",
        300e6,
        "EUR",
        fund,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zorgly raised $20 million in a Series A round to fund expansion.",
        "Zorgly a bouclé une levée de fonds de 20 millions d'euros.",
        "Zorgly a levé 20 millions d'euros auprès du fonds Éclair Ventures.",
    ],
)
def test_a_company_raising_money_for_itself_is_still_a_round(text):
    facts = facts_of(text, "fr" if "levé" in text else "en")
    assert [f.company for f in of_kind(facts, "round")] == ["Zorgly"]
    assert not of_kind(facts, "metric")


def test_the_fund_is_on_the_investors_page_timeline_and_export_never_as_money_raised(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("eclair.txt", ECLAIR_FUND))
    page = json.loads(run_ok(capsys, db, "show", "Éclair Ventures", "--json"))
    assert page["raised"] == {} and page["rounds"] == []
    [fund] = page["metrics"]
    assert (fund["metric"], fund["value"], fund["currency"], fund["description"]) == (
        "fund_closed",
        300e6,
        "EUR",
        "Éclair Fund III",
    )
    assert "fund closed (Éclair Fund III)" in run_ok(capsys, db, "show", "Éclair Ventures")  # ui28: in words
    timeline = run_ok(capsys, db, "timeline", "--company", "Éclair Ventures")
    assert "2026-02-05" in timeline and "Éclair Ventures closes Éclair Fund III: €300M" in timeline
    rows = list(csv.DictReader(io.StringIO(run_ok(capsys, db, "export", "--company", "Éclair Ventures"))))
    [exported] = [row for row in rows if row["record_type"] == "metric"]
    assert (exported["kind"], exported["amount"], exported["description"]) == (
        "fund_closed",
        "300000000",
        "Éclair Fund III",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sequoia Capital sold part of its stake in Tessera AI to Thrive Capital in a secondary transaction that "
            "valued the startup at $2 billion.",
            "en",
        ),
        (
            "Sequoia Capital a cédé une partie de sa participation dans Tessera AI à Thrive Capital dans le cadre "
            "d'une opération secondaire qui valorise la start-up à 2 milliards de dollars.",
            "fr",
        ),
    ],
)
def test_a_valuation_told_with_a_holders_sale_values_the_company_not_the_seller(text, language):
    [valued] = of_kind(facts_of(text, language), "valuation")
    assert (valued.company, valued.amount) == ("Tessera AI", 2e9)

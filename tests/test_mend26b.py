"""mend26b: a reviewer's findings on this session's importer changes: qualified generic header names, the seller
a stake purchase names, takeovers told as buying shares, "sold down", and a scaled column's cells parsed once."""

from __future__ import annotations

import json

import pytest
from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

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

"""qa48's findings: a Markdown export's `counted` column, vendor deal-file headers (words around a known
column name, a unit stated in the header), the dry run's column mapping, and one investor count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*openai*.txt"))
TOLD_AGAIN = (
    "company,investors,amount,currency,date,round,status\n"
    "OpenAI,Amazon; Nvidia; SoftBank,110000000000,USD,2026-02-27,,\n"
    "OpenAI,Thrive Capital; Dragoneer,40000000000,USD,2026-06-01,,in_talks\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def markdown_rows(text: str) -> list[dict[str, str]]:
    """A Markdown export's table rows by column name."""
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    return [
        dict(zip(header, (cell.strip() for cell in line.strip("|").split("|")), strict=True))
        for line in lines[1:]
    ]


# --- 9. Markdown export ---------------------------------------------------------------------------


def test_a_markdown_export_says_what_money_raised_counts_of_each_row_as_csv_does(capsys, tmp_path):
    db = tmp_path / "openai.db"
    deals = write(tmp_path, "openai-rounds.csv", TOLD_AGAIN)
    assert run(capsys, "--db", str(db), "--empty", "import", str(SEED), str(deals))[0] == 0
    rows = [
        row
        for row in markdown_rows(run_ok(capsys, db, "export", "--format", "md"))
        if row["record_type"] != "company"
    ]
    counted = [row for row in rows if row["counted"]]
    # Only the $110B round counts, less Amazon's $35B conditional: as the CSV's column says.
    assert [(row["record_type"], row["counted"]) for row in counted] == [("round", "$75B")]
    assert all(not row["counted"] for row in rows if row["status"] in ("in talks", "cumulative"))


# --- 6. Vendor headers ----------------------------------------------------------------------------

VENDOR = (
    "Startup Name,Funding Stage,Amount Raised,Currency,Announced Date,Lead Investor(s),All Investors,HQ Country\n"
    'Quantia Labs,Series C,300000000,USD,01/10/2026,Lightspeed,"Lightspeed, General Catalyst, Eurazeo",United States\n'
)


def test_a_vendors_words_around_a_known_column_name_read_as_that_column(capsys, tmp_path):
    deals = write(tmp_path, "vendor.csv", VENDOR)
    code, _, err = run(capsys, "--db", str(tmp_path / "v.db"), "--empty", "import", str(deals))
    assert code == 0, err
    for line in (
        "Startup Name → company",
        "Funding Stage → round_type",
        "Lead Investor(s) → lead_investors",
        "All Investors → investors",
        "HQ Country → country",
    ):
        assert line in err
    assert "ignored" not in err
    shown = json.loads(run_ok(capsys, tmp_path / "v.db", "show", "Quantia Labs", "--json"))
    assert shown["company"]["country"] == "United States"
    [round_] = shown["rounds"]
    assert round_["round_type"] == "Series C"
    assert set(round_["investors"]) == {"Lightspeed", "General Catalyst", "Eurazeo"}
    assert round_["lead_investors"] == ["Lightspeed"]


@pytest.mark.parametrize(
    "header",
    ["Total Funding Amount", "Number of Investors", "Founded Date", "Investor Country", "Funding Status",
     "Transaction Name", "Company Type"],
)  # fmt: skip
def test_a_word_that_changes_what_a_known_column_names_leaves_it_ignored(header):
    from ai_deals.importers.structured import column_target

    assert column_target(header) is None


@pytest.mark.parametrize(
    ("header", "cell", "amount", "currency"),
    [
        ("Deal Size (USD M)", "45", 45e6, "USD"),
        ("Amount (EUR millions)", "120", 120e6, "EUR"),
        ("Raised ($M)", "2.5", 2.5e6, "USD"),
        ("Amount (in millions)", "18", 18e6, None),
        ("Amount in thousands", "750", 750e3, None),
        ("Deal Size (USD M)", "2bn", 2e9, "USD"),  # a cell stating its own scale keeps it
    ],
)
def test_an_amount_header_stating_a_currency_and_scale_reads_its_cells_in_that_unit(
    header, cell, amount, currency
):
    from ai_deals.importers.structured import _plan, build_row

    row = build_row({"Company": "Nordwind Robotics", header: cell}, _plan(["Company", header]))
    assert (row.amount, row.currency) == (amount, currency)
    assert row.kind == "round"


def test_the_column_mapping_says_the_unit_a_header_states(capsys, tmp_path):
    deals = write(
        tmp_path,
        "v4.csv",
        "Company,Round Type,Deal Size (USD M),Deal Date\nNordwind,Series A,45,2026-11-12\n",
    )
    code, _, err = run(capsys, "--db", str(tmp_path / "v.db"), "--empty", "import", str(deals))
    assert code == 0, err
    assert "Deal Size (USD M) → amount (currency=USD, in millions)" in err
    assert "raised $45M" in run_ok(capsys, tmp_path / "v.db", "show", "Nordwind")


def test_a_text_dry_run_shows_the_column_mapping_before_the_facts_ignored_columns_included(capsys, tmp_path):
    deals = write(tmp_path, "v.csv", "Company,Deal Size (USD M),Notes\nNordwind,45,first close\n")
    out = run_ok(capsys, tmp_path / "v.db", "--empty", "import", "--dry-run", str(deals))
    lines = out.splitlines()
    assert lines[:4] == [
        f"would add: {deals} (1 row, 1 fact)",
        "  Company → company",
        "  Deal Size (USD M) → amount (currency=USD, in millions)",
        "  Notes → ignored",
    ]
    assert lines[4].startswith("  round: Nordwind · $45M")

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
    # A lead the knowledge file does not know ("Lightspeed" is its Lightspeed Venture Partners).
    'Quantia Labs,Series C,300000000,USD,01/10/2026,Kerala,"Kerala, General Catalyst, Eurazeo",United States\n'
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
    assert set(round_["investors"]) == {"Kerala", "General Catalyst", "Eurazeo"}
    assert round_["lead_investors"] == ["Kerala"]


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


# --- 7. One investor count, the lead on the page ----------------------------------------------------

QUANTIA_STORY = """title: Quantia raises $300 million at $2.5 billion valuation
date: 2026-10-01
publisher: Bloomberg

Quantia Labs, a New York-based AI startup for financial analysts, raised $300 million in a Series C round led by Lightspeed Venture Partners, the company said on Thursday.

The round values Quantia at $2.5 billion, including the new money. General Catalyst and Eurazeo also invested.
"""
QUANTIA_ROW = "Startup,Amount Raised,Currency,Announced Date,Lead Investor\nQuantia Labs,300000000,USD,01/10/2026,Lightspeed\n"


@pytest.fixture
def quantia(capsys, tmp_path) -> Path:
    """The vendor's row names its lead by a short form ("Lightspeed") of the story's lead's name."""
    db = tmp_path / "q.db"
    files = [write(tmp_path, "08_quantia_en.md", QUANTIA_STORY), write(tmp_path, "vendor.csv", QUANTIA_ROW)]
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", *map(str, files))
    assert code == 0, err
    return db


def test_a_search_hit_counts_the_investors_its_company_page_counts(capsys, quantia):
    page = json.loads(run_ok(capsys, quantia, "show", "Quantia Labs", "--json"))
    assert page["investor_count"] == 3  # "Lightspeed" is the raise's Lightspeed Venture Partners
    hits = json.loads(run_ok(capsys, quantia, "search", "quantia", "--json"))
    [hit] = [hit for hit in hits["results"] if hit["name"] == "Quantia Labs"]
    assert hit["summary"].endswith("· 3 investors")


def test_a_company_pages_rounds_name_their_lead(capsys, quantia, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    out = run_ok(capsys, quantia, "show", "Quantia Labs")
    assert "Lightspeed Venture Partners (lead), General Catalyst, Eurazeo" in out


def test_the_explorers_company_page_names_a_rounds_lead(quantia):
    from ai_deals.store import Store
    from ai_deals.tui.screens.company_rows import round_row

    with Store.open(quantia) as store:
        page = store.company(store.find_company("Quantia Labs", exact=True).id)
    [round_] = page.rounds
    text = "".join(piece for piece, _role, _width in round_row(round_, page.investors).pieces)
    assert "Lightspeed Venture Partners (lead), General Catalyst, Eurazeo" in text

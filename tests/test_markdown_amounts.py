"""A Markdown export is a document for people: amounts read as pages show them; CSV and JSON keep
the raw numbers for machines."""

from __future__ import annotations

import csv
import io
import json

from ai_deals.store.export import render_export
from ai_deals.store.models import ExportRecord

ROUND = ExportRecord(
    record_type="round", record_id=1, company="OpenAI", amount=110e9, currency="USD", date="2026-02-27"
)
CUMULATIVE = ExportRecord(
    record_type="stake",
    record_id=4,
    company="OpenAI",
    counterpart="Microsoft",
    amount=13e9,
    currency="USD",
    bound="minimum",
    percentage=8.0,
    percentage_bound="approx",
)
FRENCH = ExportRecord(record_type="round", record_id=2, company="Mistral AI", amount=102.5e6, currency="EUR")
CAPACITY = ExportRecord(
    record_type="metric", record_id=3, company="Stargate", amount=65000, amount_max=90000, unit="megawatts"
)


def markdown_cells(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in text.splitlines()]


def test_markdown_export_shows_formatted_amounts_not_raw_numbers():
    header, _, *rows = markdown_cells(render_export([ROUND, CUMULATIVE, FRENCH, CAPACITY], "md"))
    amounts = [row[header.index("amount")] for row in rows]
    assert amounts == ["$110B", "≥$13B", "€102.5M", "65–90 GW"]
    assert [row[header.index("percentage")] for row in rows] == ["", "~8%", "", ""]
    assert "110000000000" not in render_export([ROUND], "md")


def test_markdown_export_stays_a_valid_table_with_the_folded_columns_gone():
    header, rule, *rows = markdown_cells(render_export([ROUND, CUMULATIVE, FRENCH, CAPACITY], "md"))
    assert {"currency", "bound", "amount_max", "unit"}.isdisjoint(header)
    assert rule == ["---"] * len(header)
    assert all(len(row) == len(header) for row in rows)


def test_csv_and_json_exports_keep_raw_amounts():
    (row,) = csv.DictReader(io.StringIO(render_export([ROUND], "csv").lstrip("\ufeff")))
    assert (row["amount"], row["currency"]) == ("110000000000", "USD")
    (record,) = json.loads(render_export([ROUND], "json"))["records"]
    assert record["amount"] == 110e9

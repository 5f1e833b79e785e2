"""Exports list records by date (a year or month before the days in it, undated last), then kind and
id: `ai-deals export --investor microsoft` listed Wayve's 2024-05 round before OpenAI's 2019 stake
(rounds first, then stakes, each by id), and an explorer selection came out in the order picked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import import_deals, private_default_db, run_ok  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.tui.screens.export import write_records

DEALS = (
    "company,investor,kind,amount,currency,date,round_type,source_url\n"
    "Wayve,Microsoft,round,1050000000,USD,2024-05-07,Series C,https://news.example/wayve\n"
    "Mistral AI,Microsoft,round,15000000,EUR,2024-02,,https://news.example/mistral\n"
    "G42,Microsoft,investment,1500000000,USD,2024-04-16,,https://news.example/g42\n"
    "OpenAI,Microsoft,investment,1000000000,USD,2019,,https://news.example/openai-2019\n"
    "Inflection AI,Microsoft,investment,650000000,USD,,,https://news.example/inflection\n"
    "OpenAI,Microsoft,investment,10000000000,USD,2023-01-23,,https://news.example/openai-2023\n"
    "Anthropic,Google,investment,2000000000,USD,2023-10,,https://news.example/anthropic\n"
)
BY_DATE = [
    ("OpenAI", "2019"),
    ("OpenAI", "2023-01-23"),
    ("Mistral AI", "2024-02"),
    ("G42", "2024-04-16"),
    ("Wayve", "2024-05-07"),
    ("Inflection AI", None),
]


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    return import_deals(capsys, tmp_path, DEALS)


def _records(text: str, fmt: str) -> list[tuple[str, str | None]]:
    """(company, date) of each record an export holds, in its order (company rows left out)."""
    if fmt == "json":
        rows = json.loads(text)["records"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    else:
        header, _, *lines = [line.strip("|").split(" | ") for line in text.strip().splitlines()]
        rows = [dict(zip([name.strip() for name in header], line, strict=True)) for line in lines]
    return [
        (row["company"].strip(), (row["date"] or "").strip() or None)
        for row in rows
        if row["record_type"].strip() != "company"
    ]


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_an_investors_export_lists_its_records_by_date(capsys, db, fmt):
    out = run_ok(capsys, db, "export", "--investor", "microsoft", "--format", fmt)
    assert _records(out, fmt) == BY_DATE


def test_a_whole_export_lists_its_records_by_date(capsys, db):
    out = run_ok(capsys, db, "export", "--format", "json")
    assert _records(out, "json") == sorted(
        [*BY_DATE[:-1], ("Anthropic", "2023-10")], key=lambda record: record[1]
    ) + [BY_DATE[-1]]


def test_a_selection_exports_by_date_whatever_order_it_was_picked_in(db, tmp_path):
    with Store.open(db) as store:
        page = store.company(store.find_company("Microsoft").id)
        picked = list(reversed(page.refs))  # space on the rows from the last up
        write_records(store, picked, "md", tmp_path / "picked.md", overwrite=False)
    assert _records((tmp_path / "picked.md").read_text(encoding="utf-8-sig"), "md") == BY_DATE


def test_an_export_of_the_same_records_picked_in_two_orders_is_the_same_file(db, tmp_path):
    with Store.open(db) as store:
        refs = store.company(store.find_company("Microsoft").id).refs
        write_records(store, refs, "csv", tmp_path / "one.csv", overwrite=False)
        write_records(store, refs[::-1], "csv", tmp_path / "two.csv", overwrite=False)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()

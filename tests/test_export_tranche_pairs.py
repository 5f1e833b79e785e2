"""Exports of a stake in tranches (qa44): each tranche pairs its own amount with its own condition,
status and cited sentence, and of a deal told by an article and a deal file's row, the row counted
(empty `same_as`) is the account the app shows, the one telling the tranches."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.store import Store
from ai_deals.store.money_raised import split_committed

TRANCHES = """title: Nimbra Cloud to invest $300 million in Halcyon Labs
date: 2023-01-20
publisher: TechWire

SEATTLE, Jan 20 (TechWire) - Nimbra Cloud will invest $300 million in Halcyon Labs, largely in the form of cloud compute credits, the companies said on Friday.

The investment comes in two tranches: $100 million now, and $200 million once Halcyon Labs reaches agreed model-performance milestones.
"""
ROW = (
    '{"company": "Halcyon Labs", "investor": "Nimbra Cloud", "kind": "investment", "amount": 300000000,'
    ' "currency": "USD", "date": "2023-01-20", "round_type": "Corporate Round"}\n'
)
MILESTONES = "once Halcyon Labs reaches agreed model-performance milestones"
TRANCHE_SENTENCE = (
    "The investment comes in two tranches: $100 million now, and $200 million once Halcyon Labs reaches"
    " agreed model-performance milestones."
)


@pytest.fixture
def told_twice(capsys, tmp_path: Path) -> Path:
    """The deal file's row imported first (its stake has the lower id), then the article."""
    return import_files(capsys, tmp_path, ("stakes.ndjson", ROW), ("nimbra.md", TRANCHES))


def _csv_stakes(capsys, db: Path) -> list[dict]:
    text = run_ok(capsys, db, "export", "--format", "csv").removeprefix("\ufeff")
    return [row for row in csv.DictReader(io.StringIO(text)) if row["record_type"] == "stake"]


def test_a_markdown_export_pairs_each_tranche_s_amount_with_its_own_condition_and_sentence(
    capsys, told_twice
):
    text = run_ok(capsys, told_twice, "export", "--format", "md")
    (row,) = [line for line in text.splitlines() if "| Nimbra Cloud |" in line and "tranches:" in line]
    assert f"$100M committed (2023-01-20) · $200M conditional: {MILESTONES} — “{TRANCHE_SENTENCE}”" in row
    assert "$100 million |" not in row, "no first tranche's words beside the second's condition"
    assert f"| {MILESTONES} |" not in row, "the condition is the $200M tranche's, told beside it"


def test_a_csv_export_gives_each_tranche_its_own_status_not_conditional_for_the_whole(capsys, told_twice):
    (told,) = [row for row in _csv_stakes(capsys, told_twice) if row["tranches"]]
    assert told["status"] != "conditional"
    tranches = json.loads(told["tranches"])
    assert [(t["amount"], t["status"], t.get("condition")) for t in tranches] == [
        (100e6, "committed", None),
        (200e6, "conditional", MILESTONES),
    ]
    assert all(t["sentence"] == TRANCHE_SENTENCE for t in tranches)


def test_the_row_an_export_counts_is_the_account_the_app_shows_with_its_tranches(capsys, told_twice):
    rows = _csv_stakes(capsys, told_twice)
    assert len(rows) == 2
    (counted,) = [row for row in rows if not row["same_as"]]
    assert counted["tranches"], "the article's account, telling the tranches the app shows"
    (other,) = [row for row in rows if row["same_as"]]
    assert other["same_as"] == counted["record_id"]
    with Store(told_twice, readonly=True) as store:
        page = store.company(store.find_company("Halcyon Labs").id)
        (shown,) = page.investors
        assert str(shown.id) == counted["record_id"]
        assert page.raised == {"USD": 100e6} and page.raised_conditional == {"USD": (200e6, False)}
    committed = sum(t["amount"] for t in json.loads(counted["tranches"]) if t["status"] == "committed")
    assert committed == page.raised["USD"]
    assert split_committed(shown) == (100e6, 200e6)


def test_an_export_with_tranche_statuses_imports_back_as_the_same_tranches(capsys, told_twice, tmp_path):
    exported = tmp_path / "export.csv"
    exported.write_text(run_ok(capsys, told_twice, "export", "--format", "csv"), encoding="utf-8")
    copy = tmp_path / "copy.db"
    run_ok(capsys, copy, "--empty", "import", str(exported))
    assert "bad row" not in capsys.readouterr().err

    def told(db: Path) -> list[tuple]:
        return sorted(
            (row["status"], row["tranches"], bool(row["same_as"])) for row in _csv_stakes(capsys, db)
        )

    assert told(copy) == told(told_twice)

"""A deal file's PitchBook deal type "Secondary Transaction - Private" (or "- Open Market") is shares changing
hands between shareholders: never money the company raised, as Crunchbase's "Secondary Market" is not (qa32)."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_files, run_ok

ROUNDS = [
    {"Company": "Kestrow", "Deal Date": "2024-04-02", "Round Type": "Series B", "Amount": 45000000,
     "Currency": "USD", "Investors": "Index Ventures"},
]  # fmt: skip


@pytest.mark.parametrize(
    "deal_type", ["Secondary Transaction - Private", "Secondary Transaction - Open Market"]
)
@pytest.mark.parametrize(
    "buyers", ["Index Ventures", "Index Ventures; Elaia"], ids=["one-buyer", "two-buyers"]
)
def test_a_pitchbook_secondary_transaction_is_no_money_raised(capsys, tmp_path, deal_type, buyers):
    secondary = {"Company": "Kestrow", "Deal Date": "2026-02-10", "Round Type": deal_type, "Amount": 12000000,
                 "Currency": "USD", "Investors": buyers}  # fmt: skip
    rows = "".join(json.dumps(row) + "\n" for row in [*ROUNDS, secondary])
    db = import_files(capsys, tmp_path, ("deals.ndjson", rows))
    page = run_ok(capsys, db, "show", "Kestrow")
    assert "raised $45M" in page and "$57M" not in page

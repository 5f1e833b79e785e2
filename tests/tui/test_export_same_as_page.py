"""`e` on a company page that shows a raise three deal files tell as one round "3 sources" writes each
file's record, and marks the two the round does not show with its `same_as`: the rows without one add
up to the page's money raised ($2M), not $6M (qa42 #6)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_export import export_to
from test_export_same_as import three_files_telling_one_seed

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.export import ExportScreen

from tui_helpers import import_one_by_one, settle


@pytest.fixture
def store(tmp_path: Path):
    db = import_one_by_one(tmp_path / "redco.db", tmp_path, three_files_telling_one_seed())
    with Store.open(db) as store:
        yield store


async def test_a_pages_export_of_a_raise_three_files_tell_counts_it_once_over_rows_without_same_as(
    store, tmp_path
):
    target = tmp_path / "exported.csv"  # redco.csv is a deal file
    app = DealsApp(store)
    async with app.run_test(size=(120, 30)) as pilot:
        app.open_company(store.find_company("RedCo").id, "RedCo")
        await settle(pilot)
        await export_to(pilot, "csv", target)
        assert not isinstance(app.screen, ExportScreen)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["record_type"] == "round"]
    assert len(rows) == 3
    (shown,) = [row for row in rows if row["same_as"] == ""]
    assert [row["same_as"] for row in rows if row is not shown] == [shown["record_id"]] * 2
    assert float(shown["amount"]) == 2e6

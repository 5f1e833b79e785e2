"""A tranche's row on a company page (an installment of a stake or round, no record of its own) takes
the cursor: space on it selects its stake's (or round's) record and says so in the status line, and
an export of the selection holds that record, its tranches with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export import export_to

from ai_deals.importing import open_store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import press_settled, settle, shown_lines


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_space_on_a_tranche_row_selects_its_stake_and_says_so(tmp_path: Path, size):
    target = tmp_path / "tranche.json"
    with open_store(tmp_path / "seeded.db") as store:  # a new database opens with the seed
        app = DealsApp(store)
        async with app.run_test(size=size) as pilot:
            app.open_company(store.find_company("OpenAI").id, "OpenAI")
            await settle(pilot)
            page = app.screen.query_one("#page", VirtualList)
            # The round, its valuation, Microsoft's stake, Amazon's stake, then Amazon's first tranche.
            await press_settled(pilot, "down", "down", "down", "down")
            assert page.highlighted.tranche == "first"
            await press_settled(pilot, "space")
            amazons = [stake.ref for stake in store.company(store.find_company("OpenAI").id).investors]
            assert app.selection.refs == [ref for ref in amazons if ref in app.selection.refs]
            assert [ref.record_type for ref in app.selection.refs] == ["stake"]
            status = app.screen.query_one(StatusBar).render().plain
            assert "first: part of its investment, now selected" in status
            assert "1 record selected" in status
            lines = shown_lines(page)
            marked = [line for line in lines if line.lstrip().startswith("●")]
            # The stake's row and its tranches' rows are marked, no other (80x24 shows the first tranche's
            # row as the page's last line).
            tranches = ["└ first", "└ balance"] if size == (120, 40) else ["└ first"]
            assert len(marked) == 1 + len(tranches) and "Amazon" in marked[0]
            assert all(tranche in line for tranche, line in zip(tranches, marked[1:], strict=True))
            assert all(len(line) <= size[0] for line in lines)
            await export_to(pilot, "json", target)
        records = [r for r in json.loads(target.read_text())["records"] if r["record_type"] != "company"]
        assert [(r["record_type"], r["counterpart"], r["amount"]) for r in records] == [
            ("stake", "Amazon", 50e9)
        ]
        assert [t["label"] for t in records[0]["tranches"]] == ["first", "balance"]


def test_the_cursor_on_a_later_tranche_stays_on_it_when_the_page_is_read_again():
    from ai_deals.store.models import RecordRef
    from ai_deals.tui.screens.company import kept_row
    from ai_deals.tui.screens.company_rows import PageRow

    stake = RecordRef(record_type="stake", record_id=7)
    rows = [
        PageRow(pieces=(), ref=stake),
        *(PageRow(pieces=(), role="tranche", ref=stake, tranche=f"tranche {seq}") for seq in (1, 2, 3)),
    ]
    assert kept_row(rows[3], 3, list(rows)) == 3
    assert kept_row(rows[3], 3, [rows[0], rows[1], rows[3]]) == 2  # tranche 2 gone: tranche 3 moved up

"""A selected record whose source `ai-deals remove` took from another shell leaves the selection with a
note that does not blame a re-import (qa42 #8: "Unselected 1 record a re-import replaced")."""

from __future__ import annotations

from pathlib import Path

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle

DEALS = "kind,company,investors,amount,currency,date\ninvestment,Acme,FundB,2000000,USD,2021-03-04\n"
OTHER = "kind,company,investors,amount,currency,date\ninvestment,Acme,FundA,1000000,USD,2020-01-02\n"


async def test_a_selected_record_whose_source_was_removed_is_unselected_as_removed_or_replaced(
    tmp_path: Path,
):
    deals, other, db = tmp_path / "deals.csv", tmp_path / "other.csv", tmp_path / "deals.db"
    deals.write_text(DEALS, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    assert main(["--db", str(db), "--empty", "import", str(deals), str(other)]) == 0
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.open_company(store.find_company("Acme").id, "Acme")
            await settle(pilot)
            page = app.screen.query_one("#page", VirtualList)
            page.move_to(next(i for i, row in enumerate(page.rows) if "FundB" in str(row)))
            await pilot.press("space")
            await settle(pilot)
            assert len(app.selection) == 1
            assert main(["--db", str(db), "remove", str(deals), "--yes"]) == 0
            notes: list[str] = []
            app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            await pilot.press("e")
            await settle(pilot)
            assert len(app.selection) == 0
            assert notes[0] == "Unselected 1 record no longer in the database (removed or replaced)."

"""`e` on a company page with nothing selected suggests a file named after the company, whatever its script."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from factories import import_deal_file
from tui_helpers import settle

HEADER = "company,investor,amount,currency,round_type,date"
NAME = "شركة الذكاء"


async def test_exporting_a_whole_page_suggests_a_file_named_after_its_company(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    deals = tmp_path / "deals.csv"
    deals.write_text(f"{HEADER}\n{NAME},Fonds Élan,1000000,USD,Seed,2024-01-01\n", encoding="utf-8")
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            app.open_company(store.find_company(NAME).id, NAME)
            await settle(pilot)
            await pilot.press("e")
            await settle(pilot)
            path = Path(app.screen.query_one("#export-path", Input).value)
            assert path.name.startswith(f"ai-deals-{NAME.replace(' ', '-')}-"), path.name
            await pilot.press("escape")
            await settle(pilot)
            app.open_company(store.find_company("Fonds Élan").id, "Fonds Élan")
            await settle(pilot)
            await pilot.press("e")
            await settle(pilot)
            path = Path(app.screen.query_one("#export-path", Input).value)
            assert path.name.startswith("ai-deals-fonds-elan-"), path.name

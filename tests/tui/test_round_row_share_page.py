"""A deal-file round row naming one investor and its share shows that share on the company page."""

from __future__ import annotations

from pathlib import Path

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from factories import import_deal_file
from tui_helpers import settle

HEADER = "company,investor,amount,currency,round_type,percentage,date"
ROW = "Rebellions,Samsung Catalyst Fund,25000000,USD,Series D,0.8,2024-06-01"


def row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


async def test_the_company_page_shows_the_share_a_round_row_gives_its_investor(tmp_path: Path):
    deals = tmp_path / "deals.csv"
    deals.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
        app = DealsApp(store)
        async with app.run_test(size=(120, 50)) as pilot:
            app.open_company(store.find_company("Rebellions").id, "Rebellions")
            await settle(pilot)
            rows = app.screen.query_one("#page").rows
            stakes = [row_text(r) for r in rows if r.ref and r.ref.record_type == "stake"]
            assert len(stakes) == 1 and "Samsung Catalyst Fund" in stakes[0] and "0.8%" in stakes[0]
            assert any(r.ref and r.ref.record_type == "round" for r in rows)

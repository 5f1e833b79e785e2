"""A round whose stakes add up to more than its amount, on the company page: said under
"Conflicting figures", as `show` says it."""

from __future__ import annotations

from pathlib import Path

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from tui_helpers import settle

DEALS = (
    "kind,company,investor,amount,currency,round_type,date\n"
    "round,Zeta,,100000000,USD,Series A,2025-01-10\n"
    "investment,Zeta,Xcap,70000000,USD,Series A,2025-01-10\n"
    "investment,Zeta,Yfund,50000000,USD,Series A,2025-01-10\n"
)


def row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


async def test_the_company_page_says_a_rounds_stakes_exceed_it(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    deals, db = tmp_path / "deals.csv", tmp_path / "deals.db"
    deals.write_text(DEALS, encoding="utf-8")
    assert main(["--db", str(db), "--empty", "import", str(deals)]) == 0
    capsys.readouterr()
    store = Store(db)
    app = DealsApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            app.open_company(store.find_company("Zeta").id, "Zeta")
            await settle(pilot)
            rows = [row_text(row) for row in app.screen.query_one("#page").rows]
            assert "Conflicting figures" in "\n".join(rows)
            (over,) = [text for text in rows if "over-subscribed" in text]
            assert over == (
                "round 2025-01-10 over-subscribed: stakes add up to $120M vs $100M round"
                " · per deals.csv:3; deals.csv:4 vs deals.csv:2"  # each row at its line (exp28)
            )
    finally:
        store.close()

"""The explorer's investor page lists a loan it lent (a deal file's "Debt Financing" row) as "lender · in the
Debt Financing of $3B", not "joined", and names no co-investor through it (fold32). A deal file written for
this test."""

from __future__ import annotations

from pathlib import Path

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from tui_helpers import settle

DEALS = (
    "Company,Investment Type,Raised Amount,Raised Amount Currency Code,Announced On,Lead Investor(s),All Investors\n"
    'Fluidstack,Series B,200000000,USD,2025-02-11,Accel,"Accel, Index Ventures"\n'
    'Fluidstack,Debt Financing,3000000000,USD,2025-02-11,,"Macquarie Group, Accel"\n'
)


def _row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


async def test_the_investor_page_says_lender_for_a_loan_and_pairs_no_co_investor_through_it(
    tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "fold32.db"), "--empty", "import", str(deals)]) == 0
    capsys.readouterr()
    with Store.open(tmp_path / "fold32.db") as store:
        app = DealsApp(store)
        async with app.run_test(size=(140, 40)) as pilot:
            app.open_company(store.find_company("Macquarie Group").id, "Macquarie Group")
            await settle(pilot)
            rows = [_row_text(row) for row in app.screen.query_one("#page").rows]
            (loan,) = [row for row in rows if "Fluidstack" in row]
            assert "lender · in the Debt Financing of $3B" in loan and "joined" not in loan, rows
            assert not any("Accel" in row for row in rows), rows  # no co-investor through the loan

            app.open_company(store.find_company("Accel").id, "Accel")
            await settle(pilot)
            rows = [_row_text(row) for row in app.screen.query_one("#page").rows]
            assert any("lender · in the Debt Financing of $3B" in row for row in rows), rows
            assert any("Index Ventures" in row for row in rows), rows  # the Series B's co-investor
            assert not any("Macquarie" in row for row in rows), rows

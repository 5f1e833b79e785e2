"""The explorer's company page shows a deal file's valuation on a stake row in talks as in talks, never beside the
round made that day, as `show` does (unmade32)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from tui_helpers import settle

DEALS = (
    "company,kind,investors,amount,currency,date,round,status,valuation\n"
    "Zeta Robotics,investment,Vantor Capital,20M,USD,2026-02-03,,Rumored,2B\n"
    "Zeta Robotics,round,Early Fund,5M,USD,2026-02-03,Seed,,\n"
)


@pytest.fixture
def store(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    deals = tmp_path / "zeta.csv"
    deals.write_text(DEALS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "zeta.db"), "--empty", "import", str(deals)]) == 0
    capsys.readouterr()
    with Store.open(tmp_path / "zeta.db") as store:
        yield store


def _row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


async def test_a_deal_files_valuation_in_talks_is_shown_in_talks_and_not_beside_the_round_made(store):
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_company(store.find_company("Zeta Robotics").id, "Zeta Robotics")
        await settle(pilot)
        rows = [_row_text(row) for row in app.screen.query_one("#page").rows]
        seed = [row for row in rows if "Seed" in row and "$5M" in row]  # the round's row (and its investor's)
        assert seed and all("$2B" not in row for row in seed), rows
        valued = [row for row in rows if "$2B" in row]
        assert valued and all("in talks" in row for row in valued), rows

"""The company page lists a stake a later article calls off as called off, who said so and when, and its
header counts none of it (store/called_off.py). Articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp

from tui_helpers import settle

INVESTED = "Nvidia has invested $2 billion in Zeta, the AI startup said on Monday."
ABANDONED = "Nvidia has abandoned plans to invest $2 billion in Zeta, people familiar with the matter said."


def stake_rows(app) -> list[str]:
    rows = app.screen.query_one("#page").rows
    return ["".join(text for text, _, _ in r.pieces) for r in rows if r.ref and r.ref.record_type == "stake"]


async def test_the_page_says_a_stake_a_later_article_calls_off_is_called_off(tmp_path: Path):
    with Store.open(tmp_path / "called29.db") as store:
        store.import_source(parse_article(ABANDONED, title="Daily drops", published="2026-05-10", publisher="Daily"))
        store.import_source(parse_article(INVESTED, title="Wire invests", published="2026-03-02", publisher="Wire"))
        app = DealsApp(store)
        async with app.run_test(size=(160, 40)) as pilot:
            app.open_company(store.find_company("Zeta").id, "Zeta")
            await settle(pilot)
            (row,) = stake_rows(app)  # the earlier deal stays listed, once
            assert "Nvidia" in row and "$2B" in row and "called off (Daily, 2026-05-10)" in row

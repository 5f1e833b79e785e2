"""`e` on a company page that lists a partnership two sources tell as one row "2 sources" exports each
source's record, as `ai-deals export --company` does, and the page's count says so (it counted one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export import export_to
from test_timeline_stake_partnership_accounts import LES_ECHOS_PARTNER, REUTERS_PARTNER

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.widgets.status_bar import StatusBar

from tui_helpers import import_one_by_one, settle


@pytest.fixture
def store(tmp_path: Path):
    db = tmp_path / "told-twice.db"
    import_one_by_one(
        db, tmp_path, (("lesechos-partner.txt", LES_ECHOS_PARTNER), ("reuters-partner.txt", REUTERS_PARTNER))
    )
    with Store.open(db) as store:
        yield store


async def test_a_pages_export_writes_each_sources_record_of_a_partnership_told_twice(store, tmp_path):
    target = tmp_path / "mistral.json"
    app = DealsApp(store)
    async with app.run_test(size=(120, 30)) as pilot:
        app.open_company(store.find_company("Mistral AI").id, "Mistral AI")
        await settle(pilot)
        assert app.screen.query_one(StatusBar).render().plain.startswith("2 records ·")
        await export_to(pilot, "json", target)
        assert not isinstance(app.screen, ExportScreen)
    rows = json.loads(target.read_text(encoding="utf-8"))["records"]
    partnerships = [row for row in rows if row["record_type"] == "partnership"]
    assert len(partnerships) == 2
    assert {row["publisher"] for row in partnerships} == {"Les Echos", "Reuters"}

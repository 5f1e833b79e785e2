"""Editing a fact's company to an alias of its own company is refused in the status line, not in an
error box: "Something went wrong" said a refusal the README promises as one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.tui.screens.error import ErrorScreen
from ai_deals.tui.screens.review import ReviewScreen
from ai_deals.tui.widgets.status_bar import StatusBar

from screen_host import ScreenHost
from tui_data import openai_source
from tui_helpers import settle


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "deals.db"
    with Store.open(path) as store:
        store.import_source(openai_source())
        openai = store.find_company("OpenAI").id
        with store.transaction():
            store.db.execute(
                "INSERT INTO aliases (company_id, alias, normalized) VALUES (?, 'OpenAI Global', 'openai global')",
                [openai],
            )
    return path


async def test_editing_a_company_to_an_alias_of_its_own_is_refused_in_the_status_line(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            app.screen.query_one("#edit-company", Input).value = "OpenAI Global"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen) and not isinstance(app.screen, ErrorScreen)
            status = app.screen.query_one(StatusBar).render().plain
            assert "Not saved: 'OpenAI Global' is an alias of OpenAI: the round stays there" in status
            (round_,) = store.company(store.find_company("OpenAI").id).rounds
            assert round_.review_status == "extracted"

"""Fixes from tester qa53's report, in the explorer: refusing an export path that is no file is an ordinary
refusal, titled as one."""

from __future__ import annotations

import os

from textual.widgets import Input

from ai_deals.tui.screens.error import ErrorScreen

from tui_helpers import settle


async def test_an_export_to_a_named_pipe_is_refused_under_a_title_saying_where_not_that_something_failed(
    app, deals_store, tmp_path
):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        box = app.screen.query_one("#export-path", Input)
        box.value = str(fifo)
        box.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        assert app.screen.title_text == "Can't export there"

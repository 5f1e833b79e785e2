"""Clearing the selection: `x` where there is one, and the palette's "selection: clear" (qa42 #9)."""

from __future__ import annotations

import pytest
from test_export import select_three_records

from ai_deals.tui.screens.help import key_rows
from ai_deals.tui.widgets.status_bar import StatusBar

from tui_helpers import hold_store_calls, settle, type_text


async def test_x_clears_the_selection_and_says_how_many_records(app, deals_store):
    notes = []
    async with app.run_test(size=(80, 24)) as pilot:
        await select_three_records(pilot, deals_store)
        await settle(pilot)
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        await pilot.press("x")
        await settle(pilot)
        assert len(app.selection) == 0
        assert "selected" not in app.screen.query_one(StatusBar).render().plain
        assert notes == ["Unselected 3 records."]


async def test_the_status_line_names_x_beside_the_selection_count_where_it_fits(app, deals_store):
    async with app.run_test(size=(120, 40)) as pilot:
        await select_three_records(pilot, deals_store)
        await settle(pilot)
        assert (
            app.screen.query_one(StatusBar)
            .render()
            .plain.rstrip()
            .endswith("3 records selected · e export · x clear")
        )


# Every key hint a status line gives, whole: "key word".
STATUS_HINTS = {"g date", "e export", "x clear"}


@pytest.mark.parametrize("picked", [1, 12])
async def test_the_timelines_status_line_at_80_columns_keeps_x_clear_and_every_hint_whole(
    app, deals_store, picked
):
    """At 80x24, "15 events · all companies, 2016–2029 · g date" beside "1 record selected · e export"
    had no room for `x clear`, which is in no footer: `e export`, which the footer names, goes first."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        for _ in range(picked):
            await pilot.press("space", "down")
        await settle(pilot)
        status = app.screen.query_one(StatusBar).render().plain
        assert "…" not in status, status
        parts = [part.strip() for part in status.replace("  ", " · ").split(" · ") if part.strip()]
        hints = [part for part in parts if len(part.split()) == 2 and len(part.split()[0]) == 1]
        assert set(hints) <= STATUS_HINTS, status
        assert {"g date", "x clear"} <= set(hints), status
        assert f"{picked} record{'s' if picked > 1 else ''} selected" in status


async def test_x_is_offered_in_help_only_while_something_is_selected(app, deals_store):
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        rows = key_rows(app.screen, app.get_key_display)
        assert not any(keys == "x" for keys, _, _ in rows)
        await pilot.press("space")
        await settle(pilot)
        rows = key_rows(app.screen, app.get_key_display)
        assert ("x", "Clear", "Unselect every record selected for export") in rows


async def test_selection_clear_typed_in_the_palette_while_a_company_search_is_slow_clears_it(
    app, deals_store
):
    """The company search ran for "selection: clear" too: on 20,000 companies it kept an earlier
    query's list up when Enter came, and Enter opened Textual's Keys panel."""
    async with app.run_test(size=(80, 24)) as pilot:
        await select_three_records(pilot, deals_store)
        await settle(pilot)
        started, release = hold_store_calls(deals_store, "search")
        await pilot.press("ctrl+p")
        await type_text(pilot, "selection: clear")
        # Textual's palette shows hits in 0.25 s batches (a timer of its own, no worker of ours to
        # wait on): the half second the tester's Enter came after.
        await pilot.pause(0.5)
        await pilot.press("enter")
        release.set()
        await settle(pilot)
        assert len(app.selection) == 0
        assert app.screen.__class__.__name__ == "CompanyScreen"

"""Status lines that say their point whole: an undo's summary, the edit form's keys beside a selection."""

from __future__ import annotations

import pytest
from textual.notifications import Notify
from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.fact_edit import FactEditScreen, UnknownNameScreen
from ai_deals.tui.screens.review import ReviewScreen

from tui_helpers import settle


def status_of(screen) -> str:
    return screen.query_one("StatusBar").render().plain


async def open_review(pilot, app, store) -> ReviewScreen:
    await settle(pilot)
    app.push_screen(ReviewScreen(store, 1))
    await settle(pilot)
    return app.screen


async def edit_fact(pilot, app, kind: str) -> None:
    """Move the review to the first fact of `kind` and open its edit form."""
    while not app.screen.query_one("#review-fact").render().plain.startswith(f"fact       {kind}"):
        await pilot.press("down")
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, FactEditScreen)


@pytest.mark.parametrize("width", [80, 120])
async def test_undoing_an_edit_that_created_several_companies_says_so_whole_and_names_them_all(db, width):
    """ "Undone: edited round Ledgerline $42M · company “Ledgerline US” removed · company “Better
    Tomorrow Ventures” removed …" was cut even at 120 columns. The status counts them and fits; a
    notification names them all."""
    messages = []
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(width, 24), message_hook=messages.append) as pilot:
            review = await open_review(pilot, app, store)
            await edit_fact(pilot, app, "round")
            app.screen.query_one(
                "#edit-investors", Input
            ).value = "Nvidia, Better Tomorrow Ventures, Bpifranse"
            await pilot.press("ctrl+s")
            await settle(pilot)
            while isinstance(app.screen, UnknownNameScreen):  # create each name nobody has
                await pilot.press("c")
                await settle(pilot)
            assert app.screen is review
            await pilot.press("u")
            await settle(pilot)
            status = status_of(review)
            point = "Undone: edited round OpenAI $110B · 2 companies it created removed"
            assert status.startswith(point), status
        assert store.find_company("Bpifranse", exact=True) is None
    (toast,) = [m.notification for m in messages if isinstance(m, Notify)]
    assert toast.message == "Removed: “Better Tomorrow Ventures”, “Bpifranse”"


async def test_the_edit_forms_keys_are_whole_at_80_columns_beside_a_selection(db):
    """At 80x24 the hint read "ctrl+s saves · esc cance…" next to "11 records selected · e export":
    the count gives up its words first."""
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            review = await open_review(pilot, app, store)
            order = store.review_order(1)
            for index in range(len(order)):
                app.toggle_selection(order.ref(index), "OpenAI")
            await settle(pilot)
            await edit_fact(pilot, app, "partnership")
            status = status_of(review)
            assert "Correcting this partnership: ctrl+s saves · esc cancels" in status, status
            assert status.rstrip().endswith(f"{app.selected_count} records selected"), status

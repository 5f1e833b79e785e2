"""The round's edit form, from the review: its valuation and basis are fields, saved as an edit of
the valuation record its source stated with the round, and undone with `u`."""

from __future__ import annotations

from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.tui.screens.fact_edit import FactEditScreen
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown


def valuation(store: Store):
    page = store.company(store.find_company("OpenAI").id)
    return next(m for m in page.metrics if m.metric == "valuation")


async def test_the_round_form_corrects_the_rounds_valuation_and_undo_puts_it_back(db):
    with Store.open(db) as store:
        before = valuation(store)
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            for _ in range(30):
                if shown(app, "#review-fact").startswith("fact       round"):
                    break
                await pilot.press("down")
                await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            field = app.screen.query_one("#edit-valuation", Input)
            assert field.value.startswith("$") and app.screen.query_one("#edit-basis", Input).value
            field.value = "lots"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert shown(app, "#edit-error").startswith("valuation: write a number")
            field.value = "$900B"
            app.screen.query_one("#edit-basis", Input).value = "pre-money"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            after = valuation(store)
            assert (after.value, after.basis, after.review_status) == (9e11, "pre_money", "edited")
            await pilot.press("u")
            await settle(pilot)
            after = valuation(store)
            assert (after.value, after.basis, after.review_status) == (
                before.value,
                before.basis,
                "extracted",
            )

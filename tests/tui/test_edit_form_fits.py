"""The review's edit form keeps Save and Cancel on screen at 80x24 when it says why it refuses a
value: on a round's form (nine fields) the three lines of the message pushed them off the bottom
(qa42 #11)."""

from __future__ import annotations

from textual.widgets import Button, Input

from tui_helpers import settle


async def open_round_form(pilot, store) -> None:
    """OpenAI's page, `r`, Enter on its first fact: the round, the form with the most fields."""
    pilot.app.open_company(store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)
    await pilot.press("r")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert pilot.app.screen.query("#edit-basis"), "the first fact to review is the round"


async def test_save_and_cancel_stay_on_screen_at_80x24_when_the_form_refuses_a_value(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_round_form(pilot, deals_store)
        app.screen.query_one("#edit-amount", Input).value = "xyz"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.query_one("#edit-error").render().plain.startswith("amount: write a number")
        for button in app.screen.query(Button):
            region = button.region
            assert region and app.screen.region.contains_region(region), button.id
            assert app.screen.get_widget_at(*region.offset)[0] is button, button.id

"""A round several sources tell is one row; Enter (or `s`) on it asks which source to open, so the
sentence each source said it in stays reachable, not only the first source's."""

from __future__ import annotations

from test_same_raise_page import told_twice  # noqa: F401 (the fixture: an article and a deal file)

from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.screens.source_pick import SourcePickScreen

from tui_helpers import settle


async def open_round_row(pilot, store) -> object:
    """The OpenAI page with the cursor on its one round row (told by two sources); returns the row."""
    app = pilot.app
    app.open_company(store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)
    page = app.screen.query_one("#page")
    ((index, row),) = [
        (i, row)
        for i, row in enumerate(page.rows)
        if row.ref and row.ref.record_type == "round" and row.target_id is None
    ]
    page.move_to(index)
    await settle(pilot)
    return row


async def test_enter_on_a_round_two_sources_tell_offers_both_and_opens_the_one_chosen(told_twice):  # noqa: F811
    app = DealsApp(told_twice)
    async with app.run_test(size=(120, 40)) as pilot:
        row = await open_round_row(pilot, told_twice)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SourcePickScreen)
        choices = app.screen.choices
        assert len(choices) == 2 and len({c.source_id for c in choices}) == 2
        assert {c.focus for c in choices} == set(row.refs), "each source opens on its own record"
        assert any("OpenAI closes record round" in c.label for c in choices)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, SourceScreen)
        assert (app.screen.source_id, app.screen.focus_ref) == (choices[1].source_id, choices[1].focus)


async def test_s_on_such_a_row_asks_too_and_esc_stays_on_the_page(told_twice):  # noqa: F811
    app = DealsApp(told_twice)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_round_row(pilot, told_twice)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, SourcePickScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)

"""Keys typed after `g`'s date in one burst act in order, once the rows they act on are there: the
jump's windows may still be read when the dialog closes (a tester's `g 2019 ⏎ ⏎ Esc` opened nothing
and left nothing)."""

from __future__ import annotations

import pytest
from test_timeline_year_at_top import open_timeline, store  # noqa: F401 (the `store` fixture)

from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.jump_date import JumpDateScreen
from ai_deals.tui.screens.timeline import PENDING, TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import burst, hold_store_calls, settle


@pytest.fixture(autouse=True)
def keys_before_the_years_are_read_ahead(monkeypatch):
    """The keys come before the pause after the opening has read the nearest years' first screens
    (`_read_years_ahead`), as keys typed at once do: the year or date jumped to is still to be read."""
    monkeypatch.setattr(TimelineScreen, "_read_years_ahead", lambda screen: None)


async def jump_while_its_window_is_read(
    pilot,
    store,  # noqa: F811
    *keys: str,
    jump: tuple[str, ...] = ("g", *"2019", "enter"),
    to: str = "2019",
) -> tuple[TimelineScreen, list[str]]:
    """Open the whole timeline, type `jump` (to the year `to`) then `keys` in one burst while the
    store's window reads wait; release them once the keys have had time to act. Returns the screen
    and the screens opened and closed meanwhile."""
    screen = await open_timeline(pilot, store, whole=True)
    assert not screen.events.is_read(screen.events.first_from(to)), "the jump's window is read after"
    app = pilot.app
    moves: list[str] = []
    push, pop = app.push_screen, app.pop_screen
    app.push_screen = lambda shown, *args, **kwargs: (
        moves.append(f"open {type(shown).__name__}") or push(shown, *args, **kwargs)
    )
    app.pop_screen = lambda: moves.append(f"close {type(app.screen).__name__}") or pop()
    started, release = hold_store_calls(store, "timeline_window")
    burst(app, *jump, *keys)
    await started.wait()
    for _ in range(10):  # the keys after the jump come (and go) meanwhile
        await pilot.pause(0.05)
    assert app.screen is screen and screen.query_one("#events", VirtualList).highlighted is PENDING
    release.set()
    for _ in range(5):
        await settle(pilot)
        await pilot.pause(0.05)
    return screen, moves


async def test_enter_and_esc_typed_after_a_date_jump_open_the_event_and_come_back(store):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, moves = await jump_while_its_window_is_read(pilot, store, "enter", "escape")
        assert moves == [
            "open JumpDateScreen",
            "close JumpDateScreen",
            "open CompanyScreen",
            "close CompanyScreen",
        ]
        assert app.screen is screen and screen.current.date.startswith("2019")


async def test_a_key_typed_after_enter_on_the_date_jumped_to_acts_on_the_page_opened(store):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, moves = await jump_while_its_window_is_read(pilot, store, "enter", "j")
        assert isinstance(app.screen, CompanyScreen) and app.screen.company_id == screen.current.company_id
        assert screen.current.date.startswith("2019"), "j moved the timeline, not the company's page"


async def test_j_typed_after_a_date_jump_moves_from_the_event_jumped_to(store):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, _ = await jump_while_its_window_is_read(pilot, store, "j", "j")
        first = screen.events.first_from("2019")
        assert screen.query_one("#events", VirtualList).cursor == first + 2


async def test_g_then_esc_then_j_moves_one_event(store):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_timeline(pilot, store, whole=True)
        events = screen.query_one("#events", VirtualList)
        before = events.cursor
        burst(app, "g", "escape", "j")
        for _ in range(3):
            await settle(pilot)
            await pilot.pause(0.05)
        assert app.screen is screen and events.cursor == before + 1
        assert not isinstance(app.screen, JumpDateScreen)


async def test_fast_year_jumps_then_enter_open_the_event_of_the_second_year(store):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_timeline(pilot, store, whole=True)
        burst(app, "right_square_bracket", "right_square_bracket", "enter")
        for _ in range(3):
            await settle(pilot)
            await pilot.pause(0.05)
        assert isinstance(app.screen, CompanyScreen)
        assert screen.query_one("#events", VirtualList).cursor == screen._year_starts[2]
        assert app.screen.company_id == screen.current.company_id


async def test_enter_and_esc_typed_after_two_fast_year_jumps_open_the_event_and_come_back(store):  # noqa: F811
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, moves = await jump_while_its_window_is_read(
            pilot, store, "enter", "escape", jump=("right_square_bracket", "right_square_bracket"), to="2017"
        )
        assert moves == ["open CompanyScreen", "close CompanyScreen"]
        assert app.screen is screen and screen.current.date.startswith("2017")

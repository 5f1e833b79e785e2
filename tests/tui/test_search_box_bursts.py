"""Keys typed in one burst in the search box act in the order typed, whatever the search is doing.

The letters of a burst reach the box through its own queue, so a key acting as it was read (its
binding run at once) acted before the letters typed just ahead of it: "softx⌫bank" gave
`softxbank`, the Backspace deleting nothing yet. Here the search of the first key is held (a big
database's slow search) while the rest of the burst arrives.
"""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Input

from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.search import SearchScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import burst, hold_store_calls, settle, type_text

EDITS = {
    "backspace after letters": ("", [*"softx", "backspace", *"bank"], "softbank"),
    "ctrl+u after letters": ("", [*"amazon", "ctrl+u", *"nvidia"], "nvidia"),
    "left arrows after letters": ("", [*"opnai", "left", "left", "left", "e"], "openai"),
    "backspace last, text already in the box": ("ab", [*"xyz", "backspace"], "abxy"),
    "ctrl+w after letters": ("", [*"soft", "space", *"bnk", "ctrl+w", *"bank"], "soft bank"),
    "home, delete and end among letters": (
        "",
        [*"xpenaj", "home", "delete", "o", "end", "backspace", "i"],
        "openai",
    ),
    "escape after letters": ("", [*"amazon", "escape", *"nvidia"], "nvidia"),
}


async def type_then_burst_while_searching(pilot, store, before: str, keys: list[str]):
    """Type `before` key by key, then hand `keys` over at once while the search of the first is held;
    return the `release` that lets the searches go on."""
    app = pilot.app
    await settle(pilot)
    await type_text(pilot, before)
    await settle(pilot)
    started, release = hold_store_calls(store, "search")
    burst(app, *keys)
    await asyncio.wait_for(started.wait(), 10)
    for _ in range(5):
        await pilot.pause()
    return release


@pytest.mark.parametrize(("before", "keys", "expected"), EDITS.values(), ids=EDITS.keys())
async def test_editing_keys_in_a_burst_act_after_the_letters_typed_before_them(
    deals_store, before, keys, expected
):
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        release = await type_then_burst_while_searching(pilot, deals_store, before, keys)
        box = app.screen.query_one("#query", Input)
        assert box.value == expected, "shown at once, while the search still runs"
        release.set()
        await settle(pilot)
        assert box.value == expected
        hits = deals_store.search(expected)
        assert app.screen.query_one("#results", VirtualList).highlighted == (hits[0] if hits else None)


async def test_an_edit_then_enter_in_a_burst_opens_the_result_for_the_text_as_edited(deals_store):
    """On a big database "kimx⌫a⏎" left `kimxa` in the box, "No match.", and opened nothing."""
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        release = await type_then_burst_while_searching(
            pilot, deals_store, "", [*"amazon", "ctrl+u", *"nvidiax", "backspace", "enter"]
        )
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.name == "Nvidia"


MOVES = {
    "down": (["down"], 1),
    "down twice, then up": (["down", "down", "up"], 1),
    "up at the top": (["up"], 0),
    "up at the top, then down": (["up", "down"], 1),
}


@pytest.mark.parametrize(("moves", "row"), MOVES.values(), ids=MOVES.keys())
async def test_arrows_after_letters_in_a_burst_move_in_the_results_for_those_letters(deals_store, moves, row):
    """↓ typed right after letters moved the highlight in the results of the text before, then the
    letters' results came and put it back on the first row: "on↓⏎" opened the first result."""
    hits = deals_store.search("on")
    assert len(hits) > 2
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        release = await type_then_burst_while_searching(pilot, deals_store, "", [*"on", *moves])
        release.set()
        await settle(pilot)
        assert app.screen.query_one("#results", VirtualList).highlighted == hits[row]
        burst(app, "enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.id == hits[row].company_id


async def test_arrows_then_enter_in_one_burst_open_the_result_moved_to(deals_store):
    hits = deals_store.search("on")
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        release = await type_then_burst_while_searching(pilot, deals_store, "", [*"on", "down", "enter"])
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.id == hits[1].company_id


async def test_a_letter_after_an_arrow_starts_again_from_the_first_result(deals_store):
    """As typed slowly: the letter's results replace those the arrow moved in."""
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        release = await type_then_burst_while_searching(pilot, deals_store, "", ["o", "down", "n"])
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#results", VirtualList).highlighted == deals_store.search("on")[0]


async def test_after_a_failed_search_enter_and_the_keys_after_it_act_at_once(deals_store, monkeypatch):
    """The search of the text typed failed ("The search failed."): Enter then waited for its results,
    which never came, holding the keys typed after it (up to 10 s), and ↓ was kept for them."""
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        search = deals_store.search

        def broken(query, *args, **kwargs):
            if query == "zz":
                raise RuntimeError("disk I/O error")
            return search(query, *args, **kwargs)

        monkeypatch.setattr(deals_store, "search", broken)
        burst(app, *"zz")
        await settle(pilot)
        await pilot.press("escape")  # the error dialog
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        burst(app, "down", "enter", "ctrl+u", *"on")
        await settle(pilot)
        assert app._held is None and app._waiting is None, "no key held for results that never come"
        assert app.screen.query_one("#query", Input).value == "on"
        assert app.screen.query_one("#results", VirtualList).highlighted == deals_store.search("on")[0]

"""Keys typed in one burst (a paste, tmux send-keys): each acts on what the keys before it did."""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest
from textual.widgets import Input

from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.confirm import ConfirmScreen
from ai_deals.tui.screens.merge import MergeScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import burst, hold_store_calls, settle, shown_lines


async def test_ctrl_u_then_text_in_one_burst_replaces_the_search_box(deals_store, monkeypatch):
    """ "⌃u nvidia" in one burst left an empty box: Textual runs the field's ctrl+u binding once the key
    has come back up to the app, after the field typed "nvidia". The keys held meanwhile were released
    by the hold's timeout on a busy machine before it had: here the field is slow to hand a key on."""
    slow_on_key = Input._on_key

    async def busy_machine(self, event):
        if not event.is_printable:
            await asyncio.sleep(0.1)  # the field, busy, hands ctrl+u on late: the hold times out first
        await slow_on_key(self, event)

    monkeypatch.setattr(Input, "_on_key", busy_machine)
    monkeypatch.setattr("ai_deals.tui.bursts.HOLD_KEYS", 0.01)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, *"openai")
        await settle(pilot)
        burst(app, "ctrl+u", *"nvidia")
        await settle(pilot)
        assert app.screen.query_one("#query", Input).value == "nvidia"


async def test_text_then_enter_in_one_burst_opens_the_result_for_that_text(deals_store):
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, *"openai")
        await settle(pilot)
        burst(app, "ctrl+u")
        await settle(pilot)
        burst(app, *"softbank", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.name == "SoftBank"


async def open_merge(pilot, store) -> None:
    app = pilot.app
    app.push_screen(MergeScreen(store, store.find_company("OpenAI").id))
    await settle(pilot)


async def open_merge_held(pilot, store) -> None:
    """Open the merge screen without waiting for its store calls (some may be held)."""
    pilot.app.push_screen(MergeScreen(store, store.find_company("OpenAI").id))
    for _ in range(3):
        await pilot.pause()


def status(app) -> str:
    return app.screen.query_one("StatusBar").render().plain


async def test_merge_text_then_enter_and_y_in_one_burst_ask_about_the_company_typed(deals_store):
    """ "thrive⏎y" in one burst asked "Merge “Amazon” into “OpenAI”?" (the candidate highlighted for
    the text before) and the "y" merged Amazon."""
    openai = deals_store.find_company("OpenAI").id
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        burst(app, "ctrl+u")
        await settle(pilot)
        assert "SoftBank" not in shown_lines(app.screen.query_one("#merge-candidates", VirtualList))[0]
        burst(app, *"softbank", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith("Merge “SoftBank” into “OpenAI”?")
        await pilot.press("n")
        await settle(pilot)
        burst(app, "ctrl+u", *"thrive", "enter")  # no candidate: Enter says why (it said nothing)
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen)
        assert app.screen.query_one("#merge-query", Input).value == "thrive"
        notes = [note.message for note in app._notifications]
        assert notes[-1].startswith("Nothing to merge: no other company matches “thrive”")
        burst(app, "enter", "y")
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen), "a y typed after it is typed in the box, where it was"
    for name in ("Amazon", "SoftBank"):
        assert deals_store.find_company(name, exact=True).id != openai, f"{name} was merged"


async def test_merge_box_starts_with_the_name_selected_so_typing_replaces_it(deals_store):
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        box = app.screen.query_one("#merge-query", Input)
        assert box.value == "OpenAI" and box.selected_text == "OpenAI"
        burst(app, *"nvidia")
        await settle(pilot)
        assert box.value == "nvidia"
        assert "Nvidia" in shown_lines(app.screen.query_one("#merge-candidates", VirtualList))[0]


async def test_enter_and_y_wait_for_a_slow_search_of_the_text_typed(deals_store, monkeypatch):
    """On a big database the search outlasted the hold: the "y" typed after Enter went into the box
    ("softbanky") instead of answering the question Enter asks once the candidates are in."""
    openai = deals_store.find_company("OpenAI").id
    softbank = deals_store.find_company("SoftBank", exact=True).id
    monkeypatch.setattr("ai_deals.tui.bursts.HOLD_KEYS", 0.01)
    fast_search = deals_store.search

    def big_database(query, limit=50):
        time.sleep(0.1)  # (in the search worker's thread) ten holds long
        return fast_search(query, limit)

    monkeypatch.setattr(deals_store, "search", big_database)
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        burst(app, "ctrl+u", *"softbank", "enter", "y")
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen)
        assert app.screen.query_one("#merge-query", Input).value == "softbank"
        assert status(app).startswith("Merged “SoftBank” into “OpenAI”")
    assert deals_store.find_company("SoftBank", exact=True).id == openai != softbank


async def test_a_status_set_before_the_screen_is_composed_shows_once_it_is(deals_store):
    """A screen closed or not yet composed while opening (keys in a burst) crashed the app with
    `NoMatches: No nodes match 'StatusBar'` as its on_mount set "Loading…"."""
    from ai_deals.tui.screens.base import DealsScreen

    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = DealsScreen()
        screen.set_status("Loading…")  # raised NoMatches
        app.push_screen(screen)
        await settle(pilot)
        assert status(app).startswith("Loading…")


async def test_after_a_merge_the_box_has_the_focus_and_the_next_name_typed_replaces_the_last(deals_store):
    """After "softbank⏎y" the focus went to the candidates: the next name typed acted as commands
    there (the t of "thrive" opened the timeline, a q quit the app)."""
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        burst(app, "ctrl+u", *"softbank", "enter", "y")
        await settle(pilot)
        assert status(app).startswith("Merged “SoftBank” into “OpenAI”")
        box = app.screen.query_one("#merge-query", Input)
        assert app.focused is box and box.selected_text == box.value == "softbank"
        burst(app, *"thrive")
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen) and box.value == "thrive"
        burst(app, "ctrl+z")  # undoes from the box
        await settle(pilot)
        assert status(app).startswith("Merge undone: “SoftBank” is back")
        assert app.focused is box and box.selected_text == box.value == "thrive"
        burst(app, *"zzzqqq")
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen) and box.value == "zzzqqq"


async def test_the_merge_status_says_no_candidate_rather_than_enter_merges(deals_store):
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        burst(app, "ctrl+u", *"zzzqqq")
        await settle(pilot)
        assert status(app).startswith("No candidate")
        assert "Enter merges" not in status(app)


async def test_a_name_typed_fast_then_enter_on_a_big_database_ask_without_running_stale_searches(
    deals_store, monkeypatch
):
    """Each letter of "softbank" started a search; the store answers one at a time and each one whose
    thread had started ran to its end though stale: on a big database the Enter after them waited
    for all of them (seconds, past the hold: it looked lost, a second Enter did nothing). Now a
    search waits for the one running, and only the text as it is then is searched."""
    import threading

    fast_search = deals_store.search
    searched: list[str] = []
    one_at_a_time = threading.Lock()  # as the store's own lock

    def big_database(query, limit=50):
        with one_at_a_time:
            searched.append(query)
            time.sleep(0.3)  # (in the search worker's thread)
            return fast_search(query, limit)

    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        monkeypatch.setattr(deals_store, "search", big_database)
        await pilot.press("ctrl+u", *"softbank")  # each key handled (its search started) before the next
        burst(app, "enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith("Merge “SoftBank” into “OpenAI”?")
        assert searched[-1] == "softbank" and len(searched) <= 3, searched


@pytest.mark.parametrize(
    ("after_y", "then"),
    [
        (("a", "m", "a", "z"), "the box searches them"),
        (("a", "m", "a", "z", "enter"), "Enter asks about them"),
        (("ctrl+z",), "ctrl+z undoes the merge"),
        (("escape",), "Escape leaves once merged"),
    ],
)
async def test_keys_typed_after_y_wait_for_the_merge_then_go_to_the_box(deals_store, after_y, then):
    """ "softbank⏎yamaz" in one burst typed "amaz" into the box while the merge ran ("softbankamaz"),
    and the end of the merge selected it: the dialog's answer reaches the merge screen after the "y"
    has been handled, and the keys after it went on first. Now they wait for the merge."""
    openai = deals_store.find_company("OpenAI").id
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        started, release = hold_store_calls(deals_store, "merge_companies")
        burst(app, "ctrl+u", *"softbank", "enter", "y", *after_y)
        await asyncio.wait_for(started.wait(), 10)
        await pilot.pause()
        box = app.screen.query_one("#merge-query", Input)
        assert isinstance(app.screen, MergeScreen) and box.value == "softbank", "held while it merges"
        release.set()
        await settle(pilot)
        merged = deals_store.find_company("SoftBank", exact=True).id == openai
        if then == "the box searches them":
            assert app.focused is box and box.value == "amaz" and box.selected_text == ""
            assert "Amazon" in shown_lines(app.screen.query_one("#merge-candidates", VirtualList))[0]
            assert status(app).startswith("Merged “SoftBank” into “OpenAI”") and merged
        elif then == "Enter asks about them":
            assert isinstance(app.screen, ConfirmScreen)
            assert app.screen.question.startswith("Merge “Amazon” into “OpenAI”?") and merged
        elif then == "ctrl+z undoes the merge":
            assert status(app).startswith("Merge undone: “SoftBank” is back") and not merged
            assert app.focused is box and box.selected_text == box.value == "softbank"
        else:
            assert not isinstance(app.screen, MergeScreen) and merged


async def test_a_cancelled_merge_search_does_not_leave_enter_waiting_for_ever(deals_store):
    """A search worker cancelled before its end posted nothing: the screen still thought it ran, so
    no later search started and every Enter waited for candidates that never came (the keys after it
    held each time). Now a cancelled search is answered too, and the text in the box searched again."""
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        started, release = hold_store_calls(deals_store, "search")
        await open_merge_held(pilot, deals_store)
        await started.wait()
        app.screen.workers.cancel_group(app.screen, "merge-search")
        release.set()
        await settle(pilot)
        burst(app, "ctrl+u", *"softbank", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen), (app.screen, app._held)
        assert app.screen.question.startswith("Merge “SoftBank” into “OpenAI”?")


async def test_after_a_failed_merge_search_enter_answers_at_once(deals_store, monkeypatch):
    """The search for the text typed failed (the error dialog said so): Enter then waited for its
    candidates, which never came, holding every key typed after it. Now it answers from what is shown."""
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        search = deals_store.search

        def broken(query, *args, **kwargs):
            if query == "softbank":
                raise RuntimeError("disk I/O error")
            return search(query, *args, **kwargs)

        monkeypatch.setattr(deals_store, "search", broken)
        burst(app, "ctrl+u", *"softbank")
        await settle(pilot)
        await pilot.press("escape")  # the error dialog
        await settle(pilot)
        assert isinstance(app.screen, MergeScreen)
        burst(app, "enter", *"x")
        await settle(pilot)
        assert app._held is None and app._waiting is None, "no key held for candidates that never come"
        assert isinstance(app.screen, ConfirmScreen) or any(
            note.message.startswith("Nothing to merge") for note in app._notifications
        )


MERGE_ORDERS = list(itertools.permutations(["kept company read", "candidates in", "enter"]))


@pytest.mark.parametrize("order", MERGE_ORDERS, ids=[" then ".join(order) for order in MERGE_ORDERS])
async def test_a_name_then_enter_asks_about_it_whatever_the_store_answers_first(deals_store, order):
    """A tester's Enter on the merge screen of a busy machine seemed to do nothing: whatever order the
    kept company, the candidates and the Enter come in, the name typed ends in the question about it."""
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        _, kept = hold_store_calls(deals_store, "get_company")
        _, candidates = hold_store_calls(deals_store, "search")
        await open_merge_held(pilot, deals_store)
        burst(app, *"softbank")
        for _ in range(5):
            await pilot.pause()
        for step in order:
            {"kept company read": kept.set, "candidates in": candidates.set}.get(
                step, lambda: burst(app, "enter")
            )()
            for _ in range(5):
                await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen), (app.screen, app._held, app._waiting)
        assert app.screen.question.startswith("Merge “SoftBank” into “OpenAI”?")
        assert app._held is None


async def test_merge_arrows_after_letters_in_a_burst_move_in_the_candidates_for_those_letters(deals_store):
    """ "⌃u on↓⏎" asked about the first candidate: ↓ moved in the candidates of the text before, then
    the letters' candidates came and put the highlight back on the first row."""
    kept = deals_store.find_company("OpenAI").id
    candidates = [hit for hit in deals_store.search("on") if hit.company_id != kept]
    assert len(candidates) >= 2
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_merge(pilot, deals_store)
        started, release = hold_store_calls(deals_store, "search")
        burst(app, "ctrl+u", *"on", "down", "enter")
        await asyncio.wait_for(started.wait(), 10)
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith(f"Merge “{candidates[1].name}” into “OpenAI”?")

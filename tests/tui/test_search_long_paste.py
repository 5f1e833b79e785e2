"""A long paste in the search box (qa45 #8): 10,000 characters typed as keys by a terminal without
bracketed paste ran 10,000 changes of the text, ten seconds before the keys typed after them were
read. The box holds MAX_QUERY_LENGTH characters; the keys past it are dropped at once, said once."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from ai_deals.store.names import MAX_QUERY_LENGTH
from ai_deals.tui.app import DealsApp

from tui_helpers import burst, settle

LONG_QUERY = ("nvidia softbank capital ventures " * 400)[:10_000]


async def test_a_long_paste_typed_as_keys_changes_the_query_only_up_to_the_limit(deals_store):
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#query", Input)
        changes: list[int] = []
        app.screen.watch(box, "value", lambda value: changes.append(len(value)), init=False)
        notes: list[str] = []
        app.notify = lambda message, **_: notes.append(message)
        burst(app, *("space" if char == " " else char for char in LONG_QUERY[:1_000]))
        await settle(pilot)
        assert box.value == LONG_QUERY[:MAX_QUERY_LENGTH]
        assert len(changes) == MAX_QUERY_LENGTH, "no change (nor search) for a key past the limit"
        assert len(notes) == 1 and str(MAX_QUERY_LENGTH) in notes[0]


async def test_a_long_bracketed_paste_is_cut_to_the_limit_and_searched(deals_store):
    app = DealsApp(deals_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#query", Input)
        box.post_message(events.Paste("nvidia" + " x" * 5_000))
        await settle(pilot)
        assert box.value == ("nvidia" + " x" * 5_000)[:MAX_QUERY_LENGTH]
        assert app.screen.query_one("#query", Input).has_focus


def test_the_store_reads_a_query_up_to_the_limit(deals_store):
    assert deals_store.search("nvidia" + " " * 400 + "zzzz") == deals_store.search("nvidia")

"""Small helpers for Pilot tests: wait for workers, read what a list shows."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let workers finish and their messages be handled (a result may start another worker)."""
    for _ in range(rounds):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerFailed:
            pass  # the app reports failed workers itself (error modal); tests assert on that
        except WorkerCancelled:
            pass  # a newer keystroke cancelled a search: its successor is awaited on the next round
        await pilot.pause()


async def press_settled(pilot: Pilot, *keys: str) -> None:
    """Settle, then press each key and let the work it starts finish before the next."""
    await settle(pilot)
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def shown_lines(virtual_list: VirtualList) -> list[str]:
    """The text of every line the list draws on screen right now, left of its scroll bar (the list
    draws the bar in its lines' last cell: a thumb's end is a character, "▃")."""
    width = virtual_list.scrollable_content_region.width
    return [virtual_list.render_line(y).crop(0, width).text.rstrip() for y in range(virtual_list.size.height)]


async def type_text(pilot: Pilot, text: str) -> None:
    """Type `text` key by key (spaces included), as a person would."""
    await pilot.press(*["space" if char == " " else char for char in text])


def burst(app, *keys: str) -> None:
    """Hand the app `keys` all at once, as a terminal hands over keys typed fast, pasted or sent by
    tmux (`Pilot.press` waits for each key to be handled before sending the next, which hides what a
    burst does). A key is a name ("tab", "enter", "shift+tab", "backspace", "left") or a character."""
    from textual import events
    from textual.keys import _character_to_key

    names = {"tab": "\t", "enter": "\r", "space": " ", "escape": "\x1b", "backspace": "\x7f"}
    for key in keys:
        if key in names or "+" in key or len(key) > 1:  # "left", "home"…: no character, as a terminal's
            app.post_message(events.Key(key, names.get(key)))
        else:
            app.post_message(events.Key(key if key.isalnum() else _character_to_key(key), key))


def hold_store_calls(store, method: str) -> tuple[asyncio.Event, threading.Event]:
    """Make every call of `store.<method>` wait until the `release` returned is set; the `started`
    returned is set as a call begins (in its worker thread), so a test can look at the app meanwhile."""
    loop = asyncio.get_running_loop()
    started, release = asyncio.Event(), threading.Event()
    call = getattr(store, method)

    def held(*args, **kwargs):
        loop.call_soon_threadsafe(started.set)
        release.wait(30)
        return call(*args, **kwargs)

    setattr(store, method, held)
    return started, release


def hold_whole_reads(store) -> tuple[asyncio.Event, threading.Event]:
    """Make the whole page's read (`store.company`) wait until the `release` returned is set; the
    `started` returned is set as a read begins, so a test can look at the first rows meanwhile."""
    return hold_store_calls(store, "company")


def shown(app, selector: str) -> str:
    """The plain text a widget of the current screen draws (a `Static`, the status bar…)."""
    return app.screen.query_one(selector).render().plain


def import_one_by_one(db: Path, folder: Path, files) -> Path:
    """`db` (no seed) after importing `files` ((name, text) pairs), each written in `folder`, in that order."""
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
        assert main(["--db", str(db), "--empty", "import", str(folder / name)]) == 0
    return db


@contextmanager
def rounds_store(folder: Path, rows: str) -> Iterator[Store]:
    """A store over a new database (no seed) holding the deal file `rows`, imported as `ai-deals
    import` does (rounds.csv into rounds.db, in `folder`)."""
    path = folder / "rounds.csv"
    path.write_text(rows, encoding="utf-8")
    assert main(["--db", str(folder / "rounds.db"), "--empty", "import", str(path)]) == 0
    with Store.open(folder / "rounds.db") as store:
        yield store


async def open_whole_timeline(pilot: Pilot) -> TimelineScreen:
    """The whole timeline (ctrl+t), once the app and then the timeline settled."""
    await settle(pilot)
    await pilot.press("ctrl+t")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen)
    return screen


def record_styles_asked(widget, monkeypatch) -> tuple[list[str], object]:
    """The component class names `widget` asks the styles for from now on (a list that grows), and its own
    `get_component_rich_style`, which still works them out: to tell a style kept from one walked again."""
    asked: list[str] = []
    component_style = widget.get_component_rich_style
    monkeypatch.setattr(
        widget,
        "get_component_rich_style",
        lambda *names, partial=False: asked.extend(names) or component_style(*names, partial=partial),
    )
    return asked, component_style

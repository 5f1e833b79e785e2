"""qh28 in the explorer: the source view of a round read from more rows than a page shows (2,001
one-investor rows) reaches every row, ↓ on the last one shown (or End) reading the next page; its
counter counts rows as rows and its status says how many are shown of how many."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from ai_deals.store import Store, queries
from ai_deals.store.models import RecordRef
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.widgets.status_bar import StatusBar

from tui_helpers import press_settled, rounds_store, settle

PAGE = 5
ROWS = 12  # two pages and a bit: the last row, the one with markup, on the third
CROWD = "company,investor,round_type,amount,currency,date\n" + "".join(
    f"Crowd AI,{'[red]Angel X[/]' if n == ROWS - 1 else f'Angel {n}'},Seed,5000000,USD,2025-03-03\n"
    for n in range(ROWS)
)


@pytest.fixture
def crowd(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(queries, "FOCUS_ROWS_PAGE", PAGE)
    with rounds_store(tmp_path, CROWD) as store:
        yield store


def label(screen: SourceScreen) -> str:
    return screen.query_one("#fact-label", Static).content.plain


def status(app: DealsApp) -> str:
    return app.screen.query_one(StatusBar).render().plain


async def open_crowd_rows(pilot, store: Store) -> SourceScreen:
    [source] = store.sources()
    pilot.app.push_screen(SourceScreen(source.id, RecordRef(record_type="round", record_id=1)))
    await settle(pilot)
    assert isinstance(pilot.app.screen, SourceScreen)
    return pilot.app.screen


async def test_end_in_a_deal_files_rows_reaches_every_row_a_page_at_a_time(crowd):
    app = DealsApp(crowd)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await open_crowd_rows(pilot, crowd)
        assert label(screen).startswith(f"Row 1/{ROWS}: round")
        assert f"showing {PAGE} of the {ROWS} rows, from line 2" in status(app)
        assert "↓/End: the next rows" in status(app)
        await press_settled(pilot, "end")
        assert label(screen).startswith(f"Row {2 * PAGE}/{ROWS}")
        await press_settled(pilot, "end")
        assert label(screen).startswith(f"Row {ROWS}/{ROWS}") and label(screen).endswith(
            f"rounds.csv:{ROWS + 1}"
        )
        span = screen.source.spans[screen.current]
        assert screen.source.text[span.start : span.end].startswith("Crowd AI,[red]Angel X[/],")
        assert f"showing the {ROWS} rows, from line 2 behind the record you came from" in status(app)
        assert "next rows" not in status(app)


async def test_down_on_the_last_row_shown_reads_the_next_page_and_moves_on(crowd):
    app = DealsApp(crowd)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await open_crowd_rows(pilot, crowd)
        await press_settled(pilot, *["down"] * PAGE)
        assert label(screen).startswith(f"Row {PAGE + 1}/{ROWS}") and label(screen).endswith(
            f"rounds.csv:{PAGE + 2}"
        )
        assert len(screen.source.spans) == 2 * PAGE
        span = screen.source.spans[screen.current]
        assert (
            screen.source.text[span.start : span.end] == f"Crowd AI,Angel {PAGE},Seed,5000000,USD,2025-03-03"
        )
        await press_settled(pilot, "home")
        assert label(screen).startswith(f"Row 1/{ROWS}")

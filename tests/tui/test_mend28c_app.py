"""mend28c in the explorer: a failed read of a deal file's next rows (the source removed from another
shell while its view is open) is said on one line and forgotten: ↓/End read again, never "loading" for ever."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_qhfixB28_app import CROWD, PAGE, ROWS, label, open_crowd_rows, status

from ai_deals.store import StoreError, queries
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.source import SourceScreen

from tui_helpers import press_settled, rounds_store


@pytest.fixture
def crowd(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(queries, "FOCUS_ROWS_PAGE", PAGE)
    with rounds_store(tmp_path, CROWD) as store:
        yield store


async def test_a_failed_page_read_of_the_rows_is_said_and_a_later_end_reads_again(crowd, monkeypatch):
    app = DealsApp(crowd)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await open_crowd_rows(pilot, crowd)
        read_source = crowd.source

        def removed(*args, **kwargs):
            raise StoreError("source 1 no longer exists")

        monkeypatch.setattr(crowd, "source", removed)
        await press_settled(pilot, "end")
        if not isinstance(app.screen, SourceScreen):  # the error modal, closed
            await press_settled(pilot, "escape")
        assert app.screen is screen
        assert screen._move_when_rows_read is None
        said = status(app)
        assert f"Could not read the rows after row {PAGE}: source 1 no longer exists" in said
        assert "Reading the rows" not in said and "\n" not in said
        # The store answers again: End reads the next page, it is not taken for a read under way.
        monkeypatch.setattr(crowd, "source", read_source)
        await press_settled(pilot, "end")
        assert label(screen).startswith(f"Row {2 * PAGE}/{ROWS}")

"""`[` and `]` show the year jumped to from its top: `]` left the next year's first event on the
bottom line, under a screenful of the year the user was leaving."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown_lines

# Acme's 40 events a year over five years (more than a screen each, at 120x40 too), dated at every
# precision; the whole timeline read a window at a time (50 events) has them and Other's.
ROWS = "kind,company,investors,amount,currency,date\n" + "".join(
    f"investment,Acme,Fund{n},{(n + 1) * 1e5},USD,{2015 + year}{('', '-03', '-06-01')[n % 3]}\n"
    f"investment,Other,Angel{n},{(n + 1) * 1e5},EUR,{2015 + year}-0{1 + n % 9}-02\n"
    for year in range(5)
    for n in range(40)
)


@pytest.fixture
def store(tmp_path: Path):
    path = tmp_path / "years.csv"
    path.write_text(ROWS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "years.db"), "--empty", "import", str(path)]) == 0
    with Store.open(tmp_path / "years.db") as store:
        yield store


async def open_timeline(pilot, store: Store, whole: bool) -> TimelineScreen:
    await settle(pilot)
    if whole:
        await pilot.press("ctrl+t")
    else:
        pilot.app.open_company(store.find_company("Acme").id, "Acme")
        await settle(pilot)
        await pilot.press("t")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TimelineScreen)
    return pilot.app.screen


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("whole", [False, True], ids=["one company", "whole"])
async def test_a_year_jumped_to_shows_its_first_event_highlighted_on_the_top_line(store, size, whole):
    app = DealsApp(store)
    async with app.run_test(size=size) as pilot:
        screen = await open_timeline(pilot, store, whole)
        events = screen.query_one("#events", VirtualList)
        starts = screen._year_starts
        assert len(starts) == 5 and all(b - a > events.size.height for a, b in pairwise(starts))

        async def shown_on_top(start: int) -> None:
            await settle(pilot)
            assert events.cursor == start
            # The last year's start may be too near the end to scroll to the top line: as high as it goes.
            assert int(events.scroll_offset.y) == min(start, events.max_scroll_y)
            assert (
                shown_lines(events)[start - int(events.scroll_offset.y)]
                .strip(" ●")
                .startswith(screen.current.date[:4])
            )

        for start in starts[1:]:
            await pilot.press("right_square_bracket")
            await shown_on_top(start)
        await pilot.press("end")
        for start in reversed(starts[:-1]):
            await pilot.press("left_square_bracket")
            await shown_on_top(start)

"""A key on the timeline is drawn in one paint: the sentence under the list changes with the cursor's
move (the list's `on_move`), not from the `Highlighted` message a moment later, which took a second
paint of its own (bench/timeline.py); the company column is cut as `Text.truncate` cuts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Static

from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.timeline import COMPANY_WIDTH, company_cell
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import open_whole_timeline, rounds_store, settle

ROWS = "kind,company,investors,amount,currency,date,round_type\n" + "".join(
    f"round,Co{n},Fund{n % 4},{(n + 1) * 1e6},USD,{2015 + n // 10}-0{1 + n % 9}-01,Seed\n" for n in range(40)
)


@pytest.fixture
def store(tmp_path: Path):
    with rounds_store(tmp_path, ROWS) as store:
        yield store


async def test_the_sentence_changes_with_the_cursors_move_not_a_message_later(store):
    app = DealsApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await open_whole_timeline(pilot)
        events, panel = screen.query_one("#events", VirtualList), screen.query_one("#sentence", Static)
        for target in (events.cursor + 1, screen._year_starts[2]):
            events.move_to(target)  # no await: the Highlighted message is not handled yet
            assert panel.content.plain == events.highlighted.sentence
            await settle(pilot)
            assert panel.content.plain == events.highlighted.sentence


class Host(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.moves: list[int | None] = []
        self.highlighted: list[int | None] = []

    def compose(self) -> ComposeResult:
        yield VirtualList(lambda row, styles: Text(row), on_move=self.moves.append, id="rows")

    def on_mount(self) -> None:
        self.query_one(VirtualList).set_rows([f"row {n}" for n in range(30)])

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        self.highlighted.append(message.index)


async def test_the_list_calls_on_move_as_the_cursor_moves_before_announcing_it():
    app = Host()
    async with app.run_test(size=(40, 10)) as pilot:
        await settle(pilot)
        rows = app.query_one(VirtualList)
        app.moves.clear(), app.highlighted.clear()
        rows.move_to(7)
        assert app.moves == [7] and app.highlighted == []
        await settle(pilot)
        assert app.highlighted == [7]


@pytest.mark.parametrize(
    "name",
    [
        "A",
        "Co1",
        "exactly eighteen!!",
        "seventeen chars..",
        "nineteen characters",
        "Zorgaxis Systems Holding",
        "Société Générale Ventures",
        "€uro Capital Partners Fund",
        "株式会社ソフトバンクグループ",
        "e\u0301cole des Ventures de Paris",
    ],
)
def test_the_company_column_is_cut_and_padded_as_text_truncate_does(name):
    rich = Text(name)
    rich.truncate(COMPANY_WIDTH, overflow="ellipsis", pad=True)
    assert company_cell(name) == rich.plain

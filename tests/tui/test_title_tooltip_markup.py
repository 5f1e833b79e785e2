"""Session 22 (mendE22): a cut-short name's tooltip shows the name as written, never as markup.

Textual's Tooltip reads a plain string as markup: "Acme [Beta]…" showed as "Acme ", and "Acme [/] Labs"
raised MarkupError when hovered. The tooltip is a `Text` of the name."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets._tooltip import Tooltip

from ai_deals.tui.widgets.title_line import TitleLine

LONG = " with a name far too long for the line it is shown on"


class _OneLine(App):
    def compose(self) -> ComposeResult:
        yield TitleLine("", id="title")
        yield Tooltip(id="tip")


@pytest.mark.parametrize("name", ["Acme [Beta]" + LONG, "Acme [/] Labs" + LONG, "Acme [bold red]Labs" + LONG])
async def test_a_cut_short_names_tooltip_shows_the_name_not_markup(name: str):
    app = _OneLine()
    async with app.run_test(size=(40, 6)) as pilot:
        line = app.query_one("#title", TitleLine)
        line.show(name, "4 rounds · 1 source")
        await pilot.pause()
        tip = app.query_one("#tip", Tooltip)
        tip.update(line.tooltip)  # what the screen does when the line is hovered
        await pilot.pause()
        assert str(tip.render()) == name

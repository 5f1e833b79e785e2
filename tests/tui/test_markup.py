"""Data is never markup and never reaches the terminal as control sequences."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from textual.content import Content
from textual.widgets import Static

from ai_deals.tui.commands import CompanyCommands, hit_display
from ai_deals.tui.safe_text import clean, clean_line, safe_line, safe_text
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.widgets.breadcrumbs import Breadcrumbs
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_data import ESC_NAME
from tui_helpers import settle, shown_lines, type_text

FORBIDDEN = {
    chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}


async def test_markup_like_names_show_literally_everywhere(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = "\n".join(shown_lines(app.screen.query_one("#results", VirtualList)))
        assert "[red]X[/]" in lines and "[@click=app.quit]Y[/]" in lines
        await type_text(pilot, "[red]")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.query_one("#company-title", Static).content.plain.startswith("[red]X[/]")
        assert app.screen.query_one(Breadcrumbs).render().plain == "Search › [red]X[/]"
        page = "\n".join(shown_lines(app.screen.query_one("#page", VirtualList)))
        assert "[@click=app.quit]Y[/]" in page


async def test_clicking_a_click_action_name_does_nothing(app, deals_store):
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("[red]X[/]").id, "[red]X[/]")
        await settle(pilot)
        page = app.screen.query_one("#page", VirtualList)
        row = next(i for i, r in enumerate(page.rows) if r.target_name == "[@click=app.quit]Y[/]")
        await pilot.click(page, offset=(20, row))
        await settle(pilot)
        assert app.is_running and app.return_code is None
        assert page.cursor == row


async def test_escape_sequences_in_names_become_visible_placeholders(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_text(pilot, "evil")
        await settle(pilot)
        line = shown_lines(app.screen.query_one("#results", VirtualList))[0]
        assert "Evil␛]52;c;aGVsbG8=␇Corp\ufffd" in line
        assert not FORBIDDEN & set(line)


def test_palette_entries_are_literal(deals_store):
    hit = deals_store.search("[red]", 1)[0]
    display = hit_display(hit)
    assert display.plain == "company: Open [red]X[/]"
    assert Content.from_rich_text(display).plain == "company: Open [red]X[/]"
    assert CompanyCommands  # the provider feeds these from the same search


def test_safe_text_keeps_markup_and_emoji_codes_literal():
    for value in ("[bold]x[/]", "[link=https://evil]y[/link]", ":smile:", "[@click=app.quit]Y[/]"):
        assert safe_text(value).plain == value
        assert safe_line(value).plain == value


def test_control_characters_are_replaced_by_pictures():
    assert clean("a\x1b[2Jb") == "a␛[2Jb"
    assert clean("\x9b31m") == "\ufffd31m"
    assert clean("abc\u202edef") == "abc\ufffddef"
    assert clean("line\nnext\ttab") == "line\nnext\ttab"
    assert clean_line("line\nnext\ttab\u2028") == "line next tab "
    assert clean(ESC_NAME) == "Evil␛]52;c;aGVsbG8=␇Corp\ufffd"


@given(st.text())
def test_sanitised_text_never_holds_a_control_character_and_keeps_its_length(value):
    shown = clean_line(value)
    assert not FORBIDDEN & set(shown)
    assert len(shown) == len(value)
    assert all(unicodedata.category(c) != "Cc" for c in shown)

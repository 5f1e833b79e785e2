"""Help lists the focused screen's keys; the command palette opens companies; every binding is documented."""

from __future__ import annotations

import inspect

import pytest
from textual.binding import Binding

from ai_deals.tui import app as app_module
from ai_deals.tui.screens import base, company, confirm, error, export, help, search, source, timeline
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.help import HelpScreen
from ai_deals.tui.widgets import virtual_list

from tui_helpers import settle, type_text


def help_keys(app) -> str:
    assert isinstance(app.screen, HelpScreen)
    return "\n".join(f"{keys} {what}" for keys, what, _tooltip in app.screen.rows)


async def test_question_mark_lists_the_timelines_own_keys(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        await pilot.press("question_mark")
        keys = help_keys(app)
        for expected in ("[ Year←", "] Year→", "f Filter", "space Select", "e Export", "q Quit"):
            assert expected in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_f1_opens_help_from_the_search_box(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "op")
        await pilot.press("f1")
        keys = help_keys(app)
        assert "^t Timeline" in keys and "esc Clear" in keys and "^p Palette" in keys


async def test_command_palette_opens_a_company_by_fuzzy_name(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "mistrl")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.name == "Mistral AI"


@pytest.mark.parametrize("typed", ["company: open mistrl", "company mistrl", "Company: Mistrl"])
async def test_command_palette_understands_its_own_entry_words_before_a_name(app, typed):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, typed)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert app.screen.page.company.name == "Mistral AI"


def test_the_entry_words_alone_list_the_best_known_companies():
    from ai_deals.tui.commands import name_part

    assert [name_part(q) for q in ("company", "company:", "Company: Open", " company open ")] == [""] * 4
    assert name_part("companyx") == "companyx"
    assert name_part("open ai") == "open ai"


def test_every_binding_has_an_id_a_tooltip_and_a_one_word_description():
    owners = [app_module.DealsApp, virtual_list.VirtualList]
    for module in (base, company, confirm, error, export, help, search, source, timeline):
        owners += [
            obj for _, obj in inspect.getmembers(module, inspect.isclass) if obj.__module__ == module.__name__
        ]
    bindings = [b for owner in owners for b in owner.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]
    assert len(bindings) > 25
    for binding in bindings:
        assert binding.id and binding.tooltip, binding
        assert len(binding.description.split()) == 1, binding


def footer_line(app) -> str:
    """The bottom line as drawn, keys scrolled under the palette key included (what a terminal shows)."""
    return "".join(segment.text for segment in app.screen._compositor.render_strips()[-1])


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        # `s` is named by the page's status line ("· s source"): its room went to ctrl+a.
        (("enter",), ("⏎ Open", "esc Back", "m Map", "r Review", "^a All", "t Timeline", "e Export")),
        (("enter", "r"), ("y Confirm", "n Reject", "⏎ Edit", "u Undo", "e Export")),
        (("enter", "t"), ("⏎ Open", "esc Back [ ] Year f Filter", "s Source", "^a All", "e Export")),
        (("enter", "s"), ("↓ Next", "↑ Previous", "r Review", "e Export")),
    ],
)
async def test_the_footer_shows_the_main_keys_and_help_at_80_columns_without_stray_characters(
    app, keys, expected
):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "openai")
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        line = footer_line(app)
        assert line.endswith("▏^p Palette"), line
        assert "? Help" in line.removesuffix("▏^p Palette"), line
        for key in expected:
            assert key in line, line

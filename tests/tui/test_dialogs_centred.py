"""Every dialog is drawn centred over the dimmed screen it was opened from, at any terminal size."""

from __future__ import annotations

import pytest
from textual.screen import ModalScreen
from textual.widgets import Footer

from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.screens.fact_edit import FactEditScreen

from tui_helpers import settle


def assert_centred_over_the_page(app, size: tuple[int, int]) -> None:
    """The dialog's box sits in the middle of the terminal, and the screen behind it is still drawn."""
    dialog = app.screen
    box = dialog.query_one(".dialog").region
    width, height = size
    height -= sum(footer.region.height for footer in dialog.query(Footer))  # centred above its own footer
    assert box.x > 0 and box.y > 0, f"the dialog sits at {box.x},{box.y}, not centred"
    assert abs((box.x + box.right) - width) <= 1, f"not centred across: {box} in {width} columns"
    assert abs((box.y + box.bottom) - height) <= 1, f"not centred down: {box} in {height} rows"
    assert dialog.styles.background.a < 1, "the screen behind is hidden, not dimmed"
    assert len(app.screen_stack) >= 2 and not isinstance(app.screen_stack[-2], ModalScreen)


async def open_openai_export(pilot, app, deals_store) -> None:
    """Open OpenAI's page and its export dialog (`e`)."""
    app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(app.screen, ExportScreen)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_export_dialog_is_centred_over_the_dimmed_page(app, deals_store, size):
    async with app.run_test(size=size) as pilot:
        await open_openai_export(pilot, app, deals_store)
        assert_centred_over_the_page(app, size)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_edit_form_is_centred_over_the_dimmed_review_screen(app, deals_store, size):
    async with app.run_test(size=size) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FactEditScreen)
        assert_centred_over_the_page(app, size)


def test_a_screen_with_fields_keeps_the_styles_of_its_own_kind_of_screen():
    """Textual takes a class's CSS types from its first base only: `FieldsScreen` (for Tab) comes second,
    or a dialog loses ModalScreen's centring and dimming."""
    from ai_deals.tui.screens.base import DealsScreen
    from ai_deals.tui.screens.merge import MergeScreen

    assert "ModalScreen" in ExportScreen._css_type_names
    assert "ModalScreen" in FactEditScreen._css_type_names
    assert DealsScreen.__name__ in MergeScreen._css_type_names


@pytest.mark.parametrize("size", [(60, 18), (80, 24)])
async def test_the_export_dialogs_buttons_are_in_view_on_a_small_terminal(app, deals_store, size):
    """At 60x18 the Export and Cancel buttons were cut off below the screen."""
    async with app.run_test(size=size) as pilot:
        await open_openai_export(pilot, app, deals_store)
        dialog = app.screen.query_one("#export-dialog").region
        inside = dialog.shrink((1, 1, 1, 1))  # within its border
        for selector in ("#export-format", "#export-hint", "#export-path", "#export-go", "#export-cancel"):
            region = app.screen.query_one(selector).region
            assert region.height and inside.contains_region(region), (
                f"{selector} at {region}, not in {inside}"
            )
        assert dialog.bottom <= size[1]
        await pilot.click("#export-cancel")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)

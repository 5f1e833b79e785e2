"""Hostile names and texts on every screen: markup shows literally, control sequences never reach the terminal.

Each check reads the whole screen as the terminal would draw it (the compositor's strips), so no
widget is left out: lists, titles, breadcrumbs, trees, charts, dialogs, the palette, the footer.
"""

from __future__ import annotations

import pytest

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store, StoreError
from ai_deals.tui.app import DealsApp

from tui_helpers import settle, type_text

HOSTILE_NAMES = [
    "[bold]Bold[/]",
    "[link=https://evil.example]Link[/link]",
    "[@click=app.quit]Quit[/]",
    ":warning: Emoji Corp",
    "Esc\x1b[31mRed Corp",
    "Osc\x1b]0;pwned\x07Title Corp",
    "Clip\x1b]52;c;aGVsbG8=\x07Board Corp",
    "C1\x9bCorp",
    "Bidi\u202eCorp",
]
# What each name must look like on screen: markup literal, controls as visible placeholders.
SHOWN = [
    "[bold]Bold[/]",
    "[link=https://evil.example]Link[/link]",
    "[@click=app.quit]Quit[/]",
    ":warning: Emoji Corp",
    "Esc␛[31mRed Corp",
    "Osc␛]0;pwned␇Title Corp",
    "Clip␛]52;c;aGVsbG8=␇Board Corp",
    "C1\ufffdCorp",
    "Bidi\ufffdCorp",
]
FORBIDDEN = {
    chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}


def hostile_source() -> ParsedSource:
    sentences = [f"{name} investit 1 million de dollars dans Target [i]Co[/i]." for name in HOSTILE_NAMES]
    text = " ".join(sentences)
    facts, start = [], 0
    for name, sentence in zip(HOSTILE_NAMES, sentences, strict=True):
        facts.append(
            Fact(
                kind="investment",
                company="Target [i]Co[/i]",
                investor=name,
                amount=1e6,
                currency="USD",
                date="2024",
                date_precision="year",
                sentence=sentence,
                start=start,
                end=start + len(sentence),
            )
        )
        start += len(sentence) + 1
    return ParsedSource(
        title="[bold]Wire[/] \x1b]0;title\x07", text=text, published="2024-05-01", facts=facts
    )


@pytest.fixture
def hostile_app(tmp_path):
    store = Store.open(tmp_path / "hostile.db")
    store.import_source(hostile_source())
    yield DealsApp(store), store
    store.close()


def screen_text(app) -> str:
    """Every character the terminal would be sent for the current screen."""
    strips = app.screen._compositor.render_strips()  # the composed frame, all widgets and layers
    return "\n".join(strip.text for strip in strips)


def assert_clean(app) -> str:
    text = screen_text(app)
    drawn = set(text.replace("\n", ""))  # the newlines are ours, between screen rows
    assert not (drawn & FORBIDDEN), sorted(drawn & FORBIDDEN)
    assert app.is_running
    return text


async def test_search_results_show_hostile_names_literally(hostile_app):
    app, _ = hostile_app
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        text = assert_clean(app)
        for shown in SHOWN:
            assert shown in text


async def test_company_page_timeline_source_map_and_review_stay_literal(hostile_app):
    app, store = hostile_app
    async with app.run_test(size=(160, 50)) as pilot:
        app.open_company(store.find_company("Target [i]Co[/i]").id, "Target [i]Co[/i]")
        await settle(pilot)
        text = assert_clean(app)
        assert "Target [i]Co[/i]" in text and "[@click=app.quit]Quit" in text  # the column may cut the rest
        for key in ("t", "escape", "s", "escape", "m", "escape", "r", "escape", "question_mark", "escape"):
            await pilot.press(key)
            await settle(pilot)
            assert_clean(app)
        await pilot.press("s")
        await settle(pilot)
        assert "[bold]Wire[/] ␛]0;title␇" in assert_clean(app)


async def test_an_investor_page_with_a_click_action_name_does_nothing_when_clicked(hostile_app):
    app, store = hostile_app
    async with app.run_test(size=(160, 40)) as pilot:
        app.open_company(store.find_company("[@click=app.quit]Quit[/]").id, "[@click=app.quit]Quit[/]")
        await settle(pilot)
        await pilot.click("#company-title")
        await settle(pilot)
        assert "[@click=app.quit]Quit[/]" in assert_clean(app)


async def test_error_messages_with_markup_and_escapes_are_literal(hostile_app, monkeypatch):
    app, store = hostile_app

    def explode(*_args, **_kwargs):
        raise StoreError("[red]boom[/] \x1b[2J cleared")

    monkeypatch.setattr(store, "company", explode)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_company(1, "whatever")
        await settle(pilot)
        assert "[red]boom[/] ␛[2J cleared" in assert_clean(app)


async def test_command_palette_entries_are_literal(hostile_app):
    app, _ = hostile_app
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "bold")
        await settle(pilot)
        assert "[bold]Bold[/]" in assert_clean(app)

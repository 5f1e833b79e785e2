"""A company's page (or its timeline) open, or still held by a search result or a back step, while
another shell removes the company: a corrected import of the only article naming it no longer names it
(`ai-deals import`), or `ai-deals merge` folds it into another. Every path says what happened in words,
never an id, an error box or a dead screen: Esc still goes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_import import import_article
from textual.widgets import Footer

from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.error import ErrorScreen
from ai_deals.tui.screens.relationship_map import RelationshipMapScreen
from ai_deals.tui.screens.search import SearchScreen
from ai_deals.tui.screens.timeline import TimelineScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle, shown, shown_lines, type_text

HEADER = "URL: https://example.com/zeta-raise\nTitle: Zeta AI raises $20 million\n\n"
FIRST = (
    HEADER + "Zeta AI raised $20 million in a Series A round led by Kestrel Analytics on February 3, 2026. "
    "Vantor Capital also took part.\n"
)
CORRECTED = (
    HEADER + "Zeta AI raised $20 million in a Series A round led by Vantor Capital on February 3, 2026.\n"
)
GONE = "Kestrel Analytics is no longer in the database: a corrected import of “Zeta AI raises $20 million” no longer names it"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "zeta.txt"
    path.write_text(FIRST, encoding="utf-8")
    return path


@pytest.fixture
def zeta_store(tmp_path: Path, story: Path):
    store = Store(tmp_path / "zeta.db")
    assert import_article(store, story) == "added"
    yield store
    store.close()


@pytest.fixture
def zeta_app(zeta_store: Store) -> DealsApp:
    return DealsApp(zeta_store)


def correct_from_another_shell(db: Path, story: Path) -> None:
    """`ai-deals import zeta.txt` of the corrected article (same URL), which no longer names Kestrel."""
    story.write_text(CORRECTED, encoding="utf-8")
    with Store.open(db) as shell:
        assert import_article(shell, story) == "replaced"


def merge_from_another_shell(db: Path) -> None:
    """`ai-deals merge "Vantor Capital" "Kestrel Analytics"`."""
    with Store.open(db) as shell:
        shell.merge_companies(
            shell.find_company("Vantor Capital").id, shell.find_company("Kestrel Analytics").id
        )


async def open_kestrel(app: DealsApp, pilot) -> None:
    app.open_company(app.store.find_company("Kestrel Analytics").id, "Kestrel Analytics")
    await settle(pilot)
    assert isinstance(app.screen, CompanyScreen) and app.screen.page is not None


def page_says_gone(app: DealsApp) -> None:
    screen = app.screen
    assert isinstance(screen, CompanyScreen), screen
    assert shown(app, "#company-title") == "Kestrel Analytics   no longer in the database"
    assert GONE in shown(app, "StatusBar") and "Esc goes back" in shown(app, "StatusBar")
    assert shown_lines(screen.query_one("#page", VirtualList))[0].startswith("Kestrel Analytics is no longer")
    assert not any("id" in note.message.split() for note in app._notifications)


async def test_an_open_page_whose_company_a_corrected_import_removed_says_so_and_esc_goes_back(
    zeta_app, zeta_store, story
):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await open_kestrel(zeta_app, pilot)
        correct_from_another_shell(zeta_store.path, story)
        zeta_app.screen.check_outside_writes()  # what coming back into view does
        await settle(pilot)
        page_says_gone(zeta_app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(zeta_app.screen, SearchScreen)


async def test_a_search_result_of_a_company_removed_since_opens_a_page_saying_what_happened(
    zeta_app, zeta_store, story
):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await type_text(pilot, "Kestrel")
        await settle(pilot)
        correct_from_another_shell(zeta_store.path, story)
        await pilot.press("enter")  # the hit listed before the re-import
        await settle(pilot)
        page_says_gone(zeta_app)
        assert not isinstance(zeta_app.screen, ErrorScreen)


async def test_the_timeline_of_a_removed_company_says_so_and_the_page_below_too(zeta_app, zeta_store, story):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await open_kestrel(zeta_app, pilot)
        correct_from_another_shell(zeta_store.path, story)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(zeta_app.screen, TimelineScreen)
        status = shown(zeta_app, "StatusBar")
        assert GONE in status and "f shows every company's events" in status
        assert shown(zeta_app, "#sentence") == ""
        await pilot.press("f")  # everyone's: the corrected round is there
        await settle(pilot)
        assert zeta_app.screen.events and "Zeta AI" in {event.company for event in zeta_app.screen.events}
        await pilot.press("escape")  # back to the page, read again: gone
        await settle(pilot)
        page_says_gone(zeta_app)


def footer_keys(app: DealsApp) -> set[str]:
    return {key.key_display for key in app.screen.query_one(Footer).query("FooterKey")}


async def test_a_removed_companys_page_offers_none_of_the_keys_it_would_refuse(zeta_app, zeta_store, story):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await open_kestrel(zeta_app, pilot)
        # `s` is in the help, not the footer (the page's status line names it): ^a took its room.
        assert {"m", "r", "^a", "e"} <= footer_keys(zeta_app)
        correct_from_another_shell(zeta_store.path, story)
        zeta_app.screen.check_outside_writes()
        await settle(pilot)
        page_says_gone(zeta_app)
        assert not {"s", "m", "r", "^a", "e"} & footer_keys(zeta_app)  # Esc, t (everyone's timeline), ? stay
        for key in ("s", "m", "r", "M", "S", "e", "ctrl+a"):  # off: nothing opens, nothing to refuse
            zeta_app.clear_notifications()
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(zeta_app.screen, CompanyScreen), key
            assert not zeta_app._notifications, key
        await pilot.press("question_mark")
        await settle(pilot)
        described = {what for _keys, what, _tooltip in zeta_app.screen.rows}
        assert described.isdisjoint({"Source", "Map", "Review", "Merge", "Split", "Charts", "Export", "All"})
        assert "Back" in described


async def test_a_removed_companys_page_offers_e_while_records_of_other_pages_are_selected(
    zeta_app, zeta_store, story
):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await open_kestrel(zeta_app, pilot)
        correct_from_another_shell(zeta_store.path, story)
        zeta_app.screen.check_outside_writes()
        await settle(pilot)
        assert "e" not in footer_keys(zeta_app)
        zeta_app.selected_count = 1  # as selecting a record on another page leaves it
        await settle(pilot)
        assert "e" in footer_keys(zeta_app)
        zeta_app.selected_count = 0
        await settle(pilot)
        assert "e" not in footer_keys(zeta_app)


async def test_a_page_merged_away_from_another_shell_says_into_what_and_shows_that_page(zeta_app, zeta_store):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await open_kestrel(zeta_app, pilot)
        merge_from_another_shell(zeta_store.path)
        zeta_app.screen.check_outside_writes()
        await settle(pilot)
        assert zeta_app.screen.page.company.name == "Vantor Capital"
        notes = [note.message for note in zeta_app._notifications]
        assert "Kestrel Analytics was merged into Vantor Capital: this is its page now." in notes


async def test_the_timeline_of_a_company_merged_away_follows_it_and_says_so(zeta_app, zeta_store):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await open_kestrel(zeta_app, pilot)
        merge_from_another_shell(zeta_store.path)
        await pilot.press("t")
        await settle(pilot)
        screen = zeta_app.screen
        assert isinstance(screen, TimelineScreen) and screen.crumb == "Timeline · Vantor Capital"
        assert screen.events, "Vantor Capital's events, Kestrel's round among them"
        notes = [note.message for note in zeta_app._notifications]
        assert "Kestrel Analytics was merged into Vantor Capital: this is its timeline now." in notes


async def test_the_map_of_a_company_removed_meanwhile_says_so_in_words(zeta_app, zeta_store, story):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await open_kestrel(zeta_app, pilot)
        kestrel = zeta_app.screen.company_id
        correct_from_another_shell(zeta_store.path, story)
        zeta_app.push_screen(RelationshipMapScreen(zeta_app.store, kestrel))
        await settle(pilot)
        assert isinstance(zeta_app.screen, ErrorScreen)
        assert shown(zeta_app, "#error-message") == GONE
        await pilot.press("escape")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(zeta_app.screen, CompanyScreen)


async def test_a_page_of_a_company_removed_then_imported_again_opens_it_and_says_so(
    zeta_app, zeta_store, story
):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await open_kestrel(zeta_app, pilot)
        kestrel = zeta_app.screen.company_id
        correct_from_another_shell(zeta_store.path, story)
        story.write_text(FIRST, encoding="utf-8")
        with Store.open(zeta_store.path) as shell:  # the first version again: Kestrel anew
            assert import_article(shell, story) == "replaced"
        zeta_app.screen.check_outside_writes()
        await settle(pilot)
        screen = zeta_app.screen
        assert screen.page.company.name == "Kestrel Analytics" and screen.company_id != kestrel
        notes = [note.message for note in zeta_app._notifications]
        assert any(note.endswith("and is in the database again: this is its page now.") for note in notes)


async def test_search_results_are_searched_again_once_another_shells_import_is_noticed(
    zeta_app, zeta_store, story
):
    async with zeta_app.run_test(size=(160, 30)) as pilot:
        await type_text(pilot, "Kestrel")
        await settle(pilot)
        results = zeta_app.screen.query_one("#results", VirtualList)
        assert "Kestrel Analytics" in [hit.name for hit in results.rows]
        zeta_app.check_outside_writes()  # the first look after launch: nothing written
        await settle(pilot)
        correct_from_another_shell(zeta_store.path, story)
        zeta_app.check_outside_writes()  # what the terminal's focus coming back does
        await settle(pilot)
        assert "Kestrel Analytics" not in [hit.name for hit in results.rows]

"""Splitting a company from the app (`S` on its page): the new company's name, the sources whose
records are its, the store's split (the CLI's), then `u` merges the two again."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.importers.models import ParsedSource
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.screens.error import ErrorScreen
from ai_deals.tui.screens.split import SplitScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_data import money
from tui_helpers import settle, shown_lines, type_text

LONDON = "Ledgerline, the London payments company, raised $35 million in a Series B in 2021."
NEW_YORK = "Ledgerline US, the New York compliance start-up, raised $12 million in a seed round in 2026."


def _story(title: str, text: str, amount: float, date: str, words: str, url: str) -> ParsedSource:
    fact = money("round", "Ledgerline", amount, date, words, text)
    return ParsedSource(title=title, text=text, url=url, published=f"{date}-06-01", facts=[fact])


@pytest.fixture
def two_ledgerlines(tmp_path: Path):
    """Two companies called Ledgerline, joined by their one name: London (2021) and New York (2026)."""
    store = Store(tmp_path / "ledgerline.db")
    store.import_source(_story("London", LONDON, 35e6, "2021", "$35 million", "https://ft.example/ll"))
    store.import_source(_story("New York", NEW_YORK, 12e6, "2026", "$12 million", "https://axios.example/ll"))
    yield store
    store.close()


def _rounds(store: Store, name: str) -> list[float]:
    company = store.find_company(name, exact=True)
    return sorted(r.amount for r in store.company(company.id).rounds)


def _status(app) -> str:
    return app.screen.query_one("StatusBar").render().plain.rstrip()


def _notes(app) -> list[str]:
    return [note.message for note in app._notifications]


async def _open_split(pilot, store: Store, name: str) -> SplitScreen:
    """Open Ledgerline's page, press S and type `name` as the new company's."""
    company = store.find_company("Ledgerline", exact=True)
    pilot.app.open_company(company.id, company.name)
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, SplitScreen)
    await type_text(pilot, name)
    await settle(pilot)
    return dialog


def _marked(dialog: SplitScreen) -> list[str]:
    return [line for line in shown_lines(dialog.query_one("#split-sources", VirtualList)) if "●" in line]


async def test_split_moves_the_sources_chosen_then_u_merges_them_back(two_ledgerlines):
    store = two_ledgerlines
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_split(pilot, store, "Ledgerline NY")
        assert _marked(dialog) == [], "no source names 'Ledgerline NY': none is marked for it"
        await pilot.press("down")  # to the sources: London first (oldest), then New York
        await pilot.press("down", "space")
        assert [line.split("●")[1].split()[1] for line in _marked(dialog)] == ["New"]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert _status(app) == "Split “Ledgerline NY” off “Ledgerline”: 1 record of 1 source moved · u undoes"
        assert _notes(app)[-1] == (
            "Split “Ledgerline NY” off “Ledgerline”: 1 record of 1 source moved. "
            'Undo: u here, or ai-deals merge Ledgerline "Ledgerline NY"'
        )
        assert _rounds(store, "Ledgerline NY") == [12e6] and _rounds(store, "Ledgerline") == [35e6]
        assert app.screen.page is not None and [r.amount for r in app.screen.page.rounds] == [35e6]

        await pilot.press("u")
        await settle(pilot)
        assert "Split undone: “Ledgerline NY” is merged back into “Ledgerline”." in _notes(app)
        assert _rounds(store, "Ledgerline") == [12e6, 35e6]
        assert sorted(r.amount for r in app.screen.page.rounds) == [12e6, 35e6], "the page read again"


async def test_split_dialog_marks_the_sources_naming_the_new_name(two_ledgerlines):
    """As `ai-deals split Ledgerline "Ledgerline US"` takes them: the story whose text names it."""
    app = DealsApp(two_ledgerlines)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_split(pilot, two_ledgerlines, "Ledgerline US")
        assert len(_marked(dialog)) == 1 and "New York" in _marked(dialog)[0]
        await pilot.press("enter")
        await settle(pilot)
        assert _rounds(two_ledgerlines, "Ledgerline US") == [12e6]
        assert two_ledgerlines.find_company("Ledgerline US", exact=True).name == "Ledgerline US"


async def test_escape_cancels_the_split(two_ledgerlines):
    app = DealsApp(two_ledgerlines)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_split(pilot, two_ledgerlines, "Ledgerline US")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        assert _rounds(two_ledgerlines, "Ledgerline") == [12e6, 35e6]
        assert two_ledgerlines.find_company("Ledgerline US", exact=True) is None, "no new company"
        assert not app.merge_history


async def test_a_refused_split_is_one_line_and_the_dialog_stays(two_ledgerlines):
    """Its own name (as the CLI refuses it): said in one line, no error dialog, nothing written."""
    app = DealsApp(two_ledgerlines)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_split(pilot, two_ledgerlines, "Ledgerline")
        assert len(_marked(dialog)) == 2, "both stories name Ledgerline"
        await pilot.press("down", "space", "enter")  # London unmarked: New York's records
        await settle(pilot)
        assert app.screen is dialog and not isinstance(app.screen, ErrorScreen)
        assert _notes(app)[-1] == (
            "Not split: 'Ledgerline' is Ledgerline's own name: give the name of the company to split off"
        )
        assert _rounds(two_ledgerlines, "Ledgerline") == [12e6, 35e6]

        # Nothing marked: said before the store is asked.
        dialog.query_one("#split-name").value = "Ledgerline NY"
        await settle(pilot)
        await pilot.press("down", "space", "enter")  # New York unmarked too
        await settle(pilot)
        assert app.screen is dialog
        assert (
            _notes(app)[-1] == "Nothing to move: mark the sources whose records are Ledgerline NY's (space)."
        )


async def test_split_on_a_read_only_database_is_refused_at_once(two_ledgerlines, tmp_path):
    path = two_ledgerlines.path
    with Store(path, readonly=True) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            company = store.find_company("Ledgerline", exact=True)
            app.open_company(company.id, company.name)
            await settle(pilot)
            await pilot.press("S")
            await settle(pilot)
            assert isinstance(app.screen, CompanyScreen)
            assert _notes(app)[-1].startswith("Not taken: read-only database")


async def test_the_company_pages_help_lists_S_split(two_ledgerlines):
    from ai_deals.tui.screens.help import HelpScreen

    app = DealsApp(two_ledgerlines)
    async with app.run_test(size=(80, 24)) as pilot:
        company = two_ledgerlines.find_company("Ledgerline", exact=True)
        app.open_company(company.id, company.name)
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert ("S", "Split") in [(keys, what) for keys, what, _tooltip in app.screen.rows]
        assert "S splits off" in app.screen.intro


BERLIN_URL = "https://gruenderszene.example/ledgerline-berlin"
DEAL_FILE = (
    "company,investors,round_type,raised_amount,currency,date,source_url,source_title,publisher\n"
    f"Ledgerline,HV Capital,Seed,3000000,EUR,2025-03-01,{BERLIN_URL},Ledgerline Berlin sammelt 3 Mio,"
    "Gruenderszene\n"
)


async def test_split_marks_and_moves_a_deal_file_rows_cited_source(capsys, tmp_path):
    """A deal file row citing an article is listed under that article (Sources): marked when its line
    names the new company, as the CLI takes it by default, and moved by its URL."""
    db, deals = tmp_path / "d.db", tmp_path / "deals.csv"
    deals.write_text(DEAL_FILE, encoding="utf-8")
    with Store(db) as store:
        store.import_source(_story("London", LONDON, 35e6, "2021", "$35 million", "https://ft.example/ll"))
    assert run(capsys, "--db", str(db), "import", str(deals))[0] == 0
    with Store(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            dialog = await _open_split(pilot, store, "Ledgerline Berlin")
            assert len(_marked(dialog)) == 1 and "Ledgerline Berlin sammelt 3 Mio" in _marked(dialog)[0]
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CompanyScreen)
        assert _rounds(store, "Ledgerline Berlin") == [3e6] and _rounds(store, "Ledgerline") == [35e6]


async def test_u_after_a_split_leaves_no_alias_of_the_split_off_name_and_no_merge(two_ledgerlines):
    store = two_ledgerlines
    app = DealsApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_split(pilot, store, "Ledgerline NY")
        await pilot.press("down")
        await pilot.press("down", "space", "enter")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert "Split undone: “Ledgerline NY” is merged back into “Ledgerline”." in _notes(app)
    assert "Ledgerline NY" not in store.find_company("Ledgerline", exact=True).aliases
    assert store.find_company("Ledgerline NY", exact=True) is None
    assert store.merges() == [], "nothing for unmerge to list"

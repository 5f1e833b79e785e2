"""Selecting records with space, the footer count, and the export dialog in each format."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.store.export import read_back
from ai_deals.tui.screens.confirm import ConfirmScreen
from ai_deals.tui.screens.export import ExportScreen
from ai_deals.tui.widgets.status_bar import StatusBar
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import burst, settle, type_text


async def select_three_records(pilot, store) -> None:
    """On OpenAI's page: the round, Microsoft's stake and Amazon's stake."""
    pilot.app.open_company(store.find_company("OpenAI").id, "OpenAI")
    await settle(pilot)
    # The round's valuation, listed under it with the rounds, is stepped over.
    await pilot.press("space", "down", "down", "space", "down", "space")


async def export_to(pilot, fmt: str, path: Path) -> None:
    """Open the dialog, choose `fmt`, type `path` and confirm with Enter."""
    await pilot.press("e")
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportScreen)
    dialog.select_format(fmt)
    await pilot.pause()
    await confirm_export_path(pilot, path)


async def confirm_export_path(pilot, path: Path) -> None:
    """Type `path` into the open export dialog and confirm it with Enter."""
    box = pilot.app.screen.query_one("#export-path", Input)
    box.value = str(path)
    box.focus()
    await pilot.press("enter")
    await settle(pilot)


async def test_space_selects_records_and_the_footer_counts_them(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await select_three_records(pilot, deals_store)
        assert len(app.selection) == 3
        status = app.screen.query_one(StatusBar).render().plain
        assert "3 records selected" in status
        page = app.screen.query_one("#page", VirtualList)
        marked = [
            line for line in [page.render_line(y).text for y in range(20)] if line.lstrip().startswith("●")
        ]
        # Amazon's stake's first tranche, on screen, is marked with it: a tranche is part of its record.
        assert sum("└" not in line for line in marked) == 3
        assert [line.split()[1:3] for line in marked if "└" in line] == [["└", "first"]]
        await pilot.press("space")
        assert "2 records selected" in app.screen.query_one(StatusBar).render().plain


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
async def test_three_selected_records_export_in_each_format(app, deals_store, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    async with app.run_test(size=(80, 24)) as pilot:
        await select_three_records(pilot, deals_store)
        await export_to(pilot, fmt, target)
        assert not isinstance(app.screen, ExportScreen)
    text = target.read_text(encoding="utf-8-sig")
    if fmt == "csv":
        # Company rows first: the details of the companies the records name (see the test below).
        # The records by date, not in the order picked (the round, then Microsoft's 2019 stake).
        rows = [r for r in csv.DictReader(text.splitlines()) if r["record_type"] != "company"]
        assert [(r["record_type"], r["counterpart"]) for r in rows] == [
            ("stake", "Microsoft"),
            ("round", "Amazon; Nvidia; SoftBank"),
            ("stake", "Amazon"),
        ]
        assert rows[2]["condition"] == "une fois certaines conditions remplies"
        assert rows[0]["bound"] == "minimum"
        assert records_of(read_back(text, "csv")) == deals_store.export_records(app.selection.refs)
    elif fmt == "json":
        assert records_of(read_back(text, "json")) == deals_store.export_records(app.selection.refs)
        records = records_of(json.loads(text)["records"])
        assert [r["record_type"] for r in records] == ["stake", "round", "stake"]  # by date
        assert records[2]["amount"] == 50e9 and records[2]["source_title"] == "OpenAI lève 110 milliards"
        assert records[2]["sentence"].startswith("Amazon va investir 50 milliards")
    else:
        body = [
            line for line in text.splitlines() if line.startswith("| round ") or line.startswith("| stake ")
        ]
        assert len(body) == 3
        assert "Amazon" in text and "Microsoft" in text


def records_of(rows: list) -> list:
    """An export's records without its company rows (the details of the companies they name)."""
    kind = (
        (lambda row: row["record_type"]) if rows and isinstance(rows[0], dict) else (lambda r: r.record_type)
    )
    return [row for row in rows if kind(row) != "company"]


async def test_a_company_pages_export_carries_the_companys_details_as_the_cli_does(deals_store, tmp_path):
    """`e` on a company page wrote only its records: imported elsewhere, the company lost its city,
    country, sector and description. Its CSV and JSON now start with the company rows a whole
    export gives of the companies the records name; the note still counts records only."""
    from ai_deals.tui.screens.export import write_records, written_note

    openai = deals_store.company(deals_store.find_company("OpenAI").id)
    for fmt in ("csv", "json"):
        path = tmp_path / f"openai.{fmt}"
        message = write_records(deals_store, openai.refs, fmt, path, False)
        rows = read_back(path.read_text(encoding="utf-8-sig"), fmt)
        companies = {row.company: row for row in rows if row.record_type == "company"}
        assert companies["OpenAI"].country == openai.company.country is not None
        assert len(rows) - len(companies) == len(openai.refs)
        assert written_note(message) == f"Exported {len(openai.refs)} records to {path}"


async def test_default_path_is_a_new_file_in_the_current_directory_named_after_the_selection(
    app, deals_store, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await select_three_records(pilot, deals_store)
        await pilot.press("e")
        dialog = app.screen
        path = Path(dialog.query_one("#export-path", Input).value)
        assert path.parent == tmp_path and path.name.startswith("ai-deals-openai-") and path.suffix == ".csv"
        dialog.select_format("json")
        await pilot.pause()
        assert Path(dialog.query_one("#export-path", Input).value).suffix == ".json"
        await pilot.click("#export-go")
        await settle(pilot)
    assert json.loads(path.with_suffix(".json").read_text())["records"]


async def test_an_existing_file_is_only_replaced_after_confirmation(app, deals_store, tmp_path):
    target = tmp_path / "existing.csv"
    target.write_text("keep me", encoding="utf-8")
    async with app.run_test(size=(80, 24)) as pilot:
        await select_three_records(pilot, deals_store)
        await export_to(pilot, "csv", target)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8-sig") == "keep me"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(app.screen, (ExportScreen, ConfirmScreen))
    assert target.read_text(encoding="utf-8-sig").startswith("record_type")


async def test_export_with_nothing_selected_takes_the_whole_page(app, deals_store, tmp_path):
    target = tmp_path / "page.json"
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await export_to(pilot, "json", target)
    assert len(records_of(json.loads(target.read_text())["records"])) == 11  # and its companies' rows


async def test_the_export_dialogs_footer_shows_its_own_keys_not_the_pages(app, deals_store):
    from textual.widgets import Footer

    async with app.run_test(size=(120, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        bottom, _ = app.screen.get_widget_at(10, 29)  # what the bottom line shows
        assert any(isinstance(widget, Footer) for widget in (bottom, *bottom.ancestors))
        assert bottom.screen is app.screen, "the dialog's footer, not the page's"
        keys = [(key.key_display, key.description) for key in app.screen.query_one(Footer).query("FooterKey")]
        assert keys[:2] == [("esc", "Cancel"), ("^s", "Export")], keys
        assert not {"Open", "Back", "Source", "Map", "Review"} & {description for _, description in keys}


async def test_timeline_events_can_be_selected_and_exported(app, tmp_path):
    target = tmp_path / "events.json"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        await pilot.press("space", "j", "space")
        assert len(app.selection) == 2
        await export_to(pilot, "json", target)
    assert len(records_of(json.loads(target.read_text())["records"])) == 2


async def test_palette_clears_the_selection(app, deals_store):
    async with app.run_test(size=(80, 24)) as pilot:
        await select_three_records(pilot, deals_store)
        await pilot.press("ctrl+p")
        await type_text(pilot, "selection: Clear")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert len(app.selection) == 0
        assert "selected" not in app.screen.query_one(StatusBar).render().plain


async def test_an_unwritable_path_is_reported_in_one_plain_line(app, deals_store, tmp_path):
    from ai_deals.tui.screens.error import ErrorScreen

    async with app.run_test(size=(100, 30)) as pilot:
        await select_three_records(pilot, deals_store)
        path = tmp_path / "missing-folder" / "out.csv"
        await export_to(pilot, "csv", path)
        assert isinstance(pilot.app.screen, ErrorScreen)
        assert pilot.app.screen.message == f"{path}: cannot write the export (No such file or directory)"
        assert not path.exists()


async def test_arrows_choose_the_format_and_only_the_chosen_one_shows_a_dot(app, deals_store, tmp_path):
    async with app.run_test(size=(80, 24)) as pilot:
        await select_three_records(pilot, deals_store)
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await pilot.press("right", "right")
        assert dialog.fmt == "md"
        drawn = [button.render().plain for button in dialog.query("#export-format RadioButton")]
        assert drawn == ["▐ ▌ CSV ", "▐ ▌ JSON ", "▐●▌ Markdown "]
        path_box = dialog.query_one("#export-path", Input)
        assert path_box.value.endswith(".md")
        path_box.value = str(tmp_path / "chosen.md")
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert "| stake " in (tmp_path / "chosen.md").read_text(encoding="utf-8-sig")
        await pilot.press("e")
        await pilot.press("left", "left")  # round from CSV to Markdown, then JSON
        assert app.screen.fmt == "json"


AXIOME = "articles_holdout6/fr_usinedigitale_axiome.txt"


def corrected_axiome() -> str:
    """The Axiome story corrected: each figure it states changed, so no fact of it is still stated
    (a record replaced by one stating the same fact would stay selected, followed to it)."""
    from article_import import FIXTURES

    text = (FIXTURES / AXIOME).read_text()
    for was, now in (
        ("140 personnes", "150 personnes"),
        ("120 millions", "125 millions"),
        ("30 M€", "35 M€"),
    ):
        text = text.replace(was, now)
    return text.replace("15 M€", "16 M€")


async def test_records_a_reimport_replaced_leave_the_selection_and_export_says_so(
    app, deals_store, tmp_path, monkeypatch
):
    from article_import import FIXTURES, import_article
    from textual import events

    from ai_deals.store import Store

    import_article(deals_store, FIXTURES / AXIOME)
    # Another article after it, so the corrected copy's records cannot take back the same ids.
    import_article(deals_store, FIXTURES / "articles_holdout60/en_techcrunch_trellis.txt")
    corrected = tmp_path / "axiome.txt"
    corrected.write_text(corrected_axiome())
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("Axiome Semi").id, "Axiome Semi")
        await settle(pilot)
        await pilot.press("space", "down", "space")
        assert len(app.selection) == 2
        with Store.open(deals_store.path) as shell:  # `ai-deals import` from a shell, the app open
            assert import_article(shell, corrected) == "replaced"
        notes = []
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        app.post_message(events.AppFocus())  # back in the app
        await settle(pilot)
        assert len(app.selection) == 0
        assert "selected" not in app.screen.query_one(StatusBar).render().plain
        assert notes == ["Unselected 2 records no longer in the database (removed or replaced)."]


async def test_two_checks_of_one_replaced_selection_say_it_once(app, deals_store):
    """The focus event's check and the re-read page's own can both find the same records gone before
    either is applied: the second drops nothing more and says nothing (the note came twice)."""
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("space", "down", "space")
        gone = app.selection.refs
        notes = []
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        app._selection_checked(gone, [], False)
        app._selection_checked(gone, [], False)
        assert len(app.selection) == 0
        assert notes == ["Unselected 2 records no longer in the database (removed or replaced)."]


async def test_exporting_a_selection_whose_records_are_gone_says_so_and_writes_nothing(
    app, deals_store, tmp_path, monkeypatch
):
    from article_import import FIXTURES, import_article

    import_article(deals_store, FIXTURES / AXIOME)
    import_article(deals_store, FIXTURES / "articles_holdout60/en_techcrunch_trellis.txt")
    corrected = tmp_path / "axiome.txt"
    corrected.write_text(corrected_axiome())
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("Axiome Semi").id, "Axiome Semi")
        await settle(pilot)
        await pilot.press("space", "down", "space")
        assert import_article(deals_store, corrected) == "replaced"
        notes = []
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        await pilot.press("e")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert notes[-1] == "Nothing exported: no selected record is left."
        assert "selected" not in app.screen.query_one(StatusBar).render().plain
    assert not list(tmp_path.glob("*.csv"))


async def test_export_says_at_once_that_it_is_working_and_the_app_stays_usable(
    app, deals_store, tmp_path, monkeypatch
):
    from ai_deals.store import Store

    target = tmp_path / "page.json"
    started = threading.Event()
    release = threading.Event()
    slow = Store.iter_export_records

    def held(self, *args, **kwargs):  # an export that takes as long as the test says
        started.set()
        release.wait(10)
        yield from slow(self, *args, **kwargs)

    monkeypatch.setattr(Store, "iter_export_records", held)
    notes = []
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        await pilot.press("e")
        dialog = app.screen
        dialog.select_format("json")
        await pilot.pause()
        dialog.query_one("#export-path", Input).value = str(target)
        dialog.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert notes == [f"Exporting 11 records to {target}…"]
        assert not isinstance(app.screen, ExportScreen)  # the dialog is gone, the page usable
        await pilot.press("down")
        assert started.is_set() and not target.exists()
        release.set()
        await settle(pilot)
        assert notes[-1] == f"Exported 11 records to {target}"
    assert len(records_of(json.loads(target.read_text())["records"])) == 11  # and its companies' rows


async def test_a_record_rejected_since_it_was_selected_leaves_the_selection_before_the_export(
    app, deals_store, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await select_three_records(pilot, deals_store)
        rejected = app.selection.refs[1]
        deals_store.review(rejected, "rejected")  # in the review screen, after space
        notes = []
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        await pilot.press("e")
        await settle(pilot)
        assert notes == ["Unselected 1 record rejected since you selected it (not exported)."]
        assert isinstance(app.screen, ExportScreen) and app.screen.refs == [
            ref for ref in app.selection.refs if ref != rejected
        ]
        assert len(app.selection) == 2 and rejected not in app.selection
        assert app.selected_count == 2  # what the footer counts


async def test_the_export_note_counts_a_record_rejected_meanwhile_as_rejected_not_gone(deals_store, tmp_path):
    from ai_deals.tui.screens.export import write_records, written_note

    openai = deals_store.company(deals_store.find_company("OpenAI").id)
    refs = [openai.rounds[0].ref, *(stake.ref for stake in openai.investors[:2])]
    deals_store.review(refs[1], "rejected")  # after the selection was checked, before the file is written
    message = write_records(deals_store, refs, "csv", tmp_path / "out.csv", False)
    assert (
        written_note(message)
        == f"Exported 2 records to {tmp_path / 'out.csv'} (1 rejected since you selected it)"
    )


async def test_a_record_rejected_from_another_window_leaves_the_selection_when_the_screen_rereads(
    app, deals_store
):
    from textual import events

    from ai_deals.store import Store

    async with app.run_test(size=(100, 30)) as pilot:
        await select_three_records(pilot, deals_store)
        rejected = app.selection.refs[0]
        with Store.open(deals_store.path) as shell:  # `ai-deals` review in another terminal
            shell.review(rejected, "rejected")
        notes = []
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        app.post_message(events.AppFocus())  # back in the app: the screen reads the database again
        await settle(pilot)
        assert notes == ["Unselected 1 record rejected since you selected it (not exported)."]
        assert rejected not in app.selection
        assert "2 records selected" in app.screen.query_one(StatusBar).render().plain


async def test_a_long_export_stays_visible_in_the_status_bar_until_it_ends(
    app, deals_store, tmp_path, monkeypatch
):
    from ai_deals.store import Store

    target = tmp_path / "page.csv"
    release = threading.Event()
    slow = Store.iter_export_records

    def held(self, *args, **kwargs):  # an export that takes as long as the test says
        release.wait(10)
        yield from slow(self, *args, **kwargs)

    monkeypatch.setattr(Store, "iter_export_records", held)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        app.start_export(app.screen.export_scope()[0], "csv", target, False)
        await pilot.pause()
        app.clear_notifications()  # the toast is gone (after 5 s in use): the status bar still says it
        await pilot.pause()
        assert "Exporting… 0 of 11 records" in app.screen.query_one(StatusBar).render().plain
        release.set()
        await settle(pilot)
        assert "Exporting" not in app.screen.query_one(StatusBar).render().plain
    assert target.exists()


async def test_enter_on_a_format_chooses_it_and_moves_on_to_the_path(app, deals_store, tmp_path):
    target = tmp_path / "page.md"
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert "Enter" in dialog.query_one("#export-hint").render().plain
        await pilot.press("right", "right", "enter")
        await pilot.pause()
        assert dialog.fmt == "md"
        path_box = dialog.query_one("#export-path", Input)
        assert app.focused is path_box
        path_box.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
    assert target.read_text().startswith("| record_type")


async def test_the_page_counts_the_records_its_export_takes_not_its_rows(tmp_path):
    from ai_deals.store import Store
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.company_rows import build_rows

    from factories import make_source

    # Nvidia and SoftBank are only named in the round: their rows on the page point at the round.
    with Store.open(tmp_path / "d.db") as store:
        store.import_source(make_source())
        page = store.company(store.find_company("OpenAI").id)
        rows = [row for row in build_rows(page) if row.ref is not None]
        assert len(rows) > len(page.refs)  # the case this test is about
        app = DealsApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            app.open_company(page.company.id, "OpenAI")
            await settle(pilot)
            status = app.screen.query_one(StatusBar).render().plain
            assert status.startswith(f"{len(page.refs)} records ·")
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen) and len(app.screen.refs) == len(page.refs)


async def test_tab_a_path_and_enter_typed_in_one_burst_export_to_that_path(
    app, deals_store, tmp_path, monkeypatch
):
    """The dialog opens on the formats: "⇥path⏎" typed in one burst gave every key to the formats
    (Tab moving the focus only after they had all gone there), and nothing was written."""
    monkeypatch.chdir(tmp_path)  # where the suggested path points
    target = tmp_path / "burst.csv"
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        burst(app, "tab", *str(target), "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
    assert target.read_text(encoding="utf-8-sig").startswith("record_type")


async def test_enter_and_y_typed_in_one_burst_replace_the_file_the_path_names(
    app, deals_store, tmp_path, monkeypatch
):
    """Enter in the path box opens "replace it?": a "y" typed right after went into the path box
    (the export then wrote to "existing.csvy") instead of answering the question."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "existing.csv"
    target.write_text("keep me", encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        path_box = dialog.query_one("#export-path", Input)
        path_box.value = str(target)
        path_box.focus()
        await pilot.pause()
        burst(app, "enter", "y")
        await settle(pilot)
        assert not isinstance(app.screen, (ExportScreen, ConfirmScreen))
    assert sorted(path.name for path in tmp_path.iterdir() if path.suffix.startswith(".csv")) == [
        "existing.csv"
    ]
    assert target.read_text(encoding="utf-8-sig").startswith("record_type")


async def test_e_tab_a_path_and_enter_typed_in_one_burst_on_a_page_export_it_to_that_path(
    app, deals_store, tmp_path, monkeypatch
):
    """ "e" opens the dialog once it has come up to the app's binding: the keys typed after it in the
    same burst had been handed to the page below meanwhile, and were lost."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "page.csv"
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        burst(app, "e", "tab", *str(target), "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
    assert target.read_text(encoding="utf-8-sig").startswith("record_type")


async def test_e_with_a_selection_then_enter_a_path_and_enter_in_one_burst_export_the_selection(
    app, deals_store, tmp_path, monkeypatch
):
    """With records selected, `e` first checks them in a worker: the keys typed after it went to the page
    meanwhile (Enter opened the article behind it, the letters acted as commands), the dialog opening
    only later."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "sel.csv"
    async with app.run_test(size=(100, 30)) as pilot:
        await select_three_records(pilot, deals_store)
        burst(app, "e", "enter", "ctrl+u", *str(target), "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert app.screen.__class__.__name__ == "CompanyScreen"
    assert len(records_of(read_back(target.read_text(encoding="utf-8-sig"), "csv"))) == 3


async def test_enter_on_the_format_then_a_path_in_one_burst_types_the_path(app, deals_store, tmp_path):
    """Enter on a format moves the focus to the path through a message: the keys typed after it in the
    same burst reached the formats first, and the path box kept the suggested path."""
    target = tmp_path / "burst.csv"
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        burst(app, "enter", "ctrl+u", *str(target), "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
    assert target.read_text(encoding="utf-8-sig").startswith("record_type")


async def open_export_and_type_path(pilot, store, path: str) -> ExportScreen:
    """Select three records, open the dialog (CSV chosen), and type `path` over the suggested one."""
    await select_three_records(pilot, store)
    await pilot.press("e")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportScreen) and dialog.fmt == "csv"
    await pilot.press("tab", "ctrl+u")
    await type_text(pilot, path)
    await settle(pilot)
    return dialog


async def test_a_path_typed_with_a_known_ending_chooses_that_format_visibly(app, deals_store, tmp_path):
    """CSV left chosen and a path typed as sel.md wrote CSV into sel.md: the name lied."""
    target = tmp_path / "sel.md"
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_export_and_type_path(pilot, deals_store, str(target))
        assert dialog.query_one("#format-md").value and not dialog.query_one("#format-csv").value
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
    assert target.read_text(encoding="utf-8-sig").startswith("|"), "a Markdown table, not CSV"


async def test_choosing_another_format_after_typing_a_path_renames_its_ending(app, deals_store, tmp_path):
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_export_and_type_path(pilot, deals_store, str(tmp_path / "sel.md"))
        dialog.select_format("json")
        await settle(pilot)
        assert dialog.query_one("#export-path", Input).value == str(tmp_path / "sel.json")
        await pilot.press("enter")
        await settle(pilot)
    assert json.loads((tmp_path / "sel.json").read_text(encoding="utf-8-sig"))["records"]
    assert not (tmp_path / "sel.md").exists()


async def test_a_path_without_a_format_ending_gets_the_chosen_formats_and_says_so(app, deals_store, tmp_path):
    """A stray burst wrote a CSV file named "MLumora"."""
    async with app.run_test(size=(80, 24)) as pilot:
        await open_export_and_type_path(pilot, deals_store, str(tmp_path / "MLumora"))
        await pilot.press("enter")
        await settle(pilot)
        notes = [note.message for note in app._notifications]
        assert "Named MLumora.csv: .csv added, the name said no format." in notes
    assert sorted(path.name for path in tmp_path.iterdir() if "MLumora" in path.name) == ["MLumora.csv"]
    assert (tmp_path / "MLumora.csv").read_text(encoding="utf-8-sig").startswith("record_type")


async def reimport_axiome_from_a_shell(deals_store, tmp_path) -> None:
    """`ai-deals import` of a corrected Axiome article from another shell, the app open (no focus
    event: the terminal sends none)."""
    from article_import import import_article

    from ai_deals.store import Store

    corrected = tmp_path / "axiome.txt"
    corrected.write_text(corrected_axiome())
    with Store.open(deals_store.path) as shell:
        assert import_article(shell, corrected) == "replaced"


def import_axiome(deals_store) -> None:
    from article_import import FIXTURES, import_article

    import_article(deals_store, FIXTURES / AXIOME)
    # Another article after it, so the corrected copy's records cannot take back the same ids.
    import_article(deals_store, FIXTURES / "articles_holdout60/en_techcrunch_trellis.txt")


async def test_a_page_whose_selected_records_a_reimport_replaced_is_read_again_and_exports_what_exists(
    app, deals_store, tmp_path, monkeypatch
):
    from ai_deals.tui.screens.error import ErrorScreen

    import_axiome(deals_store)
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("Axiome Semi").id, "Axiome Semi")
        await settle(pilot)
        page = app.screen
        # A round, then EIC Fund's stake (of 2026-10-22: listed after the Series B's three investors).
        await pilot.press("down", "space", "down", "down", "down", "down", "space")
        assert len(app.selection) == 2
        cursor = page.query_one("#page", VirtualList).cursor
        await reimport_axiome_from_a_shell(deals_store, tmp_path)
        await pilot.press("e")
        await settle(pilot)
        assert app.screen is page and len(app.selection) == 0
        shown = page.export_scope()[0]
        assert set(deals_store.review_statuses(shown)) == set(shown), "the page shows what exists"
        assert page.query_one("#page", VirtualList).cursor == cursor
        await pilot.press("space")
        assert len(app.selection) == 1
        await pilot.press("space", "e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen) and app.screen.refs == shown
        export_path = tmp_path / "axiome.csv"
        await confirm_export_path(pilot, export_path)
        assert not isinstance(app.screen, ErrorScreen)
    assert len(records_of(read_back(export_path.read_text(), "csv"))) == len(shown)


async def test_e_on_a_page_a_reimport_replaced_reads_it_again_then_offers_and_exports_the_records_that_exist(
    app, deals_store, tmp_path, monkeypatch
):
    """Nothing selected, the page's article re-imported from another shell (no focus event): `e`
    reads the page again before its dialog opens, which then offers the records that exist now (it
    offered the stale page's, asked to replace the file, then said they were gone)."""
    from ai_deals.tui.screens.error import ErrorScreen

    import_axiome(deals_store)
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("Axiome Semi").id, "Axiome Semi")
        await settle(pilot)
        page = app.screen
        stale = page.export_scope()[0]
        await reimport_axiome_from_a_shell(deals_store, tmp_path)
        assert len(deals_store.review_statuses(stale)) < len(stale)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        shown = page.export_scope()[0]
        assert app.screen.refs == shown and set(deals_store.review_statuses(shown)) == set(shown)
        export_path = tmp_path / "axiome.csv"
        await confirm_export_path(pilot, export_path)
        assert app.screen is page and not isinstance(app.screen, ErrorScreen)
    assert len(records_of(read_back(export_path.read_text(), "csv"))) == len(shown)


async def test_exporting_a_page_a_reimport_replaced_meanwhile_warns_and_reads_the_page_again(
    app, deals_store, tmp_path, monkeypatch
):
    from ai_deals.tui.screens.error import ErrorScreen

    import_axiome(deals_store)
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(deals_store.find_company("Axiome Semi").id, "Axiome Semi")
        await settle(pilot)
        page = app.screen
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        await reimport_axiome_from_a_shell(deals_store, tmp_path)
        notes = []
        app.notify = lambda message, **kw: notes.append((message, kw.get("severity")))  # type: ignore[method-assign]
        await confirm_export_path(pilot, tmp_path / "axiome.csv")
        assert app.screen is page, "a warning, never an error box"
        assert not isinstance(app.screen, ErrorScreen)
        assert notes[-1][0].startswith("Nothing exported: the ") and notes[-1][1] == "warning"
        shown = page.export_scope()[0]
        assert set(deals_store.review_statuses(shown)) == set(shown), "the page was read again"
    assert not (tmp_path / "axiome.csv").exists()

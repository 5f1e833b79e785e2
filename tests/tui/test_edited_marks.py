"""A figure corrected by hand says so wherever it is read beside its source: the company page, the
source view and `ai-deals show` (plain text, never markup)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import run
from textual.widgets import Static

from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.source import SourceScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_data import openai_source
from tui_helpers import settle


def edited_db(tmp_path: Path) -> Path:
    """The OpenAI story with Amazon's $50B corrected to $45B by hand."""
    path = tmp_path / "edited.db"
    with Store.open(path) as store:
        store.import_source(openai_source())
        amazon = next(
            s for s in store.company(store.find_company("OpenAI").id).investors if s.investor == "Amazon"
        )
        store.edit_fact(amazon.ref, FactEdit(amount=45e9))
    return path


def row_text(page: VirtualList, target: str) -> tuple[int, str]:
    index = next(i for i, row in enumerate(page.rows) if row.target_name == target)
    return index, "".join(piece for piece, _, _ in page.rows[index].pieces)


async def test_an_edited_figure_is_marked_on_the_company_page_and_in_the_source_view(tmp_path):
    with Store.open(edited_db(tmp_path)) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 30)) as pilot:
            app.open_company(store.find_company("OpenAI").id, "OpenAI")
            await settle(pilot)
            page = app.screen.query_one("#page", VirtualList)
            index, amazon = row_text(page, "Amazon")
            assert "$45B" in amazon and "✎ edited" in amazon
            assert "edited" not in row_text(page, "Nvidia")[1]
            page.move_to(index)
            await pilot.press("s")
            await settle(pilot)
            assert isinstance(app.screen, SourceScreen)
            label = app.screen.query_one("#fact-label", Static).content.plain
            assert label.endswith("investment · Amazon · edited: $45B; the sentence says $50B")


def test_show_marks_an_edited_figure(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")  # each row on one line
    db = edited_db(tmp_path)
    code, out, _ = run(capsys, "--db", str(db), "show", "OpenAI")
    assert code == 0
    amazon = next(line for line in out.splitlines() if "│ Amazon " in line)
    assert "$45B (edited)" in amazon
    nvidia = next(line for line in out.splitlines() if "│ Nvidia " in line)
    assert "edited" not in nvidia


def test_an_edit_put_back_to_the_extracted_value_no_longer_says_what_changed(tmp_path):
    with Store.open(edited_db(tmp_path)) as store:
        amazon = next(
            s for s in store.company(store.find_company("OpenAI").id).investors if s.investor == "Amazon"
        )
        store.edit_fact(amazon.ref, FactEdit(amount=50e9))
        spans = store.source(1).spans
        label = next(s.label for s in spans if (s.record_type, s.record_id) == ("stake", amazon.id))
        assert label == "investment · edited"


def _show_line(capsys, db: Path, words: str) -> str:
    code, out, _ = run(capsys, "--db", str(db), "show", "OpenAI")
    assert code == 0
    # A table row, not the header's "raised $110B" total.
    return next(line for line in out.splitlines() if words in line and not line.startswith("raised "))


def test_show_marks_only_the_cells_an_edit_changed_not_the_amount(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # each row on one line
    path = tmp_path / "cells.db"
    with Store.open(path) as store:
        store.import_source(openai_source())
        (first,) = store.company(store.find_company("OpenAI").id).rounds
        store.edit_fact(first.ref, FactEdit(investors=["Amazon", "Nvidia"]))
    line = _show_line(capsys, path, "$110B")
    assert "$110B (edited)" not in line, "only the investors were edited"
    assert "Amazon, Nvidia (edited)" in line
    with Store.open(path) as store:
        store.edit_fact(first.ref, FactEdit(investors=["Amazon", "Nvidia", "SoftBank"]))
        store.edit_fact(first.ref, FactEdit(round_type="Series F", date="2026-02"))
    line = _show_line(capsys, path, "$110B")
    assert "2026-02 (edited)" in line and "Series F (edited)" in line
    assert "$110B (edited)" not in line and "SoftBank (edited)" not in line
    with Store.open(path) as store:
        store.edit_fact(first.ref, FactEdit(amount=120e9))
    assert "$120B (edited)" in _show_line(capsys, path, "$120B")


def test_show_names_an_edit_no_cell_of_the_row_shows(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "moved.db"
    with Store.open(path) as store:
        store.import_source(openai_source())
        metrics = store.company(store.find_company("OpenAI").id).metrics
        revenue = next(m for m in metrics if m.metric == "revenue")
        store.edit_fact(revenue.ref, FactEdit(amount=13e9, is_projection=True))
        users = next(m for m in metrics if m.metric == "weekly_users")
        store.edit_fact(users.ref, FactEdit(company="Nvidia"))
    line = _show_line(capsys, path, "│ revenue ")
    assert "$13B (edited)" not in line and "yes (edited)" in line
    code, out, _ = run(capsys, "--db", str(path), "show", "Nvidia")
    line = next(line for line in out.splitlines() if "│ weekly users " in line)
    assert "(edited: company)" in line and "M (edited)" not in line

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
            assert label.endswith("investment · edited: $45B; the sentence says $50B")


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

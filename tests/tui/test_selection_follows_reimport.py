"""A re-import of a corrected story, run from another shell while the app is open, replaces its
records with new ids. A record selected whose fact the corrected story still states stays selected,
as the record now stating it; only records whose fact is gone leave the selection. Every record
replaced was unselected as "no longer in the database", the unchanged €15M round among them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.app import DealsApp
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle

STORY = """title: Mistral AI lève 600 millions d'euros
date: 2024-06-11
url: https://lesechos.example/mistral-600
publisher: Les Echos
language: fr

# Mistral AI lève 600 millions d'euros

La start-up parisienne Mistral AI a annoncé mardi avoir levé 600 millions d'euros lors d'une série B menée par General Catalyst, avec la participation de Nvidia, Samsung et Cisco.

Mistral AI avait levé 15 millions d'euros de Microsoft en février 2024.
"""
CO_INVESTOR_ADDED = STORY.replace("Samsung et Cisco", "Samsung, Cisco et Bpifrance")
"""The corrected story: a co-investor added to the €600M round's sentence; the €15M round's unchanged."""
FIGURE_CORRECTED = STORY.replace("levé 15 millions", "levé 16 millions")
"""The corrected story: the €15M round was €16M (another fact: nobody selected that one)."""
LATER = "kind,company,investors,amount,currency,date\ninvestment,Other,FundC,3000000,USD,2022\n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    story, later = tmp_path / "mistral.md", tmp_path / "later.csv"
    story.write_text(STORY, encoding="utf-8")
    later.write_text(LATER, encoding="utf-8")
    db = tmp_path / "deals.db"
    # Another file after the story: its corrected copy's records cannot take back the same ids.
    assert main(["--db", str(db), "--empty", "import", str(story), str(later)]) == 0
    return db


def reimport(db: Path, text: str) -> None:
    """`ai-deals import` of a corrected copy of the story, from another shell."""
    story = db.parent / "mistral.md"
    story.write_text(text, encoding="utf-8")
    assert main(["--db", str(db), "import", str(story)]) == 0


async def select_rounds(pilot, store: Store, *amounts: str) -> list:
    """Open Mistral AI's page and select its round rows showing `amounts`; their records."""
    await settle(pilot)
    pilot.app.open_company(store.find_company("Mistral AI").id, "Mistral AI")
    await settle(pilot)
    page = pilot.app.screen.query_one("#page", VirtualList)
    for amount in amounts:
        page.move_to(
            next(i for i, row in enumerate(page.rows) if getattr(row, "ref", None) and amount in str(row))
        )
        await pilot.press("space")
        await settle(pilot)
    return pilot.app.selection.refs


def round_amounts(store: Store, refs) -> list[float | None]:
    return [record.amount for record in store.review_records(refs)]


async def test_a_selected_round_a_reimport_replaced_with_the_same_fact_stays_selected(db):
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 30)) as pilot:
            before = await select_rounds(pilot, store, "€15M", "€600M")
            assert len(before) == 2
            reimport(db, CO_INVESTOR_ADDED)
            notes: list[str] = []
            app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            app.post_message(events.AppFocus())  # back in the app
            await settle(pilot)
            after = app.selection.refs
            assert len(app.selection) == 2
            assert not set(after) & set(before)  # the records replaced, new ids in their place
            assert round_amounts(store, after) == [15_000_000, 600_000_000]  # in the order picked
            assert notes == [
                "Still selected: 2 records a re-import replaced (the same facts, found again in the new version)."
            ]


async def test_a_selected_round_whose_figure_a_reimport_corrected_leaves_the_selection(db):
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 30)) as pilot:
            await select_rounds(pilot, store, "€15M", "€600M")
            reimport(db, FIGURE_CORRECTED)
            notes: list[str] = []
            app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            app.post_message(events.AppFocus())
            await settle(pilot)
            assert round_amounts(store, app.selection.refs) == [600_000_000]
            assert notes == [
                "Still selected: 1 record a re-import replaced (the same fact, found again in the new version).",
                "Unselected 1 record no longer in the database (removed or replaced).",
            ]


async def test_a_selection_followed_across_two_reimports_is_followed_again(db):
    """The record it follows to is remembered as the one to find again: a second re-import finds it too."""
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 30)) as pilot:
            await select_rounds(pilot, store, "€15M")
            for text in (CO_INVESTOR_ADDED, STORY):
                reimport(db, text)
                app.post_message(events.AppFocus())
                await settle(pilot)
            assert round_amounts(store, app.selection.refs) == [15_000_000]


async def test_a_selected_round_edited_in_review_stays_selected_after_a_reimport_back_on_its_page(db):
    """The tester's steps: space on the €15M round, edited in review, the corrected story imported
    from a shell, Esc back to the page: it was unselected though still there, edited."""
    from ai_deals.store.review import FactEdit

    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(120, 30)) as pilot:
            (picked,) = await select_rounds(pilot, store, "€15M")
            app.action_review_all()
            await settle(pilot)
            store.edit_fact(picked, FactEdit(round_type="Series A"))  # as the review form saves it
            reimport(db, CO_INVESTOR_ADDED)
            notes: list[str] = []
            app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            await pilot.press("escape")  # back to the page, no focus event
            await settle(pilot)
            (record,) = store.review_records(app.selection.refs)
            assert record.ref != picked
            assert (record.amount, record.round_type, record.edited) == (15_000_000, "Series A", True)
            assert isinstance(app.screen, CompanyScreen)
            assert notes == [
                "Still selected: 1 record a re-import replaced (the same fact, found again in the new version)."
            ]

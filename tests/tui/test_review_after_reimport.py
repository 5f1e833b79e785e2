"""The review screen open while another shell re-imports its article (`ai-deals import` of a corrected
version), which replaces the article's records: deciding on a fact replaced that way reads the facts
again and says so, and undoing an edit finds the record the re-import carried it over to."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.tui.screens.fact_edit import FactEditScreen
from ai_deals.tui.screens.review import EDIT_NOT_SAVED_NOTE, NOT_APPLIED_NOTE, REREAD_NOTE, ReviewScreen

from screen_host import ScreenHost
from tui_data import openai_source
from tui_helpers import settle, shown


def reimport(
    path: Path, *, drop_amazon: bool = False, ending: str = " Fin.", first_amount: float | None = None
) -> None:
    """What `ai-deals import` of a corrected version of the article does, from another shell."""
    source = openai_source()
    facts = [
        f for f in source.facts if not (drop_amazon and f.investor == "Amazon" and f.kind == "investment")
    ]
    if first_amount is not None:  # the first fact (the $110B round) read with another amount
        facts[0] = facts[0].model_copy(update={"amount": first_amount})
    with Store.open(path) as shell:
        report = shell.import_source(source.model_copy(update={"text": source.text + ending, "facts": facts}))
    assert report.action == "replaced"


def statuses(path: Path) -> dict[str, int]:
    """How many of the article's facts have each review status, read as another shell would."""
    with Store.open(path) as store:
        queue = store.review_queue(1, decided=True)
    counts: dict[str, int] = {}
    for record in queue:
        counts[record.review_status] = counts.get(record.review_status, 0) + 1
    return counts


def amazon(path: Path):
    with Store.open(path) as store:
        company = store.company(store.find_company("OpenAI").id)
    return next(s for s in company.investors if s.investor == "Amazon")


async def edit_amazon_to_45b(app, pilot) -> None:
    while "investor   Amazon" not in shown(app, "#review-fact"):
        await pilot.press("down")
        await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, FactEditScreen)
    app.screen.query_one("#edit-amount", Input).value = "45B"
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(app.screen, ReviewScreen)
    assert amazon(app.screen.store.path).amount == 45e9


@pytest.mark.parametrize("key", ["n", "y"])
async def test_deciding_on_a_fact_a_reimport_replaced_with_the_same_fact_applies_the_decision_to_it(db, key):
    """The first y or n after an outside re-import was dropped (only the facts were read again),
    though the re-import put the very same fact (same sentence, same values) in its place."""
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            assert "$110B" in shown(app, "#review-fact")
            reimport(db)
            await pilot.press(key)
            await settle(pilot)
            assert app.errors == [], "no 'Something went wrong' box"
            assert "(on the re-imported fact)" in shown(app, "StatusBar")
            assert statuses(db) == {"extracted": 10, {"n": "rejected", "y": "confirmed"}[key]: 1}
            assert "$110B" not in shown(app, "#review-fact"), "on to the next fact"


@pytest.mark.parametrize("key", ["n", "y"])
async def test_deciding_on_a_fact_a_reimport_changed_is_not_applied_and_says_why(db, key):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            assert "$110B" in shown(app, "#review-fact")
            reimport(db, first_amount=120e9)
            await pilot.press(key)
            await settle(pilot)
            assert app.errors == [], "no 'Something went wrong' box"
            assert shown(app, "StatusBar").startswith(NOT_APPLIED_NOTE)
            assert statuses(db) == {"extracted": 11}, "nothing was decided on the fact not seen"
            assert shown(app, "#review-progress") == "Fact 1 of 11 to review", "the same place in the text"
            assert "$120B" in shown(app, "#review-fact")
            await pilot.press(key)  # now on the re-imported fact: decided
            await settle(pilot)
            assert app.errors == []
            assert statuses(db) == {"extracted": 10, {"n": "rejected", "y": "confirmed"}[key]: 1}


async def test_an_edit_of_a_fact_a_reimport_replaced_is_not_saved_and_the_facts_are_read_again(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            while "investor   Amazon" not in shown(app, "#review-fact"):
                await pilot.press("down")
                await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            reimport(db)  # while the form is open
            app.screen.query_one("#edit-amount", Input).value = "45B"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert app.errors == []
            assert EDIT_NOT_SAVED_NOTE in shown(
                app, "StatusBar"
            )  # was REREAD_NOTE: now says the edit is lost
            assert amazon(db).amount == 50e9, "not written on a record the user did not see"
            assert "investor   Amazon" in shown(app, "#review-fact"), "the cursor stays on the fact"


# qa43 #6: the form opened after the re-import, on the fact as the review had read it.
async def test_an_edit_typed_on_a_stale_form_says_it_was_not_saved_and_to_edit_the_new_fact(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(120, 24)) as pilot:
            await settle(pilot)
            while "investor   Amazon" not in shown(app, "#review-fact"):
                await pilot.press("down")
                await settle(pilot)
            reimport(db)  # from another shell, the review open
            await pilot.press("enter")  # the form opens on the fact as it was read
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            app.screen.query_one("#edit-amount", Input).value = "30B"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert app.errors == []
            assert isinstance(app.screen, ReviewScreen)
            assert EDIT_NOT_SAVED_NOTE in shown(app, "StatusBar")
            assert amazon(db).amount == 50e9


async def test_the_review_screen_reads_its_facts_again_when_back_in_view_after_a_reimport(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            before = app.screen.current_ref
            reimport(db)
            app.screen.on_screen_resume()  # what the app does on a focus event
            await settle(pilot)
            assert app.errors == []
            assert shown(app, "StatusBar").startswith(REREAD_NOTE)
            assert app.screen.current_ref != before, "the re-imported record is the one shown"
            assert "$110B" in shown(app, "#review-fact")


async def test_undo_of_an_edit_a_reimport_carried_over_undoes_it_on_the_new_record(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            await edit_amazon_to_45b(app, pilot)
            reimport(db)
            assert amazon(db).amount == 45e9, "the re-import carried the edit over"
            await pilot.press("u")
            await settle(pilot)
            assert app.errors == []
            assert "(on the re-imported fact)" in shown(app, "StatusBar")
            undone = amazon(db)
            assert (undone.amount, undone.review_status) == (50e9, "extracted")
            reimport(
                db, ending=" Fin. Fin."
            )  # the edit is not carried over again: its decision went with the undo
            assert amazon(db).amount == 50e9


async def test_undo_of_an_edit_whose_fact_a_reimport_dropped_says_so_plainly(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            await edit_amazon_to_45b(app, pilot)
            reimport(db, drop_amazon=True)
            await pilot.press("u")
            await settle(pilot)
            assert app.errors == [], "no NotFoundError box"
            assert shown(app, "StatusBar").startswith(
                "Not undone: the fact was replaced by a re-import and cannot be undone here"
            )
            await pilot.press("u")  # not a dead key: the next decision, or nothing left
            await settle(pilot)
            assert app.errors == []
            assert "Nothing to undo" in str([n.message for n in app._notifications])


async def test_back_in_the_terminal_after_a_reimport_the_review_reads_its_facts_again(db):
    """The explorer's focus event (back from the shell that ran `ai-deals import`) reads the review again."""
    from ai_deals.tui.app import DealsApp

    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.push_screen(ReviewScreen(store, 1))
            await settle(pilot)
            review_screen = app.screen
            before = review_screen.current_ref
            reimport(db)
            app.on_app_focus()
            await settle(pilot)
            assert review_screen.query_one("StatusBar").render().plain.startswith(REREAD_NOTE)
            assert review_screen.current_ref != before
            await pilot.press("n")
            await settle(pilot)
            assert statuses(db) == {"extracted": 10, "rejected": 1}
            assert app.screen is review_screen, "no error box"

"""The review card and edit form: a valuation's basis, a metric's projection flag, the dates a deal
file takes, and a save that changes nothing."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.fact_edit import FactEditScreen, FormError, build_edit
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown


async def go_to(pilot, app, words: str) -> None:
    """Step the review to the fact whose card holds `words`."""
    for _ in range(30):
        if words in shown(app, "#review-fact"):
            return
        await pilot.press("down")
        await settle(pilot)
    raise AssertionError(f"no fact shows {words!r}")


def metric(store: Store, name: str):
    return next(m for m in store.company(store.find_company("OpenAI").id).metrics if m.metric == name)


async def test_the_review_card_shows_a_valuations_basis_and_a_projection(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await go_to(pilot, app, "metric · valuation")
            assert "basis      post-money" in shown(app, "#review-fact")
            await go_to(pilot, app, "metric · cash burn")
            assert "projection yes" in shown(app, "#review-fact")


async def test_the_edit_form_corrects_a_valuations_basis_and_undo_puts_it_back(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await go_to(pilot, app, "metric · valuation")
            await pilot.press("enter")
            await settle(pilot)
            basis = app.screen.query_one("#edit-basis", Input)
            assert basis.value == "post-money"
            basis.value = "premoney"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert shown(app, "#edit-error") == "basis: must be pre-money, post-money or unstated"
            basis.value = "pre-money"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            valuation = metric(store, "valuation")
            assert (valuation.basis, valuation.review_status) == ("pre_money", "edited")
            await pilot.press("u")
            await settle(pilot)
            valuation = metric(store, "valuation")
            assert (valuation.basis, valuation.review_status) == ("post_money", "extracted")


async def test_the_edit_form_corrects_a_projection_flag_and_shows_basis_only_for_a_valuation(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await go_to(pilot, app, "metric · cash burn")
            await pilot.press("enter")
            await settle(pilot)
            assert not app.screen.query("#edit-basis"), "only a valuation has a basis"
            projection = app.screen.query_one("#edit-is_projection", Input)
            assert projection.value == "yes"
            projection.value = "maybe"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert shown(app, "#edit-error").startswith("projection: write yes")
            projection.value = "no"
            await pilot.press("ctrl+s")
            await settle(pilot)
            burn = metric(store, "cash_burn")
            assert (burn.is_projection, burn.review_status) == (False, "edited")
        # The correction is remembered with the decision, as the other fields are.
        (row,) = store.db.query("SELECT original, edited FROM review_decisions")
        assert '"is_projection": 1' in row["original"] and '"is_projection": 0' in row["edited"]


def test_the_edit_form_reads_dates_as_deal_files_do_day_first():
    initial = {"company": "OpenAI", "amount": "50B", "date": "2026-02-27"}
    assert build_edit(initial, initial | {"date": "31/12/2021"}) == FactEdit(date="2021-12-31")
    assert build_edit(initial, initial | {"date": "31.12.2021"}) == FactEdit(date="2021-12-31")
    assert build_edit(initial, initial | {"date": "March 2021"}) == FactEdit(date="2021-03")
    with pytest.raises(
        FormError,
        match=r"^date: '12/31/2021' is not DD/MM/YYYY \(day first, as deal files\); write YYYY-MM-DD$",
    ):
        build_edit(initial, initial | {"date": "12/31/2021"})


async def test_a_date_typed_as_in_a_deal_file_is_saved_at_its_precision(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await go_to(pilot, app, "metric · revenue")
            await pilot.press("enter")
            await settle(pilot)
            app.screen.query_one("#edit-date", Input).value = "31/12/2025"
            await pilot.press("ctrl+s")
            await settle(pilot)
            revenue = metric(store, "revenue")
            assert (revenue.date, revenue.date_precision) == ("2025-12-31", "day")


def test_an_edit_giving_the_values_a_fact_has_writes_nothing(db):
    with Store.open(db) as store:
        stake = store.company(store.find_company("OpenAI").id).investors[0]
        same = FactEdit(amount=stake.amount, currency=stake.currency.lower(), date=stake.date)
        assert store.edit_fact(stake.ref, same) is None
        assert store.company(stake.company_id).investors[0].review_status == "extracted"
        assert list(store.db.query("SELECT * FROM review_decisions")) == []


async def test_saving_the_form_with_no_effective_change_says_nothing_changed_and_leaves_the_fact(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await go_to(pilot, app, "investor   Amazon")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            app.screen.query_one("#edit-amount", Input).value = "50 000 000 000"  # 50B, written out
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            assert shown(app, "StatusBar").startswith("Nothing changed")
            assert "investor   Amazon" in shown(app, "#review-fact"), "the fact stays in view"
            amazon = next(
                s for s in store.company(store.find_company("OpenAI").id).investors if s.investor == "Amazon"
            )
            assert amazon.review_status == "extracted"
            await pilot.press("u")
            await settle(pilot)
            assert "Nothing to undo" in str([n.message for n in app._notifications])

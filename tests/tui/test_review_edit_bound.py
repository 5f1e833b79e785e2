"""The edit form takes an amount with the bound sign or words its card shows ("~$35M", "≥ $13B",
"≤€2M", "about $35M", "at least $13B") and sets the fact's bound from it."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.fact_edit import FormError, build_edit, parse_bound, parse_money_bound
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_data import openai_round
from tui_helpers import settle

INITIAL = {"company": "OpenAI", "amount": "35M", "currency": "USD", "bound": "exact"}


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("~$35M", (35e6, "USD", "approx")),
        ("≈ 35M", (35e6, None, "approx")),
        ("≥ $13B", (13e9, "USD", "minimum")),
        (">=13B", (13e9, None, "minimum")),
        ("≤€2M", (2e6, "EUR", "maximum")),
        ("about $35M", (35e6, "USD", "approx")),
        ("About 35 M€", (35e6, "EUR", "approx")),
        ("at least $13B", (13e9, "USD", "minimum")),
        ("at most €2M", (2e6, "EUR", "maximum")),
        ("up to 2M", (2e6, None, "maximum")),
        ("$35M", (35e6, "USD", None)),
        ("900M", (900e6, None, None)),
    ],
)
def test_the_edit_form_reads_an_amount_written_with_its_bound(typed, read):
    assert parse_money_bound(typed) == read


@pytest.mark.parametrize("typed", ["~", "at least", "about XYZ 35M", "abouts 35M"])
def test_a_bound_without_a_readable_amount_is_refused_with_the_help(typed):
    with pytest.raises(FormError, match=r"^amount: write a number such as"):
        parse_money_bound(typed)


def test_a_bound_in_the_amount_sets_the_facts_bound_or_must_agree_with_the_one_typed():
    assert build_edit(INITIAL, INITIAL | {"amount": "~$35M"}) == FactEdit(amount=35e6, bound="approx")
    assert build_edit(INITIAL, INITIAL | {"amount": "at least $36M"}) == FactEdit(
        amount=36e6, bound="minimum"
    )
    assert build_edit(INITIAL, INITIAL | {"amount": "≤€2M", "currency": "EUR"}) == FactEdit(
        amount=2e6, currency="EUR", bound="maximum"
    )
    assert build_edit(INITIAL, INITIAL | {"amount": "~36M", "bound": "approx"}) == FactEdit(
        amount=36e6, bound="approx"
    )
    with pytest.raises(
        FormError, match=r"^amount: ≥ \$36M is at least \(minimum\) but the bound field says approx"
    ):
        build_edit(INITIAL, INITIAL | {"amount": "≥ $36M", "bound": "approx"})


@pytest.mark.parametrize(
    ("typed", "bound"),
    [("approx", "approx"), ("Minimum", "minimum"), ("~", "approx"), ("≥", "minimum"), ("at most", "maximum")],
)
def test_the_bound_field_takes_a_name_or_the_sign_the_card_shows(typed, bound):
    assert parse_bound(typed) == bound
    assert build_edit(INITIAL, INITIAL | {"bound": typed}) == FactEdit(bound=bound)


def test_an_unknown_bound_is_refused_in_one_line():
    with pytest.raises(FormError, match=r"^bound: write exact, approx"):
        build_edit(INITIAL, INITIAL | {"bound": "roughly-ish"})


async def test_the_edit_form_saves_an_amount_typed_with_its_bound_sign(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            app.screen.query_one("#edit-amount", Input).value = "≥ $120B"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            found = openai_round(store)
            assert (found.amount, found.currency, found.bound) == (120e9, "USD", "minimum")


async def test_the_edit_form_says_why_an_amounts_bound_disagrees_with_the_bound_field(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            app.screen.query_one("#edit-amount", Input).value = "~$120B"
            app.screen.query_one("#edit-bound", Input).value = "minimum"
            await pilot.press("ctrl+s")
            await settle(pilot)
            error = app.screen.query_one("#edit-error").render().plain
            assert error.startswith("amount: ~$120B is approximate (approx) but the bound field says minimum")

"""The edit form takes an amount as the card shows it, its currency sign or code included."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.fact_edit import FormError, build_edit, parse_money
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_data import openai_round
from tui_helpers import settle

INITIAL = {"company": "OpenAI", "amount": "35M", "currency": "USD"}


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("$35M", (35e6, "USD")),
        ("€1.2B", (1.2e9, "EUR")),
        ("35 M$", (35e6, "USD")),
        ("USD 35M", (35e6, "USD")),
        ("35M EUR", (35e6, "EUR")),
        ("CHF35M", (35e6, "CHF")),
        ("900M", (900e6, None)),
        ("13 000 000 000", (13e9, None)),
    ],
)
def test_the_edit_form_reads_an_amount_written_with_its_currency(typed, read):
    assert parse_money(typed) == read


def test_a_currency_in_the_amount_sets_the_currency_or_must_agree_with_the_one_typed():
    assert build_edit(INITIAL, INITIAL | {"amount": "$36M"}) == FactEdit(amount=36e6)
    with pytest.raises(FormError, match=r"^amount: €36M is in EUR but the currency field says USD"):
        build_edit(INITIAL, INITIAL | {"amount": "€36M"})
    assert build_edit(INITIAL, INITIAL | {"amount": "€36M", "currency": "eur"}) == FactEdit(
        amount=36e6, currency="EUR"
    )
    with pytest.raises(FormError, match=r"^amount: €36M is in EUR but the currency field says GBP"):
        build_edit(INITIAL, INITIAL | {"amount": "€36M", "currency": "GBP"})
    with pytest.raises(FormError, match=r"^amount: write a number such as 50B, \$35M"):
        build_edit(INITIAL, INITIAL | {"amount": "XYZ 35M"})


async def test_the_edit_form_saves_an_amount_typed_as_the_card_shows_it(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            assert "$110B" in app.screen.query_one("#review-fact").render().plain
            await pilot.press("enter")
            await settle(pilot)
            app.screen.query_one("#edit-amount", Input).value = "€120B"
            app.screen.query_one("#edit-currency", Input).value = "GBP"
            await pilot.press("ctrl+s")
            await settle(pilot)
            error = app.screen.query_one("#edit-error").render().plain
            assert error.startswith("amount: €120B is in EUR but the currency field says GBP")
            app.screen.query_one("#edit-currency", Input).value = "USD"
            app.screen.query_one("#edit-amount", Input).value = "$120B"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            found = openai_round(store)
            assert (found.amount, found.currency, found.review_status) == (120e9, "USD", "edited")

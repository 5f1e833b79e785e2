"""The edit form reads an amount exactly as deal files do (`cells.parse_deal_amount`, the one reader),
plus the card's own display forms ("~$35M", "≥ $13B", "$1.2T"). It read `1,500` as 1.5, dropped the
minus of `-5M` without a word, and refused `2 milliards`, `1.5 million` and `12,5 Mio. €`."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from ai_deals.importers.cells import NotAnAmountError, parse_deal_amount
from ai_deals.store import Store
from ai_deals.tui.formatting import money
from ai_deals.tui.screens.fact_edit import (
    AMOUNT_HELP,
    FactEditScreen,
    FormError,
    build_edit,
    parse_money,
    parse_money_bound,
)
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_data import openai_round
from tui_helpers import settle, shown

TYPED = [
    "1,500",
    "1.500",
    "12,345",
    "2,50",
    "1,7B",
    "1,5M",
    "-5M",
    "−5M",
    "-$5M",
    "$-5M",
    "1t",
    "1.2T",
    "2 milliards",
    "1.5 million",
    "12,5 Mio. €",
    "3 Mrd.",
    "CHF 2 Mrd",
    "$35M",
    "€1.2B",
    "35 M$",
    "USD 35M",
    "35M EUR",
    "CHF35M",
    "35BRL",
    "$35M USD",
    "$35M EUR",
    "900M",
    "900k",
    "13 000 000 000",
    "1'234'567",
    "1.234.567,5",
    "５M",
    "5e9",
    "1234",
    "0.5",
    "2e15",
    "NaN",
    "inf",
    "lots",
    "XYZ 35M",
    "1,2,3",
]


@pytest.mark.parametrize("typed", TYPED)
def test_the_edit_form_reads_an_amount_as_deal_files_do(typed):
    """Same amount and currency, or the same refusal (an unreadable value with the form's examples)."""
    try:
        expected = parse_deal_amount(typed)
    except NotAnAmountError:
        with pytest.raises(FormError) as refused:
            parse_money(typed)
        assert str(refused.value) == AMOUNT_HELP
    except ValueError as error:
        with pytest.raises(FormError) as refused:
            parse_money(typed)
        assert str(refused.value) == f"amount: {error}"
    else:
        assert parse_money(typed) == expected


@pytest.mark.parametrize("value", [950, 12.5e3, 35e6, 1.7e9, 110e9, 1.2e12, 13.5e12, 1e15])
@pytest.mark.parametrize(("currency", "bound"), [("USD", "exact"), ("EUR", "approx"), ("CHF", "minimum")])
def test_the_edit_form_reads_back_every_amount_the_card_shows(value, currency, bound):
    read = parse_money_bound(money(value, currency, bound))
    assert read == (pytest.approx(value), currency, None if bound == "exact" else bound)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5M", "amount: '-5M' is negative"),
        ("~-5M", "amount: '-5M' is negative"),
        ("≥ -$5M", "amount: '-$5M' is negative"),
        ("0", "amount: must be a positive number; '0' is zero"),
        ("$0M", "amount: must be a positive number; '$0M' is zero"),
        ("n/a", "amount: must be a positive number; 'n/a' states no amount"),
    ],
)
def test_a_negative_or_zero_amount_is_refused_in_one_line(typed, message):
    with pytest.raises(FormError) as refused:
        parse_money_bound(typed)
    assert str(refused.value) == message


GIGAWATTS = {"company": "Stargate", "amount": "2", "currency": "", "bound": "exact", "date": "2026"}


def test_a_value_under_one_is_kept_for_a_metric_without_currency_but_refused_for_money():
    assert build_edit(GIGAWATTS, GIGAWATTS | {"amount": "0.5"}).amount == 0.5
    for initial, typed in ((GIGAWATTS | {"currency": "USD"}, "0.5"), (GIGAWATTS, "$0.5")):
        with pytest.raises(FormError, match="less than one unit of its currency"):
            build_edit(initial, initial | {"amount": typed})


async def _save_amount(pilot, app, typed: str, currency: str | None) -> None:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, FactEditScreen)
    app.screen.query_one("#edit-amount", Input).value = typed
    if currency is not None:
        app.screen.query_one("#edit-currency", Input).value = currency
    await pilot.press("ctrl+s")
    await settle(pilot)


@pytest.mark.parametrize(
    ("typed", "currency", "saved"),
    [
        ("1t", None, (1e12, "USD")),
        ("2 milliards", None, (2e9, "USD")),
        ("1.5 million", None, (1.5e6, "USD")),
        ("12,5 Mio. €", "EUR", (12.5e6, "EUR")),
    ],
)
async def test_the_edit_form_saves_an_amount_written_as_in_a_deal_file(db, typed, currency, saved):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await _save_amount(pilot, app, typed, currency)
            assert isinstance(app.screen, ReviewScreen), shown(app, "#edit-error")
            found = openai_round(store)
            assert (found.amount, found.currency, found.review_status) == (*saved, "edited")


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        (
            "1,500",
            "amount: '1,500' has one separator before three digits and no unit (1500 or 1.5?): write 1500"
            " if that is meant, or the amount with its unit (1.5M)",
        ),
        ("-5M", "amount: '-5M' is negative"),
        ("0", "amount: must be a positive number; '0' is zero"),
    ],
)
async def test_the_edit_form_refuses_an_ambiguous_negative_or_zero_amount_and_saves_nothing(db, typed, error):
    with Store.open(db) as store:
        before = openai_round(store)
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await _save_amount(pilot, app, typed, None)
            assert isinstance(app.screen, FactEditScreen), "a refused amount keeps the form open"
            assert shown(app, "#edit-error") == error
        assert openai_round(store) == before

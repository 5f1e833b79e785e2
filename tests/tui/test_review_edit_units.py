"""A metric counted in a unit (megawatts stored, "1 GW" on pages; employees, users) is shown on the review
card and in the edit form with its unit, and the form reads a unit typed with the value. The card and the
form showed `1k` with no unit; `0.5` saved 0.5 MW where the field said 1k (1 GW), and `0.5 GW` was refused
as not an amount."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from ai_deals.importers.reading import read_document
from ai_deals.importing import load_article
from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.fact_edit import (
    FactEditScreen,
    FormError,
    amount_hint,
    build_edit,
    initial_values,
    metric_unit,
    parse_quantity,
)
from ai_deals.tui.screens.review import ReviewScreen, fact_card

from screen_host import ScreenHost
from tui_helpers import settle, shown

HELIOPARC = Path(__file__).parent.parent / "fixtures" / "articles_holdout65" / "fr_lemonde_helioparc.txt"


@pytest.mark.parametrize(
    ("typed", "unit", "shown_unit", "read"),
    [
        ("0.5 GW", "megawatts", "GW", (500.0, None)),
        ("500 MW", "megawatts", "GW", (500.0, None)),
        ("500MW", "megawatts", "GW", (500.0, None)),
        ("1.5 gigawatts", "megawatts", "MW", (1500.0, None)),
        ("0.5", "megawatts", "GW", (500.0, None)),  # a bare number is in the unit the field showed
        ("450", "megawatts", "MW", (450.0, None)),
        ("~1 GW", "megawatts", "GW", (1000.0, "approx")),
        ("1.2 GWh", "megawatt-hours", "MWh", (1200.0, None)),
        ("800 kW", "megawatts", "MW", (0.8, None)),
        ("900M users", "users", "users", (900e6, None)),
        ("1.5k", "employees", "employees", (1500.0, None)),
    ],
)
def test_a_metrics_value_is_read_with_the_unit_typed_or_the_one_the_field_showed(
    typed, unit, shown_unit, read
):
    assert parse_quantity(typed, unit, shown_unit) == read


@pytest.mark.parametrize(
    ("typed", "unit", "error"),
    [
        (
            "€5M",
            "megawatts",
            "amount: €5M is money, but this metric is counted in MW: write a number such as 500 MW or 0.5 GW",
        ),
        (
            "1.2 GWh",
            "megawatts",
            "amount: GWh is an energy (watt-hours), but this metric is counted in MW:"
            " write a number such as 500 MW or 0.5 GW",
        ),
        (
            "5 GW",
            "users",
            "amount: GW is a power (watts), but this metric is counted in users: write a number"
            " of users such as 85, 1.5k or 900M",
        ),
        ("GW", "megawatts", "amount: write a number such as 500 MW or 0.5 GW"),
        ("lots", "megawatts", "amount: write a number such as 500 MW or 0.5 GW"),
        ("0 GW", "megawatts", "amount: must be a positive number; '0' is zero"),
    ],
)
def test_a_unit_of_another_kind_or_money_is_refused_in_one_line(typed, unit, error):
    with pytest.raises(FormError) as refused:
        parse_quantity(typed, unit, "GW")
    assert str(refused.value) == error


def test_a_capacity_typed_as_money_is_refused_in_one_line():
    initial = {"company": "Hélioparc", "amount": "38M", "currency": "EUR", "bound": "exact"}
    with pytest.raises(
        FormError, match=r"^amount: GW is a capacity, but this figure is money: write an amount"
    ):
        build_edit(initial, initial | {"amount": "5 GW"})


@pytest.fixture
def helioparc(tmp_path) -> Path:
    path = tmp_path / "h.db"
    with Store.open(path) as store:
        store.import_source(load_article(read_document(HELIOPARC)))
    return path


def _metrics(store: Store) -> list:
    return store.company(store.find_company("Hélioparc").id).metrics


def _metric(store: Store, unit: str, value: float | None = None):
    return next(r for r in _metrics(store) if r.unit == unit and (value is None or r.value == value))


def test_the_form_shows_a_metrics_value_with_its_unit_as_pages_do(helioparc):
    with Store.open(helioparc) as store:
        gigawatt, megawatts = _metric(store, "megawatts", 1000.0), _metric(store, "megawatts", 450.0)
        employees = _metric(store, "employees")
        assert [initial_values(r)["amount"] for r in (gigawatt, megawatts, employees)] == [
            "1 GW",
            "450 MW",
            "85 employees",
        ]
        assert "amount     1 GW" in fact_card(gigawatt).plain
        assert "amount     450 megawatts" in fact_card(megawatts).plain
        assert [amount_hint(r) for r in (gigawatt, megawatts, employees)] == [
            "0.5 means 0.5 GW · or type the unit: 500 MW",
            "0.5 means 0.5 MW · or type the unit: 1.2 GW",
            "a number of employees: 85, 1.5k, 900M",
        ]
        initial = initial_values(gigawatt)
        assert build_edit(initial, initial, metric_unit(gigawatt)) is None
        assert build_edit(initial, initial | {"amount": "0.5"}, metric_unit(gigawatt)) == FactEdit(amount=500)


async def test_the_review_card_and_form_show_gw_and_save_a_bare_number_in_gw(helioparc):
    with Store.open(helioparc) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            for _ in range(12):
                card = shown(app, "#review-fact")
                if "megawatts" in card and "1 GW" in card:
                    break
                await pilot.press("j")
                await settle(pilot)
            assert "amount     1 GW" in card
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            box = app.screen.query_one("#edit-amount", Input)
            assert box.value == "1 GW"
            assert shown(app, "#edit-amount-hint") == "0.5 means 0.5 GW · or type the unit: 500 MW"
            box.value = "€5M"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert shown(app, "#edit-error").startswith(
                "amount: €5M is money, but this metric is counted in MW"
            )
            box.value = "0.5"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen), shown(app, "#edit-error")
        capacities = sorted((r.value, r.review_status) for r in _metrics(store) if r.unit == "megawatts")
    assert capacities == [(450.0, "extracted"), (500.0, "edited")]

"""Capacities of 1,000 MW and more read in GW (MWh in GWh): display only, stored in megawatts."""

from ai_deals.store.formatting import format_amount
from ai_deals.tui.formatting import quantity


def test_capacity_range_of_thousands_of_megawatts_reads_in_gigawatts():
    assert format_amount(65_000, None, "range", 90_000, "megawatts") == "65–90 GW"
    assert quantity(65_000, "megawatts", None, "range", 90_000) == "65–90 GW"


def test_one_thousand_megawatts_reads_one_gigawatt():
    assert format_amount(1_000, None, "exact", None, "megawatts") == "1 GW"
    assert quantity(1_000, "megawatts", None, "exact") == "1 GW"


def test_storage_of_thousands_of_megawatt_hours_reads_in_gigawatt_hours():
    assert format_amount(2_500, None, None, None, "megawatt-hours") == "2.5 GWh"
    assert quantity(1_500, "megawatt-hours", None) == "1.5 GWh"


def test_capacity_under_one_thousand_megawatts_keeps_its_unit():
    assert format_amount(420, None, None, None, "megawatts") == "420 megawatts"
    assert quantity(420, "megawatts", None, "approx") == "~420 megawatts"


def test_other_units_are_not_scaled():
    assert quantity(5_000, "employees", None) == "5k employees"
    assert format_amount(5_000, "EUR", None, None, "megawatts") == "€5k"

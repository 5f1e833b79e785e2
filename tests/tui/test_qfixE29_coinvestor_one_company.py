"""qa54: at 80 columns a co-investor sharing one company read "led 1 · 1 company" where 120 columns named
the company; its name is cut with "…" to the room left instead, the count kept for names too cut to read."""

from __future__ import annotations

from rich.cells import cell_len

from ai_deals.tui.screens.company_rows import companies_within


def test_a_coinvestors_only_company_is_cut_to_the_room_not_counted():
    said = companies_within(1, ["Black Forest Labs"], 14)
    assert said == "led 1 · Black…"
    assert cell_len(said) <= 14


def test_a_coinvestors_only_company_fitting_whole_is_named_whole():
    assert companies_within(1, ["Black Forest Labs"], 40) == "lead in 1 · Black Forest Labs"


def test_a_coinvestors_only_company_with_too_little_room_is_counted():
    assert companies_within(1, ["Black Forest Labs"], 10) == "1 company"


def test_several_companies_without_room_for_one_are_still_counted():
    assert (
        companies_within(3, ["Aurora Photonics Labs", "Borealis Quantum Systems"], 20)
        == "led 3 · 2 companies"
    )

"""The 5 % test of two amounts (LOOSE_TOLERANCE of the larger) is one function every caller shares."""

from ai_deals.store import conflicts, fold_candidates, same_raise
from ai_deals.store.same_raise import LOOSE_TOLERANCE, within_loose_tolerance


def test_amounts_within_five_percent_of_the_larger_are_loosely_equal() -> None:
    assert within_loose_tolerance(100.0, 95.0)  # exactly 5 % of the larger: inclusive, as before
    assert within_loose_tolerance(95.0, 100.0)
    assert within_loose_tolerance(51e6, 52e6)
    assert not within_loose_tolerance(100.0, 94.9)
    assert not within_loose_tolerance(18.0, 18e6)
    assert LOOSE_TOLERANCE == 0.05


def test_fold_candidates_and_conflicts_take_the_one_tolerance_function_same_raise_defines() -> None:
    assert fold_candidates.within_loose_tolerance is same_raise.within_loose_tolerance
    assert conflicts.within_loose_tolerance is same_raise.within_loose_tolerance

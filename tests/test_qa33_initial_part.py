"""A stake told as a total and then as the part paid first and the rest ("Amazon will invest up to $4 billion in
Brevik … Amazon will initially invest $1.25 billion through a convertible note, with the option to invest up to
$2.75 billion more later", « investira d'abord 1,25 milliard, puis jusqu'à 2,75 milliards ») is one stake in two
tranches, not three stakes (qa33: `show Brevik` said "+ up to $8.75B committed" for a $4 billion deal)."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok
from extract_helpers import facts_of, only

LAB = "Brevik, a London-based AI lab, builds large language models.\n\n"
ENGLISH = (
    "Amazon will invest up to $4 billion in Brevik and take a minority stake in the company.\n\n"
    "Amazon will initially invest $1.25 billion through a convertible note, with the option to invest up to "
    "$2.75 billion more later."
)
FRENCH = (
    "Amazon va investir jusqu'à 4 milliards de dollars dans Brevik.\n\n"
    "Amazon investira d'abord 1,25 milliard de dollars, puis jusqu'à 2,75 milliards de dollars."
)


@pytest.mark.parametrize(("text", "language"), [(ENGLISH, "en"), (FRENCH, "fr")], ids=["initially", "d-abord"])
def test_a_part_paid_first_and_the_rest_are_tranches_of_the_stake_told(text, language):
    stake = only(facts_of(LAB + text, language), "investment")
    assert (stake.investor, stake.amount, stake.bound) == ("Amazon", 4e9, "maximum")
    assert [(t.amount, t.bound) for t in stake.tranches] == [(1.25e9, "exact"), (2.75e9, "maximum")]


def test_the_parts_of_a_stake_are_not_committed_again(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("brevik.txt", LAB + ENGLISH))
    page = run_ok(capsys, db, "show", "Brevik")
    assert "up to $4B committed" in page.split("┏", 1)[0]

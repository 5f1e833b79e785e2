"""A stake a deal gives a backer, told with its worth ("Velloran completed its restructuring, …, giving Microsoft a
stake of about 27% worth roughly $135 billion"), is the backer's stake held in the company: Microsoft is the holder
(never the company the lab invested in) and the worth is no money raised by anyone (qa33: `show Microsoft` said
"raised $135B", with Velloran as its investor)."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok
from extract_helpers import facts_of, only

from ai_deals.importers.extract.stake_purchases import STAKE_HELD

LAB = "Velloran, a San Francisco AI lab, builds large language models.\n\n"
RESTRUCTURING = (
    "Velloran said on Tuesday it had completed its conversion into a public benefit corporation, Velloran Group "
    "PBC, giving Microsoft a stake of about 27% worth roughly $135 billion."
)


@pytest.mark.parametrize(
    "sentence",
    [
        RESTRUCTURING,
        "Velloran said on Tuesday it had completed its restructuring, giving Microsoft a stake of about 27% worth "
        "roughly $135 billion.",
        "The restructuring gives Microsoft a stake of about 27% in Velloran worth roughly $135 billion.",
        "The recapitalisation leaves Microsoft with a 27% stake worth roughly $135 billion.",
    ],
    ids=["subject-renamed", "subject", "stake-in", "leaves-with"],
)
def test_a_stake_given_to_a_backer_is_its_stake_held_in_the_company(sentence):
    stake = only(facts_of(LAB + sentence), "investment")
    assert stake.investor == "Microsoft"
    assert stake.company is not None and stake.company.startswith("Velloran")
    assert stake.round_type == STAKE_HELD
    assert stake.percentage == 27.0


def _headline(page: str) -> str:
    """The lines of a `show` page above its first table: the name, its description and what it raised."""
    return page.split("┏", 1)[0]


def test_the_worth_of_a_stake_given_is_no_money_raised(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("velloran.txt", LAB + RESTRUCTURING))
    microsoft = run_ok(capsys, db, "show", "Microsoft")
    assert "raised" not in _headline(microsoft)
    assert "Portfolio" in microsoft and "Stake held" in microsoft
    assert "raised" not in _headline(run_ok(capsys, db, "show", "Velloran"))

"""Session 23 (qfK, tester qa40): a sum told as a round's first part with "the remainder" after it, and new money
beside a stake held.

"raised $60 million…, with $25 million in a first tranche and the remainder once revenue milestones are met" is
the round's first tranche ($25M) and its computed, conditional balance ($35M): never $60M and $25M on top of it.
"Nvidia, which owns a 7% stake in CoreWeave worth roughly $1.5 billion, said it would invest a further $2
billion" is the 7% stake held ($1.5B) and a $2B investment of new money, not two stakes held.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.stake_purchases import STAKE_HELD

PUBLISHED = "2026-03-02"  # the day `facts_of` publishes its texts


@pytest.mark.parametrize(
    ("text", "language", "first", "balance", "condition"),
    [
        (
            "Orbelle raised $60 million in a Series A led by Partech, with $25 million in a first tranche and the "
            "remainder once revenue milestones are met.",
            "en",
            25e6,
            35e6,
            "once revenue milestones are met",
        ),
        (
            "Orbelle raised $60 million in a Series A led by Partech, with a first tranche of $25 million and the "
            "remainder once revenue milestones are met.",
            "en",
            25e6,
            35e6,
            "once revenue milestones are met",
        ),
        (
            "Orbelle a levé 60 millions d'euros en série A menée par Partech, avec 25 millions en première "
            "tranche et le reste une fois les objectifs de revenus atteints.",
            "fr",
            25e6,
            35e6,
            "une fois les objectifs de revenus atteints",
        ),
        (
            "Kelvo raised €40 million in a Series B led by Atomico, with €15 million as an initial tranche and "
            "the balance if it reaches its sales targets.",
            "en",
            15e6,
            25e6,
            "if it reaches its sales targets",
        ),
    ],
)
def test_a_sum_in_a_first_tranche_with_the_remainder_after_it_splits_the_round_never_adds_to_it(
    text, language, first, balance, condition
):
    raised = only(facts_of(text, language), "round")
    assert [(t.label, t.amount, t.computed, t.condition) for t in raised.tranches] == [
        ("first", first, False, None),
        ("balance", balance, True, condition),
    ]
    assert sum(t.amount for t in raised.tranches) == raised.amount
    assert (raised.status, raised.condition) == ("conditional", condition)


def test_a_round_with_a_first_tranche_and_the_remainder_shows_only_that_tranche_as_raised(
    capsys, tmp_path: Path
):
    path = tmp_path / "v7.txt"
    path.write_text(
        "title: v7\ndate: 2025-11-11\nlanguage: en\n\n"
        "Orbelle raised $60 million in a Series A led by Partech, with $25 million in a first tranche and the "
        "remainder once revenue milestones are met.\n",
        encoding="utf-8",
    )
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db), "show", "Orbelle")
    assert code == 0 and "raised $25M (+ $35M conditional)" in out.splitlines()


@pytest.mark.parametrize(
    ("text", "language", "holder", "company", "percent", "worth", "new_money"),
    [
        (
            "Nvidia, which owns a 7% stake in CoreWeave worth roughly $1.5 billion, said it would invest a "
            "further $2 billion.",
            "en",
            "Nvidia",
            "CoreWeave",
            7.0,
            1.5e9,
            2e9,
        ),
        (
            "Google, which holds a 10% stake in Anthropic valued at about $3 billion, plans to invest another $1 "
            "billion.",
            "en",
            "Google",
            "Anthropic",
            10.0,
            3e9,
            1e9,
        ),
        (
            "Bpifrance, qui détient 20% de Mistral AI, une participation valorisée à 40 millions d'euros, va "
            "investir 15 millions d'euros de plus.",
            "fr",
            "Bpifrance",
            "Mistral AI",
            20.0,
            40e6,
            15e6,
        ),
    ],
)
def test_new_money_beside_a_stake_held_is_an_investment_not_a_second_stake_held(
    text, language, holder, company, percent, worth, new_money
):
    stakes = of_kind(facts_of(text, language), "investment")
    assert [(s.investor, s.company) for s in stakes] == [(holder, company)] * 2
    held, invested = sorted(stakes, key=lambda s: s.round_type != STAKE_HELD)
    assert (held.amount, held.round_type, held.percentage, held.status) == (
        worth,
        STAKE_HELD,
        percent,
        "completed",
    )
    assert (invested.amount, invested.round_type, invested.percentage) == (new_money, None, None)
    assert invested.status == "announced"  # "would invest", "plans to invest", "va investir": not done yet

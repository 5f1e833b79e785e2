"""Round types that state no stage (Crunchbase's "Corporate Round", "Venture - Series Unknown"):
shown in plain words, and giving way to a source's stated stage ("Series B") when two sources tell
one raise, whichever was imported first; and wherever two round types are compared, agreeing with any
stage as an untyped round does (`kinds_agree`: money_raised.same_type, writing `day_round`, review's
relink of a stake, same_raise `_attach_parts`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)
from test_money_raised import page_of
from test_same_raise import make_round

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.store.formatting import kinds_agree, round_kind, round_label
from ai_deals.store.models import Stake
from ai_deals.store.money_raised import same_type
from ai_deals.store.same_raise import fold_rounds

POOLSIDE = """title: Poolside raises $500 million
date: 2024-10-02
url: https://example.org/poolside
language: en

Poolside, an AI coding startup, said on Wednesday it raised $500 million in a Series B round led by
Bain Capital Ventures.
"""
POOLSIDE_DEALS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors
Poolside,Corporate Round,500000000,USD,2024-10-02,Bain Capital Ventures
"""


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Venture - Series Unknown", "Venture round"),
        ("Corporate Round", "Corporate round"),
        ("Private Equity Round", "Private equity round"),
        ("Funding Round", "Funding round"),
        ("corporate_round", "Corporate round"),
    ],
)
def test_crunchbase_generic_round_types_read_as_plain_words_and_state_no_stage(written, label):
    assert round_label(written) == label
    assert round_kind(written) is None  # compared as no stated type
    assert round_kind("Series B") == "series b"


@pytest.mark.parametrize("order", [("a.txt", "d.csv"), ("d.csv", "a.txt")])
def test_a_stated_stage_wins_over_a_generic_round_type_whichever_came_first(tmp_path, capsys, order):
    files = {"a.txt": POOLSIDE, "d.csv": POOLSIDE_DEALS}
    paths = []
    for name in order:
        (tmp_path / name).write_text(files[name], encoding="utf-8")
        paths.append(str(tmp_path / name))
    db = tmp_path / "deals.db"
    assert main(["--db", str(db), "--empty", "import", *paths]) == 0, capsys.readouterr().err
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Poolside").id)
    assert [(r.round_type, r.amount, r.source_count) for r in page.rounds] == [("Series B", 5e8, 2)]
    assert page.conflicts == []


def stake_of(round_type: str | None) -> Stake:
    return Stake(
        id=9,
        company_id=1,
        company="C1",
        investor_id=5,
        investor_company_id=5,
        investor="Nordlys",
        round_type=round_type,
    )


@pytest.mark.parametrize(
    ("one", "two", "agree"),
    [
        ("Series B", "série B", True),
        ("Series B", "Seed", False),
        ("Series B", None, True),
        ("Series B", "Corporate Round", True),
        ("Venture - Series Unknown", "Seed", True),
    ],
)
def test_a_generic_round_type_agrees_with_any_stage_either_way_round(one, two, agree):
    assert kinds_agree(round_kind(one), round_kind(two)) is agree
    assert kinds_agree(round_kind(two), round_kind(one)) is agree
    assert same_type([make_round(1, 1, round_type=one)], stake_of(two)) is agree
    assert same_type([make_round(1, 1, round_type=two)], stake_of(one)) is agree


def deal_file(capsys, tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "deals.csv"
    path.write_text("company,investor,kind,amount,currency,date,round_type\n" + "\n".join(rows) + "\n")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


SERIES_B = "Orbitra,Helix Capital,round,50000000,USD,2026-04-02,Series B"
CORPORATE_STAKE = "Orbitra,Nordlys Ventures,investment,10000000,USD,2026-04-02,Corporate Round"


def test_a_stake_of_a_generic_round_type_is_in_its_sources_series_b_of_that_day(capsys, tmp_path):
    db = deal_file(capsys, tmp_path, SERIES_B, CORPORATE_STAKE)
    with Store.open(db) as store:
        page = page_of(store, "Orbitra")
        (series_b,) = page.rounds
        nordlys = next(stake for stake in page.investors if stake.investor == "Nordlys Ventures")
        assert nordlys.round_ids == [series_b.id]
        assert page.raised == {"USD": 50e6}


def test_a_stake_whose_type_the_review_makes_generic_stays_in_its_sources_series_b(capsys, tmp_path):
    from ai_deals.store import review

    db = deal_file(capsys, tmp_path, SERIES_B, CORPORATE_STAKE.replace("Corporate Round", "Series B"))
    with Store.open(db) as store:
        nordlys = next(s for s in page_of(store, "Orbitra").investors if s.investor == "Nordlys Ventures")
        assert nordlys.round_ids
        store.edit_fact(nordlys.ref, review.FactEdit(round_type="Corporate Round"))
        page = page_of(store, "Orbitra")
        (series_b,) = page.rounds
        nordlys = next(s for s in page.investors if s.investor == "Nordlys Ventures")
        assert nordlys.round_ids == [series_b.id]


@pytest.mark.parametrize("round_type", [None, "Corporate Round"])
def test_a_smaller_round_states_a_part_only_by_a_stated_stage(round_type):
    """`_attach_parts` joins a smaller round of one investor as its part only when both state the
    same stage: a generic type, like none, states no stage."""
    typed = {"date": "2025-06-02", "round_type": round_type}
    whole = make_round(1, 1, 410e6, investors=["Accel", "Samsung"], investor_company_ids=[10, 11], **typed)
    part = make_round(2, 2, 25e6, investors=["Accel"], investor_company_ids=[10], **typed)
    assert [r.part_ids for r in fold_rounds([whole, part])] == [[], []]

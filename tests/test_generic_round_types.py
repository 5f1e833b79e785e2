"""Round types that state no stage (Crunchbase's "Corporate Round", "Venture - Series Unknown"):
shown in plain words, and giving way to a source's stated stage ("Series B") when two sources tell
one raise, whichever was imported first."""

from __future__ import annotations

import pytest
from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.store.formatting import round_kind, round_label

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

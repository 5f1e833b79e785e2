"""Session 22 (mendE22): a stake joins another source's round by its type only when it states a stage.

Two generic types ("Venture Round", "Corporate Round") say nothing of which round a stake is in: a
generic stake stays out of another source's round, as the review's `_still_in_round` would take it out
again; a stake of a stated stage joins another source's generic round, since the kinds agree."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)
from test_money_raised import page_of

from ai_deals.store import Store

HEADER = "company,investor,kind,amount,currency,date,round_type\n"
GA_ROUND = "Orbitra,Helix Capital,round,50000000,USD,2026-04-02,Corporate Round"


def _import(capsys, tmp_path: Path, stake_type: str) -> Path:
    (tmp_path / "ga.csv").write_text(HEADER + GA_ROUND + "\n", encoding="utf-8")
    stake = f"Orbitra,Nordlys Ventures,investment,10000000,USD,2026-04-02,{stake_type}"
    (tmp_path / "gb.csv").write_text(HEADER + stake + "\n", encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(
        capsys, "--db", str(db), "--empty", "import", str(tmp_path / "ga.csv"), str(tmp_path / "gb.csv")
    )
    assert code == 0, err
    return db


def _nordlys_rounds(db: Path) -> tuple[list[int], list[int]]:
    with Store(db, readonly=True) as store:
        page = page_of(store, "Orbitra")
        nordlys = next(stake for stake in page.investors if stake.investor == "Nordlys Ventures")
        return nordlys.round_ids, [r.id for r in page.rounds]


def test_a_generic_stake_stays_out_of_another_sources_generic_round(capsys, tmp_path):
    round_ids, _ = _nordlys_rounds(_import(capsys, tmp_path, "Venture Round"))
    assert round_ids == []


def test_a_stake_of_a_stated_stage_joins_another_sources_generic_round(capsys, tmp_path):
    round_ids, rounds = _nordlys_rounds(_import(capsys, tmp_path, "Series B"))
    assert round_ids == rounds and len(rounds) == 1

"""A round's investors listed for the typed stakes joined to it (`round_investors.joined`): an investor
its own source names stays named whatever order a deal file's rows come in, a merge keeps it named,
an upgraded database lists the stakes joined before, and a round's edit re-joins its stakes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store, bulk
from ai_deals.store.models import RecordRef
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.fact_edit import build_edit, clearable_fields, initial_values

HEADER = "company,investor,kind,amount,currency,date,round_type,valuation,basis"
ROUND_B = "Zorgly AI,Lead Capital,round,20000000,USD,2024-03-01,Series B,,"
STAKE_B = "Zorgly AI,Acme Ventures,investment,5000000,USD,2024-03-01,series B,,"


def _import(capsys, db: Path, path: Path, *rows: str) -> None:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err


def _company(store: Store):
    return store.company(store.find_company("Zorgly AI", exact=True).id)


def _stake(store: Store):
    return next(s for s in _company(store).investors if s.investor == "Acme Ventures")


def _round(store: Store):
    (round_,) = _company(store).rounds
    return round_


def _edited(store: Store, record, **typed: str):
    initial = initial_values(record)
    return store.edit_fact(record.ref, build_edit(initial, initial | typed, None, clearable_fields(record)))


def test_a_rounds_own_investor_stays_named_when_a_stake_row_of_it_comes_first_after_a_flush(
    capsys, monkeypatch, tmp_path
):
    monkeypatch.setattr(bulk, "BATCH_ROWS", 1)  # a flush after each row: the stake's link runs first
    db = tmp_path / "t.db"
    named = ROUND_B.replace("Lead Capital", "Acme Ventures")  # a later row of the same round
    _import(capsys, db, tmp_path / "deals.csv", ROUND_B, STAKE_B, named)
    with Store.open(db) as store:
        assert sorted(_round(store).investors) == ["Acme Ventures", "Lead Capital"]
        _edited(store, _stake(store), round_type="Series A")  # the stake leaves the round
        assert sorted(_round(store).investors) == ["Acme Ventures", "Lead Capital"]


def _links(db: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            """SELECT c.name, ri.joined FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
               JOIN companies c ON c.id = i.company_id ORDER BY c.name"""
        ).fetchall()


def test_a_merge_keeps_an_investor_named_by_the_rounds_source_though_the_kept_one_was_joined(
    capsys, tmp_path
):
    db = tmp_path / "t.db"
    _import(capsys, db, tmp_path / "round.csv", ROUND_B.replace("Lead Capital", "Acme Capital"))
    _import(capsys, db, tmp_path / "stake.csv", STAKE_B)  # joined: Acme Ventures listed for its stake
    before = _links(db)
    assert before == [("Acme Capital", 0), ("Acme Ventures", 1)]
    with Store.open(db) as store:
        kept, duplicate = store.find_company("Acme Ventures").id, store.find_company("Acme Capital").id
        store.undo_merge(store.merge_companies(kept, duplicate))
        assert _links(db) == before, "undone: as before the merge"
        store.merge_companies(kept, duplicate)
        assert _round(store).investors == ["Acme Ventures"]
        _edited(store, _stake(store), round_type="Series A")
        assert _round(store).investors == ["Acme Ventures"], "the round's source names it (as Acme Capital)"


def test_migration_m024_lists_the_investors_of_stakes_joined_before_it(capsys, tmp_path):
    db = tmp_path / "t.db"
    _import(capsys, db, tmp_path / "round.csv", ROUND_B)
    _import(capsys, db, tmp_path / "stake.csv", STAKE_B)
    with sqlite3.connect(db) as conn:  # the database as a version before m024 left it
        conn.execute("DELETE FROM round_investors WHERE joined = 1")
        conn.execute("ALTER TABLE round_investors DROP COLUMN joined")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm024_round_investors_joined'")
    with Store.open(db) as store:
        assert sorted(_round(store).investors) == ["Acme Ventures", "Lead Capital"]
        _edited(store, _stake(store), round_type="Series A")
        assert _round(store).investors == ["Lead Capital"], "listed as joined: it leaves with its stake"


@pytest.mark.parametrize("typed", [{"round_type": "Series C"}, {"date": "2024-03-02"}])
def test_a_round_edited_away_from_its_stakes_type_or_day_lets_them_go_and_undo_takes_them_back(
    capsys, tmp_path, typed
):
    db = tmp_path / "t.db"
    _import(capsys, db, tmp_path / "round.csv", ROUND_B)
    _import(capsys, db, tmp_path / "stake.csv", STAKE_B)
    with Store.open(db) as store:
        round_id = _round(store).id
        undo = _edited(store, _round(store), **typed)
        assert (_stake(store).round_id, _round(store).investors) == (None, ["Lead Capital"])
        store.undo_review(undo)
        assert (_stake(store).round_id, sorted(_round(store).investors)) == (
            round_id,
            ["Acme Ventures", "Lead Capital"],
        )


def test_a_round_retyped_to_a_stakes_type_that_day_takes_it_in_and_undo_lets_it_go(capsys, tmp_path):
    db = tmp_path / "t.db"
    _import(capsys, db, tmp_path / "round.csv", ROUND_B)
    _import(capsys, db, tmp_path / "stake.csv", STAKE_B.replace("series B", "Series A"))
    with Store.open(db) as store:
        assert _stake(store).round_id is None
        undo = _edited(store, _round(store), round_type="Series A")
        assert (_stake(store).round_id, sorted(_round(store).investors)) == (
            _round(store).id,
            ["Acme Ventures", "Lead Capital"],
        )
        store.undo_review(undo)
        assert (_stake(store).round_id, _round(store).investors) == (None, ["Lead Capital"])


def test_no_valuation_on_a_stake_leaves_the_valuation_of_the_round_with_its_id(capsys, tmp_path):
    db = tmp_path / "t.db"
    valued = ROUND_B.replace(",,", ",600000000,pre_money")
    _import(capsys, db, tmp_path / "deals.csv", valued, STAKE_B)
    with Store.open(db) as store:
        round_id = _round(store).id
        store.edit_fact(RecordRef(record_type="stake", record_id=round_id), FactEdit(no_valuation=True))
        assert _round(store).pre_money_valuation == 6e8


def test_a_rounds_corrected_type_takes_in_its_stakes_again_after_a_reimport_and_undo_lets_them_go(
    capsys, tmp_path
):
    db, path = tmp_path / "t.db", tmp_path / "round.csv"
    _import(capsys, db, path, ROUND_B)
    _import(capsys, db, tmp_path / "stake.csv", STAKE_B.replace("series B", "Series A"))
    with Store.open(db) as store:
        undo = _edited(store, _round(store), round_type="Series A")
    other = "Zorgly AI,Other Fund,investment,1000000,USD,2024-05-01,,"
    _import(capsys, db, path, ROUND_B, other)  # a corrected version: its records rewritten
    with Store.open(db) as store:
        round_ = _round(store)
        assert (round_.round_type, _stake(store).round_id) == ("Series A", round_.id)
        assert sorted(round_.investors) == ["Acme Ventures", "Lead Capital"]
        assert store.undo_review(undo).replaced
        assert (_stake(store).round_id, _round(store).investors) == (None, ["Lead Capital"])


def test_a_round_stating_no_type_keeps_its_sources_typed_stake_through_an_edit_of_its_day(capsys, tmp_path):
    db = tmp_path / "t.db"
    untyped = ROUND_B.replace(",Series B,", ",,")
    _import(capsys, db, tmp_path / "deals.csv", untyped, STAKE_B)  # the file puts its stake in it
    with Store.open(db) as store:
        round_id = _round(store).id
        assert _stake(store).round_id == round_id
        _edited(store, _round(store), date="2024-03-02")
        assert _stake(store).round_id == round_id

"""A stake's round type corrected from the review's edit form: typed as a round's is, emptied when
its source states none, the stake then in its company's round of that type that day (as the import
joins them: its investor one of the round's investors) or out of a round of another type; undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.tui.screens.fact_edit import (
    FormError,
    build_edit,
    clearable_fields,
    editable_fields,
    initial_values,
)

DEALS = (
    "company,investor,kind,amount,currency,date,round_type,source_url\n"
    "Zorgly AI,Lead Capital,round,20000000,USD,2024-03-01,Series B,https://news.example/r\n"
    "Zorgly AI,Acme Ventures,investment,5000000,USD,2024-03-01,Series A,https://news.example/s\n"
)


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "deals.csv"
    path.write_text(DEALS, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


def _stake(store: Store):
    return next(
        s
        for s in store.company(store.find_company("Zorgly AI").id).investors
        if s.investor == "Acme Ventures"
    )


def _round(store: Store):
    (round_,) = store.company(store.find_company("Zorgly AI").id).rounds
    return round_


def _typed(store: Store, typed: str):
    stake = _stake(store)
    initial = initial_values(stake)
    return store.edit_fact(
        stake.ref, build_edit(initial, initial | {"round_type": typed}, None, clearable_fields(stake))
    )


def test_a_stakes_form_has_its_round_type_and_may_empty_it(db):
    with Store.open(db) as store:
        stake = _stake(store)
        assert "round_type" in editable_fields(stake)
        assert initial_values(stake)["round_type"] == "Series A"
        initial = initial_values(stake)
        assert (
            build_edit(initial, initial | {"round_type": " "}, None, clearable_fields(stake)).round_type == ""
        )
    with pytest.raises(FormError, match="^round type: can't be left empty"):
        build_edit({"round_type": "Series B"}, {"round_type": ""})  # not clearable: the type stays


def test_a_stake_retyped_to_the_days_round_type_joins_it_and_undo_takes_it_out(db):
    with Store.open(db) as store:
        assert _stake(store).round_id is None
        undo = _typed(store, "series_b")  # written as a deal file may: the round's kind all the same
        round_ = _round(store)
        stake = _stake(store)
        assert (stake.round_id, stake.review_status) == (round_.id, "edited")
        assert sorted(round_.investors) == ["Acme Ventures", "Lead Capital"]
        store.undo_review(undo)
        stake = _stake(store)
        assert (stake.round_id, stake.round_type, stake.review_status) == (None, "Series A", "extracted")
        assert _round(store).investors == ["Lead Capital"]


def test_a_stake_retyped_away_from_its_round_leaves_it(db):
    with Store.open(db) as store:
        _typed(store, "Series B")
        _typed(store, "Series C")
        stake = _stake(store)
        assert (stake.round_id, stake.round_type) == (None, "Series C")


def test_a_stakes_round_type_emptied_is_stored_as_none_stated(db):
    with Store.open(db) as store:
        undo = _typed(store, "")
        stake = _stake(store)
        assert (stake.round_type, stake.round_id) == (None, None)
        store.undo_review(undo)
        assert _stake(store).round_type == "Series A"


def test_a_stake_retyped_away_takes_its_investor_off_the_rounds_list_and_undo_puts_it_back(db):
    with Store.open(db) as store:
        _typed(store, "Series B")
        undo = _typed(store, "Series C")
        assert _round(store).investors == ["Lead Capital"]
        store.undo_review(undo)
        assert (_stake(store).round_id, sorted(_round(store).investors)) == (
            _round(store).id,
            ["Acme Ventures", "Lead Capital"],
        )


def test_a_stakes_corrected_round_type_puts_it_in_its_round_again_after_a_reimport(capsys, db, tmp_path):
    with Store.open(db) as store:
        _typed(store, "Series B")
    path = tmp_path / "deals.csv"
    path.write_text(
        DEALS + "Zorgly AI,Other Fund,investment,1000000,USD,2024-05-01,,https://news.example/o\n"
    )
    code, _, err = run(capsys, "--db", str(db), "import", str(path))  # a corrected version: records rewritten
    assert code == 0, err
    with Store.open(db) as store:
        stake = _stake(store)
        assert (stake.round_type, stake.review_status, stake.round_id) == (
            "Series B",
            "edited",
            _round(store).id,
        )
        assert sorted(_round(store).investors) == ["Acme Ventures", "Lead Capital"]


def test_undoing_a_stakes_round_type_after_a_reimport_puts_back_the_rounds_investors(capsys, db, tmp_path):
    with Store.open(db) as store:
        undo = _typed(store, "Series B")
    path = tmp_path / "deals.csv"
    path.write_text(
        DEALS + "Zorgly AI,Other Fund,investment,1000000,USD,2024-05-01,,https://news.example/o\n"
    )
    code, _, err = run(capsys, "--db", str(db), "import", str(path))  # a corrected version: records rewritten
    assert code == 0, err
    with Store.open(db) as store:
        assert store.undo_review(undo).replaced
        stake = _stake(store)
        assert (stake.round_id, stake.round_type, stake.review_status) == (None, "Series A", "extracted")
        assert _round(store).investors == ["Lead Capital"]

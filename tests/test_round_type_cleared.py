"""A round's type emptied in the review's edit form is recorded as none stated (a source that names
no stage, "raised €15M from Microsoft"); the form refused it ("round type: can't be left empty")."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.tui.screens.fact_edit import build_edit, clearable_fields, initial_values

DEALS = (
    "company,investor,kind,amount,currency,date,round_type,source_url\n"
    "Mistral AI,Microsoft,round,15000000,EUR,2024-02,Seed,https://news.example/mistral\n"
)


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "deals.csv"
    path.write_text(DEALS, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


def _round(store: Store):
    (round_,) = store.company(store.find_company("Mistral AI").id).rounds
    return round_


def _emptied(store: Store):
    """The round's form saved with its round type emptied, as the review screen saves it."""
    round_ = _round(store)
    initial = initial_values(round_)
    changes = build_edit(initial, initial | {"round_type": ""}, None, clearable_fields(round_))
    return store.edit_fact(round_.ref, changes)


def test_a_rounds_round_type_emptied_in_the_form_is_stored_as_none_stated(db):
    with Store.open(db) as store:
        assert initial_values(_round(store))["round_type"] == "Seed"
        undo = _emptied(store)
        round_ = _round(store)
        assert (round_.round_type, round_.amount, round_.review_status) == (None, 15_000_000, "edited")
        store.undo_review(undo)
        assert (_round(store).round_type, _round(store).review_status) == ("Seed", "extracted")


def test_a_rounds_emptied_round_type_stays_none_after_a_reimport(capsys, db, tmp_path):
    with Store.open(db) as store:
        _emptied(store)
    path = tmp_path / "deals.csv"
    path.write_text(DEALS + "Other AI,Fund,round,1000000,USD,2024-05,Seed,https://news.example/o\n")
    code, _, err = run(capsys, "--db", str(db), "import", str(path))  # a corrected version: records rewritten
    assert code == 0, err
    with Store.open(db) as store:
        assert (_round(store).round_type, _round(store).review_status) == (None, "edited")

"""A deal file's round told in several rows (one investor each) with a valuation column gives one
valuation, as it gives one round (store/bulk.py): the page and `show` list it once, an export imported
elsewhere keeps one, and a correction of the round's valuation is what the round then shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.tui.screens.company_rows import round_row
from ai_deals.tui.screens.fact_edit import build_edit, initial_values

VALUED_ROUND = (
    "company,investor,amount,currency,date,round_type,post_money_valuation\n"
    "Korvo,Accel,20000000,USD,2025-01-15,Series A,120000000\n"
    "Korvo,Index Ventures,20000000,USD,2025-01-15,Series A,120000000\n"
)


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "val.csv"
    path.write_text(VALUED_ROUND, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


def _shown(capsys, db: Path) -> dict:
    code, out, err = run(capsys, "--db", str(db), "show", "Korvo", "--json")
    assert code == 0, err
    return json.loads(out)


def _valuations(shown: dict) -> list[float]:
    return [m["value"] for m in shown["metrics"] if m["metric"] == "valuation"]


def _row_text(store: Store) -> str:
    round_ = store.company(store.find_company("Korvo").id).rounds[0]
    return " ".join(text for text, _, _ in round_row(round_).pieces)


def test_a_rounds_rows_stating_one_valuation_give_one_valuation(capsys, db):
    shown = _shown(capsys, db)
    assert _valuations(shown) == [120e6]
    assert [r["post_money_valuation"] for r in shown["rounds"]] == [120e6]
    with Store.open(db) as store:
        valuation = next(m for m in store.company(store.find_company("Korvo").id).metrics)
        assert len(valuation.evidence) == 2, "each row is evidence of the one valuation"


def test_the_import_counts_the_rounds_one_valuation_once(capsys, tmp_path):
    path = tmp_path / "val.csv"
    path.write_text(VALUED_ROUND, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "deals.db"), "--empty", "import", str(path))
    assert code == 0, err
    assert "added: val.csv (2 rows, 2 facts)" in out


def test_one_valuation_is_kept_through_an_export_imported_elsewhere(capsys, db, tmp_path):
    out = tmp_path / "export.csv"
    code, _, err = run(capsys, "--db", str(db), "export", "--out", str(out))
    assert code == 0, err
    other = tmp_path / "other.db"
    code, _, err = run(capsys, "--db", str(other), "--empty", "import", str(out))
    assert code == 0, err
    assert _valuations(_shown(capsys, other)) == [120e6]


def test_the_rounds_valuation_corrected_is_what_the_round_shows(capsys, db):
    with Store.open(db) as store:
        round_ = store.company(store.find_company("Korvo").id).rounds[0]
        initial = initial_values(round_)
        store.edit_fact(round_.ref, build_edit(initial, initial | {"valuation": "$150M"}))
        assert "valued $150M" in _row_text(store)
    shown = _shown(capsys, db)
    assert _valuations(shown) == [150e6]
    assert [r["post_money_valuation"] for r in shown["rounds"]] == [150e6]


def test_a_database_holding_two_valuations_of_the_round_corrects_the_one_it_shows(capsys, db):
    """Databases imported before the fix hold one valuation per row: the one the round shows (the
    last) is the one its correction changes."""
    with Store.open(db) as store:
        store.db.execute(
            """INSERT INTO metrics (id, company_id, metric, value, currency, bound, date, date_precision,
                                    is_projection, basis, source_id)
               SELECT id + 1, company_id, metric, value, currency, bound, date, date_precision,
                      is_projection, basis, source_id FROM metrics"""
        )
        store.db.conn.commit()
        round_ = store.company(store.find_company("Korvo").id).rounds[0]
        initial = initial_values(round_)
        store.edit_fact(round_.ref, build_edit(initial, initial | {"valuation": "$150M"}))
        assert "valued $150M" in _row_text(store)


def test_the_dry_run_counts_and_lists_the_rounds_one_valuation_once(capsys, tmp_path):
    path = tmp_path / "val.csv"
    path.write_text(VALUED_ROUND, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(path), "--dry-run")
    assert code == 0, err
    assert "val.csv (2 rows, 2 facts)" in out
    assert out.count("  valuation: Korvo · $120M") == 1

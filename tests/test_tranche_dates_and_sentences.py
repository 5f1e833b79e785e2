"""A tranche's own date and sentence: "$30 million at closing and $13 million in June 2024" (a tester's
Photoroom story, qa35). `show` gave the second tranche the article's day, the explorer's page no date,
and an export cited the lead sentence for a tranche the third sentence states."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import (
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
    run,
)

from ai_deals.store import Store
from ai_deals.store.schema import STEPS
from ai_deals.tui.screens.company_rows import round_row, tranche_rows

PHOTOROOM = Path(__file__).parent / "fixtures" / "qa35" / "a8-photoroom.txt"
TRANCHES_SENTENCE = "The round was paid in two tranches: $30 million at closing and $13 million in June 2024."


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "photoroom.db"
    code, _, err = run(capsys, "--db", str(path), "--empty", "import", str(PHOTOROOM))
    assert code == 0, err
    return path


def _row_text(row) -> str:
    return "".join(text for text, _, _ in row.pieces)


def test_show_gives_each_tranche_its_own_date(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "show", "Photoroom")
    assert code == 0
    tranche_lines = [line for line in out.splitlines() if "$30M" in line or "$13M" in line]
    assert [line.split("│")[1].strip() for line in tranche_lines] == ["2024-02-28", "2024-06"]


def test_the_page_gives_a_tranche_its_own_date(db):
    with Store.open(db) as store:
        page = store.company(store.find_company("Photoroom").id)
    (series_b,) = page.rounds
    rows = [_row_text(row) for row in tranche_rows(series_b, round_row(series_b, page.investors))]
    assert rows[1].startswith("2024-06") and "$13M" in rows[1]
    # "at closing" is paid on the round's day, which the importer now dates it (art22b).
    assert rows[0].strip().startswith("2024-02-28") and "$30M" in rows[0]


def test_an_export_cites_the_sentence_a_tranche_is_stated_in(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "json")
    assert code == 0
    records = json.loads(out)
    records = (
        records if isinstance(records, list) else next(v for v in records.values() if isinstance(v, list))
    )
    (series_b,) = [record for record in records if record.get("tranches")]
    assert series_b["sentence"].startswith("Paris-based Photoroom")  # the round's own
    assert [tranche["sentence"] for tranche in series_b["tranches"]] == [TRANCHES_SENTENCE] * 2
    assert series_b["tranches"][1]["date"] == "2024-06"


def test_an_exported_tranche_sentence_imports_back(capsys, db, tmp_path):
    export, copy = tmp_path / "photoroom.json", tmp_path / "copy.db"
    assert run(capsys, "--db", str(db), "export", "--out", str(export))[0] == 0
    code, _, err = run(capsys, "--db", str(copy), "--empty", "import", str(export))
    assert code == 0, err
    with Store.open(copy) as store:
        (series_b,) = store.company(store.find_company("Photoroom").id).rounds
    assert [tranche.sentence for tranche in series_b.tranches] == [TRANCHES_SENTENCE] * 2


def test_migration_m025_gives_an_older_databases_tranches_a_sentence(capsys, tmp_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

    path = tmp_path / "older.db"
    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m025_tranche_sentences")]:
        before()(step)
    db = Database(path)
    before.apply(db)
    assert "sentence" not in db["round_tranches"].columns_dict
    db.close()
    code, _, err = run(capsys, "--db", str(path), "import", str(PHOTOROOM))
    assert code == 0, err
    for table in ("stake_tranches", "round_tranches"):
        columns = [row[1] for row in sqlite3.connect(path).execute(f"PRAGMA table_info({table})")]
        assert "sentence" in columns
    (sentence,) = {row[0] for row in sqlite3.connect(path).execute("SELECT sentence FROM round_tranches")}
    assert sentence == TRANCHES_SENTENCE

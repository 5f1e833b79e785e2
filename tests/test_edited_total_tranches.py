"""A tranche amount computed as the rest of its stake or round (the total less the stated tranches)
follows the total when a person corrects it: the page's tranche rows, its chart, `show`, the CSV and
JSON exports all tell one balance (qa42 #2). A stated tranche is never changed. The seed's Amazon
stake in OpenAI ($50B, a first tranche of $15B, the balance computed) and sentences written for
these tests."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from cli_helpers import run_ok

from ai_deals.store import Store
from ai_deals.store.review import FactEdit

SEED = next((Path(__file__).parents[1] / "seeds").glob("*openai*.txt"))
TRELLIS = (
    "title: Trellis raises $45 million\ndate: 2025-03-04\nurl: https://example.org/trellis\nlanguage: en\n\n"
    "Trellis raised $45 million. The round is structured in two tranches: $30 million now, and $15 "
    "million once Trellis hits 2,000 robots deployed.\n"
)


@pytest.fixture(autouse=True)
def _wide(monkeypatch, tmp_path):
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))


def seeded(capsys, tmp_path: Path) -> Path:
    """A new database holding the OpenAI seed article only."""
    article = tmp_path / SEED.name
    shutil.copy(SEED, article)
    db = tmp_path / "seed.db"
    run_ok(capsys, db, "--empty", "import", str(article))
    return db


def amazon_stake(store: Store):
    page = store.company(store.find_company("OpenAI").id)
    return page, next(s for s in page.investors if s.tranches)


def amounts(record) -> list[tuple]:
    return [(t.label, t.amount, t.computed) for t in record.tranches]


def edit_amazon(db: Path, amount: float):
    with Store.open(db) as store:
        _, stake = amazon_stake(store)
        return store.edit_fact(stake.ref, FactEdit(amount=amount))


def test_an_edited_stake_amount_moves_its_computed_balance_on_the_page(capsys, tmp_path):
    db = seeded(capsys, tmp_path)
    edit_amazon(db, 55e9)
    with Store.open(db) as store:
        _, stake = amazon_stake(store)
    assert stake.amount == 55e9
    assert amounts(stake) == [("first", 15e9, False), ("balance", 40e9, True)]


def test_the_page_rows_chart_show_and_exports_tell_one_balance_after_an_edit(capsys, tmp_path):
    from ai_deals.tui.screens.company_rows import build_rows
    from ai_deals.tui.widgets.charts import stake_bar

    db = seeded(capsys, tmp_path)
    edit_amazon(db, 55e9)
    with Store.open(db) as store:
        page, stake = amazon_stake(store)
    rows = [" ".join(text.strip() for text, _, _ in row.pieces if text.strip()) for row in build_rows(page)]
    assert any(row.startswith("└ balance $40B computed: the rest") for row in rows)
    assert not any("$35B" in row for row in rows)
    assert stake_bar(stake, "Amazon").note == "$15B committed · rest $40B conditional"
    assert "$15B committed · $40B conditional (computed: rest of $55B)" in run_ok(
        capsys, db, "show", "OpenAI"
    )
    exported = tmp_path / "openai.json"
    run_ok(capsys, db, "export", "--company", "OpenAI", "--out", str(exported))
    (stake,) = [r for r in json.loads(exported.read_text(encoding="utf-8"))["records"] if r["tranches"]]
    assert [t["amount"] for t in stake["tranches"]] == [15e9, 40e9]
    exported = tmp_path / "openai.csv"
    run_ok(capsys, db, "export", "--company", "OpenAI", "--out", str(exported))
    with exported.open(encoding="utf-8") as file:
        (stake,) = [row for row in csv.DictReader(file) if row["tranches"]]
    assert [t["amount"] for t in json.loads(stake["tranches"])] == [15e9, 40e9]


def test_undoing_the_edit_puts_the_computed_balance_back(capsys, tmp_path):
    db = seeded(capsys, tmp_path)
    undo = edit_amazon(db, 55e9)
    with Store.open(db) as store:
        store.undo_review(undo)
        _, stake = amazon_stake(store)
    assert stake.amount == 50e9
    assert amounts(stake) == [("first", 15e9, False), ("balance", 35e9, True)]


def test_a_corrected_source_imported_again_keeps_the_edit_and_its_balance(capsys, tmp_path):
    db = seeded(capsys, tmp_path)
    edit_amazon(db, 55e9)
    corrected = tmp_path / SEED.name
    corrected.write_text(
        corrected.read_text(encoding="utf-8") + "\nOpenAI compte 900 millions d'utilisateurs.\n"
    )
    run_ok(capsys, db, "import", str(corrected))
    with Store.open(db) as store:
        _, stake = amazon_stake(store)
    assert stake.amount == 55e9
    assert amounts(stake) == [("first", 15e9, False), ("balance", 40e9, True)]


def test_an_amount_below_the_stated_tranches_is_refused_and_the_balance_kept(capsys, tmp_path):
    """Since qhfixA29 (qh29 #2) such an edit is refused, not saved with the balance left blank."""
    from ai_deals.store.errors import EditRefused

    db = seeded(capsys, tmp_path)
    with pytest.raises(EditRefused):
        edit_amazon(db, 10e9)
    with Store.open(db) as store:
        _, stake = amazon_stake(store)
    assert amounts(stake) == [("first", 15e9, False), ("balance", 35e9, True)]


def test_an_edited_round_amount_never_changes_its_stated_tranches(capsys, tmp_path):
    article = tmp_path / "trellis.txt"
    article.write_text(TRELLIS, encoding="utf-8")
    db = tmp_path / "trellis.db"
    run_ok(capsys, db, "--empty", "import", str(article))
    with Store.open(db) as store:
        (round_,) = store.company(store.find_company("Trellis").id).rounds
        store.edit_fact(round_.ref, FactEdit(amount=50e6))
        (round_,) = store.company(store.find_company("Trellis").id).rounds
    assert round_.amount == 50e6
    assert [(t.amount, t.computed) for t in round_.tranches] == [(30e6, False), (15e6, False)]


def test_migration_m034_moves_a_balance_an_earlier_edit_left_behind(capsys, tmp_path):
    """A database edited before edits moved the balance (the tester's $55B beside $35B) tells $40B."""
    db = seeded(capsys, tmp_path)
    edit_amazon(db, 55e9)
    with Store.open(db) as store:  # as the edit left it then, m034 not yet applied
        store.db.execute("UPDATE stake_tranches SET amount = 35e9 WHERE computed = 1")
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm034_computed_tranches_follow_edits'")
        store.db.conn.commit()
    with Store.open(db) as store:
        _, stake = amazon_stake(store)
    assert amounts(stake) == [("first", 15e9, False), ("balance", 40e9, True)]

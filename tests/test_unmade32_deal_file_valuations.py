"""A deal file's valuation on a row in talks or planned is the value of a raise not made yet, as an article's is
(`metrics.unmade`, m043): stored so on both import paths, shown "(in talks)"/"(planned)", never beside a round
made, and kept through an export imported back (unmade32). Also: a status cell's usual spellings ("Rumored",
"Planned", « prévu ») and a column of a fund's limited partners, reported as ignored with why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import import_deals, run_ok  # noqa: F401 (autouse fixture private_default_db)
from test_fact_records import _import_both_ways

from ai_deals.importers import structured
from ai_deals.store import Store
from ai_deals.store.queries import _stated_valuations
from ai_deals.structured_import import column_lines

FIXTURE = Path(__file__).parent / "fixtures" / "structured" / "not_raised_yet.csv"
STAKE_IN_TALKS = (
    "company,kind,investors,amount,currency,date,round,status,valuation\n"
    "Zeta Robotics,investment,Vantor Capital,20M,USD,2026-02-03,,Rumored,2B\n"
    "Zeta Robotics,round,Early Fund,5M,USD,2026-02-03,Seed,,\n"
)


def _valuations(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            """SELECT c.name, m.value, m.unmade FROM metrics m JOIN companies c ON c.id = m.company_id
               WHERE m.metric = 'valuation' ORDER BY m.id"""
        ).fetchall()


def _seed_row(page: str) -> str:
    return next(line for line in page.splitlines() if line.startswith("│") and "Seed" in line)


def test_a_stake_row_in_talks_states_a_valuation_in_talks_that_values_no_round_made(capsys, tmp_path):
    # Before: the $5M Seed made that day was shown valued at $2B, the value of a stake only rumoured.
    db = import_deals(capsys, tmp_path, STAKE_IN_TALKS)
    assert _valuations(db) == [("Zeta Robotics", 2e9, "in_talks")]
    page = run_ok(capsys, db, "show", "Zeta Robotics")
    assert "$2B" not in _seed_row(page)
    assert "│ valuation │ $2B (in talks) │" in page
    assert "Zeta Robotics valuation: $2B (in talks)" in run_ok(
        capsys, db, "timeline", "--company", "Zeta Robotics"
    )


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Rumored", "in_talks"),
        ("rumoured", "in_talks"),
        ("Negotiating", "in_talks"),
        ("In negotiation", "in_talks"),
        ("en négociation", "in_talks"),
        ("Seeking", "planned"),
        ("Upcoming", "planned"),
        ("Prévu", "planned"),
        ("Closed", "completed"),
    ],
)
def test_a_status_cell_reads_the_usual_words_of_a_raise_made_or_not(cell, status):
    assert structured.cells.choice(cell, structured._STATUSES, "status") == status


def test_announced_is_a_deal_told_as_made_not_one_in_talks():
    assert structured.cells.choice("Announced", structured._STATUSES, "status") == "announced"


def test_valuations_not_raised_yet_are_stored_alike_on_the_bulk_and_the_model_paths(tmp_path, monkeypatch):
    # test_fact_records' comparison of every table, the file imported with records (bulk) and with models.
    with_records, with_models = _import_both_ways(tmp_path, monkeypatch, [FIXTURE])
    assert _valuations(tmp_path / "records.db") == [
        ("Zeta Robotics", 2e9, "in_talks"),
        ("Kappa Vision", 9e8, "in_talks"),
        ("Lumen Grid", 3e8, "planned"),
        ("Lumen Grid", 3e8, None),  # the same figure on a stake made that day: a valuation of its own
        ("Lumen Grid", 4.5e8, "planned"),
    ]
    assert with_records == with_models


def test_a_planned_valuation_and_a_made_one_of_the_same_figure_stay_two(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, FIXTURE.read_text(encoding="utf-8"))
    page = run_ok(capsys, db, "show", "Lumen Grid")
    told = [line.split("│")[3].strip() for line in page.splitlines() if "│ 2026-04-10 │ valuation │" in line]
    assert told == ["€300M (planned)", "€300M"], page


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_valuation_in_talks_or_planned_keeps_its_status_through_an_export_imported_back(
    capsys, tmp_path, fmt
):
    db = import_deals(capsys, tmp_path, FIXTURE.read_text(encoding="utf-8"))
    out = tmp_path / f"export.{fmt}"
    run_ok(capsys, db, "export", "--format", fmt, "--out", str(out))
    back = tmp_path / "back.db"
    run_ok(capsys, back, "--empty", "import", str(out))
    assert sorted(_valuations(back), key=repr) == sorted(_valuations(db), key=repr)
    page = run_ok(capsys, back, "show", "Zeta Robotics")
    assert "$2B (in talks)" in page and "$2B" not in _seed_row(page)


def test_a_stated_valuation_is_read_by_name(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, STAKE_IN_TALKS)
    with Store.open(db) as store:
        company_id = store.db.execute("SELECT id FROM companies WHERE name = 'Zeta Robotics'").fetchone()[0]
        (valuations,) = _stated_valuations(store.db, {company_id}).values()
    (valuation,) = valuations
    assert (valuation.value, valuation.unmade, valuation.review_status) == (2e9, "in_talks", "extracted")


def test_a_column_of_a_funds_limited_partners_is_reported_ignored_with_why():
    columns = [(name, structured.column_target(name)) for name in ("LPs", "Limited Partners", "notes")]
    assert column_lines([(name, target.describe() if target else None) for name, target in columns]) == [
        "  LPs → ignored (a fund's limited partners are not stored)",
        "  Limited Partners → ignored (a fund's limited partners are not stored)",
        "  notes → ignored",
    ]

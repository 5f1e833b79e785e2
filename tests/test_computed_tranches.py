"""A tranche amount the source leaves unstated ("and the balance in June 2026", "the second of $300m") is
computed as the rest of its round or stake, and marked so (`computed`) from the text to every page and
export; a stated one never is. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_ok
from extract_helpers import facts_of, only

from ai_deals.store import Store
from ai_deals.store.money_raised import split_words


def computed(fact) -> list[tuple]:
    return [(t.label, t.amount, t.computed) for t in fact.tranches]


def test_a_balance_computed_from_the_round_is_marked_computed_and_the_stated_part_is_not():
    text = (
        "Kalto, a Paris-based startup, raised €50 million from Vantor Capital, with €15 million paid at "
        "signing and the balance in June 2026."
    )
    fact = only(facts_of(text, published="2025-03-04"), "round")
    assert computed(fact) == [("first", 15_000_000, False), ("balance", 35_000_000, True)]


def test_an_untold_first_tranche_is_marked_computed_and_the_stated_second_is_not():
    text = (
        "British self-driving startup Wayve has raised $1.05bn in a Series C funding round led by SoftBank "
        "Group. Wayve will receive the money in two tranches, the second of $300m conditional on the "
        "company hitting undisclosed technical milestones."
    )
    fact = only(facts_of(text), "round")
    assert computed(fact) == [("first", 750_000_000, True), ("second", 300_000_000, False)]


def test_tranches_all_stated_are_never_marked_computed():
    text = (
        "Trellis raised $45 million. The round is structured in two tranches: $30 million now, and $15 "
        "million once Trellis hits 2,000 robots deployed."
    )
    fact = only(facts_of(text), "round")
    assert [t.computed for t in fact.tranches] == [False, False]


# From the text to every place a tranche amount is shown: a computed one reads as computed.

KALTO = (
    "title: Kalto raises €50 million\ndate: 2025-03-04\nurl: https://example.org/kalto\nlanguage: en\n\n"
    "Kalto, a Paris-based startup, raised €50 million from Vantor Capital, with €15 million paid at signing "
    "and the balance in June 2026.\n"
)
WAYVE = (
    "title: Wayve raises $1.05bn\ndate: 2024-05-07\nurl: https://example.org/wayve\nlanguage: en\n\n"
    "British self-driving startup Wayve has raised $1.05bn in a Series C funding round led by SoftBank "
    "Group. Wayve will receive the money in two tranches, the second of $300m conditional on the company "
    "hitting undisclosed technical milestones.\n"
)


@pytest.fixture(autouse=True)
def _wide(monkeypatch, tmp_path):
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))


def imported(capsys, tmp_path: Path, article: str) -> Path:
    """A new database (no seed) holding `article`."""
    path = tmp_path / "story.txt"
    path.write_text(article, encoding="utf-8")
    db = tmp_path / "story.db"
    assert run_ok(capsys, db, "--empty", "import", str(path))
    return db


def stored_round(db: Path, company: str):
    with Store.open(db) as store:
        page = store.company(store.find_company(company).id)
    (round_,) = page.rounds
    return page, round_


def test_a_computed_tranche_is_stored_marked_and_a_stated_one_is_not(capsys, tmp_path):
    _, round_ = stored_round(imported(capsys, tmp_path, KALTO), "Kalto")
    assert [(t.label, t.amount, t.computed) for t in round_.tranches] == [
        ("first", 15e6, False),
        ("balance", 35e6, True),
    ]


def test_show_says_a_computed_tranche_amount_is_the_rest_of_the_round(capsys, tmp_path):
    out = run_ok(capsys, imported(capsys, tmp_path, KALTO), "show", "Kalto")
    (first,) = [line for line in out.splitlines() if "│ first" in line]
    (balance,) = [line for line in out.splitlines() if "│ balance" in line]
    assert "€35M (computed: rest of €50M)" in balance
    assert "€15M" in first and "computed" not in first


def test_the_dry_run_line_says_a_computed_tranche_amount_is_the_rest_of_the_round(capsys, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(KALTO, encoding="utf-8")
    out = run_ok(capsys, tmp_path / "dry.db", "--empty", "import", "--dry-run", str(path))
    assert "tranches: €15M now, €35M (computed: rest of €50M) in 2026-06" in out


def test_the_status_split_marks_the_part_that_is_computed(capsys, tmp_path):
    _, round_ = stored_round(imported(capsys, tmp_path, WAYVE), "Wayve")
    assert split_words(round_) == "$750M committed (computed: rest of $1.05B) · $300M conditional"


def test_the_page_rows_and_the_chart_say_a_computed_tranche_is_the_rest(capsys, tmp_path):
    from ai_deals.tui.screens.company_rows import build_rows
    from ai_deals.tui.widgets.charts import funding_bars

    page, _ = stored_round(imported(capsys, tmp_path, WAYVE), "Wayve")
    lines = [" ".join(text.strip() for text, _, _ in row.pieces if text.strip()) for row in build_rows(page)]
    assert "└ first $750M computed: the rest" in lines
    assert not any("└ second" in line and "computed" in line for line in lines)
    (bar,) = funding_bars(page)
    assert bar.note == "rest $750M committed · $300M conditional"


def test_money_raised_counts_a_computed_balance_once_in_its_round(capsys, tmp_path):
    page, _ = stored_round(imported(capsys, tmp_path, KALTO), "Kalto")
    assert page.raised == {"EUR": 50e6}


def test_exports_mark_a_computed_tranche_and_an_import_of_them_keeps_it(capsys, tmp_path):
    db = imported(capsys, tmp_path, KALTO)
    for fmt in ("csv", "json"):
        export = tmp_path / f"kalto.{fmt}"
        run_ok(capsys, db, "export", "--format", fmt, "--out", str(export))
        again = tmp_path / f"again-{fmt}.db"
        run_ok(capsys, again, "--empty", "import", str(export))
        _, round_ = stored_round(again, "Kalto")
        assert [(t.label, t.amount, t.computed) for t in round_.tranches] == [
            ("first", 15e6, False),
            ("balance", 35e6, True),
        ], fmt
    with Store.open(db) as store:
        (row,) = [r for r in store.export_records() if r.record_type == "round"]
    assert row.tranche_computed is True
    first, balance = json.loads(row.tranches)
    assert "computed" not in first and balance["computed"] is True


def test_migration_m027_leaves_older_tranches_stated(db_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.schema import STEPS
    from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m027_computed_tranches")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    db["round_tranches"].insert({"round_id": 1, "seq": 1, "label": "balance", "amount": 35e6})
    db.close()
    with Store.open(db_path) as store:
        assert store.db.execute("SELECT computed FROM round_tranches").fetchall() == [(0,)]


def test_the_tranche_computed_column_is_appended_after_every_earlier_column():
    from ai_deals.store.export import COLUMNS

    # in_round, same_as, counted, source_corrects, retracted, recalled and called_off, appended later, follow it
    assert COLUMNS[-8:] == [
        "tranche_computed",
        "in_round",
        "same_as",
        "counted",
        "source_corrects",
        "retracted",
        "recalled",
        "called_off",
    ]

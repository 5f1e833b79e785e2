"""A colleague's export carrying a hand-corrected figure ($125M where the FT said $120M, review status
`edited`), imported into a database holding the FT's own record: one raise told two ways, the page
pointing out the two figures, search counting the raise as the page does; the dry run lists only
what it would add."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.store.formatting import format_amount
from ai_deals.store.models import RecordRef
from ai_deals.store.review import FactEdit, edit_note

ROOT = Path(__file__).resolve().parent.parent
FT = ROOT / "tests" / "fixtures" / "articles_holdout68" / "en_ft_ledgerline.txt"


def cli(*argv: str) -> None:
    assert main(list(argv)) == 0


def series_c(store: Store):
    page = store.company(store.find_company("Ledgerline").id)
    return page, [r for r in page.rounds if r.round_type in ("series_c", "Series C")]


@pytest.fixture
def databases(tmp_path: Path, capsys) -> tuple[Path, Path]:
    """(theirs, the export of theirs with the Series C corrected to $125M); ours is theirs before."""
    theirs, ours = tmp_path / "theirs.db", tmp_path / "ours.db"
    cli("--db", str(theirs), "--empty", "import", str(FT))
    shutil.copy(theirs, ours)
    with Store(theirs) as store:
        (round_,) = series_c(store)[1]
        store.edit_fact(RecordRef(record_type="round", record_id=round_.id), FactEdit(amount=125e6))
    export = tmp_path / "theirs.csv"
    cli("--db", str(theirs), "export", "--out", str(export))
    capsys.readouterr()
    return ours, export


def test_an_imported_correction_and_the_sources_own_figure_are_one_raise_with_a_conflict(databases):
    ours, export = databases
    cli("--db", str(ours), "import", str(export))
    with Store(ours, readonly=True) as store:
        page, rounds = series_c(store)
        (shown,) = rounds  # not two Series C of one date, each "1 source"
        assert shown.amount == 125e6 and shown.edited and len(shown.refs) == 2
        (conflict,) = [c for c in page.conflicts if c.what.startswith("round")]
        assert conflict.values == ["$120M", "$125M"]
        total = sum(r.amount for r in page.rounds if r.currency == "USD" and r.amount)
        (hit,) = [hit for hit in store.search("Ledgerline") if hit.name == "Ledgerline"]
        assert hit.summary.startswith(f"raised {format_amount(total, 'USD')}")


def test_the_dry_run_lists_only_the_records_it_would_add(databases, capsys):
    ours, export = databases
    cli("--db", str(ours), "import", str(export), "--dry-run")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"would add: {export} (") and ", 1 fact; " in lines[0]
    # its facts, after the line saying how its columns are read
    assert lines[1] == "  read as an ai-deals export"
    # Its facts, less the line saying its round is a raise the database has (`told_before`).
    listed = [line for line in lines[2:] if line.startswith("  ") and "already in the database" not in line]
    assert len(listed) == 1 and "$125M" in listed[0]


def test_an_imported_correction_of_a_rounds_investors_is_kept(tmp_path, capsys):
    theirs, ours = tmp_path / "theirs.db", tmp_path / "ours.db"
    cli("--db", str(theirs), "--empty", "import", str(FT))
    shutil.copy(theirs, ours)
    with Store(theirs) as store:
        (round_,) = series_c(store)[1]
        edit = FactEdit(investors=[*round_.investors, "Octopus Ventures"])
        store.edit_fact(RecordRef(record_type="round", record_id=round_.id), edit)
    export = tmp_path / "theirs.csv"
    cli("--db", str(theirs), "export", "--out", str(export))
    capsys.readouterr()
    cli("--db", str(ours), "import", str(export), "--dry-run")
    out = capsys.readouterr().out
    assert ", 1 fact; " in out.splitlines()[0] and "Octopus Ventures" in out  # not "already in the database"
    cli("--db", str(ours), "import", str(export))
    with Store(ours, readonly=True) as store:
        (shown,) = series_c(store)[1]
        assert "Octopus Ventures" in shown.investors and shown.edited


def _corrected(tmp_path: Path, capsys, change) -> Path:
    """ours (the FT's own records) after importing theirs's export, where `change(store)` corrected
    a record by hand."""
    theirs, ours = tmp_path / "theirs.db", tmp_path / "ours.db"
    cli("--db", str(theirs), "--empty", "import", str(FT))
    shutil.copy(theirs, ours)
    with Store(theirs) as store:
        change(store)
    export = tmp_path / "theirs.csv"
    cli("--db", str(theirs), "export", "--out", str(export))
    cli("--db", str(ours), "import", str(export))
    capsys.readouterr()
    return ours


def _drop_an_investor(store: Store) -> None:
    (round_,) = series_c(store)[1]
    edit = FactEdit(investors=round_.investors[:1])
    store.edit_fact(RecordRef(record_type="round", record_id=round_.id), edit)


def test_an_imported_correction_removing_an_investor_is_shown_with_the_sources_investors_as_a_conflict(
    tmp_path, capsys
):
    ours = _corrected(tmp_path, capsys, _drop_an_investor)
    with Store(ours, readonly=True) as store:
        page, (shown,) = series_c(store)
        original = next(a for a in shown.accounts if not a.edited)
        assert len(original.investors) > 1 and shown.investors == original.investors[:1]
        (conflict,) = [c for c in page.conflicts if c.what.startswith("investors of round")]
        assert conflict.stated[0].value == original.investors[0]
        assert conflict.stated[0].sources == ["correction"]
        assert conflict.stated[1].value == ", ".join(original.investors)


def test_an_imported_corrections_edited_mark_sits_on_the_field_it_changed_not_the_date(tmp_path, capsys):
    ours = _corrected(tmp_path, capsys, _drop_an_investor)
    cli("--db", str(ours), "show", "Ledgerline")
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "Series C" in line and "│" in line)
    assert "(edited)" not in row.split("│")[1]  # the date cell
    assert "(edited)" in out.split("Rounds told by")[0].split(row)[1] or "(edited)" in row.split("│")[5]
    with Store(ours, readonly=True) as store:
        page, (shown,) = series_c(store)
        edits = store.edited_fields(page)
        (edited,) = [a for a in shown.accounts if a.edited]
        assert edits[edited.ref] == ["investor_names"]


def _unproject(store: Store) -> None:
    page = store.company(store.find_company("Ledgerline").id)
    metric = next(m for m in page.metrics if m.is_projection)
    store.edit_fact(RecordRef(record_type="metric", record_id=metric.id), FactEdit(is_projection=False))


def test_an_imported_correction_of_a_projection_flag_is_one_metric_with_a_conflict(tmp_path, capsys):
    before = tmp_path / "before.db"
    cli("--db", str(before), "--empty", "import", str(FT))
    with Store(before, readonly=True) as store:
        page = store.company(store.find_company("Ledgerline").id)
        projected = next(m for m in page.metrics if m.is_projection)
        count = len(page.metrics)
    ours = _corrected(tmp_path, capsys, _unproject)
    with Store(ours, readonly=True) as store:
        page = store.company(store.find_company("Ledgerline").id)
        assert len(page.metrics) == count  # not a second row beside the source's
        (shown,) = [m for m in page.metrics if (m.metric, m.date) == (projected.metric, projected.date)]
        assert shown.edited and not shown.is_projection
        (conflict,) = [c for c in page.conflicts if c.what.startswith("projection of")]
        assert conflict.values == ["no", "yes"]
        assert store.edited_fields(page)[shown.ref] == ["is_projection"]


def _show_series_c(db: Path, capsys, monkeypatch) -> str:
    monkeypatch.setenv("COLUMNS", "250")
    capsys.readouterr()
    cli("--db", str(db), "show", "Ledgerline")
    return next(line for line in capsys.readouterr().out.splitlines() if "Series C" in line and "│" in line)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_imported_correction_with_no_sources_record_here_keeps_the_mark_on_the_field_it_changed(
    databases, tmp_path, capsys, monkeypatch, fmt
):
    _, export = databases
    if fmt == "json":
        export = tmp_path / "theirs.json"
        cli("--db", str(tmp_path / "theirs.db"), "export", "--out", str(export))
    empty = tmp_path / "empty.db"
    cli("--db", str(empty), "--empty", "import", str(export))
    row = _show_series_c(empty, capsys, monkeypatch)
    assert "$125M (edited)" in row and "(row edited)" not in row  # the amount was edited, not the date
    with Store(empty, readonly=True) as store:
        page, (shown,) = series_c(store)
        assert store.edited_fields(page)[shown.ref] == ["amount"]
        assert edit_note(store.db, shown.ref) == "edited: $125M; the sentence says $120M"
    again = tmp_path / "again.csv"  # and through a second export and import
    cli("--db", str(empty), "export", "--out", str(again))
    cli("--db", str(tmp_path / "again.db"), "--empty", "import", str(again))
    assert "$125M (edited)" in _show_series_c(tmp_path / "again.db", capsys, monkeypatch)


def test_an_older_exports_correction_without_its_edited_values_is_marked_on_its_row(
    databases, tmp_path, capsys, monkeypatch
):
    _, export = databases
    with export.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("edited_from")  # a later column (`more_evidence`) may follow it
    older = tmp_path / "older.csv"  # as exports were written before they carried `edited_from`
    with older.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(row[:column] + row[column + 1 :] for row in rows)
    empty = tmp_path / "empty.db"
    cli("--db", str(empty), "--empty", "import", str(older))
    row = _show_series_c(empty, capsys, monkeypatch)
    assert "(row edited)" in row and "8 (edited)" not in row

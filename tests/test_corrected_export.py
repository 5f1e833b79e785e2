"""A colleague's export carrying a hand-corrected figure ($125M where the FT said $120M, review status
`edited`), imported into a database holding the FT's own record: one raise told two ways, the page
pointing out the two figures, search counting the raise as the page does; the dry run lists only
what it would add."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.store.formatting import format_amount
from ai_deals.store.models import RecordRef
from ai_deals.store.review import FactEdit

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
    listed = [line for line in lines[1:] if line.startswith("  ")]
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

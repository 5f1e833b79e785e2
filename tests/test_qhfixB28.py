"""Fixes from tester qh28 (hostile input against the last sessions' features): a source's title holding
the `; ` separator in a one-row-per-deal export's `sources` cell, a one-row-per-deal export imported
back, and a deal file's investors cell with a terminal escape sequence."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_helpers import import_files, run, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers import structured
from ai_deals.importers.errors import InputError

HEADER = "company,investors,round_type,amount,currency,date,source_title,publisher,published,source_url\n"
# Two vendor files telling RedCo's seed, the second's title holding the `; ` separator.
VA = HEADER + 'RedCo AI,"Accel; Index",Seed,2000000,USD,2025-05-01,Plain story,Wire,2025-05-02,\n'
VB = (
    HEADER + 'RedCo AI,"Accel; Index",Seed,2100000,USD,2025-05-01,"Title; with ""quotes""",Wire,2025-05-03,\n'
)


def one_per_deal_csv(capsys, db) -> list[dict[str, str]]:
    out = run_ok(capsys, db, "export", "--one-per-deal", "--format", "csv")
    return list(csv.DictReader(io.StringIO(out)))


def split_sources(cell: str) -> list[str]:
    """The `sources` cell split as README says: `; `-separated, a quoted source read as CSV reads it."""
    return next(csv.reader([cell], delimiter=";", skipinitialspace=True))


def test_a_source_title_holding_the_separator_is_quoted_in_the_sources_cell(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("va.csv", VA), ("vb.csv", VB))
    [row] = one_per_deal_csv(capsys, db)
    quoted = '"Title; with ""quotes"" · Wire · 2025-05-03 (from vb.csv:2)"'
    assert row["sources"] == f"Plain story · Wire · 2025-05-02 (from va.csv:2); {quoted}"
    assert split_sources(row["sources"]) == [
        "Plain story · Wire · 2025-05-02 (from va.csv:2)",
        'Title; with "quotes" · Wire · 2025-05-03 (from vb.csv:2)',
    ]
    assert row["other_figures"] == f"$2.1M ({quoted})"


# --- 2. A one-row-per-deal export is refused as an import, as the Markdown export is ---------------


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_importing_a_one_per_deal_export_is_refused_and_writes_nothing(capsys, tmp_path, fmt):
    db = import_files(capsys, tmp_path, ("va.csv", VA), ("vb.csv", VB))
    copy = tmp_path / f"opd.{fmt}"
    run_ok(capsys, db, "export", "--one-per-deal", "--out", str(copy))
    other = tmp_path / "copy.db"
    code, out, err = run(capsys, "--db", str(other), "--empty", "import", str(copy))
    assert code != 0
    assert "Traceback" not in err and "read as an ai-deals export" not in out + err
    [line] = err.strip().splitlines()
    assert f"{copy}: a one-row-per-deal export" in line and "full export" in line
    assert not other.exists()


def test_a_one_per_deal_export_read_as_rows_is_refused_on_its_first_row(tmp_path):
    """Any way in (standard input, the explorer's import) reads the rows: the first one refuses the file."""
    db_rows = "record_type,record_id,company,counterpart,counterpart_role,amount,sources\n"
    path = tmp_path / "opd.csv"
    path.write_text(
        db_rows + "round,1,RedCo AI,Accel,investors,2000000,va.csv:2; vb.csv:2\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="one-row-per-deal export"):
        list(structured.iter_deal_rows(path))


def test_a_full_export_still_imports_back(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("va.csv", VA), ("vb.csv", VB))
    full = tmp_path / "all.json"
    run_ok(capsys, db, "export", "--out", str(full))
    other = tmp_path / "copy.db"
    run_ok(capsys, other, "--empty", "import", str(full))
    records = json.loads(run_ok(capsys, other, "export", "--format", "json"))["records"]
    assert [row["amount"] for row in records if row["record_type"] == "round"] == [2000000, 2100000]

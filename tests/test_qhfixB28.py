"""Fixes from tester qh28 (hostile input against the last sessions' features): a source's title holding
the `; ` separator in a one-row-per-deal export's `sources` cell, a one-row-per-deal export imported
back, and a deal file's investors cell with a terminal escape sequence."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture)

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

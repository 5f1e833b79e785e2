"""`export --one-per-deal` writes a round a deal file's two rows give two figures ($28M and $30M, the
page's conflict line) as one row: the figure money raised counts, naming the other; the full export marks
the other row `same_as` it. A file's one row per investor of a round stays a row each: those add up."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from cli_helpers import import_deals, private_default_db, run_ok  # noqa: F401 (autouse fixture)

TOLD_TWICE = (
    "kind,company,investor,amount,currency,round_type,date\n"
    "round,Orvexa,Xcap,28000000,USD,Series A,2026-01-20\n"
    "round,Orvexa,Xcap,30000000,USD,Series A,2026-01-20\n"
)
ONE_ROW_PER_INVESTOR = (
    "kind,company,investor,amount,currency,round_type,date\n"
    "round,Orvexa,Xcap,20000000,USD,Series A,2026-01-20\n"
    "round,Orvexa,Ycap,10000000,USD,Series A,2026-01-20\n"
)


def _rounds(out: str) -> list[dict[str, str]]:
    return [row for row in csv.DictReader(io.StringIO(out.lstrip("\ufeff"))) if row["record_type"] == "round"]


def test_one_per_deal_writes_a_deal_files_two_rival_figures_of_a_round_as_one_row(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, TOLD_TWICE)
    for scope in ([], ["--company", "Orvexa"]):
        [deal] = _rounds(run_ok(capsys, db, "export", *scope, "--format", "csv", "--one-per-deal"))
        assert (float(deal["amount"]), float(deal["counted"])) == (30e6, 30e6)  # the page's "raised $30M"
        assert deal["other_figures"] == "$28M (deals.csv:2)"
        assert deal["sources"] == "deals.csv:3; deals.csv:2"


def test_the_full_export_marks_the_rival_figure_same_as_the_counted_one(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, TOLD_TWICE)
    rows = {float(row["amount"]): row for row in _rounds(run_ok(capsys, db, "export", "--format", "csv"))}
    assert rows[28e6]["same_as"] == rows[30e6]["record_id"] and rows[30e6]["same_as"] == ""


def test_one_per_deal_keeps_a_files_one_row_per_investor_of_a_round(capsys, tmp_path: Path):
    db = import_deals(capsys, tmp_path, ONE_ROW_PER_INVESTOR)
    deals = _rounds(run_ok(capsys, db, "export", "--format", "csv", "--one-per-deal"))
    assert sorted(float(row["counted"]) for row in deals) == [10e6, 20e6]

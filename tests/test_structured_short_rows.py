"""A CSV row with fewer cells than the header reads as the same row with its last cells empty (the
spreadsheet convention), never as a row of another kind: `Short Two;Y Fund` under four columns was
refused with "cannot tell what kind of deal this is" while `Short Row Co;Y Fund;;` was read (qa42 #7)."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.structured import DealRow, RowError, iter_deal_rows

HEADER = "Organization Name;Lead Investors;Money Raised (in USD);Announced Date\n"


def test_a_short_row_reads_as_the_same_row_with_its_missing_cells_empty(tmp_path: Path):
    path = tmp_path / "lead_only2.csv"
    path.write_text(HEADER + "Short Row Co;Y Fund;;\nShort Two;Y Fund\n", encoding="utf-8")
    padded, short = list(iter_deal_rows(path))
    assert isinstance(padded, DealRow) and isinstance(short, DealRow), (padded, short)
    assert short.model_dump(exclude={"company", "line"}) == padded.model_dump(exclude={"company", "line"})


def test_a_long_row_with_something_past_the_header_is_still_refused_naming_both_counts(tmp_path: Path):
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "Long Co;Y Fund;;;;extra\nTrailing Co;Y Fund;;;;\n", encoding="utf-8")
    long, trailing = list(iter_deal_rows(path))
    assert isinstance(long, RowError) and str(long) == f"{path}:2: row: 6 cells but the header has 4 columns"
    assert isinstance(trailing, DealRow)

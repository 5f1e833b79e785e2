"""qa50's findings (an LP analyst summing a selection): one row per deal in an export, a vendor row citing
only a URL titled as the article at that URL is, and the Markdown export naming each row's source."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)
from test_export_correction_stories import KELVANE, KELVANE_CORRECTED
from test_fixD26 import markdown_rows

from ai_deals.store.export import read_back

# Two vendors' files telling Helix's Series A and B, then the article at the Series B row's URL
# (its recall of the Series A is a third account of that round), as qa50 imported them.
VENDOR_A = (
    "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s),"
    "HQ Country,Source URL,Deal ID\n"
    "Helix Robotics,2025-03-14,Series A,25,USD,Andreessen Horowitz; Sequoia Capital,Andreessen Horowitz,"
    "US,https://wire.example/helix-a,PB-1001\n"
    "Helix Robotics,2026-01-20,Series B,90,USD,Andreessen Horowitz; Sequoia Capital,Sequoia Capital,"
    "US,https://wire.example/helix-b,PB-1002\n"
    "Noctua Labs,2025-06-02,Seed,6.5,USD,Andreessen Horowitz; Y Combinator,Andreessen Horowitz,US,,PB-1003\n"
)
VENDOR_B = (
    "Organization Name,Announced Date,Funding Type,Money Raised,Money Raised Currency,Investor Names,"
    "Lead Investors\n"
    'Helix Robotics,"Mar 14, 2025",Series A,25000000,USD,"a16z, Sequoia, Kerala Fund",a16z\n'
    'Helix Robotics,"Jan 20, 2026",Series B,90000000,USD,"a16z, Sequoia, Kerala Fund",Sequoia\n'
)
HELIX_B_TITLE = "Helix Robotics raises $90 million Series B led by Sequoia"
HELIX_B = f"""title: {HELIX_B_TITLE}
date: 2026-01-20
url: https://wire.example/helix-b
language: en

SAN FRANCISCO, Jan 20 (Wire) - Helix Robotics, a San Francisco-based maker of warehouse robots, said on Tuesday it raised $90 million in a Series B round led by Sequoia Capital, with participation from Andreessen Horowitz and Lightspeed Venture Partners. The round comes ten months after Helix raised $25 million in a Series A led by Andreessen Horowitz in March 2025.
"""


@pytest.fixture
def helix(capsys, tmp_path: Path) -> Path:
    return import_files(
        capsys, tmp_path, ("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B), ("helix_b.txt", HELIX_B)
    )


def csv_rows(text: str) -> list[dict[str, str]]:
    return [
        row for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))) if row["record_type"] != "company"
    ]


def rounds(rows: list[dict]) -> list[dict]:
    return [row for row in rows if row["record_type"] == "round"]


# --- 1. One row per deal ----------------------------------------------------------------------------


def test_a_full_export_gives_each_source_its_row_and_one_per_deal_gives_each_deal_one(capsys, helix):
    full = rounds(csv_rows(run_ok(capsys, helix, "export", "--company", "Helix Robotics", "--format", "csv")))
    # Series A: vendor A's row, vendor B's row and the article's recall; Series B: two vendors' rows and
    # the article's own sentence (kept though vendor A's row citing it came first: fixG27)
    assert sum(float(row["amount"]) for row in full) == 3 * 25e6 + 3 * 90e6
    out = run_ok(capsys, helix, "export", "--company", "Helix Robotics", "--format", "csv", "--one-per-deal")
    deals = rounds(csv_rows(out))
    assert [(row["round"], float(row["amount"])) for row in deals] == [("Series A", 25e6), ("Series B", 90e6)]
    assert all(row["same_as"] == "" for row in deals)  # each the record the app counts for its raise
    assert sum(float(row["counted"]) for row in deals) == 115e6  # the page's "raised $115M"
    series_a, series_b = deals
    assert series_a["sources"] == (
        # the counted row first, then the article's recall over vendor B's own row (exp28)
        "https://wire.example/helix-a (from vendorA.csv:2); " + HELIX_B_TITLE + " · 2026-01-20; vendorB.csv:2"
    )
    # the article and vendor A's row citing it are one source (exp28), each deal file's row at its line
    assert series_b["sources"] == f"{HELIX_B_TITLE} · 2026-01-20 (cited by vendorA.csv:3); vendorB.csv:3"
    assert series_a["other_figures"] == series_b["other_figures"] == ""  # they all agree
    assert "record_type,record_id" in out and not any(
        row["record_type"] == "company" for row in csv_rows(out)
    )


def test_one_per_deal_names_the_figure_a_correction_withdrew_beside_the_counted_one(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("k1.txt", KELVANE), ("k2.txt", KELVANE_CORRECTED))
    [deal] = rounds(csv_rows(run_ok(capsys, db, "export", "--one-per-deal")))
    assert float(deal["amount"]) == 48e6
    assert deal["other_figures"] == "$42M (retracted: Kelvane raises $42 million · Reuters · 2026-03-12)"
    [row] = rounds(json.loads(run_ok(capsys, db, "export", "--format", "json", "--one-per-deal"))["records"])
    assert row["other_figures"] == deal["other_figures"] and row["sources"] == deal["sources"]


def test_one_per_deal_writes_the_counted_record_when_a_filter_kept_only_another_account(capsys, helix):
    # Only vendor B names Kerala Fund: the investor filter keeps its rows only, the deals are Kerala's too
    kept = rounds(csv_rows(run_ok(capsys, helix, "export", "--investor", "Kerala Fund", "--format", "csv")))
    assert kept and all(row["same_as"] for row in kept)
    deals = rounds(csv_rows(run_ok(capsys, helix, "export", "--investor", "Kerala Fund", "--one-per-deal")))
    assert sorted(row["record_id"] for row in deals) == sorted(row["same_as"] for row in kept)
    assert all(row["counted"] and "vendorB.csv" in row["sources"] for row in deals)


def test_one_per_deal_markdown_lists_the_deals_sources_in_place_of_the_rows_own(capsys, helix):
    out = run_ok(capsys, helix, "export", "--company", "Helix", "--format", "md", "--one-per-deal")
    deals = [row for row in markdown_rows(out) if row["record_type"] == "round"]
    assert [row["amount"] for row in deals] == ["$25M", "$90M"]
    assert "source" not in deals[0] and "vendorB.csv" in deals[0]["sources"]
    assert "other_figures" in deals[0]


def test_one_per_deal_is_refused_for_followthemoney_in_one_line(capsys, helix):
    code, out, err = run(capsys, "--db", str(helix), "export", "--format", "ftm", "--one-per-deal")
    assert code != 0 and not out
    assert err.strip().splitlines() == [
        "ai-deals: error: --one-per-deal: not for FollowTheMoney (each deal is one entity there already)"
    ]


# --- 2. A vendor row citing only a URL ----------------------------------------------------------------


def test_a_vendor_row_citing_only_an_imported_articles_url_exports_that_articles_title(capsys, helix):
    for fmt in ("csv", "json"):
        text = run_ok(capsys, helix, "export", "--company", "Helix Robotics", "--format", fmt)
        rows = [row for row in read_back(text, fmt) if row.record_type == "round"]
        titles = {(row.source_url, row.source_title) for row in rows if row.source_url.startswith("https:")}
        # helix-b is an imported article: its title; helix-a is not: no title, as before
        assert ("https://wire.example/helix-b", HELIX_B_TITLE) in titles
        assert ("https://wire.example/helix-a", None) in titles
    markdown = markdown_rows(run_ok(capsys, helix, "export", "--company", "Helix Robotics", "--format", "md"))
    cited = [row for row in markdown if row["source_url"] == "https://wire.example/helix-b"]
    assert {"Series A", "Series B"} <= {row["round"] for row in cited}  # the article's recall, vendor A's row
    assert all(row["source_title"] == HELIX_B_TITLE for row in cited)


def test_show_names_a_vendor_row_citing_an_articles_url_by_that_articles_title(capsys, helix, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    shown = run_ok(capsys, helix, "show", "Helix Robotics")
    assert (
        f"{HELIX_B_TITLE} · 2026-01-20 (from vendorA.csv:3)" in shown
    )  # line27: the row at its line; qfixC28: the article's day
    assert "https://wire.example/helix-b (from vendorA.csv" not in shown


def test_an_export_titled_from_the_article_imports_back_as_the_same_records(capsys, helix, tmp_path):
    first = tmp_path / "first.csv"
    run_ok(capsys, helix, "export", "--out", str(first))
    copy = tmp_path / "copy.db"
    assert run(capsys, "--db", str(copy), "--empty", "import", str(first))[0] == 0
    again = run_ok(capsys, copy, "export", "--format", "csv")

    def told(text: str) -> list[tuple]:
        return sorted(
            (row.record_type, row.company, row.amount, row.date, row.source_url, row.source_title)
            for row in read_back(text.lstrip("\ufeff"), "csv")
            if row.record_type != "company"
        )

    assert told(first.read_text(encoding="utf-8")) == told(again)


# --- 3. The Markdown export's source --------------------------------------------------------------------


def test_the_markdown_export_names_each_rows_source_and_the_file_it_was_read_from(capsys, helix):
    rows = markdown_rows(run_ok(capsys, helix, "export", "--company", "Helix Robotics", "--format", "md"))
    sources = {row["source"] for row in rows if row["record_type"] == "round"}
    assert (
        sources
        == {
            "https://wire.example/helix-a (from vendorA.csv:2)",  # only a URL given: the URL, and the file
            f"{HELIX_B_TITLE} · 2026-01-20 (from vendorA.csv:3)",  # the article at that URL: its title, its day (qfixC28)
            "vendorB.csv:2",  # the file's own rows, each at its line (line27)
            "vendorB.csv:3",
            f"{HELIX_B_TITLE} · 2026-01-20",  # the article itself
        }
    )

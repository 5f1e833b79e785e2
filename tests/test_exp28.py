"""exp28: exports and conflicts, loose ends left by session 27. A conflict line names a deal file's row
by its line; an article and a deal file's row citing it are one source of a deal's export row; the
account counted for a deal several sources tell does not depend on import order; the FollowTheMoney
export carries the metrics and the retracted marks of the JSON export; a re-import of an unchanged
deal file fills the lines its rows imported before m041 lack."""

from __future__ import annotations

import json

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_fixD26 import markdown_rows
from test_fixD27 import HELIX_B, HELIX_B_TITLE, VENDOR_A, VENDOR_B

# A deal file's own row giving $30M where the article says $28M: a conflict between the two.
DEALS = (
    "Company Name,Deal Date,Funding Stage,Deal Size (M),Deal Currency,All Investors,Lead Investor(s)\n"
    "Kestrel AI,2025-05-06,Seed,4,USD,Seedcamp,Seedcamp\n"
    "Zephyr Analytics,2025-04-02,Series A,30,USD,Index Ventures,Index Ventures\n"
)
ZEPHYR = (
    "title: Zephyr Analytics raises $28 million\n"
    "date: 2025-04-02\n"
    "url: https://wire.example/zephyr\n"
    "language: en\n\n"
    "Zephyr Analytics said on Wednesday it raised $28 million in a Series A round led by Index Ventures.\n"
)


def conflict_lines(out: str) -> list[str]:
    return [line.strip() for line in out.splitlines() if line.startswith("CONFLICT")]


def test_a_conflict_line_names_the_deal_files_row_by_its_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    db = import_files(capsys, tmp_path, ("deals.csv", DEALS), ("zephyr.txt", ZEPHYR))
    out = run_ok(capsys, db, "show", "Zephyr Analytics")
    assert conflict_lines(out) == [
        "CONFLICT round 2025-04-02: $28M per Zephyr Analytics raises $28 million vs $30M per deals.csv:3"
    ]


# --- 1. An article and a deal file's row citing it are one source of a deal -------------------------


def one_per_deal_rounds(capsys, db, fmt: str = "json") -> list[dict]:
    out = run_ok(capsys, db, "export", "--company", "Helix Robotics", "--format", fmt, "--one-per-deal")
    if fmt == "md":
        return [row for row in markdown_rows(out) if row["record_type"] == "round"]
    return [row for row in json.loads(out)["records"] if row["record_type"] == "round"]


HELIX_FILES = (("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B), ("helix_b.txt", HELIX_B))


def test_one_per_deal_names_an_article_and_the_vendor_row_citing_it_as_one_source(capsys, tmp_path):
    helix = import_files(capsys, tmp_path, *HELIX_FILES)
    series_a, series_b = one_per_deal_rounds(capsys, helix)
    assert series_b["sources"] == f"{HELIX_B_TITLE} · 2026-01-20 (cited by vendorA.csv:3); vendorB.csv:3"
    # the Series A's article is not imported: vendor A's row is all that tells it, at its line
    assert series_a["sources"] == (
        f"https://wire.example/helix-a (from vendorA.csv:2); vendorB.csv:2; {HELIX_B_TITLE} · 2026-01-20"
    )
    markdown = one_per_deal_rounds(capsys, helix, "md")
    assert [row["sources"] for row in markdown] == [series_a["sources"], series_b["sources"]]

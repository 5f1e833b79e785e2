"""A deal file's secondary naming several buyers stays a round, never counted: the timeline tells it as shares
bought, not as money the company "raises" (qa31: "Codeium raises $100M (Secondary Market) from Kleiner Perkins,
General Catalyst" for a tender offer)."""

from __future__ import annotations

from cli_helpers import import_deals, private_default_db, run_ok  # noqa: F401 (private_default_db: autouse)

DEALS = (
    "Company,Investment Type,Raised Amount,Raised Amount Currency Code,Announced On,Lead Investor(s),All Investors\n"
    'Codeium,Series C,150000000,USD,2024-08-29,General Catalyst,"General Catalyst, Kleiner Perkins"\n'
    'Codeium,Secondary Market,100000000,USD,2025-02-20,,"Kleiner Perkins, General Catalyst"\n'
)


def test_a_secondary_round_of_several_buyers_reads_as_shares_bought_on_the_timeline(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # one event a line
    db = import_deals(capsys, tmp_path, DEALS)
    timeline = run_ok(capsys, db, "timeline", "--company", "Codeium")
    assert "Kleiner Perkins, General Catalyst buy $100M of Codeium shares (Secondary Market)" in timeline, timeline
    assert "Codeium raises $100M" not in timeline
    assert "Codeium raises $150M (Series C)" in timeline
    assert "raised $150M" in run_ok(capsys, db, "show", "Codeium")

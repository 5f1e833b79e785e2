"""A deal file's secondary naming several buyers stays a round, never counted: the timeline tells it as shares
bought, not as money the company "raises" (qa31: "Codeium raises $100M (Secondary Market) from Kleiner Perkins,
General Catalyst" for a tender offer)."""

from __future__ import annotations

from cli_helpers import import_deals, private_default_db, run_ok  # noqa: F401 (private_default_db: autouse)

from ai_deals.store import Store
from ai_deals.tui.widgets.charts import funding_bars

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


def test_the_year_bars_say_a_secondary_is_shares_changing_hands(capsys, tmp_path):
    # It said "another source's figure for this day", as if a second account of the Series C.
    store = Store.open(import_deals(capsys, tmp_path, DEALS))
    notes = [bar.note for bar in funding_bars(store.company(store.find_company("Codeium").id)) if not bar.counted]
    assert notes == ["not counted: shares changed hands, no money raised"], notes

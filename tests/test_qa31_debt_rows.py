"""A deal file's debt rows (Crunchbase's "Debt Financing", a loan, a credit facility) are borrowed money, not
equity: listed, never counted in money raised (qa31: Fluidstack's $3B facility made "raised $3.224B")."""

from __future__ import annotations

import json

from cli_helpers import import_deals, private_default_db, run_ok  # noqa: F401 (private_default_db: autouse)

from ai_deals.store import Store
from ai_deals.tui.widgets.charts import funding_bars

HEADER = "Company,Investment Type,Raised Amount,Raised Amount Currency Code,Announced On,Lead Investor(s),All Investors\n"
EQUITY_AND_DEBT = (
    HEADER
    + "Fluidstack,Series B,200000000,USD,2025-02-11,Lightspeed Venture Partners,"
    '"Lightspeed Venture Partners, Accel"\n'
    + 'Fluidstack,Debt Financing,3000000000,USD,2025-02-11,,"Macquarie Group, Blackstone"\n'
)


def _raised(capsys, db) -> dict:
    return json.loads(run_ok(capsys, db, "show", "Fluidstack", "--json"))["raised"]


def test_a_crunchbase_debt_financing_row_is_listed_but_not_counted_as_money_raised(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, EQUITY_AND_DEBT)
    page = run_ok(capsys, db, "show", "Fluidstack")
    assert "raised $200M" in page, page
    assert "$3B" in page  # still listed, with its lenders
    assert _raised(capsys, db) == {"USD": 200_000_000}


def test_a_loan_from_one_lender_is_not_counted_as_money_raised(capsys, tmp_path):
    deals = (
        HEADER
        + "Fluidstack,Series B,200000000,USD,2025-02-11,Lightspeed Venture Partners,Lightspeed Venture Partners\n"
        + "Fluidstack,Post-IPO Debt,50000000,USD,2025-06-01,,Macquarie Group\n"
        + "Fluidstack,Venture debt,10000000,USD,2025-07-01,,Silicon Valley Bank\n"
    )
    db = import_deals(capsys, tmp_path, deals)
    assert "raised $200M" in run_ok(capsys, db, "show", "Fluidstack")
    assert _raised(capsys, db) == {"USD": 200_000_000}


def test_the_timeline_says_a_debt_row_is_borrowed_not_raised(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, EQUITY_AND_DEBT)
    timeline = run_ok(capsys, db, "timeline", "--company", "Fluidstack")
    assert "Fluidstack borrows $3B (Debt Financing)" in timeline, timeline
    assert "Fluidstack raises $200M (Series B)" in timeline


def test_the_year_bars_say_a_debt_row_is_borrowed_not_another_sources_figure(capsys, tmp_path):
    store = Store.open(import_deals(capsys, tmp_path, EQUITY_AND_DEBT))
    page = store.company(store.find_company("Fluidstack").id)
    notes = {bar.counted: bar.note for bar in funding_bars(page)}
    assert notes[False] == "not counted: borrowed, not raised", notes

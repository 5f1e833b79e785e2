"""A deal file's debt row (Crunchbase's "Debt Financing", a loan: `formatting.is_debt`) names lenders, not
investors in equity: they are no co-investors of each other nor of the company's equity investors (the
investor page's Co-investors, `Store.co_investors`), and the investor's page still lists the loan, its part
said "lender" (fold32). Deal files written for these tests."""

from __future__ import annotations

import json

from cli_helpers import import_deals, private_default_db, run_ok  # noqa: F401 (private_default_db: autouse)

from ai_deals.store import Store

HEADER = "Company,Investment Type,Raised Amount,Raised Amount Currency Code,Announced On,Lead Investor(s),All Investors\n"
EQUITY_AND_DEBT = (
    HEADER + "Fluidstack,Series B,200000000,USD,2025-02-11,Lightspeed Venture Partners,"
    '"Lightspeed Venture Partners, Accel"\n'
    + 'Fluidstack,Debt Financing,3000000000,USD,2025-02-11,,"Macquarie Group, Blackstone"\n'
    + 'Fluidstack,Debt Financing,500000000,USD,2025-06-01,,"Macquarie Group, Accel"\n'
)
STAKES = "company,investor,kind,amount,currency,date,round_type\n"


def co_investor_names(store: Store, name: str) -> list[str]:
    return [co.name for co in store.co_investors(store.find_company(name).id)]


def test_the_lenders_of_a_debt_row_are_no_co_investors_of_each_other_nor_of_equity_investors(
    capsys, tmp_path
):
    store = Store.open(import_deals(capsys, tmp_path, EQUITY_AND_DEBT))
    assert co_investor_names(store, "Macquarie Group") == []
    assert co_investor_names(store, "Blackstone") == []
    assert co_investor_names(store, "Accel") == ["Lightspeed Venture Partners"]  # the Series B only
    shared = store.co_investors(store.find_company("Lightspeed Venture Partners").id)
    assert [(co.name, co.deals) for co in shared] == [("Accel", 1)]


def test_stakes_lent_the_same_day_are_no_deal_shared(capsys, tmp_path):
    rows = (
        STAKES
        + "Fluidstack,Macquarie Group,investment,1500000000,USD,2025-02-11,Debt Financing\n"
        + "Fluidstack,Blackstone,investment,1500000000,USD,2025-02-11,Debt Financing\n"
        + "Fluidstack,Accel,investment,100000000,USD,2025-03-01,Series B\n"
        + "Fluidstack,Index Ventures,investment,100000000,USD,2025-03-01,Series B\n"
    )
    store = Store.open(import_deals(capsys, tmp_path, rows))
    assert co_investor_names(store, "Macquarie Group") == []
    assert co_investor_names(store, "Accel") == ["Index Ventures"]  # equity stakes of one day still are


def test_the_investor_page_lists_the_loan_its_part_said_lender(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, EQUITY_AND_DEBT)
    joined = run_ok(capsys, db, "show", "Macquarie Group").split("Rounds joined")[1].split("Sources")[0]
    assert "Debt Financing" in joined and "│ lender │" in joined and "$3B" in joined
    assert "Co-investors" not in run_ok(capsys, db, "show", "Macquarie Group")
    assert json.loads(run_ok(capsys, db, "show", "--json", "Macquarie Group")).get("co_investors", []) == []

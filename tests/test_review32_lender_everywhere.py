"""A lender's part is said "lender" on the investor page's Portfolio stake rows too (review32): fold32 said it on
the rows of rounds joined only. (The relationship map's stake standing for a round membership now says it the same
way, through `formatting.round_roles`.)"""

from __future__ import annotations

from cli_helpers import import_deals, private_default_db  # noqa: F401 (private_default_db: autouse)

from ai_deals.store import Store

STAKES = (
    "company,investor,kind,amount,currency,date,round_type\n"
    "Fluidstack,Macquarie Group,investment,1500000000,USD,2025-02-11,Debt Financing\n"
    "Fluidstack,Accel,investment,100000000,USD,2025-03-01,Series B\n"
)


def test_the_portfolio_row_of_a_loan_says_lender(capsys, tmp_path):
    from ai_deals.tui.screens.company_rows import stake_row

    store = Store.open(import_deals(capsys, tmp_path, STAKES))
    (loan,) = store.company(store.find_company("Macquarie Group").id).portfolio
    words = " ".join(text for text, _, _ in stake_row(loan, outgoing=True).pieces)
    assert "lender" in words
    (equity,) = store.company(store.find_company("Accel").id).portfolio
    assert "lender" not in " ".join(text for text, _, _ in stake_row(equity, outgoing=True).pieces)

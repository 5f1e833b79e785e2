"""Session 22 (mendE22): the Portfolio "by amount" never compares amounts in two currencies.

¥10B stood above $100M. Amounts are ordered largest first within each currency, the currency most
rows are in first; rows without an amount last."""

from __future__ import annotations

from pathlib import Path

from ai_deals.store import Store
from ai_deals.tui.screens.company_rows import portfolio_rows

from factories import import_deal_file

HEADER = "company,investor,kind,amount,currency,date,round_type"
ROWS = [
    "Yen Robotics,Megafund Capital,investment,10000000000,JPY,2024-01-02,Seed",
    "Small Dollar,Megafund Capital,investment,5000000,USD,2024-02-02,Seed",
    "Big Dollar,Megafund Capital,investment,100000000,USD,2024-03-02,Seed",
    "Euro Labs,Megafund Capital,investment,40000000,EUR,2024-04-02,Seed",
    "Mid Dollar,Megafund Capital,investment,50000000,USD,2024-05-02,Seed",
    "Euro Big,Megafund Capital,investment,90000000,EUR,2024-06-02,Seed",
    "No Amount,Megafund Capital,investment,,,2024-07-02,Seed",
]


def test_portfolio_by_amount_orders_within_each_currency_the_commonest_first(tmp_path: Path):
    deals = tmp_path / "mega.csv"
    deals.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "deals.db") as store:
        import_deal_file(store, deals, HEADER)
        page = store.company(store.find_company("Megafund Capital").id)
    made = portfolio_rows(page, "amount")
    assert [item.company for _, item in made.items] == [
        "Big Dollar",
        "Mid Dollar",
        "Small Dollar",
        "Euro Big",
        "Euro Labs",
        "Yen Robotics",
        "No Amount",
    ]

"""The empty query's list (the search screen before anything is typed) is in the order its status line
names: most rounds and investments first, then by name regardless of case, the same every time."""

from __future__ import annotations

from pathlib import Path

from ai_deals.store import Store

from factories import import_deal_file

ROUNDS = """company,round_type,amount,currency,date
Zeta Labs,Seed,1000000,USD,2024-01-01
beta ai,Seed,1000000,USD,2024-01-03
Alpha Robotics,Seed,1000000,USD,2024-01-02
Big Co,Seed,1000000,USD,2023-01-01
Big Co,Series A,5000000,USD,2024-06-01
"""


def test_the_empty_query_lists_most_rounds_first_then_ties_by_name_regardless_of_case(
    fresh_store, tmp_path: Path
):
    deals = tmp_path / "rounds.csv"
    deals.write_text(ROUNDS)
    import_deal_file(fresh_store, deals)
    names = [hit.name for hit in fresh_store.search("")]
    assert names == ["Big Co", "Alpha Robotics", "beta ai", "Zeta Labs"]


def test_the_empty_query_lists_companies_in_the_same_order_when_counted_again(db_path: Path, tmp_path: Path):
    deals = tmp_path / "rounds.csv"
    deals.write_text(ROUNDS)
    with Store.open(db_path) as store:
        import_deal_file(store, deals)
        first = [hit.company_id for hit in store.search("")]
    with Store.open(db_path) as store:  # counted on the reader connection of another process's store
        assert [hit.company_id for hit in store.search("")] == first

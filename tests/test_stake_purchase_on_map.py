"""A stake bought from its holders ("Stake purchase", a secondary) is a "buys stake" edge on the relationship map,
as a stake sold is "sells stake" and one only held "holds stake": its money went to the sellers, not the company."""

from __future__ import annotations

from cli_helpers import import_deals, import_files

from ai_deals.store import Store

HEADER = "company,investor,kind,amount,currency,bound,percentage,date,round_type,status\n"
PURCHASE = "Cohere,SoftBank,investment,280000000,USD,approx,4,2025-03-12,Stake purchase,completed\n"


def _labels(db) -> list[tuple[str, str]]:
    with Store.open(db) as store:
        return [
            (edge.kind, edge.label) for edge in store.relationship_map(store.find_company("Cohere").id).edges
        ]


def test_a_stake_purchase_reads_bought_on_the_relationship_map(capsys, tmp_path):
    db = import_deals(capsys, tmp_path, HEADER + PURCHASE)
    assert _labels(db) == [("buys stake", "~$280M · 4% · 2025")]


def test_a_secondary_reads_bought_and_money_put_into_a_round_does_not(capsys, tmp_path):
    deals = (
        HEADER
        + "Cohere,Nvidia,investment,100000000,USD,,,2025-05-01,Secondary,\n"
        + "Cohere,Oracle,investment,50000000,USD,,,2025-06-01,Series D,\n"
    )
    db = import_deals(capsys, tmp_path, deals)
    assert _labels(db) == [("buys stake", "$100M · 2025"), ("invests", "$50M · 2025")]


def test_a_purchase_told_by_two_sources_one_untyped_is_one_edge(capsys, tmp_path):
    untyped = PURCHASE.replace("Stake purchase", "")
    db = import_files(capsys, tmp_path, ("typed.csv", HEADER + PURCHASE), ("untyped.csv", HEADER + untyped))
    assert _labels(db) == [("buys stake", "~$280M · 4% · 2025")]


def test_a_sale_told_by_two_sources_one_untyped_is_one_exit_edge(capsys, tmp_path):
    sale = "Nvidia,SoftBank,investment,5830000000,USD,,,2025-01-10,Stake sale,completed\n"
    untyped = sale.replace("Stake sale", "")
    db = import_files(capsys, tmp_path, ("typed.csv", HEADER + sale), ("untyped.csv", HEADER + untyped))
    with Store.open(db) as store:
        edges = store.relationship_map(store.find_company("Nvidia").id).edges
    assert [(edge.kind, edge.label) for edge in edges] == [("sells stake", "$5.83B · 2025")]

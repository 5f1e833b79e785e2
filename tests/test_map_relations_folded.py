"""The relationship map lists every relation of an edge once (qa44 item 4): an investor's round
participations stay beside a stake of its own in the company (Pelican Capital's Seed, Series A and
Series B beside the stake it sold; Albion Growth's Series C beside its Series B stake), and a stake two
sources tell is one relation, labelled as the company's page shows it (Nimbra Cloud's $300M, not once
per source), as the timeline folds them (timeline_folds.folds_among)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import import_files, private_default_db  # noqa: F401 (autouse fixture)

from ai_deals.store import Store
from ai_deals.store.models import MapEdge, RelationshipMap

SERIES_B = """title: Halcyon Labs raises $150 million Series B led by Albion Growth
date: 2022-06-07
publisher: The Ledger

LONDON - Halcyon Labs, the San Francisco-based AI model developer, has raised $150 million in a Series B round led by London investor Albion Growth, the company said on Tuesday.

Albion Growth put £40 million into the round, according to a person familiar with the matter. Northgate Ventures and Pelican Capital also participated.
"""
NIMBRA = """title: Nimbra Cloud to invest $300 million in Halcyon Labs
date: 2023-01-20
publisher: TechWire

SEATTLE, Jan 20 (TechWire) - Nimbra Cloud will invest $300 million in Halcyon Labs, largely in the form of cloud compute credits, the companies said on Friday.

The investment comes in two tranches: $100 million now, and $200 million once Halcyon Labs reaches agreed model-performance milestones.
"""
SECONDARY = """title: Pelican Capital sells Halcyon Labs stake in secondary sale
date: 2023-05-12
publisher: TechWire

NEW YORK, May 12 (TechWire) - Pelican Capital has sold its stake in Halcyon Labs to Orchard Lane Partners for $60 million in a secondary sale, people familiar with the matter said.
"""
DEALS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,Investor Names
Halcyon Labs,Seed,4000000,USD,2019-04-10,Northgate Ventures,"Northgate Ventures, Pelican Capital"
Halcyon Labs,Series A,25000000,USD,2020-09-15,Pelican Capital,"Pelican Capital, Northgate Ventures"
Halcyon Labs,Series B,150000000,USD,2022-06-07,Albion Growth,"Albion Growth, Northgate Ventures, Pelican Capital"
Halcyon Labs,Series C,1500000000,USD,2024-10-15,Albion Growth,"Albion Growth, Nimbra Cloud, Northgate Ventures"
"""
STAKES = """{"company": "Halcyon Labs", "investor": "Nimbra Cloud", "kind": "investment", "amount": 300000000, "currency": "USD", "date": "2023-01-20", "round_type": "Corporate Round"}
{"company": "Halcyon Labs", "investor": "Albion Growth", "kind": "investment", "amount": 40000000, "currency": "GBP", "date": "2022-06-07", "round_type": "Series B"}
"""


def halcyon_map(capsys, tmp_path: Path) -> tuple[RelationshipMap, dict[str, int]]:
    db = import_files(
        capsys,
        tmp_path,
        ("series-b.txt", SERIES_B),
        ("nimbra.txt", NIMBRA),
        ("secondary.txt", SECONDARY),
        ("rounds.csv", DEALS),
        ("stakes.ndjson", STAKES),
    )
    with Store(db, readonly=True) as store:
        relationship_map = store.relationship_map(store.find_company("Halcyon Labs").id)
    return relationship_map, {node.name: node.company_id for node in relationship_map.nodes}


def relations(relationship_map: RelationshipMap, ids: dict[str, int], investor: str) -> list[tuple[str, str]]:
    """(kind, label) of every edge from `investor` to Halcyon Labs, in the map's order."""
    edges: list[MapEdge] = relationship_map.edges
    return [
        (edge.kind, edge.label)
        for edge in edges
        if edge.source_id == ids[investor] and edge.target_id == ids["Halcyon Labs"]
    ]


def test_an_investor_with_a_stake_of_its_own_keeps_its_round_participations_on_the_map(capsys, tmp_path):
    relationship_map, ids = halcyon_map(capsys, tmp_path)
    assert relations(relationship_map, ids, "Pelican Capital") == [
        ("joins round", "Seed · 2019"),
        ("joins round", "Series A · 2020"),
        ("joins round", "Series B · 2022"),  # the article and the deal file tell it: once
        ("sells stake", "$60M · 2023"),
    ]
    # Its £40M stake is its part of the Series B (the round it is in): that round is not listed again,
    # its stake's edge names its type and lead, as the round's row says them (qa46 8b).
    assert relations(relationship_map, ids, "Albion Growth") == [
        ("invests", "£40M · Series B · lead · 2022"),
        ("joins round", "Series C · 2024"),
    ]


def test_a_stake_two_sources_tell_is_one_relation_on_the_map_labelled_as_its_page_shows_it(capsys, tmp_path):
    relationship_map, ids = halcyon_map(capsys, tmp_path)
    assert relations(relationship_map, ids, "Nimbra Cloud") == [
        ("invests", "$300M · $100M committed · $200M conditional · 2023"),
        ("joins round", "Series C · 2024"),
    ]

"""The relationship map reads each company's links through indexes, and gives up when asked to: on a
1M-company database its `OR` across a join read every stake for each company on the map (8-11 s for
an investor with 19 bets, 136 s for one with 5,000), and leaving the map did not stop it."""

from __future__ import annotations

import pytest

from ai_deals.store import Store, graph
from ai_deals.store.errors import ReadStopped

from factories import one_stake


@pytest.mark.parametrize("kind", sorted(graph._LINKS))
def test_every_kind_of_map_link_is_read_through_indexes(fresh_store: Store, kind: str):
    plan = fresh_store.db.execute("EXPLAIN QUERY PLAN " + graph._LINKS[kind], {"c": 1}).fetchall()
    steps = [row[3] for row in plan]
    assert not [step for step in steps if step.startswith("SCAN")], steps


def test_a_company_investing_in_itself_is_linked_once(fresh_store: Store):
    fresh_store.import_source(one_stake("Acme", "Acme", title="Acme buys back", amount=1e6, date="2024"))
    acme = fresh_store.find_company("Acme").id
    assert len(graph._links_of(fresh_store.db, acme)) == 1


def test_a_map_no_longer_wanted_stops_at_its_next_query_and_frees_the_store(sample_store: Store):
    openai = sample_store.find_company("OpenAI").id
    asked = []

    def stopped() -> bool:
        asked.append(True)
        return len(asked) > 3  # wanted for the first few queries, then left

    with pytest.raises(ReadStopped):
        sample_store.relationship_map(openai, stopped=stopped)
    assert len(asked) == 4
    assert sample_store.relationship_map(openai).center_id == openai  # the store is free again

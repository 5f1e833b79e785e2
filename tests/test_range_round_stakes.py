"""A round told as a range ("$40-60 million") holds an untyped stake up to the top of its range."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article
from ai_deals.store import Store

RANGE_ROUND = "Ferrix raised $40-60 million in a round led by Accel."
STAKE = "Index Ventures invested $50 million."


def _import(store: Store, text: str, url: str) -> None:
    store.import_source(parse_article(text, published="2026-03-02", language="en", title="Ferrix", url=url))


def test_a_stake_within_a_range_rounds_top_is_put_in_it(tmp_path: Path):
    with Store.open(tmp_path / "deals.db") as store:
        _import(store, f"{RANGE_ROUND} {STAKE}", "https://e.org/one")
        page = store.company(store.find_company("Ferrix").id)
        (raised,) = page.rounds
        (index,) = [s for s in page.investors if s.investor == "Index Ventures"]
        assert index.round_ids == [raised.id]
        assert page.raised == {"USD": 40e6}


def test_another_sources_stake_within_a_range_rounds_top_is_its_part(tmp_path: Path):
    with Store.open(tmp_path / "deals.db") as store:
        _import(store, RANGE_ROUND, "https://e.org/one")
        _import(store, "Index Ventures invested $50 million in Ferrix.", "https://e.org/two")
        page = store.company(store.find_company("Ferrix").id)
        (index,) = [s for s in page.investors if s.investor == "Index Ventures"]
        assert index.round_ids == []
        assert page.raised == {"USD": 40e6}

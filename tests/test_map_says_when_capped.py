"""The relationship map stops at `MAX_NODES` companies; a map cut there says so and how many linked
companies the walk found, rather than "199 linked companies" for an investor that backed 300."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.store.graph import MAX_NODES
from ai_deals.tui.screens.relationship_map import linked_count

BACKED = 300


def _investor_backing(capsys, tmp_path: Path, companies: int) -> tuple[Path, int]:
    rows = "".join(f"Company {n},Wide Fund,investment,1000000,USD,2024-01-01\n" for n in range(companies))
    path = tmp_path / "wide.csv"
    path.write_text("company,investor,kind,amount,currency,date\n" + rows, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    with Store.open(db) as store:
        return db, store.find_company("Wide Fund").id


def test_a_map_cut_at_its_limit_says_how_many_it_shows_of_how_many(capsys, tmp_path):
    db, fund = _investor_backing(capsys, tmp_path, BACKED)
    with Store.open(db) as store:
        relationship_map = store.relationship_map(fund)
    assert len(relationship_map.nodes) == MAX_NODES
    assert relationship_map.found == BACKED
    text = linked_count(relationship_map)
    assert f"{MAX_NODES - 1} of {BACKED}" in text and f"the map stops at {MAX_NODES}" in text


def test_a_whole_map_just_counts_its_companies(capsys, tmp_path):
    db, fund = _investor_backing(capsys, tmp_path, 12)
    with Store.open(db) as store:
        relationship_map = store.relationship_map(fund)
    assert not relationship_map.capped
    assert linked_count(relationship_map) == "12 linked companies"

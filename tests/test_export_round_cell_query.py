"""A stake's export `round` cell (`exported_round_type`: a correlated EXISTS on the round's investors
for each stake) is read by the export's query only: a company's page and the timeline, which read
every stake of a company or of the database, never compute it."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store

DEALS = (
    "kind,company,investor,amount,currency,date,round_type\n"
    "investment,Zeta AI,Osk Partners,5000000,USD,2026-02-03,Series A\n"
    "round,Zeta AI,Vantor Capital,20000000,USD,2026-02-03,Series A\n"
)


@pytest.fixture
def store(capsys, tmp_path: Path):
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    db = tmp_path / "t.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    with Store(db) as opened:
        yield opened


def _statements(store: Store, read) -> list[str]:
    """The SQL statements `read` runs on the store's connection."""
    ran: list[str] = []
    store.db.conn.set_trace_callback(ran.append)
    try:
        read()
    finally:
        store.db.conn.set_trace_callback(None)
    return ran


def test_a_page_and_the_timeline_read_stakes_without_the_exports_round_cell(store):
    zeta = store.find_company("Zeta AI", exact=True).id
    ran = _statements(store, lambda: (store.company(zeta), store.timeline(), store.timeline(zeta)))
    assert any("FROM stakes s" in sql for sql in ran)  # stakes were read
    assert not any("exported_round_type" in sql for sql in ran)


def test_the_export_reads_its_stakes_round_cell(store):
    records = []
    ran = _statements(store, lambda: records.extend(store.export_records()))
    assert any("exported_round_type" in sql for sql in ran)
    (stake,) = [record for record in records if record.record_type == "stake"]
    assert stake.round == "Series A"

"""A stake joined to a round by its round type (a row of its own naming the round's type) is one
of the round's investors: `show`'s Rounds table and the page's round row name it
(store/same_stake.round_investor_names); the round's record keeps its own investors."""

from __future__ import annotations

import json

from cli_helpers import run

from ai_deals.store import Store
from ai_deals.tui.screens.company_rows import rounds_and_valuations

ROWS = """company,investor,kind,amount,currency,date,url,round_type
Zorgly AI,,round,30000000,USD,2025-03-01,https://example.org/z1,Series B
Zorgly AI,Acme Ventures,investment,5000000,USD,2025-03-01,https://example.org/z2,series_b
"""


def imported(capsys, tmp_path) -> str:
    path = tmp_path / "z.csv"
    path.write_text(ROWS, encoding="utf-8")
    db = str(tmp_path / "t.db")
    code, _, err = run(capsys, "--db", db, "--empty", "import", str(path))
    assert code == 0, err
    return db


def test_show_lists_a_stake_joined_by_round_type_among_its_rounds_investors(capsys, tmp_path):
    db = imported(capsys, tmp_path)
    code, out, _ = run(capsys, "--db", db, "show", "Zorgly AI", "--json")
    assert code == 0
    page = json.loads(out)
    assert page["investors"][0]["round_id"] == page["rounds"][0]["id"]
    code, out, _ = run(capsys, "--db", db, "show", "Zorgly AI")
    assert code == 0
    (series_b,) = [line for line in out.splitlines() if "Series B" in line and "$30M" in line]
    assert "Acme Ventures" in series_b


def test_the_pages_round_row_names_a_stake_joined_by_round_type(capsys, tmp_path):
    store = Store.open(imported(capsys, tmp_path))
    try:
        page = store.company(store.find_company("Zorgly AI").id)
    finally:
        store.close()
    made = rounds_and_valuations(page)
    (entry,) = made.items
    assert "Acme Ventures" in " ".join(text for text, _, _ in made.make(entry).pieces)

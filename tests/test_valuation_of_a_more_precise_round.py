"""A round dated more precisely by hand, inside the period its source gave (2019-09 -> 2019-09-30),
keeps the valuation its source stated with it: on the page, in `show` and on the chart."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import run
from ledgerline_rounds import ledgerline_db

from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.widgets.charts import funding_bars

TEXT = "Ledgerline raised $35 million in a Series B in September 2019, valuing it at $210 million."


def ledgerline(tmp_path: Path) -> Path:
    path = ledgerline_db(tmp_path / "ledgerline.db", TEXT)
    with Store.open(path) as store:
        (series_b,) = store.company(store.find_company("Ledgerline").id).rounds
        assert series_b.post_money_valuation == 210e6
        store.edit_fact(series_b.ref, FactEdit(date="30/09/2019"))
    return path


def test_a_round_dated_more_precisely_by_hand_keeps_its_valuation(tmp_path):
    with Store.open(ledgerline(tmp_path)) as store:
        page = store.company(store.find_company("Ledgerline").id)
        (series_b,) = page.rounds
        assert (series_b.date, series_b.post_money_valuation) == ("2019-09-30", 210e6)
        bars = [(bar.label, bar.detail, bar.marker_text) for bar in funding_bars(page)]
        assert [bar for bar in bars if bar[1] == "valuation"] == [], "no valuation line of its own"
        assert any("valued $210M" in (bar[2] or "") for bar in bars)


def test_show_gives_the_valuation_of_a_round_dated_more_precisely_by_hand(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    code, out, _ = run(capsys, "--db", str(ledgerline(tmp_path)), "show", "Ledgerline")
    assert code == 0
    row = next(line for line in out.splitlines() if "│ 2019-09-30" in line and "Series B" in line)
    assert "$210M" in row

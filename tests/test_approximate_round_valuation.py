"""A valuation its source gave as approximate ("valuation of about $210mn") keeps its `~` wherever
the round shows it: the company page's round row, the chart's label and `show`'s Rounds, as Metrics
already did."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import run
from ledgerline_rounds import ledgerline_db

from ai_deals.store import Store
from ai_deals.tui.screens.company_rows import round_row
from ai_deals.tui.widgets.charts import funding_bars

TEXT = "Ledgerline raised $35 million in a Series B in September 2019, at a valuation of about $210mn."


def ledgerline(tmp_path: Path) -> Path:
    return ledgerline_db(tmp_path / "ledgerline.db", TEXT, bound="approx")


def test_an_approximate_valuation_keeps_its_tilde_on_the_round_row_and_the_chart(tmp_path):
    with Store.open(ledgerline(tmp_path)) as store:
        page = store.company(store.find_company("Ledgerline").id)
        (series_b,) = page.rounds
        assert (series_b.post_money_valuation, series_b.valuation_bound) == (210e6, "approx")
        row = "".join(piece[0] for piece in round_row(series_b).pieces)
        assert "valued ~$210M" in row
        assert any("valued ~$210M" in (bar.marker_text or "") for bar in funding_bars(page))


def test_show_gives_an_approximate_round_valuation_with_its_tilde(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    code, out, _ = run(capsys, "--db", str(ledgerline(tmp_path)), "show", "Ledgerline")
    assert code == 0
    row = next(line for line in out.splitlines() if "│ 2019-09" in line and "Series B" in line)
    assert "~$210M" in row

"""A figure given only as a ceiling ("up to $100 billion", bound `maximum`) is no money raised: every
total tells it beside the exact money ("raised $40B (+ up to $100B committed)"), never adds it in
(store/money_raised.py). The deal file is written for these tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from cli_helpers import import_deals, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.store import Store
from ai_deals.tui.screens.company import page_title
from ai_deals.tui.widgets.charts import MAX_BARS, by_year, funding_bars, investment_bars

HEADER = "company,investors,amount,currency,bound,date,round"
EXACT_AND_CEILING = (
    f"{HEADER}\n"
    "CeilCo,InvA,40000000000,USD,exact,2024-01-05,Series A\n"
    "CeilCo,InvB,100000000000,USD,maximum,2024-06-05,Series B\n"
)
# Stakes in no round (no round type): the investor's page adds them up by year.
INVESTOR_STAKES = (
    f"{HEADER}\n"
    "AlphaCo,Kestrel Ventures,2000000,USD,exact,2024-01-05,\n"
    "BetaCo,Kestrel Ventures,9000000,USD,maximum,2024-02-05,\n"
)


def page_of(db: Path, name: str):
    with Store.open(db) as store:
        return store.company(store.find_company(name).id)


def test_a_ceiling_is_told_beside_money_raised_on_the_page_header(capsys, tmp_path):
    page = page_of(import_deals(capsys, tmp_path, EXACT_AND_CEILING), "CeilCo")
    assert page.raised == {"USD": 40e9}
    assert page.raised_ceiling == {"USD": 100e9}
    assert page_title(page).plain.startswith("CeilCo   raised $40B (+ up to $100B committed) · 2 rounds")


def test_show_and_search_tell_a_ceiling_apart_from_money_raised(capsys, tmp_path):
    db = str(import_deals(capsys, tmp_path, EXACT_AND_CEILING))
    shown = run_ok(capsys, db, "show", "CeilCo")
    assert "raised $40B (+ up to $100B committed)" in shown
    assert "$140B" not in shown
    found = run_ok(capsys, db, "search", "CeilCo", "--json")
    assert "raised $40B (+ up to $100B committed) · last round 2024-06-05" in found


def test_a_year_bar_adds_exact_money_and_tells_a_ceiling_beside_it(capsys, tmp_path):
    page = page_of(import_deals(capsys, tmp_path, EXACT_AND_CEILING), "CeilCo")
    bars = funding_bars(page)
    (year,) = by_year([("2024-03-01", bar) for bar in bars * (MAX_BARS // 2 + 1)], "round")
    assert year.amount_text == "$520B + up to $1.3T"  # 13 × $40B, and 13 × up to $100B beside it
    assert year.committed == 520e9


def test_an_investors_year_bar_tells_a_ceiling_stake_beside_its_money(capsys, tmp_path):
    page = page_of(import_deals(capsys, tmp_path, INVESTOR_STAKES), "Kestrel Ventures")
    bars = investment_bars(page)
    (year,) = by_year([("2024-03-01", bar) for bar in bars * (MAX_BARS // 2 + 1)], "stake")
    assert year.amount_text == "$26M + up to $117M"


def test_the_exports_counted_column_leaves_out_a_ceiling(capsys, tmp_path):
    db = str(import_deals(capsys, tmp_path, EXACT_AND_CEILING))
    text = run_ok(capsys, db, "export", "--format", "csv")
    rows = [
        row for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))) if row["record_type"] == "round"
    ]
    counted = {row["amount"]: row["counted"] for row in rows}
    assert counted == {"40000000000": "40000000000", "100000000000": ""}

"""Sources of one raise that give it different dates: the disagreement is told (the page's
"Conflicting figures", `show`, `show --json`), the date shown follows the README's rule (the most
precise; of those, the one most sources give; then the earliest), and the valuation is drawn once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.widgets.charts import funding_bars

ROOT = Path(__file__).resolve().parent.parent
FT = ROOT / "tests" / "fixtures" / "articles_holdout68" / "en_ft_ledgerline.txt"  # its Series C: 2021-06-08
HEADER = "company,investors,round_type,amount,currency,date,source_url,source_title,publisher"
DEALROOM = (
    "Ledgerline,Tiger Global,Series C,120000000,USD,{date},https://dealroom.example/l,Series C,Dealroom"
)
PITCHBOOK = (
    "Ledgerline,Tiger Global,Series C,120000000,USD,{date},https://pitchbook.example/l,Series C,PitchBook"
)


def cli(*argv: str) -> None:
    assert main(list(argv)) == 0


def told(tmp_path: Path, capsys, *rows: str) -> Path:
    """The FT's Series C ("announced on Tuesday" in the article of Wednesday 2021-06-09: the 8th) and deal
    rows telling it."""
    db, deals = tmp_path / "deals.db", tmp_path / "deals.csv"
    deals.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    cli("--db", str(db), "--empty", "import", str(FT), str(deals))
    capsys.readouterr()
    return db


def page_of(db: Path):
    with Store(db, readonly=True) as store:
        return store.company(store.find_company("Ledgerline").id)


def series_c(page):
    (found,) = [r for r in page.rounds if r.round_type == "Series C"]
    return found


def test_two_sources_giving_a_raise_two_days_is_a_conflict_and_the_earliest_is_shown(
    tmp_path, capsys, monkeypatch
):
    db = told(tmp_path, capsys, DEALROOM.format(date="2021-06-07"))
    page = page_of(db)
    assert series_c(page).date == "2021-06-07" and series_c(page).source_count == 2  # one each: the earlier
    (dates,) = [c for c in page.conflicts if c.what.startswith("dates of")]
    assert dates.what == "dates of round 2021-06-07"
    assert [(s.value, s.sources) for s in dates.stated] == [
        ("2021-06-07", ["Series C"]),
        ("2021-06-08", ["Ledgerline valued at $1.1bn after Tiger Global-led funding round"]),
    ]
    monkeypatch.setenv("COLUMNS", "250")
    cli("--db", str(db), "show", "Ledgerline")
    assert "CONFLICT dates of round 2021-06-07: 2021-06-07 per Series C vs 2021-06-08 per Ledgerline" in (
        capsys.readouterr().out
    )
    cli("--db", str(db), "show", "Ledgerline", "--json")
    conflicts = json.loads(capsys.readouterr().out)["conflicts"]
    assert ["2021-06-07", "2021-06-08"] in [c["values"] for c in conflicts]


@pytest.mark.parametrize(
    ("dealroom", "pitchbook", "shown"),
    [
        ("2021-06-07", "2021-06-08", "2021-06-08"),  # two sources say the 8th, one the 7th
        ("2021-06-07", "2021-06-07", "2021-06-07"),  # two say the 7th
        ("2021-06", "2021-06-07", "2021-06-07"),  # a month holds the 7th: it supports it
        ("2021-06", "2021-06", "2021-06-08"),  # the most precise date, whatever the number of sources
    ],
)
def test_the_date_shown_is_the_most_precise_then_the_one_most_sources_give(
    tmp_path, capsys, dealroom, pitchbook, shown
):
    db = told(tmp_path, capsys, DEALROOM.format(date=dealroom), PITCHBOOK.format(date=pitchbook))
    assert series_c(page_of(db)).date == shown


def test_a_month_holding_the_day_another_source_gives_is_no_conflict(tmp_path, capsys):
    db = told(tmp_path, capsys, DEALROOM.format(date="2021-06"))
    page = page_of(db)
    assert series_c(page).date == "2021-06-08"
    assert not [c for c in page.conflicts if c.what.startswith("dates of")]


def test_a_raise_valued_by_one_source_is_valued_once_in_the_chart_whichever_date_is_shown(tmp_path, capsys):
    # The FT values Ledgerline at $1.1bn on 2021-06-08; the page shows the raise on the 7th.
    db = told(tmp_path, capsys, DEALROOM.format(date="2021-06-07"))
    bars = funding_bars(page_of(db))
    valued = [(bar.label, bar.detail) for bar in bars if bar.marker is not None and bar.marker >= 1e9]
    assert valued == [("2021-06-07", "Series C")]

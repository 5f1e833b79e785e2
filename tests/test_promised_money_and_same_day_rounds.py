"""Money promised on a condition beside a round of its day, and same-day rounds of different types
(store/money_raised.py, store/writing.py `day_round`, importers/extract/facts.py `_stakes_join_round`)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, only
from test_money_raised import makeup_of, page_of  # noqa: F401

from ai_deals.store import Store
from ai_deals.tui.widgets.charts import makeup_section

KYRA = (
    "Kyra, a Berlin-based AI lab, said on Tuesday it raised €600 million in a Series B round led by Atlas "
    "Ventures. SoftBank could invest up to a further €1 billion if Kyra meets revenue targets. Kyra is "
    "valued at €5.8 billion post-money."
)
KYRA_ARTICLE = f"title: Kyra raises €600 million\ndate: 2026-03-10\nurl: https://example.com/kyra\nlanguage: en\n\n{KYRA}\n"
KYROX_DEALS = (
    "company,investor,amount,currency,date,status,bound,condition,round_type\n"
    "Kyrox,Lightspeed,600000000,EUR,2025-05-06,,,,Series B\n"
    "Kyrox,SoftBank,1000000000,EUR,2025-05-06,conditional,maximum,if Kyrox meets revenue targets,\n"
)


def imported(capsys, tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db


def test_a_conditional_further_promise_is_a_stake_with_its_condition_not_a_round_investor():
    facts = facts_of(KYRA, published="2026-03-10")
    series_b, softbank = only(facts, "round"), only(facts, "investment")
    assert series_b.investors == ["Atlas Ventures"]
    assert (softbank.investor, softbank.status) == ("SoftBank", "conditional")
    assert softbank.condition == "if Kyra meets revenue targets"


def test_an_articles_conditional_stake_stays_out_of_its_days_round(capsys, tmp_path):
    db = imported(capsys, tmp_path, "kyra.txt", KYRA_ARTICLE)
    with Store.open(db) as store:
        page = page_of(store, "Kyra")
        (series_b,) = page.rounds
        softbank = next(stake for stake in page.investors if stake.investor == "SoftBank")
        assert softbank.round_ids == [] and softbank.condition == "if Kyra meets revenue targets"
        assert "SoftBank" not in series_b.investors
        assert page.raised == {"EUR": 600e6}
        assert page.raised_conditional == {"EUR": (1e9, True)}
        assert makeup_section(page, series_b) is None  # no make-up bar bigger than the round
    code, out, _ = run(capsys, "--db", str(db), "show", "Kyra")
    assert code == 0 and "raised €600M (+ up to €1B conditional)" in out.splitlines()
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--company", "Kyra")
    assert code == 0 and "SoftBank invests ≤€1B in Kyra (Series B)" not in out


def test_a_deal_files_conditional_stake_is_in_no_round_of_its_day(capsys, tmp_path):
    db = imported(capsys, tmp_path, "kyrox.csv", KYROX_DEALS)
    with Store.open(db) as store:
        page = page_of(store, "Kyrox")
        (series_b,) = page.rounds
        softbank = next(stake for stake in page.investors if stake.investor == "SoftBank")
        assert softbank.round_ids == [] and "SoftBank" not in series_b.investors
        assert page.raised == {"EUR": 600e6} and page.raised_conditional == {"EUR": (1e9, True)}
    code, out, _ = run(capsys, "--db", str(db), "show", "Kyrox")
    assert code == 0 and "raised €600M (+ up to €1B conditional)" in out.splitlines()

"""An undated article's rounds: joined with a deal file's dated round of the same raise, ordered
sensibly as the search result's "last round", and valued only where the sentence values them."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import run

from ai_deals.store.models import Round
from ai_deals.store.same_raise import group_raises

UNDATED_ARTICLE = """title: Helio raises $40 million Series B
url: https://example.com/helio
language: en

Helio, a London-based AI startup, raised $40 million in a Series B led by Index Ventures at a \
$400 million valuation. Helio previously raised a $15 million Series A in May.
"""
DEAL_FILE = """company,round,amount,currency,date,lead_investors
Helio,Series A,15000000,USD,2025-05-05,Balderton
"""


def import_helio(capsys, tmp_path: Path, *, deal_file: bool = True) -> Path:
    db = tmp_path / "helio.db"
    article = tmp_path / "helio.txt"
    article.write_text(UNDATED_ARTICLE, encoding="utf-8")
    paths = [str(article)]
    if deal_file:
        deals = tmp_path / "helio.csv"
        deals.write_text(DEAL_FILE, encoding="utf-8")
        paths.insert(0, str(deals))
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", *paths)
    assert code == 0, err
    return db


def shown_rounds(capsys, db: Path) -> dict:
    code, out, err = run(capsys, "--db", str(db), "show", "Helio", "--json")
    assert code == 0, err
    return json.loads(out)


def test_undated_series_a_joins_the_deal_files_dated_series_a_of_that_amount(capsys, tmp_path):
    shown = shown_rounds(capsys, import_helio(capsys, tmp_path))
    rounds = shown["rounds"]
    assert sorted((r["round_type"], r["amount"], r["date"]) for r in rounds) == [
        ("Series A", 15_000_000, "2025-05-05"),
        ("Series B", 40_000_000, None),
    ]
    assert shown["raised"] == {"USD": 55_000_000}


def test_search_result_says_the_undated_later_stage_is_the_last_round(capsys, tmp_path):
    db = import_helio(capsys, tmp_path)
    code, out, err = run(capsys, "--db", str(db), "search", "Helio", "--json")
    assert code == 0, err
    summary = json.loads(out)["results"][0]["summary"]
    assert summary.startswith("raised $55M · last round Series B (undated)")


def test_valuation_belongs_to_the_round_its_sentence_values(capsys, tmp_path):
    shown = shown_rounds(capsys, import_helio(capsys, tmp_path, deal_file=False))
    valued = {r["round_type"]: r.get("post_money_valuation") for r in shown["rounds"]}
    assert valued == {"Series B": 400_000_000, "Series A": None}


def undated_rule_rounds(*dated: tuple[int, str, float], undated_type: str = "Series A") -> list[Round]:
    """Dated rounds (id, round type, amount) of source 1, then an undated one of $15M from source 2."""
    rounds = [
        Round(id=id_, company_id=1, company="Helio", source_id=1, amount=amount, currency="USD",
              bound="exact", date=f"2025-0{id_}-05", round_type=round_type)
        for id_, round_type, amount in dated
    ]  # fmt: skip
    undated = Round(id=9, company_id=1, company="Helio", source_id=2, amount=15e6, currency="USD",
                    bound="exact", round_type=undated_type)  # fmt: skip
    return [*rounds, undated]


def test_undated_round_joins_the_one_dated_raise_of_its_type_and_amount_and_comes_after_it():
    rounds = undated_rule_rounds((5, "Series A", 15e6), (6, "Series B", 40e6))
    assert [[r.id for r in members] for members in group_raises(rounds)] == [[5, 9], [6]]


def test_undated_round_fitting_two_dated_raises_joins_neither():
    rounds = undated_rule_rounds((5, "Series A", 15e6), (7, "Series A", 15e6))
    assert [[r.id for r in members] for members in group_raises(rounds)] == [[5], [7], [9]]


def test_undated_round_of_another_type_or_amount_stays_a_round_of_its_own():
    assert len(group_raises(undated_rule_rounds((5, "Series A", 16e6)))) == 2
    assert len(group_raises(undated_rule_rounds((5, "Seed", 15e6)))) == 2


def test_last_round_keeps_a_dated_round_of_no_stage_before_an_undated_seed():
    from ai_deals.store.search_service import _last_round

    growth = Round(id=1, company_id=1, company="Helio", source_id=1, amount=90e6, currency="USD",
                   bound="exact", date="2025-03-01", round_type="growth")  # fmt: skip
    seed = Round(id=2, company_id=1, company="Helio", source_id=2, amount=5e6, currency="USD",
                 bound="exact", round_type="Seed")  # fmt: skip
    assert _last_round([[growth], [seed]]) == "2025-03-01"

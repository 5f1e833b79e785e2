"""Two sources of one raise giving two totals (`$40M` and `$60M` Series B), each naming every investor
of the raise, are a conflict (README's 1% rule), not one investor's part of the raise
(store/same_raise.py `_attach_parts`): a part names some of the raise's investors, not all of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)
from test_same_raise import round_story

from ai_deals.store import Store

ROUNDS = "company,investors,round_type,amount,currency,date,source_url,publisher"
INVESTORS = "Index Ventures; Accel; Elad Gil"


def _deal_file(path: Path, amount: int, investors: str, url: str) -> Path:
    row = f"Nimbalyst,{investors},Series B,{amount},USD,2025-06-10,{url},News"
    path.write_text(f"{ROUNDS}\n{row}\n", encoding="utf-8")
    return path


def _show_json(capsys, db: Path) -> dict:
    code, out, err = run(capsys, "--db", str(db), "show", "Nimbalyst", "--json")
    assert code == 0, err
    return json.loads(out)


def _import(capsys, db: Path, *paths: Path) -> None:
    for index, path in enumerate(paths):
        code, _, err = run(capsys, "--db", str(db), *(["--empty"] if index == 0 else []), "import", str(path))
        assert code == 0, err


@pytest.mark.parametrize("bigger", [60_000_000, 45_000_000])
def test_a_smaller_total_naming_every_investor_of_the_raise_is_a_conflict(capsys, tmp_path, bigger):
    db = tmp_path / "deals.db"
    smaller = _deal_file(tmp_path / "one.csv", 40_000_000, INVESTORS, "https://a.example/n")
    larger = _deal_file(tmp_path / "two.csv", bigger, INVESTORS, "https://b.example/n")
    _import(capsys, db, smaller, larger)
    shown = _show_json(capsys, db)
    # One raise whatever its amounts (qa41 2d): one round, the first imported's figure shown, both
    # sources' evidence kept, the figures a conflict, its money counted once.
    (round_,) = [r for r in shown["rounds"] if r["round_type"] == "Series B"]
    assert round_["amount"] == 40e6 and len(round_["evidence"]) == 2
    assert [c["what"] for c in shown["conflicts"]] == ["round 2025-06-10"]
    assert shown["raised"] == {"USD": 40e6}, "rival accounts of one raise are counted once"


def test_an_articles_total_and_a_deal_files_smaller_one_naming_every_investor_conflict(capsys, tmp_path):
    db = tmp_path / "deals.db"
    _import(capsys, db, _deal_file(tmp_path / "one.csv", 40_000_000, INVESTORS, "https://a.example/n"))
    story = {
        "company": "Nimbalyst",
        "amount": 45e6,
        "date": "2025-06-10",
        "round_type": "Series B",
        "investors": ["Index Ventures", "Accel", "Elad Gil"],
    }
    with Store.open(db) as store:
        store.import_source(round_story("Wire Nimbalyst raises", story))
    conflicts = _show_json(capsys, db)["conflicts"]
    assert [(c["what"], c["values"]) for c in conflicts] == [("round 2025-06-10", ["$40M", "$45M"])]


def test_a_smaller_round_naming_some_of_the_raises_investors_is_still_their_part(capsys, tmp_path):
    db = tmp_path / "deals.db"
    part = _deal_file(tmp_path / "one.csv", 10_000_000, "Index Ventures", "https://a.example/n")
    whole = _deal_file(tmp_path / "two.csv", 60_000_000, INVESTORS, "https://b.example/n")
    _import(capsys, db, part, whole)
    shown = _show_json(capsys, db)
    assert shown["conflicts"] == []
    assert [r["amount"] for r in shown["rounds"] if r["round_type"] == "Series B"] == [60e6]

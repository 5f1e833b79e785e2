"""A deal file's investment rows (one investor each) repeating the round's valuation give one
valuation, as a round's rows do (store/bulk.py): `show` lists it once, each row is evidence of it,
and the import counts it once. Rows citing different sources, or stating other figures, stay apart."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store

HEADER = "company,investor,kind,amount,currency,date,round_type,post_money_valuation,url\n"
VELTRIX = "Veltrix AI,{investor},investment,{amount},USD,2026-04-01,Series A,{valuation},{url}\n"
URL = "https://example.org/veltrix"


def _rows(*rows: tuple[str, int, int, str]) -> str:
    return HEADER + "".join(
        VELTRIX.format(investor=investor, amount=amount, valuation=valuation, url=url)
        for investor, amount, valuation, url in rows
    )


def _import(capsys, tmp_path: Path, text: str) -> tuple[Path, str]:
    path = tmp_path / "r3.csv"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    return db, out


def _valuations(capsys, db: Path) -> list[float]:
    code, out, err = run(capsys, "--db", str(db), "show", "Veltrix AI", "--json")
    assert code == 0, err
    return [m["value"] for m in json.loads(out)["metrics"] if m["metric"] == "valuation"]


def test_investment_rows_repeating_a_valuation_give_one_valuation(capsys, tmp_path):
    text = _rows(
        ("Northgate Ventures", 10_000_000, 200_000_000, URL),
        ("Blue Fen Capital", 5_000_000, 200_000_000, URL),
    )
    db, out = _import(capsys, tmp_path, text)
    assert "added: r3.csv (2 rows, 3 facts)" in out
    assert _valuations(capsys, db) == [200e6]
    with Store.open(db) as store:
        company = store.company(store.find_company("Veltrix AI").id)
        assert len(company.investors) == 2
        (valuation,) = company.metrics
        assert len(valuation.evidence) == 2, "each row is evidence of the one valuation"


def test_investment_rows_stating_other_valuations_keep_each(capsys, tmp_path):
    text = _rows(
        ("Northgate Ventures", 10_000_000, 200_000_000, URL),
        ("Blue Fen Capital", 5_000_000, 250_000_000, URL),
    )
    db, out = _import(capsys, tmp_path, text)
    assert "added: r3.csv (2 rows, 4 facts)" in out
    assert sorted(_valuations(capsys, db)) == [200e6, 250e6]


def test_investment_rows_citing_different_sources_keep_a_valuation_each(capsys, tmp_path):
    other = "https://example.org/veltrix-again"
    text = _rows(
        ("Northgate Ventures", 10_000_000, 200_000_000, URL),
        ("Blue Fen Capital", 5_000_000, 200_000_000, other),
    )
    db, out = _import(capsys, tmp_path, text)
    assert "added: r3.csv (2 rows, 4 facts)" in out
    # Two records, one per source, that `show` lists as one figure stated by both (store/same_metric.py).
    code, shown, err = run(capsys, "--db", str(db), "show", "Veltrix AI", "--json")
    (valuation,) = [m for m in json.loads(shown)["metrics"] if m["metric"] == "valuation"]
    assert (valuation["value"], len([valuation["id"], *valuation["same_metric_ids"]])) == (200e6, 2)


def test_the_dry_run_counts_the_repeated_valuation_once_as_the_import_does(capsys, tmp_path):
    path = tmp_path / "r3.csv"
    path.write_text(
        _rows(
            ("Northgate Ventures", 10_000_000, 200_000_000, URL),
            ("Blue Fen Capital", 5_000_000, 200_000_000, URL),
        ),
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "--db", str(tmp_path / "deals.db"), "--empty", "import", "--dry-run", str(path)
    )
    assert code == 0, err
    assert out.startswith("would add: ") and "r3.csv (2 rows, 3 facts)" in out
    assert out.count("valuation: Veltrix AI") == 1


def test_the_dry_run_keeps_valuations_citing_different_sources_apart(capsys, tmp_path):
    path = tmp_path / "r3.csv"
    other = "https://example.org/veltrix-again"
    path.write_text(
        _rows(
            ("Northgate Ventures", 10_000_000, 200_000_000, URL),
            ("Blue Fen Capital", 5_000_000, 200_000_000, other),
        ),
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "--db", str(tmp_path / "deals.db"), "--empty", "import", "--dry-run", str(path)
    )
    assert code == 0, err
    assert out.startswith("would add: ") and "r3.csv (2 rows, 4 facts)" in out

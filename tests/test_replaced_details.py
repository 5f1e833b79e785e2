"""A corrected article (the same URL imported again): the company details (city, country, sector,
description) its replaced version gave go with it; details another source gives too stay."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store

URL = "https://example.org/qa12/quanta-fintech"


def _story(city: str, trade: str, extra: str = "") -> str:
    return (
        f"title: {city} {trade} firm Quanta raises €5 million\ndate: 2025-09-10\npublisher: Other Wire\n"
        f"language: en\nurl: {URL}\n\n"
        f"MUNICH -- Quanta, a {city}-based {trade} start-up{extra}, said on Wednesday it had raised "
        "€5 million in a seed round led by Earlybird.\n"
    )


OTHER = (
    "title: Quanta wins bank client\ndate: 2025-10-01\npublisher: Test Wire\nlanguage: en\n"
    "url: https://example.org/other/quanta-client\n\n"
    "Quanta, a Munich-based fintech start-up, said on Wednesday it had raised €2 million from "
    "Earlybird in a bridge round.\n"
)


def _import(capsys, db: Path, folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 0, err
    return out


def _quanta(db: Path):
    store = Store(db)
    try:
        company = store.find_company("Quanta", exact=True)
    finally:
        store.close()
    assert company is not None
    return company


def test_a_corrected_article_with_a_new_city_takes_the_replaced_versions_city_away(capsys, tmp_path):
    db = tmp_path / "deals.db"
    _import(
        capsys, db, tmp_path, "first.txt", _story("Munich", "fintech", " that automates invoice payments")
    )
    assert _quanta(db).city == "Munich"
    out = _import(capsys, db, tmp_path, "corrected.txt", _story("Hamburg", "fintech"))
    assert "replaced:" in out
    company = _quanta(db)
    assert company.city == "Hamburg"
    assert "Munich" not in (company.sector or "") + (company.description or "")


def test_a_corrected_article_with_a_new_trade_takes_the_replaced_versions_trade_away(capsys, tmp_path):
    db = tmp_path / "deals.db"
    _import(capsys, db, tmp_path, "first.txt", _story("Munich", "fintech"))
    _import(capsys, db, tmp_path, "corrected.txt", _story("Munich", "cybersecurity"))
    company = _quanta(db)
    assert company.city == "Munich"
    told = f"{company.sector} {company.description}"
    assert "cybersecurity" in told and "fintech" not in told


def test_details_another_source_also_gives_stay_when_an_article_is_corrected(capsys, tmp_path):
    db = tmp_path / "deals.db"
    _import(capsys, db, tmp_path, "other.txt", OTHER)
    _import(capsys, db, tmp_path, "first.txt", _story("Munich", "fintech"))
    before = _quanta(db)
    assert before.city == "Munich"
    _import(capsys, db, tmp_path, "corrected.txt", _story("Hamburg", "fintech"))
    after = _quanta(db)
    assert (after.city, after.country, after.sector, after.description) == (
        before.city,
        before.country,
        before.sector,
        before.description,
    )

"""A corrected deal file (the same file imported again: `replaced: …`) whose rows now leave a
company's city or country empty clears what the earlier version set; details another deal file or
an article gives stay."""

from __future__ import annotations

import csv
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store

HEADER = "company,investor,amount,currency,round_type,date,city,country\n"
ROW = "Quanta,Earlybird,5000000,EUR,seed,2025-09-10,{city},{country}\n"
ARTICLE = (
    "title: Quanta raises €2 million\ndate: 2025-10-01\npublisher: Test Wire\nlanguage: en\n"
    "url: https://example.org/other/quanta-bridge\n\n"
    "Quanta, a Munich-based fintech start-up, said on Wednesday it had raised €2 million from "
    "Atomico in a bridge round.\n"
)


def _import(capsys, db: Path, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
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


def test_a_corrected_deal_file_leaving_the_city_empty_clears_the_city_it_gave(capsys, tmp_path):
    db, deals = tmp_path / "deals.db", tmp_path / "deals.csv"
    _import(capsys, db, deals, HEADER + ROW.format(city="Munich", country="DE"))
    assert (_quanta(db).city, _quanta(db).country) == ("Munich", "DE")
    out = _import(capsys, db, deals, HEADER + ROW.format(city="", country="DE"))
    assert out.startswith("replaced: deals.csv")
    assert (_quanta(db).city, _quanta(db).country) == (None, "DE")


def test_a_corrected_deal_file_with_another_city_gives_its_new_city(capsys, tmp_path):
    db, deals = tmp_path / "deals.db", tmp_path / "deals.csv"
    _import(capsys, db, deals, HEADER + ROW.format(city="Munich", country="DE"))
    _import(capsys, db, deals, HEADER + ROW.format(city="Hamburg", country=""))
    assert (_quanta(db).city, _quanta(db).country) == ("Hamburg", None)


def test_a_city_another_deal_file_names_the_company_with_stays(capsys, tmp_path):
    db, deals = tmp_path / "deals.db", tmp_path / "deals.csv"
    _import(capsys, db, deals, HEADER + ROW.format(city="Munich", country="DE"))
    other = ROW.format(city="Munich", country="DE").replace("Earlybird", "Atomico")
    _import(capsys, db, tmp_path / "other.csv", HEADER + other)
    _import(capsys, db, deals, HEADER + ROW.format(city="", country=""))
    assert (_quanta(db).city, _quanta(db).country) == ("Munich", "DE")


def test_a_city_an_article_gives_too_stays_when_the_corrected_file_leaves_it_empty(capsys, tmp_path):
    db, deals = tmp_path / "deals.db", tmp_path / "deals.csv"
    _import(capsys, db, tmp_path / "story.txt", ARTICLE)
    _import(capsys, db, deals, HEADER + ROW.format(city="Munich", country="DE"))
    _import(capsys, db, deals, HEADER + ROW.format(city="", country=""))
    company = _quanta(db)
    assert company.city == "Munich"  # the article says so
    assert company.country == "DE" or company.country is None  # whatever the article itself gives
    assert company.sector == "fintech" or "fintech" in (company.description or "")


def test_a_refused_correction_leaves_the_details_as_they_were(capsys, tmp_path):
    db, deals = tmp_path / "deals.db", tmp_path / "deals.csv"
    _import(capsys, db, deals, HEADER + ROW.format(city="Munich", country="DE"))
    deals.write_text(HEADER + ROW.format(city="", country="") + "Beta,X,lots,EUR,seed,2025-01-01,,\n")
    code, _, err = run(capsys, "--db", str(db), "import", str(deals))
    assert code != 0 and "nothing was written" in err
    assert (_quanta(db).city, _quanta(db).country) == ("Munich", "DE")


def test_a_corrected_export_whose_company_row_leaves_sector_and_description_empty_clears_them(
    capsys, tmp_path
):
    db, deals = tmp_path / "deals.db", tmp_path / "deals.csv"
    _import(capsys, db, deals, HEADER + ROW.format(city="Munich", country="DE"))
    export = tmp_path / "export.csv"
    code, _, err = run(capsys, "--db", str(db), "export", "--out", str(export))
    assert code == 0, err
    rows = list(csv.reader(export.open(encoding="utf-8-sig")))
    header = rows[0]
    company = dict.fromkeys(header, "") | {
        "record_type": "company",
        "record_id": "1",
        "company": "Quanta",
        "entity": "organisation",
        "city": "Munich",
        "sector": "fintech",
        "description": "Invoices for robots",
    }
    other = tmp_path / "other.db"

    def write(details: dict) -> None:
        with export.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, [(company | details)[name] for name in header], *rows[1:]])

    write({})
    _import_as_is(capsys, other, export)
    assert (_quanta(other).sector, _quanta(other).description) == ("fintech", "Invoices for robots")
    write({"sector": "", "description": ""})
    _import_as_is(capsys, other, export)
    assert (_quanta(other).city, _quanta(other).sector, _quanta(other).description) == ("Munich", None, None)


def _import_as_is(capsys, db: Path, path: Path) -> None:
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err


def test_a_replacement_leaves_no_cleared_details_table_for_later_imports_to_read(fresh_store, tmp_path):
    """The details a replaced version cleared are a temporary table of that import alone: once it is
    read, it is gone, so a later import in the same session does not look for companies to refill."""
    from factories import import_deal_file

    deals = tmp_path / "deals.csv"
    for city in ("Munich", ""):
        deals.write_text(HEADER + ROW.format(city=city, country="DE"), encoding="utf-8")
        import_deal_file(fresh_store, deals)
    left = fresh_store.db.execute(
        "SELECT 1 FROM sqlite_temp_master WHERE name = '_details_before'"
    ).fetchone()
    assert left is None
    assert fresh_store.find_company("Quanta", exact=True).city is None

"""A stake keeps the round type its deal-file row (or article) states: shown by `show` and the
timeline, exported and imported back, and the stake is in its company's round of that type that day."""

from __future__ import annotations

import json
from pathlib import Path

from ai_deals.cli import main
from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store

HEADER = "company,investor,kind,amount,currency,bound,date,round_type,source_url,source_title,publisher,source_date"
STAKE_ROW = (
    "Zorgly AI,Acme Ventures,investment,5000000,USD,exact,2024-03-01,series B,"
    "https://news.example/a1,Zorgly news,Reuters,2024-03-01"
)
ROUND_ROW = "Zorgly AI,Lead Capital,round,20000000,USD,exact,2024-03-01,Series B,,,,"


def _deal_file(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _import(db: Path, path: Path) -> None:
    assert main(["--db", str(db), "--empty", "import", str(path)]) == 0


def _stakes(db: Path) -> list:
    with Store(db, readonly=True, create=False) as store:
        return store.company(store.find_company("Zorgly AI", exact=True).id).investors


def _rounds(db: Path) -> list:
    with Store(db, readonly=True, create=False) as store:
        return store.company(store.find_company("Zorgly AI", exact=True).id).rounds


def test_an_investment_rows_round_type_is_kept_on_its_stake_from_csv_and_json(tmp_path):
    csv_db, json_db = tmp_path / "csv.db", tmp_path / "json.db"
    _import(csv_db, _deal_file(tmp_path / "inv.csv", STAKE_ROW))
    record = dict(zip(HEADER.split(","), STAKE_ROW.split(","), strict=True))
    (tmp_path / "inv.json").write_text(json.dumps([record]), encoding="utf-8")
    _import(json_db, tmp_path / "inv.json")
    for db in (csv_db, json_db):
        [stake] = _stakes(db)
        assert stake.round_type == "series B"
        assert stake.round_id is None


def test_show_lists_a_stakes_round_type(tmp_path, capsys):
    db = tmp_path / "t.db"
    _import(db, _deal_file(tmp_path / "inv.csv", STAKE_ROW))
    capsys.readouterr()
    assert main(["--db", str(db), "show", "Zorgly AI"]) == 0
    assert "Series B" in capsys.readouterr().out
    assert main(["--db", str(db), "show", "--json", "Zorgly AI"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert [stake["round_type"] for stake in page["investors"]] == ["series B"]


def test_the_timeline_says_which_round_a_stake_was_taken_in(tmp_path, capsys):
    db = tmp_path / "t.db"
    _import(db, _deal_file(tmp_path / "inv.csv", STAKE_ROW))
    capsys.readouterr()
    assert main(["--db", str(db), "timeline"]) == 0
    assert "Acme Ventures invests $5M in Zorgly AI (Series B)" in capsys.readouterr().out


def test_a_stakes_round_type_survives_export_and_import(tmp_path, capsys):
    db, again = tmp_path / "t.db", tmp_path / "again.db"
    _import(db, _deal_file(tmp_path / "inv.csv", STAKE_ROW))
    out = tmp_path / "out.csv"
    assert main(["--db", str(db), "export", "--out", str(out)]) == 0
    assert ",Series B," in out.read_text(encoding="utf-8")
    _import(again, out)
    [stake] = _stakes(again)
    assert stake.round_type == "Series B"


def test_a_stake_joins_its_round_of_that_type_whichever_row_comes_first(tmp_path):
    for name, rows in (("after.csv", (ROUND_ROW, STAKE_ROW)), ("before.csv", (STAKE_ROW, ROUND_ROW))):
        db = tmp_path / f"{name}.db"
        _import(db, _deal_file(tmp_path / name, *rows))
        [round_] = _rounds(db)
        stake = next(s for s in _stakes(db) if s.investor == "Acme Ventures")
        assert stake.round_id == round_.id, name


def test_a_stake_joins_a_round_of_that_type_another_source_told_earlier(tmp_path):
    db = tmp_path / "t.db"
    _import(db, _deal_file(tmp_path / "round.csv", ROUND_ROW))
    _import(db, _deal_file(tmp_path / "inv.csv", STAKE_ROW))
    [round_] = _rounds(db)
    stake = next(s for s in _stakes(db) if s.investor == "Acme Ventures")
    assert stake.round_id == round_.id


def test_a_stake_of_another_round_type_stays_out_of_the_days_round(tmp_path):
    db = tmp_path / "t.db"
    series_a = ROUND_ROW.replace("Series B", "Series A")
    _import(db, _deal_file(tmp_path / "deals.csv", series_a, STAKE_ROW))
    stake = next(s for s in _stakes(db) if s.investor == "Acme Ventures")
    assert stake.round_id is None
    assert stake.round_type == "series B"


def test_a_stake_in_a_replaced_sources_round_is_joined_to_the_new_versions_round(tmp_path):
    db = tmp_path / "t.db"
    rounds = _deal_file(tmp_path / "round.csv", ROUND_ROW)
    _import(db, rounds)
    _import(db, _deal_file(tmp_path / "inv.csv", STAKE_ROW))
    _deal_file(rounds, ROUND_ROW.replace("20000000", "25000000"))  # corrected: the round is written again
    _import(db, rounds)
    [round_] = _rounds(db)
    stake = next(s for s in _stakes(db) if s.investor == "Acme Ventures")
    assert (round_.amount, stake.round_id) == (25_000_000, round_.id)


def test_migration_m020_gives_stakes_a_round_type(tmp_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.schema import STEPS
    from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

    db_path = tmp_path / "old.db"
    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m020_stake_round_types")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    assert "round_type" not in db["stakes"].columns_dict
    db.close()
    _import(db_path, _deal_file(tmp_path / "inv.csv", STAKE_ROW))
    [stake] = _stakes(db_path)
    assert stake.round_type == "series B"


def test_a_stake_is_read_with_every_column_of_its_table(tmp_path):
    """The stake SELECT names its columns (its own `round_type` is read with its round's): a column
    added to `stakes` and not to the SELECT would never reach a page or an export."""
    import sqlite3

    from ai_deals.store.queries import STAKE_READ_COLUMNS

    db = tmp_path / "t.db"
    _import(db, _deal_file(tmp_path / "inv.csv", STAKE_ROW))
    table = {row[1] for row in sqlite3.connect(db).execute("PRAGMA table_info(stakes)")}
    assert {column.removeprefix("s.") for column in STAKE_READ_COLUMNS.split(", ")} == table - {"round_type"}


def _article_round(round_type: str) -> ParsedSource:
    sentence = f"Zorgly AI raised $20 million in a {round_type} led by Lead Capital."
    fact = Fact(
        kind="round",
        company="Zorgly AI",
        investors=["Lead Capital"],
        lead_investors=["Lead Capital"],
        amount=20e6,
        currency="USD",
        bound="exact",
        date="2024-03-01",
        date_precision="day",
        round_type=round_type,
        sentence=sentence,
        start=0,
        end=len(sentence),
    )
    return ParsedSource(title="Zorgly raises", text=sentence, url="https://example.org/zorgly", facts=[fact])


def test_an_articles_round_takes_in_the_stakes_of_its_type_a_deal_file_told_before_or_after(tmp_path):
    for order in ("article first", "deal file first"):
        db = tmp_path / f"{order}.db"
        deals = _deal_file(tmp_path / "inv.csv", STAKE_ROW)
        if order == "article first":
            with Store(db) as store:
                store.import_source(_article_round("series_b"))
            _import(db, deals)
        else:
            _import(db, deals)
            with Store(db) as store:
                store.import_source(_article_round("series_b"))
        [round_] = _rounds(db)
        stake = next(s for s in _stakes(db) if s.investor == "Acme Ventures")
        assert stake.round_id == round_.id, order


def _round_investors(db: Path) -> list[str]:
    """The round's own record's investors (`round_investors`), as exports and charts read them."""
    [round_] = _rounds(db)
    return sorted(round_.investors)


def test_a_stake_joined_to_a_deal_files_round_is_among_the_rounds_investors(tmp_path):
    for name, rows in (("after.csv", (ROUND_ROW, STAKE_ROW)), ("before.csv", (STAKE_ROW, ROUND_ROW))):
        db = tmp_path / f"{name}.db"
        _import(db, _deal_file(tmp_path / name, *rows))
        assert _round_investors(db) == ["Acme Ventures", "Lead Capital"], name


def test_a_stake_joined_to_another_sources_round_is_among_its_investors_once(tmp_path):
    db = tmp_path / "t.db"
    _import(db, _deal_file(tmp_path / "round.csv", ROUND_ROW))
    inv = _deal_file(tmp_path / "inv.csv", STAKE_ROW)
    _import(db, inv)
    _deal_file(inv, STAKE_ROW.replace("5000000", "6000000"))  # corrected: joined again, listed once
    _import(db, inv)
    assert _round_investors(db) == ["Acme Ventures", "Lead Capital"]


def test_an_articles_round_lists_the_investor_of_a_stake_joined_to_it(tmp_path):
    for order in ("article first", "deal file first"):
        db = tmp_path / f"{order}.db"
        deals = _deal_file(tmp_path / "inv.csv", STAKE_ROW)
        if order == "article first":
            with Store(db) as store:
                store.import_source(_article_round("series_b"))
            _import(db, deals)
        else:
            _import(db, deals)
            with Store(db) as store:
                store.import_source(_article_round("series_b"))
        assert _round_investors(db) == ["Acme Ventures", "Lead Capital"], order


def test_a_joined_stakes_investor_leaves_the_rounds_list_when_its_source_no_longer_tells_it(tmp_path):
    db = tmp_path / "t.db"
    _import(db, _deal_file(tmp_path / "round.csv", ROUND_ROW))
    inv = _deal_file(tmp_path / "inv.csv", STAKE_ROW)
    _import(db, inv)
    assert _round_investors(db) == ["Acme Ventures", "Lead Capital"]
    _deal_file(inv, STAKE_ROW.replace("series B", "series A"))  # corrected: the stake is in no round now
    _import(db, inv)
    assert _round_investors(db) == ["Lead Capital"]


def test_a_joined_stake_leaving_keeps_an_investor_the_rounds_own_source_names(tmp_path):
    db = tmp_path / "t.db"
    _import(
        db, _deal_file(tmp_path / "round.csv", ROUND_ROW, ROUND_ROW.replace("Lead Capital", "Acme Ventures"))
    )
    inv = _deal_file(tmp_path / "inv.csv", STAKE_ROW)
    _import(db, inv)
    _deal_file(inv, STAKE_ROW.replace("series B", "series A"))
    _import(db, inv)
    assert _round_investors(db) == ["Acme Ventures", "Lead Capital"]


def test_migration_m024_marks_the_investors_a_join_listed(tmp_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.schema import STEPS
    from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

    db_path = tmp_path / "old.db"
    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m024_round_investors_joined")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    assert "joined" not in db["round_investors"].columns_dict
    db.close()
    _import(db_path, _deal_file(tmp_path / "deals.csv", ROUND_ROW, STAKE_ROW))
    assert _round_investors(db_path) == ["Acme Ventures", "Lead Capital"]

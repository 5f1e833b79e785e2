"""A deal file's `investment` row naming several investors with one amount ("Sequoia Capital; Accel,
investment, $30M") is their joint investment: written as a round of that amount with those investors,
as the same row without a kind is, never as the stake of an invented "unknown investor" (tester qa36).
The dry run says so as the import does, and every way of writing it (the bulk writer with its
deferred indexes or not, the article writer given such a fact) writes the same round."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.importers import structured
from ai_deals.importers.fact_records import FactRecord
from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.importers.structured import DealFacts
from ai_deals.store import Store, StoreError, bulk
from ai_deals.store.bulk import DealFile

HEADER = "company,investor,kind,amount,currency,date\n"
JOINT = {
    "semicolons": HEADER + 'Kestrel AI,"Sequoia Capital; Accel",investment,30M,USD,2025-02-01\n',
    "commas": HEADER + 'Kestrel AI,"Sequoia Capital, Accel",investment,30M,USD,2025-02-01\n',
    "bars": HEADER + 'Kestrel AI,"Sequoia Capital | Accel",investment,30M,USD,2025-02-01\n',
}
JSON_ROW = {
    "company": "Kestrel AI",
    "investors": ["Sequoia Capital", "Accel"],
    "kind": "investment",
    "amount": "30M",
    "currency": "USD",
    "date": "2025-02-01",
}
WITHOUT_KIND = (
    'company,investor,amount,currency,date\nKestrel AI,"Sequoia Capital; Accel",30M,USD,2025-02-01\n'
)


def _deal_file(folder: Path, name: str) -> Path:
    path = folder / name
    if name.endswith(".json"):
        path.write_text(json.dumps([JSON_ROW]), encoding="utf-8")
    else:
        path.write_text(JOINT.get(path.stem, WITHOUT_KIND), encoding="utf-8")
    return path


def _imported(capsys, folder: Path, name: str) -> Path:
    db = folder / f"{name}.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(_deal_file(folder, name)))
    assert code == 0, err
    return db


def _kestrel(capsys, db: Path) -> dict:
    code, out, err = run(capsys, "--db", str(db), "show", "Kestrel AI", "--json")
    assert code == 0, err
    return json.loads(out)


def _company_names(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {name for (name,) in conn.execute("SELECT name FROM companies")}
    finally:
        conn.close()


def _the_joint_round(page: dict) -> None:
    """`page` (show --json) holds one round of $30M on 2025-02-01 by both investors, and no stake."""
    (round_,) = page["rounds"]
    assert (round_["amount"], round_["currency"], round_["date"]) == (30e6, "USD", "2025-02-01")
    assert round_["investors"] == ["Sequoia Capital", "Accel"]
    assert page["investors"] == []  # no stake: the amount is given to no one investor


@pytest.mark.parametrize("name", ["semicolons.csv", "commas.csv", "bars.csv", "joint.json"])
def test_an_investment_row_naming_several_investors_is_their_round_not_an_unknown_investors_stake(
    capsys, tmp_path, name
):
    db = _imported(capsys, tmp_path, name)
    _the_joint_round(_kestrel(capsys, db))
    assert _company_names(db) == {"Kestrel AI", "Sequoia Capital", "Accel"}


def test_a_joint_investment_row_is_the_round_the_same_row_without_a_kind_is(capsys, tmp_path):
    stated = _kestrel(capsys, _imported(capsys, tmp_path, "semicolons.csv"))
    kindless = _kestrel(capsys, _imported(capsys, tmp_path, "without_kind.csv"))
    for page in (stated, kindless):
        for round_ in page["rounds"]:
            round_.pop("evidence")  # each cites its own file
    assert stated["rounds"] == kindless["rounds"]


@pytest.mark.parametrize("name", ["semicolons.csv", "joint.json"])
def test_the_dry_run_lists_a_joint_investment_as_the_round_the_import_writes(capsys, tmp_path, name):
    path = _deal_file(tmp_path, name)
    db = str(tmp_path / "deals.db")
    code, out, _ = run(capsys, "--db", db, "--empty", "import", "--dry-run", str(path))
    assert code == 0
    assert [line for line in out.splitlines() if " → " not in line] == [  # less its column mapping
        f"would add: {path} (1 row, 1 fact)",
        "  round: Kestrel AI · $30M · 2025-02-01 · investors: Sequoia Capital, Accel",
    ]
    code, out, _ = run(capsys, "--db", db, "--empty", "import", str(path))
    assert code == 0
    assert f"added: {name} (1 row, 1 fact)" in out.splitlines()


def test_a_joint_investment_row_stating_one_share_is_refused_naming_its_column(capsys, tmp_path):
    path = tmp_path / "share.csv"
    path.write_text(
        "company,investor,kind,amount,currency,date,percentage\n"
        'Kestrel AI,"Sequoia Capital; Accel",investment,30M,USD,2025-02-01,10%\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", str(tmp_path / "d.db"), "--empty", "import", str(path))
    assert code != 0
    assert (
        f"{path}:2: percentage: one share for 2 investors: write one row per investor, each with its own share"
        in err
    )
    assert "Traceback" not in err


def _joint_fact(make: type = Fact) -> Fact:
    """An investment fact naming two investors and none alone, as no importer makes it any more."""
    text = "Sequoia Capital and Accel invested $30 million in Kestrel AI."
    return make(
        kind="investment",
        company="Kestrel AI",
        investors=["Sequoia Capital", "Accel"],
        amount=30e6,
        currency="USD",
        bound="exact",
        date="2025-02-01",
        date_precision="day",
        sentence=text,
        start=0,
        end=len(text),
    )


def test_the_article_writer_writes_an_investment_naming_several_investors_as_their_round(tmp_path):
    store = Store.open(tmp_path / "d.db")
    try:
        store.import_source(ParsedSource(title="joint", text=_joint_fact().sentence, facts=[_joint_fact()]))
        names = {row["name"] for row in store.db.query("SELECT name FROM companies")}
        investors = [row["name"] for row in store.db.query(_ROUND_INVESTORS_SQL)]
    finally:
        store.close()
    assert names == {"Kestrel AI", "Sequoia Capital", "Accel"}
    assert investors == ["Sequoia Capital", "Accel"]


def test_the_bulk_writer_writes_an_investment_record_naming_several_investors_as_their_round(tmp_path):
    path = _deal_file(tmp_path, "semicolons.csv")
    row = DealFacts(2, "joint", None, [_joint_fact(FactRecord)], [], None)
    store = Store.open(tmp_path / "d.db")
    try:
        store.import_deal_file(
            DealFile(path=path, header="", content_hash="joint"),
            [row],
            skip_bad_rows=False,
            is_error=_is_row_error,
        )
        names = {row["name"] for row in store.db.query("SELECT name FROM companies")}
        investors = [row["name"] for row in store.db.query(_ROUND_INVESTORS_SQL)]
    finally:
        store.close()
    assert names == {"Kestrel AI", "Sequoia Capital", "Accel"}
    assert investors == ["Sequoia Capital", "Accel"]


def test_the_writers_refuse_an_investment_giving_one_share_to_several_investors(tmp_path):
    fact = _joint_fact().model_copy(update={"percentage": 10.0})
    store = Store.open(tmp_path / "d.db")
    try:
        with pytest.raises(StoreError, match=r"gives one share to 2 investors \(Sequoia Capital, Accel\)"):
            store.import_source(ParsedSource(title="joint", text=fact.sentence, facts=[fact]))
        assert store.overview().stakes == 0
    finally:
        store.close()


def test_a_big_file_with_deferred_indexes_writes_joint_investments_as_the_small_file_does(
    tmp_path, monkeypatch
):
    """A file of at least `DEFER_INDEXES_ROWS` rows is written with its indexes rebuilt after: the
    threshold lowered, the same file written both ways holds the same rounds and investors."""
    rows = "".join(
        f'Company {n},"Fund {n}; Fund {n + 1}",investment,{n + 1}M,USD,2025-02-01\n' for n in range(40)
    )
    path = tmp_path / "many.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    written = {}
    for deferred in (False, True):
        monkeypatch.setattr(bulk, "DEFER_INDEXES_ROWS", 1 if deferred else 50_000)
        store = Store.open(tmp_path / f"{deferred}.db")
        try:
            file = DealFile(path=path, header="", content_hash="many", rows_hint=40)
            assert bulk._worth_deferring(store.db.conn, file.rows_hint) is deferred
            rows = structured.iter_deal_facts(path, records=True)  # as `ai-deals import` reads them
            store.import_deal_file(file, rows, skip_bad_rows=False, is_error=_is_row_error)
            written[deferred] = list(store.db.query(_ROUND_INVESTORS_SQL))
            assert store.overview().stakes == 0
        finally:
            store.close()
    assert written[True] == written[False]
    assert len(written[True]) == 80
    assert {"name": "unknown investor"} not in written[True]


def _is_row_error(item: object) -> bool:
    return isinstance(item, structured.RowError)


_ROUND_INVESTORS_SQL = """
    SELECT c.name FROM round_investors ri
    JOIN investors i ON i.id = ri.investor_id JOIN companies c ON c.id = i.company_id
    ORDER BY ri.round_id, ri.rowid
"""


@pytest.mark.parametrize(
    ("kind", "problem"),
    [
        ("partnership", "investor: names 2 partners (Microsoft, Nvidia): write one row per partner"),
        ("acquisition", "investor: names 2 acquirers (Microsoft, Nvidia): write one row per acquirer"),
    ],
)
def test_a_row_naming_several_partners_or_acquirers_is_a_bad_row_not_the_first_or_an_unknown_one(
    capsys, tmp_path, kind, problem
):
    """A partnership or an acquisition has one other party: the row kept only the first partner, and
    filed the acquisition under an "unknown acquirer"; the dry run says so as the import does."""
    path = tmp_path / "parties.csv"
    path.write_text(f'{HEADER}Kestrel AI,"Microsoft; Nvidia",{kind},,,2025-02-01\n', encoding="utf-8")
    db = str(tmp_path / "d.db")
    code, out, _ = run(capsys, "--db", db, "--empty", "import", "--dry-run", str(path))
    assert code != 0
    assert f"  {path}:2: {problem}" in out.splitlines()
    code, _, err = run(capsys, "--db", db, "--empty", "import", str(path))
    assert code != 0
    assert f"{path}:2: {problem}" in err.splitlines()
    assert "nothing was written" in err

"""An export (CSV or JSON) imports into an empty database as the same records: companies with their
details and aliases, investors with their kind (also those with no record), rounds with their
investors and leads, stakes with their tranches, partnerships with their description and dates,
acquisitions, figures, statements with their words, and review decisions (confirmed and edited stay
so; rejected records are not exported). An export made before statements carried their words has its
statements skipped with a note, never counted as bad rows."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.importers.structured import iter_deal_rows
from ai_deals.store import Store
from ai_deals.store.models import RecordRef
from ai_deals.store.review import FactEdit

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))  # tranches, an alias ("le groupe de Redmond"), statements
ARTICLES = [
    ROOT / "tests" / "fixtures" / "articles" / f"{name}.txt"
    for name in (
        "en_anthropic_series_f",  # a round with leads, a valuation
        "en_microsoft_nvidia_anthropic_compute",  # partnerships, stakes "up to"
        "en_nordwerk_range",  # an amount range
        "en_nvidia_buys_lumen_grid",  # an acquisition
        "fr_kivu_serie_a",  # "Series A"
        "fr_helvetia_labs_partenariat",  # a statement
        "fr_mistral_serie_c",  # a stake with a percentage
        "fr_dataforge_rachat",  # Capgemini, an investor (corporate) with no investment record
    )
]
# What a second database cannot share: its own record ids (the evidence is carried: the sentence
# each record was first read from, test_export_evidence.py).
NOT_CARRIED = ("record_id",)


def _records(path: Path) -> Counter:
    """The records (and company rows) of a CSV export, less what an import cannot carry."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    return Counter(tuple(sorted((k, v) for k, v in row.items() if k not in NOT_CARRIED)) for row in rows)


def _companies(db: Path) -> dict[str, dict]:
    """Every company records name, with its details, aliases and investor kind, by the store's API."""
    with Store(db, readonly=True, create=False) as store:
        names = {
            name
            for record in store.export_records()
            for name in [record.company, *(record.counterpart or "").split("; ")]
            if name
        }
        found = {name: store.find_company(name, exact=True) for name in names}
        return {name: company.model_dump(exclude={"id"}) for name, company in found.items() if company}


def _people(db: Path) -> tuple[set[str], set[str]]:
    """The companies records name and the investors who put money in, by the store's query API."""
    companies: set[str] = set()
    investors: set[str] = set()
    with Store(db, readonly=True, create=False) as store:
        for record in store.export_records():
            if record.record_type == "statement":
                continue
            names = (record.counterpart or "").split("; ") if record.counterpart else []
            companies.update([record.company, *names])
            if record.counterpart_role in ("investor", "investors"):
                investors.update(names)
    return companies, investors


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    """The articles imported, one round confirmed, one stake edited and one figure rejected."""
    db = tmp_path_factory.mktemp("original") / "a.db"
    assert main(["--db", str(db), "--empty", "import", str(SEED), *map(str, ARTICLES)]) == 0
    with Store(db) as store:
        records = store.export_records()
        first = {
            kind: next(r for r in records if r.record_type == kind) for kind in ("round", "stake", "metric")
        }
        store.review(RecordRef(record_type="round", record_id=first["round"].record_id), "confirmed")
        store.edit_fact(
            RecordRef(record_type="stake", record_id=first["stake"].record_id), FactEdit(date="2024")
        )
        store.review(RecordRef(record_type="metric", record_id=first["metric"].record_id), "rejected")
    return db


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_imports_into_an_empty_database_as_the_same_records(original, tmp_path, capsys, fmt):
    exported = tmp_path / f"rt.{fmt}"
    assert main(["--db", str(original), "export", "--format", fmt, "--out", str(exported)]) == 0
    first = tmp_path / "first.csv"
    assert main(["--db", str(original), "export", "--format", "csv", "--out", str(first)]) == 0
    capsys.readouterr()

    copy = tmp_path / "rt.db"
    assert main(["--db", str(copy), "--empty", "import", str(exported)]) == 0
    err = capsys.readouterr().err
    assert "bad row" not in err and "skipped" not in err
    second = tmp_path / "second.csv"
    assert main(["--db", str(copy), "export", "--format", "csv", "--out", str(second)]) == 0

    records = _records(first)
    rows = [dict(row) for row in records.elements()]
    kinds = Counter(row["record_type"] for row in rows)
    assert {"round", "stake", "partnership", "acquisition", "metric", "statement", "company"} <= set(kinds)
    # What the comparison below covers is there to compare: details, aliases, kinds, tranches, words.
    assert {"confirmed", "edited"} <= {row["review_status"] for row in rows}
    assert "rejected" not in {row["review_status"] for row in rows}
    assert any(row["tranches"] for row in rows) and all(
        row["text"] for row in rows if row["record_type"] == "statement"
    )
    assert any(row["description"] for row in rows if row["record_type"] == "partnership")
    capgemini = next(row for row in rows if row["company"] == "Capgemini" and row["record_type"] == "company")
    assert capgemini["investor_kind"] == "corporate" and capgemini["city"] == "Paris"
    assert _records(second) == records
    assert _people(copy) == _people(original)
    companies = _companies(copy)
    assert companies == _companies(original)
    assert "le groupe de Redmond" in companies["Microsoft"]["aliases"]
    with Store(copy, readonly=True) as store, Store(original, readonly=True) as before:
        counts, expected = store.overview(), before.overview()
        for table in (
            "companies",
            "investors",
            "rounds",
            "stakes",
            "partnerships",
            "metrics",
            "statements",
            "acquisitions",
        ):
            rejected = 1 if table == "metrics" else 0  # the figure rejected, which no export gives
            assert getattr(counts, table) == getattr(expected, table) - rejected, table


def test_a_dry_run_of_an_export_maps_its_columns_and_finds_no_bad_row(original, tmp_path, capsys):
    exported = tmp_path / "rt.csv"
    assert main(["--db", str(original), "export", "--format", "csv", "--out", str(exported)]) == 0
    capsys.readouterr()
    db = tmp_path / "rt.db"
    assert main(["--db", str(db), "--empty", "import", str(exported), "--dry-run", "--json"]) == 0
    (checked,) = json.loads(capsys.readouterr().out)["deal_files"]
    assert checked["bad_rows"] == [] and checked["skipped_rows"] == []
    assert checked["rows"] == checked["good_rows"]
    columns = checked["columns"]
    assert columns["counterpart"] is not None and columns["round"] == "round_type"
    assert columns["record_id"] is None and columns["sentence"].startswith("evidence")
    assert not db.exists()


def test_an_export_writes_a_deal_files_round_codes_as_people_read_them_and_reads_them_back(tmp_path, capsys):
    deals = tmp_path / "cb.csv"
    deals.write_text(
        "company_name,investor_name,raised_amount_usd,funded_at,funding_round_type\n"
        "Brisa AI,Vantor Capital,5000000,2024-01-02,series_a\n"
        "Kalmiro,Osk Partners,1000000,2023-05-06,seed\n"
    )
    db, copy = tmp_path / "a.db", tmp_path / "b.db"
    exported, again = tmp_path / "rt.csv", tmp_path / "again.csv"
    assert main(["--db", str(db), "--empty", "import", str(deals)]) == 0
    assert main(["--db", str(db), "export", "--format", "csv", "--out", str(exported)]) == 0
    with exported.open(newline="", encoding="utf-8-sig") as handle:
        rounds = {row["round"] for row in csv.DictReader(handle) if row["record_type"] != "company"}
        assert rounds == {"Series A", "Seed"}
    assert main(["--db", str(copy), "--empty", "import", str(exported)]) == 0
    assert main(["--db", str(copy), "export", "--format", "csv", "--out", str(again)]) == 0
    assert _records(again) == _records(exported)


def test_an_export_made_before_statements_carried_their_words_skips_them_with_a_note(
    original, tmp_path, capsys
):
    exported, old = tmp_path / "rt.csv", tmp_path / "old.csv"
    assert main(["--db", str(original), "export", "--format", "csv", "--out", str(exported)]) == 0
    with exported.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    with old.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=[name for name in rows[0] if name != "text"], extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(row for row in rows if row["record_type"] != "company")
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "old.db"), "--empty", "import", str(old)]) == 0
    statements = sum(row["record_type"] == "statement" for row in rows)
    assert (
        f"{statements} statement rows skipped (a deal file holds no statements; first at line"
        in capsys.readouterr().err
    )


def test_a_partnerships_end_and_a_tranches_date_survive_the_round_trip(tmp_path):
    tranches = [
        {
            "label": "first",
            "amount": 1e9,
            "currency": "USD",
            "bound": "exact",
            "date": "2026-03",
            "date_precision": "month",
        }
    ]
    row = {
        "record_type": "partnership", "record_id": 1, "company": "Kalmiro", "counterpart": "Osk Cloud",
        "counterpart_role": "partner", "kind": "partnership: cloud", "date": "2025-06", "until": "2030",
        "description": "GPU capacity", "review_status": "confirmed",
    }  # fmt: skip
    stake = {
        "record_type": "stake", "record_id": 2, "company": "Kalmiro", "counterpart": "Osk Partners",
        "counterpart_role": "investor", "kind": "investment", "tranches": tranches,
    }  # fmt: skip
    exported, again = tmp_path / "in.json", tmp_path / "again.json"
    exported.write_text(json.dumps({"records": [row, stake]}), encoding="utf-8")
    db = tmp_path / "a.db"
    assert main(["--db", str(db), "--empty", "import", str(exported)]) == 0
    assert main(["--db", str(db), "export", "--format", "json", "--out", str(again)]) == 0
    by_type = {
        row["record_type"]: row for row in json.loads(again.read_text(encoding="utf-8-sig"))["records"]
    }
    partnership, investment = by_type["partnership"], by_type["stake"]
    assert (partnership["date"], partnership["until"], partnership["description"]) == (
        "2025-06",
        "2030",
        "GPU capacity",
    )
    assert partnership["review_status"] == "confirmed"
    with Store(db, readonly=True) as store:
        ref = RecordRef(record_type="partnership", record_id=partnership["record_id"])
        (stored,) = store.review_records([ref])
    assert (stored.since_precision, stored.until_precision) == ("month", "year")
    assert investment["tranches"] == tranches  # a JSON export's tranches are a list, not its text


def test_an_export_row_with_an_unknown_review_status_is_a_bad_row_naming_the_column(tmp_path, capsys):
    exported = tmp_path / "in.csv"
    exported.write_text(
        "record_type,record_id,company,counterpart,counterpart_role,kind,review_status\n"
        "stake,1,Kalmiro,Osk Partners,investor,investment,approved\n",
        encoding="utf-8",
    )
    assert main(["--db", str(tmp_path / "a.db"), "--empty", "import", str(exported)]) != 0
    err = capsys.readouterr().err
    assert "in.csv:2: review_status: 'approved' is not one of extracted, confirmed, edited, rejected" in err


MISTRAL_ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "fr_mistral_serie_c.txt"  # valued at €11.7B
MISTRAL_ROWS = (  # the same Series C, one investor a row, no valuation
    "company,investor,kind,amount,currency,date,round_type\n"
    "Mistral AI,ASML,round,{amount},EUR,2025-09-09,series_c\n"
    "Mistral AI,Nvidia,round,{amount},EUR,2025-09-09,series_c\n"
    "Mistral AI,Bpifrance,round,{amount},EUR,2025-09-09,series_c\n"
)


def _rounds_told(db: Path) -> list[tuple]:
    """Each round's amount, valuation and every sentence (or row) stating it, as the store reads them."""
    from ai_deals.store import queries

    with Store(db, readonly=True, create=False) as store:
        refs = queries.visible_refs_after(store.db, "round", 0, 1 << 30)
        rounds = queries.records_for(store.db, refs)
        told = [(r.amount, r.post_money_valuation, tuple(e.sentence for e in r.evidence)) for r in rounds]
        return sorted(told, key=lambda round_: round_[2])


def _round_trip(tmp_path: Path, capsys, fmt: str, amount: str) -> tuple[Path, Path]:
    deals = tmp_path / "mistral.csv"
    deals.write_text(MISTRAL_ROWS.format(amount=amount), encoding="utf-8")
    first, second, export = tmp_path / "first.db", tmp_path / "second.db", tmp_path / f"export.{fmt}"
    assert main(["--db", str(first), "--empty", "import", str(deals), str(MISTRAL_ARTICLE)]) == 0
    assert main(["--db", str(first), "export", "--format", fmt, "--out", str(export)]) == 0
    assert main(["--db", str(second), "--empty", "import", str(export)]) == 0
    capsys.readouterr()
    return first, second


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_keeps_every_row_a_round_was_read_from_and_an_import_restores_them(tmp_path, capsys, fmt):
    first, second = _round_trip(tmp_path, capsys, fmt, "1700000000")
    rows = next(told for told in _rounds_told(first) if told[2][0].startswith("Mistral AI,"))[2]
    assert [row.split(",")[1] for row in rows] == ["ASML", "Nvidia", "Bpifrance"]
    assert _rounds_told(second) == _rounds_told(first)
    code, out, _ = _run_show(second, capsys)
    several = out.split("Rounds told by several sources")[1].split("Investors")[0]
    assert code == 0 and several.count("mistral.csv") == 3


def _run_show(db: Path, capsys) -> tuple[int, str, str]:
    code = main(["--db", str(db), "show", "Mistral AI"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("amount", ["1700000000", "1500000000"])
def test_a_deal_files_round_is_not_valued_by_an_articles_valuation_beside_it_in_an_export(
    tmp_path, capsys, amount
):
    """An export's records are all of one file: the article's valuation was taken for the one the
    deal file's round was stated with (by source and date), a valuation that round never had."""
    first, second = _round_trip(tmp_path, capsys, "csv", amount)
    valued = {"deal file" if len(told[2]) == 3 else "article": told[1] for told in _rounds_told(first)}
    assert valued == {"deal file": None, "article": 1.17e10}
    assert [told[:2] for told in _rounds_told(second)] == [told[:2] for told in _rounds_told(first)]


def test_an_export_row_whose_more_evidence_is_no_list_of_sentences_is_a_bad_row_naming_the_column(
    tmp_path, capsys
):
    exported = tmp_path / "in.csv"
    exported.write_text(
        "record_type,record_id,company,counterpart,counterpart_role,kind,more_evidence\n"
        'round,1,Kalmiro,Osk Partners,investors,round,"[""a row""]"\n',
        encoding="utf-8",
    )
    assert main(["--db", str(tmp_path / "a.db"), "--empty", "import", str(exported)]) != 0
    err = capsys.readouterr().err
    assert "in.csv:2: more_evidence: not a JSON list of sentences with their sources" in err


def test_an_unchanged_export_with_a_rounds_several_rows_imports_as_unchanged(tmp_path, capsys):
    _, second = _round_trip(tmp_path, capsys, "csv", "1700000000")
    assert main(["--db", str(second), "import", str(tmp_path / "export.csv")]) == 0
    assert "unchanged" in capsys.readouterr().out
    assert len(_rounds_told(second)) == 2


JSON_VALUED = ("tranches", "edited_from", "more_evidence")


def _as_text(row: dict) -> dict:
    """A JSON export's row as an export made before its JSON-valued columns were values held them."""
    return row | {k: json.dumps(row[k], ensure_ascii=False) for k in JSON_VALUED if row.get(k) is not None}


def test_a_json_export_gives_tranches_edits_and_more_evidence_as_json_values_and_old_text_still_imports(
    original, tmp_path, capsys
):
    """`more_evidence`, `tranches` and `edited_from` were strings holding JSON inside the JSON export:
    a reader had to parse JSON twice. They are lists and objects now; an export made before (their
    text) imports as it did, to the same records."""
    deals = tmp_path / "mistral.csv"
    deals.write_text(MISTRAL_ROWS.format(amount="1700000000"), encoding="utf-8")
    first, new = tmp_path / "first.db", tmp_path / "new.json"
    assert main(["--db", str(first), "--empty", "import", str(deals), str(MISTRAL_ARTICLE)]) == 0
    for db, out in ((original, new), (first, tmp_path / "new2.json")):
        assert main(["--db", str(db), "export", "--format", "json", "--out", str(out)]) == 0
    rows = [row for out in (new, tmp_path / "new2.json") for row in json.loads(out.read_text())["records"]]
    assert any(isinstance(row["tranches"], list) and row["tranches"] for row in rows)
    assert any(isinstance(row["edited_from"], dict) for row in rows)
    assert any(isinstance(row["more_evidence"], list) and row["more_evidence"] for row in rows)
    assert all(not isinstance(row[k], str) for row in rows for k in JSON_VALUED)

    old = tmp_path / "old.json"
    old.write_text(json.dumps({"records": [_as_text(row) for row in rows]}), encoding="utf-8")
    both = tmp_path / "both.json"
    both.write_text(json.dumps({"records": rows}), encoding="utf-8")
    again = {}
    for export in (old, both):
        db = tmp_path / f"{export.stem}.db"
        assert main(["--db", str(db), "--empty", "import", str(export)]) == 0
        assert "bad row" not in capsys.readouterr().err
        csv_out = tmp_path / f"{export.stem}.csv"
        assert main(["--db", str(db), "export", "--format", "csv", "--out", str(csv_out)]) == 0
        again[export.stem] = _records(csv_out)
    assert again["old"] == again["both"]
    assert _rounds_told(tmp_path / "old.db") == _rounds_told(tmp_path / "both.db")


_MORE_ROW = (
    "record_type,record_id,company,counterpart,counterpart_role,kind,sentence,more_evidence\n"
    'round,1,Kalmiro,Osk Partners,investors,round,Kalmiro raised.,"[{""sentence"": ""another row"",'
    ' ""source_date"": ""{date}""}]"\n'
)


def test_a_further_sentences_source_date_is_read_as_a_rows_own_source_date_is(tmp_path):
    """`more_evidence`'s source_date went into the evidence's cited date as written ("5 March 2024")."""
    exported = tmp_path / "in.csv"
    exported.write_text(_MORE_ROW.replace("{date}", "5 March 2024"), encoding="utf-8")
    (row,) = iter_deal_rows(exported)
    assert [more.source_date for more in row.more_evidence] == ["2024-03-05"]


def test_a_further_sentences_unreadable_source_date_is_a_bad_row_naming_the_column(tmp_path, capsys):
    exported = tmp_path / "in.csv"
    exported.write_text(_MORE_ROW.replace("{date}", "soon"), encoding="utf-8")
    assert main(["--db", str(tmp_path / "a.db"), "--empty", "import", str(exported)]) != 0
    assert (
        "in.csv:2: more_evidence: a sentence's source_date: 'soon' is not a date" in capsys.readouterr().err
    )

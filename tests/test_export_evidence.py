"""An export keeps each record's original evidence: the article's sentence (with its source's title,
publisher, date and URL) or the deal file's row it was first read from. Imported elsewhere, the record
keeps that evidence, so an export of that database writes it again (a fixed point), in CSV, JSON and
NDJSON; it never becomes the export's own row, nested a little deeper at each round trip. Exports an
earlier version nested so are unwrapped."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.importers import exported
from ai_deals.store import Store
from ai_deals.store.export import COLUMNS, read_back
from ai_deals.store.models import ExportRecord, RecordRef

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [
    ROOT / "tests" / "fixtures" / "articles" / f"{name}.txt"
    for name in ("en_anthropic_series_f", "fr_mistral_serie_c", "fr_helvetia_labs_partenariat")
]
DEALS = (
    "company,investor,amount,currency,date,source_url,source_title\n"
    "Kalmiro Robotics,Vantor Capital,5000000,USD,2024-01-03,https://news.example/k,Kalmiro raises 5M\n"
    '=Brisa Labs,"Orla Ventures, LP",2000000,EUR,2024-02-01,,\n'
)
EVIDENCE = (
    "record_type",
    "company",
    "counterpart",
    "kind",
    "source_title",
    "publisher",
    "source_date",
    "source_url",
    "sentence",
)


def cli(*argv: str) -> None:
    assert main(list(argv)) == 0


def _evidence(path: Path) -> list[tuple]:
    """The evidence columns of each record of a CSV or JSON export (company rows carry none)."""
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    else:
        rows = [{k: "" if v is None else str(v) for k, v in row.items()} for row in _json_rows(path)]
    return sorted(tuple(row[c] for c in EVIDENCE) for row in rows if row["record_type"] != "company")


def _records(path: Path) -> list[ExportRecord]:
    """The records of an export as the project reads its exports back."""
    if path.suffix == ".csv":
        return read_back(path.read_text(encoding="utf-8-sig"), "csv")
    # As `read_back` reads a JSON export: its JSON-valued columns (`more_evidence`) are lists there.
    return read_back(json.dumps({"records": _json_rows(path)}), "json")


def _json_rows(path: Path) -> list[dict]:
    if path.suffix == ".ndjson":
        return [json.loads(line) for line in path.read_text(encoding="utf-8-sig").splitlines() if line]
    return json.loads(path.read_text(encoding="utf-8-sig"))["records"]


@pytest.fixture
def original(tmp_path: Path, capsys) -> Path:
    """Three articles and a deal file's rows (one citing its article, one starting like a formula)."""
    db = tmp_path / "a.db"
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    cli("--db", str(db), "--empty", "import", *map(str, ARTICLES))
    cli("--db", str(db), "import", str(deals))
    capsys.readouterr()
    return db


def _export(db: Path, path: Path) -> Path:
    """`db` exported to `path` (an NDJSON file: the JSON export's records one a line)."""
    if path.suffix == ".ndjson":
        whole = path.with_suffix(".json")
        cli("--db", str(db), "export", "--out", str(whole))
        rows = json.loads(whole.read_text(encoding="utf-8-sig"))["records"]
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        whole.unlink()
    else:
        cli("--db", str(db), "export", "--out", str(path))
    return path


@pytest.mark.parametrize("suffix", [".csv", ".json", ".ndjson"])
def test_three_export_round_trips_keep_the_original_evidence_byte_for_byte(
    original, tmp_path, capsys, suffix
):
    first = _export(original, tmp_path / f"export0{suffix}")
    expected = _evidence(first)
    sentences = {
        record.sentence for record in _records(first) if record.sentence is not None
    }  # company rows: none
    assert any(s.startswith("Anthropic said on Tuesday it had raised $13 billion") for s in sentences)
    assert set(DEALS.splitlines()[1:]) <= sentences  # a deal file's row stays that row
    export = first
    for trip in range(1, 4):
        db = tmp_path / f"trip{trip}.db"
        cli("--db", str(db), "--empty", "import", str(export))
        export = _export(db, tmp_path / f"export{trip}{suffix}")
        assert _evidence(export) == expected, f"round trip {trip}"
    capsys.readouterr()


def test_an_imported_exports_records_show_their_sentence_and_source_read_from_the_export(
    original, tmp_path, capsys
):
    export = _export(original, tmp_path / "export.csv")
    db = tmp_path / "b.db"
    cli("--db", str(db), "--empty", "import", str(export))
    capsys.readouterr()
    cli("--db", str(db), "show", "Anthropic", "--json")
    page = json.loads(capsys.readouterr().out)
    # The round's first sentence; its co-investors' own sentence comes after it (its more_evidence).
    told = page["rounds"][0]["evidence"]
    evidence = told[0]
    assert evidence["sentence"].startswith("Anthropic said on Tuesday it had raised $13 billion")
    assert (evidence["source_title"], evidence["publisher"], evidence["read_from"]) == (
        "Anthropic raises $13 billion at $183 billion valuation",
        "Reuters",
        "export.csv",
    )
    with Store(db, readonly=True, create=False) as store:
        round_id = page["rounds"][0]["id"]
        source = store.source(evidence["source_id"], RecordRef(record_type="round", record_id=round_id))
    # The sentences, not the export's header nor its row: the first, then the one naming co-investors.
    assert source.text == "\n".join(e["sentence"] for e in told)
    assert [source.text[s.start : s.end] for s in source.spans] == [e["sentence"] for e in told]
    assert told[1]["sentence"].startswith("The round also drew participation from Qatar Investment Authority")
    assert source.citation.title == "Anthropic raises $13 billion at $183 billion valuation"


def test_an_export_an_earlier_version_nested_imports_with_the_original_sentence(original, tmp_path, capsys):
    first = _export(original, tmp_path / "export.csv")
    with first.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header, *rows = list(reader)
    nested = tmp_path / "nested.csv"
    with nested.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            inner = row
            for _ in range(3):  # what three round trips of the earlier version wrote
                text = _csv_line(inner)
                inner = [*inner[: exported.SENTENCE_COLUMN], text, *inner[exported.SENTENCE_COLUMN + 1 :]]
            writer.writerow(inner if row[0] != "company" else row)
    db = tmp_path / "b.db"
    cli("--db", str(db), "--empty", "import", str(nested))
    again = _export(db, tmp_path / "again.csv")
    capsys.readouterr()
    assert _evidence(again) == _evidence(first)


def _csv_line(cells: list[str]) -> str:
    import io

    out = io.StringIO()
    csv.writer(out).writerow(cells)
    return out.getvalue().removesuffix("\r\n")


def test_the_sentence_column_is_where_the_export_writes_it():
    assert COLUMNS.index("sentence") == exported.SENTENCE_COLUMN


def test_a_sentence_that_only_looks_like_a_row_is_kept():
    for text in ("round, then another", "round,1,Anthropic", '{"record_type": "round"}', "{not json"):
        assert exported.original_evidence(text) == text


def test_an_export_downloaded_again_with_more_records_replaces_the_earlier_one(tmp_path, capsys):
    """Its evidence is the records' sentences, not its rows: still recognised as the next version."""
    theirs, ours = tmp_path / "theirs.db", tmp_path / "ours.db"
    (tmp_path / "october").mkdir(), (tmp_path / "november").mkdir()
    cli("--db", str(theirs), "--empty", "import", str(ARTICLES[0]))
    october = _export(theirs, tmp_path / "october" / "export.csv")
    cli("--db", str(ours), "--empty", "import", str(october))
    october.unlink()  # the download moved away, then downloaded again with more records
    cli("--db", str(theirs), "import", str(ARTICLES[1]))
    november = _export(theirs, tmp_path / "november" / "export.csv")
    capsys.readouterr()
    cli("--db", str(ours), "import", str(november))
    assert capsys.readouterr().out.startswith("replaced: export.csv")
    with Store(ours, readonly=True, create=False) as store:
        assert store.overview().sources == 1
    assert _evidence(_export(ours, tmp_path / "ours.csv")) == _evidence(november)

"""line27: a deal file's row is traceable to its line. Its evidence keeps the line of the file the row
starts on (`evidence.line`, m041), the number the import's errors give a bad row ("vendorA.csv:12"), and
`show`, the Sources table and the Markdown export name the row by it; rows imported before m041 keep no
line (NULL) and are named by their file alone."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from cli_helpers import import_files, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.store import Store

# A quoted cell holding a newline: the row after it starts on physical line 4, not 3.
VENDOR_A = (
    "company,investor,amount,currency,round_type,date,description\n"
    'Nordwind,Albion,10000000,USD,Series A,2025-01-02,"two\nlines"\n'
    "Nordwind,Keel Capital,20000000,USD,Series B,2025-06-02,plain\n"
)
# Another account of the Series B, citing an article: "each source's words" lists both.
VENDOR_B = (
    "company,investor,amount,currency,round_type,date,source_url,source_title\n"
    "\n"  # a blank line: the row is on line 3
    "Nordwind,Keel Capital,21000000,USD,Series B,2025-06-02,https://ex.com/b,Nordwind raises\n"
)


def lines_of(db: Path, title: str) -> list[int | None]:
    """The line of each evidence row read from the source titled `title`, in the order written."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.line FROM evidence e JOIN sources s ON s.id = e.source_id WHERE s.title = ? ORDER BY e.id",
            [title],
        )
        return [line for (line,) in rows]


def test_a_csv_rows_line_is_the_physical_line_it_starts_on_after_a_quoted_newline(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A))
    assert lines_of(db, "vendorA.csv") == [2, 4]


def test_a_tsv_rows_line_counts_blank_lines(capsys, tmp_path):
    tsv = "company\tamount\tdate\n\nGood AI\t$3M\t2024-01-01\nBad AI\t$4M\t2024-02-01\n"
    db = import_files(capsys, tmp_path, ("deals.tsv", tsv))
    assert lines_of(db, "deals.tsv") == [3, 4]


def test_a_json_items_line_is_the_line_its_object_opens_on(capsys, tmp_path):
    text = (
        "[\n"
        '  {"company": "Good AI", "amount": "$3M", "date": "2024-01-01"},\n'
        "  {\n"
        '    "company": "Bad AI", "amount": "$4M",\n'
        '    "date": "2024-02-01"\n'
        "  }\n"
        "]\n"
    )
    db = import_files(capsys, tmp_path, ("deals.json", text))
    assert lines_of(db, "deals.json") == [2, 3]


def test_an_ndjson_rows_line_is_its_line_blank_lines_counted(capsys, tmp_path):
    text = (
        '{"company": "Good AI", "amount": "$3M", "date": "2024-01-01"}\n'
        "\n"
        '{"company": "Bad AI", "amount": "$4M", "date": "2024-02-01"}\n'
    )
    db = import_files(capsys, tmp_path, ("deals.ndjson", text))
    assert lines_of(db, "deals.ndjson") == [1, 3]


def test_a_rows_line_is_the_one_its_files_errors_would_name(capsys, tmp_path):
    """The same file with its second row made bad: the error names the line the good row keeps."""
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A))
    bad = tmp_path / "bad" / "vendorA.csv"
    bad.parent.mkdir()
    bad.write_text(VENDOR_A.replace("20000000", "lots"), encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "other.db"), "--empty", "import", str(bad))
    assert code != 0
    assert f"{bad}:4: amount" in err
    assert lines_of(db, "vendorA.csv")[1] == 4


def test_show_names_each_rows_file_and_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B))
    out = run_ok(capsys, db, "show", "Nordwind")
    words = out.split("each source's words", 1)[1].split("Sources", 1)[0]
    assert "Nordwind raises (from vendorB.csv:3)" in words  # a row citing its article
    assert "vendorA.csv:4 " in words  # the file's own row
    sources = out.split("Sources", 1)[1]
    assert "vendorB.csv:3" in sources  # the row the cited article is read from
    # The company's rows of the file, first to last, as the explorer's Sources list names them (qvB28).
    assert "vendorA.csv lines 2–4" in sources


def test_a_reimport_of_the_same_file_keeps_its_lines_and_a_corrected_copy_brings_its_own(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A))
    run_ok(capsys, db, "import", str(tmp_path / "vendorA.csv"))  # unchanged
    assert lines_of(db, "vendorA.csv") == [2, 4]
    (tmp_path / "vendorA.csv").write_text(VENDOR_A.replace('"two\nlines"', "one line"), encoding="utf-8")
    run_ok(capsys, db, "import", str(tmp_path / "vendorA.csv"))  # corrected: replaces the earlier rows
    assert lines_of(db, "vendorA.csv") == [2, 3]


def export_csv(capsys, db: Path, out: Path) -> list[dict[str, str]]:
    run_ok(capsys, db, "export", "--format", "csv", "--out", str(out))
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8").lstrip("\ufeff"))))


def test_an_export_reimported_keeps_the_exports_own_lines_and_no_line_column(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B))
    out = tmp_path / "export.csv"
    rows = export_csv(capsys, db, out)
    assert not any("line" in column for column in rows[0])  # it would change on every round trip
    other = tmp_path / "other.db"
    run_ok(capsys, other, "--empty", "import", str(out))
    reader = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8").lstrip("\ufeff")))
    expected, ended = [], 1  # each round's row of the export, by the line it starts on
    for row in reader:
        if row["record_type"] == "round":
            expected.append(ended + 1)
        ended = reader.line_num  # a quoted cell's newline (the row of vendorA.csv) ends it further
    assert sorted(lines_of(other, "export.csv")) == expected == [4, 6, 7]  # company rows come first


def test_the_markdown_export_names_the_rows_file_and_line(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B))
    out = run_ok(capsys, db, "export", "--format", "md")
    assert "Nordwind raises (from vendorB.csv:3)" in out
    assert "| vendorA.csv:2 |" in out and "| vendorA.csv:4 |" in out


def as_of_m040(db: Path) -> None:
    """`db` as ai-deals left it before m041: no `line` column, m041 not applied, schema version 40."""
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE evidence DROP COLUMN line")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm041_evidence_row_lines'")
        conn.execute("PRAGMA user_version = 40")


def test_an_m040_database_opens_with_its_rows_lineless_and_named_by_their_file(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B))
    as_of_m040(db)
    with Store.open(db):
        pass
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 41  # later steps (m042) applied too
    assert lines_of(db, "vendorA.csv") == [None, None]
    out = run_ok(capsys, db, "show", "Nordwind")
    assert "(from vendorB.csv)" in out and "vendorA.csv:" not in out


def test_a_rows_source_choices_name_each_row_by_file_and_line(capsys, tmp_path):
    from ai_deals.tui.screens.company_rows import source_choices

    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A), ("vendorB.csv", VENDOR_B))
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Nordwind").id)
    series_b = next(r for r in page.rounds if r.round_type == "Series B")
    labels = sorted(choice.label for choice in source_choices(series_b.accounts or [series_b]))
    assert labels == ["Nordwind raises (from vendorB.csv:3)", "vendorA.csv:4"]


def test_a_deal_file_opened_at_a_record_says_its_rows_line(capsys, tmp_path):
    from ai_deals.tui.screens.source import source_status

    db = import_files(capsys, tmp_path, ("vendorA.csv", VENDOR_A))
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Nordwind").id)
        series_b = next(r for r in page.rounds if r.round_type == "Series B")
        source = store.source(series_b.evidence[0].source_id, series_b.ref)
    assert [span.line for span in source.spans] == [4]
    assert source_status(source).endswith("showing the row at line 4 behind the record you came from")


def test_an_item_of_a_json_list_on_one_line_is_named_by_its_number_as_its_error_would(capsys, tmp_path):
    """A list written on one line: the line tells no item apart, so a row is named as a bad item's
    error names it ("deals.json: item 2"), kept as minus its number."""
    good = '{"company": "Good AI", "amount": "$3M", "date": "2024-01-01"}'
    other = '{"company": "Bad AI", "amount": "$4M", "date": "2024-02-01"}'
    db = import_files(capsys, tmp_path, ("deals.json", f"[{good}, {other}]\n"))
    assert lines_of(db, "deals.json") == [-1, -2]
    out = run_ok(capsys, db, "export", "--format", "md")
    assert "| deals.json: item 2 |" in out
    bad = tmp_path / "bad" / "deals.json"
    bad.parent.mkdir()
    bad.write_text(f"[{good}, {other.replace('$4M', 'lots')}]\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "other.db"), "--empty", "import", str(bad))
    assert code != 0 and f"{bad}: item 2: amount" in err

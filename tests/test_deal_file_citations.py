"""A deal file's row that names its source (URL, title, publisher, date) is cited to it everywhere;
the file stays the document the row was read from."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import run

HEADER = "company,investors,amount,currency,date,round_type,source_url,source_title,publisher,published\n"
ALPHA = (
    "Alpha Robotics,Sequoia Capital,10000000,USD,2024-01-02,Seed,"
    "https://news.example/alpha,Alpha raises 10M,TechWire,2024-01-03\n"
)
GAMMA = "Gamma AI,Nvidia,2000000,USD,2024-03-01,,https://news.example/gamma,Gamma gets 2M,Wire,2024-03-02\n"
BETA = "Beta Labs,Index Ventures,5000000,EUR,2024-02-01,Seed,,,,\n"  # names no source: the file is cited


@pytest.fixture(autouse=True)
def _wide_and_private(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("COLUMNS", "250")  # rich tables in `show` not wrapped


@pytest.fixture
def imported(capsys, tmp_path: Path) -> tuple[Path, Path]:
    deals = tmp_path / "src.csv"
    deals.write_text(HEADER + ALPHA + GAMMA + BETA, encoding="utf-8")
    db = tmp_path / "src.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    return db, deals


def evidence_of(capsys, db: Path, company: str) -> dict:
    code, out, _ = run(capsys, "--db", str(db), "show", company, "--json")
    assert code == 0
    (round_,) = json.loads(out)["rounds"]
    (evidence,) = round_["evidence"]
    return evidence


def test_a_row_naming_its_source_is_cited_to_it_in_show_json(capsys, imported):
    db, deals = imported
    evidence = evidence_of(capsys, db, "Alpha Robotics")
    assert {k: evidence[k] for k in ("source_title", "publisher", "published", "url", "read_from")} == {
        "source_title": "Alpha raises 10M",
        "publisher": "TechWire",
        "published": "2024-01-03",
        "url": "https://news.example/alpha",
        "read_from": "src.csv",
    }
    assert evidence["sentence"] == ALPHA.rstrip("\n")  # the evidence keeps the raw row


def test_a_row_naming_no_source_keeps_citing_the_file(capsys, imported):
    db, deals = imported
    evidence = evidence_of(capsys, db, "Beta Labs")
    assert evidence["source_title"] == "src.csv"
    assert evidence["url"] == deals.resolve().as_uri()
    assert evidence["read_from"] is None


def test_show_lists_the_rows_source_with_the_file_it_was_read_from(capsys, imported):
    db, _ = imported
    code, out, _ = run(capsys, "--db", str(db), "show", "Alpha Robotics")
    assert code == 0
    sources = out[out.index("Sources") :]
    assert "Alpha raises 10M" in sources and "TechWire" in sources and "2024-01-03" in sources
    assert "https://news.example/alpha" in sources and "src.csv" in sources


def test_exports_cite_the_rows_source_not_the_local_file(capsys, imported):
    db, _ = imported
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "json", "--company", "Alpha Robotics")
    (record,) = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    assert (record["source_title"], record["publisher"], record["source_date"], record["source_url"]) == (
        "Alpha raises 10M",
        "TechWire",
        "2024-01-03",
        "https://news.example/alpha",
    )
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "csv", "--company", "Alpha Robotics")
    (row,) = [r for r in csv.DictReader(io.StringIO(out)) if r["record_type"] != "company"]
    assert row["source_url"] == "https://news.example/alpha" and row["publisher"] == "TechWire"
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "md", "--company", "Alpha Robotics")
    assert "https://news.example/alpha" in out and "file://" not in out
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "ftm")
    links = [json.loads(line) for line in out.splitlines() if json.loads(line)["schema"] == "Payment"]
    urls = {url for link in links for url in link["properties"].get("sourceUrl", [])}
    # Gamma's stake and Alpha's round cite their rows' sources; Beta's round names none: its file.
    assert urls == {
        "https://news.example/gamma",
        "https://news.example/alpha",
        db.parent.joinpath("src.csv").as_uri(),
    }


def test_the_file_stays_the_imported_document_and_a_re_import_changes_nothing(capsys, imported):
    db, deals = imported
    code, out, _ = run(capsys, "--db", str(db), "sources", "--json")
    (source,) = json.loads(out)["sources"]
    assert (source["title"], source["kind"], source["fact_count"]) == ("src.csv", "dataset", 3)
    code, out, err = run(capsys, "--db", str(db), "import", str(deals))
    assert code == 0 and "unchanged: src.csv" in out


def test_a_corrected_file_replaces_its_records_and_their_citations(capsys, imported):
    db, deals = imported
    deals.write_text(HEADER + ALPHA.replace("Alpha raises 10M", "Alpha closes its seed"), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(deals))
    assert code == 0 and "replaced: src.csv" in out
    assert evidence_of(capsys, db, "Alpha Robotics")["source_title"] == "Alpha closes its seed"
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "json")
    records = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    assert [r["company"] for r in records] == ["Alpha Robotics"]


def test_rows_with_and_without_a_source_keep_the_files_order_in_a_records_rows(tmp_path):
    from ai_deals.store import Store
    from ai_deals.store.models import RecordRef

    from factories import import_deal_file

    rows = [
        "Alpha Robotics,Sequoia Capital,10000000,USD,2024-01-02,Seed,,,,",
        "Alpha Robotics,Index Ventures,10000000,USD,2024-01-02,Seed,https://news.example/a,Alpha,TechWire,",
        "Alpha Robotics,Nuvola Fund,10000000,USD,2024-01-02,Seed,,,,",
    ]
    deals = tmp_path / "round.csv"
    deals.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "round.db") as store:
        report = import_deal_file(store, deals, header=HEADER.strip())
        source = store.source(report.source_id, RecordRef(record_type="round", record_id=1))
        assert [source.text[span.start : span.end] for span in source.spans] == rows
        assert source.citation is not None and source.citation.url == "https://news.example/a"


def test_a_row_naming_only_its_url_is_titled_by_it_not_by_the_file(capsys, tmp_path):
    deals = tmp_path / "urls.csv"
    deals.write_text(
        "company,investors,amount,currency,source_url\nDelta AI,Accel,1000000,USD,https://x.example/d\n"
    )
    db = str(tmp_path / "u.db")
    assert run(capsys, "--db", db, "--empty", "import", str(deals))[0] == 0
    code, out, _ = run(capsys, "--db", db, "export", "--format", "json", "--out", "-")
    (record,) = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    # The export says the URL once, in `source_url`: the row named no title (qa48 #13); never the file's name.
    assert (record["source_title"], record["source_url"]) == (None, "https://x.example/d")
    shown = json.loads(run(capsys, "--db", db, "show", "Delta AI", "--json")[1])
    assert [source["title"] for source in shown["sources"]] == ["https://x.example/d"]


def test_the_source_view_of_a_row_naming_only_its_url_is_titled_by_it(tmp_path):
    from ai_deals.store import Store
    from ai_deals.store.models import RecordRef

    from factories import import_deal_file

    deals = tmp_path / "urls.csv"
    deals.write_text(
        "company,investors,amount,currency,source_url\nDelta AI,Accel,1000000,USD,https://x.example/d\n"
    )
    with Store.open(tmp_path / "u.db") as store:
        import_deal_file(store, deals)
        stake = store.company(store.find_company("Delta AI").id).investors[0]
        source = store.source(stake.source_id, RecordRef(record_type="stake", record_id=stake.id))
        assert (source.citation.title, source.citation.url) == ("https://x.example/d", "https://x.example/d")


def _as_before_citations(db: Path) -> None:
    """The database as one built before migration m007 is once migrated: the deal file's evidence
    without the source its rows cite (the columns came with m007, empty), nor its identity (m009),
    the file imported before m007 was applied."""
    import sqlite3

    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            """UPDATE evidence SET cited_url = NULL, cited_title = NULL, cited_publisher = NULL,
               cited_date = NULL, identity = NULL"""
        )
        conn.execute("UPDATE sources SET imported_at = '2025-01-02T10:00:00+00:00'")
        conn.execute(
            """UPDATE _sqlite_migrations SET applied_at = '2025-03-04 09:00:00.123456+00:00'
               WHERE name >= 'm007'"""
        )
    conn.close()


def test_re_importing_a_deal_file_imported_before_citations_restores_them_once(capsys, imported):
    """A database built before m007: its deal file's rows were cited to the file, their own sources
    lost. Importing the same file again gives each row's evidence the source it names (no record is
    written twice, the row naming none still cites the file), then it is unchanged."""
    db, deals = imported
    before = run(capsys, "--db", str(db), "info", "--json")[1]
    _as_before_citations(db)
    assert evidence_of(capsys, db, "Alpha Robotics")["url"] != "https://news.example/alpha"

    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(deals))
    assert code == 0
    assert out == f"unchanged: {deals} (already imported; would restore the sources its rows cite)\n"
    code, out, err = run(capsys, "--db", str(db), "import", str(deals))
    assert code == 0 and "unchanged: src.csv (already imported; 2 citations restored)" in out
    evidence = evidence_of(capsys, db, "Alpha Robotics")
    assert (evidence["url"], evidence["source_title"], evidence["read_from"]) == (
        "https://news.example/alpha",
        "Alpha raises 10M",
        "src.csv",
    )
    assert evidence_of(capsys, db, "Beta Labs")["source_title"] == "src.csv"  # it names no source
    assert run(capsys, "--db", str(db), "info", "--json")[1] == before  # nothing written twice
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(deals))
    assert out == f"unchanged: {deals} (already imported)\n"
    code, out, err = run(capsys, "--db", str(db), "import", str(deals))
    assert code == 0 and out.splitlines()[-1] == "unchanged: src.csv (already imported)"


def test_a_deal_file_imported_since_citations_is_not_read_again_when_re_imported(
    capsys, imported, monkeypatch
):
    from ai_deals.importers import structured

    db, deals = imported
    monkeypatch.setattr(structured, "iter_deal_records", lambda *a, **k: pytest.fail("file read again"))
    code, out, err = run(capsys, "--db", str(db), "import", str(deals))
    assert code == 0 and out.splitlines()[-1] == "unchanged: src.csv (already imported)"


DELTA = (
    "Delta AI,Index Ventures,20000000,USD,2024-04-02,Series A,https://news.example/delta,,,\n"
    "Delta AI,Index Ventures,20000000,USD,2024-04-05,Series A,https://other.example/delta,Delta raises,Wire,\n"
)


def test_a_row_citing_only_a_url_is_named_by_its_file_in_conflicts_and_review(capsys, tmp_path):
    from ai_deals.store import Store

    deals = tmp_path / "deals.csv"
    deals.write_text(HEADER + DELTA, encoding="utf-8")
    db = tmp_path / "d.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "show", "Delta AI")
    (conflict,) = [line for line in out.splitlines() if line.startswith("CONFLICT")]
    assert conflict == (
        "CONFLICT dates of round 2024-04-02: 2024-04-02 per deals.csv · https://news.example/delta"
        " vs 2024-04-05 per Delta raises"
    )
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Delta AI").id)
    labels = sorted(ev.label for ev in page.rounds[0].evidence)
    assert labels == ["Delta raises", "deals.csv · https://news.example/delta"]
    assert {ev.source_title for ev in page.rounds[0].evidence} == {
        "Delta raises",
        "https://news.example/delta",
    }


def test_a_row_citing_only_a_url_is_named_by_its_file_in_a_rows_list_of_sources(capsys, tmp_path):
    from ai_deals.store import Store
    from ai_deals.tui.screens.company_rows import source_choices

    deals = tmp_path / "deals.csv"
    deals.write_text(HEADER + DELTA, encoding="utf-8")
    db = tmp_path / "d.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Delta AI").id)
    labels = sorted(choice.label for choice in source_choices(page.rounds[0].accounts or page.rounds))
    # line27: each row by its file and line
    assert labels == ["Wire · Delta raises (from deals.csv:3)", "deals.csv:2 · https://news.example/delta"]

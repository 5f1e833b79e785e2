"""`ai-deals export`: every format honours --company, `--out -` is standard output, and exports carry
review status and lead investors; Markdown shows control characters as placeholders."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import (
    import_deals,
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
    run,
)

from ai_deals.store.export import FORMATS

DEALS = (
    "company,investor,lead_investor,amount,currency,date,round_type\n"
    "Kalmiro Robotics,Vantor Capital,Osk Partners,5000000,USD,2024-01-02,Seed\n"
    "Brisa AI,Vantor Capital,,2000000,USD,2024-02-03,\n"
    "Brisa AI,Nuvola Fund,,1000000,USD,2024-02-04,\n"
)


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    return import_deals(capsys, tmp_path, DEALS)


def test_ftm_export_honours_company_like_the_other_formats(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "ftm", "--company", "Brisa AI")
    assert code == 0
    entities = [json.loads(line) for line in out.splitlines()]
    names = {e["properties"]["name"][0] for e in entities if e["schema"] == "Company"}
    assert names == {"Brisa AI", "Vantor Capital", "Nuvola Fund"}  # Brisa and its investors only
    payments = [e for e in entities if e["schema"] == "Payment"]
    assert len(payments) == 2
    ids = {e["id"] for e in entities}
    assert all(
        p["properties"]["beneficiary"][0] in ids and p["properties"]["payer"][0] in ids for p in payments
    )
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "ftm")
    payments = [json.loads(line) for line in out.splitlines() if '"Payment"' in line]
    assert len(payments) == 3  # Brisa's two stakes and Kalmiro's seed round
    assert '"Kalmiro Robotics"' in out


@pytest.mark.parametrize("fmt", [*FORMATS, "ftm"])
def test_out_dash_writes_to_standard_output_not_a_file_named_dash(capsys, db, tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    code, to_stdout, _ = run(capsys, "--db", str(db), "export", "--format", fmt)
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", fmt, "--out", "-")
    assert code == 0
    assert out == to_stdout and "Brisa AI" in out
    assert not (tmp_path / "-").exists()


def test_exports_give_each_records_review_status(capsys, db):
    from ai_deals.store import Store
    from ai_deals.store.models import RecordRef

    with Store.open(db) as store:
        store.review(RecordRef(record_type="round", record_id=1), "confirmed")
    statuses = {"Kalmiro Robotics": "confirmed", "Brisa AI": "extracted"}
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "json")
    records = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    assert {(r["company"], r["review_status"]) for r in records} == set(statuses.items())
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "csv")
    rows = [row for row in csv.DictReader(io.StringIO(out)) if row["record_type"] != "company"]
    assert {(row["company"], row["review_status"]) for row in rows} == set(statuses.items())
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "md")
    header, _, *rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in out.splitlines()]
    # The reading columns end with review_status, then same_as (another account's of one deal),
    # counted (what money raised counts of the row) and the row's source in one cell (qa50).
    assert header[-4:] == ["review_status", "same_as", "counted", "source"]
    assert all(row[-4] == statuses[row[2]] for row in rows)


def test_csv_export_marks_a_rounds_lead_investors(capsys, db):
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "csv", "--company", "Kalmiro Robotics")
    (row,) = [row for row in csv.DictReader(io.StringIO(out)) if row["record_type"] != "company"]
    assert (row["record_type"], row["counterpart"], row["lead_investors"]) == (
        "round",
        "Osk Partners; Vantor Capital",
        "Osk Partners",
    )


def test_markdown_shows_control_characters_as_placeholders_csv_and_json_keep_them(capsys, tmp_path):
    deals = tmp_path / "hostile.csv"
    deals.write_text(
        "company,investor,amount,currency\nEvil\x1b[31mCo\x07,Vantor Capital,5,USD\n", encoding="utf-8"
    )
    db = tmp_path / "hostile.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for fmt in FORMATS:
        run(capsys, "--db", str(db), "export", "--format", fmt, "--out", str(out_dir / f"x.{fmt}"))
    markdown = (out_dir / "x.md").read_text(encoding="utf-8-sig")
    assert "Evil␛\\[31mCo␇" in markdown and "\x1b" not in markdown and "\x07" not in markdown
    rows = csv.DictReader(io.StringIO((out_dir / "x.csv").read_text(encoding="utf-8-sig"), newline=""))
    # Names lose control characters on import (README): the row's own text, its `sentence`, keeps them.
    (row,) = [row for row in rows if row["record_type"] != "company"]
    assert row["sentence"] == "Evil\x1b[31mCo\x07,Vantor Capital,5,USD"
    records = json.loads((out_dir / "x.json").read_text(encoding="utf-8-sig"))["records"]
    (record,) = [record for record in records if record["record_type"] != "company"]
    assert record["sentence"] == "Evil\x1b[31mCo\x07,Vantor Capital,5,USD"


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_read_in_small_batches_is_the_export_read_at_once(capsys, db, monkeypatch, fmt):
    from ai_deals.store import store as store_module

    code, whole, _ = run(capsys, "--db", str(db), "export", "--format", fmt)
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 1)
    monkeypatch.setattr("ai_deals.store.export.CHUNK_RECORDS", 1)
    code, batched, _ = run(capsys, "--db", str(db), "export", "--format", fmt)
    assert code == 0 and batched == whole and whole.count("Brisa AI") >= 2


def test_an_export_that_fails_halfway_leaves_no_file_and_an_overwritten_one_as_it_was(tmp_path):
    from ai_deals.store.export import write_text

    def pieces():
        yield "company,amount\r\n"
        raise KeyboardInterrupt  # ctrl+c while records are still being read

    new = tmp_path / "new.csv"
    with pytest.raises(KeyboardInterrupt):
        write_text(pieces(), new)
    assert not new.exists()
    kept = tmp_path / "kept.csv"
    kept.write_text("the earlier export\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        write_text(pieces(), kept, overwrite=True)
    assert kept.read_text(encoding="utf-8-sig") == "the earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.csv"]


def test_an_export_counts_the_records_it_streamed(capsys, db, tmp_path):
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "csv", "--out", str(tmp_path / "x.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text(encoding="utf-8-sig"))))
    companies = sum(row["record_type"] == "company" for row in rows)  # the companies' details
    assert companies and out.strip().startswith(
        f"exported {len(rows) - companies} records and {companies} company rows to"
    )
    assert code == 0


def test_an_overwritten_export_keeps_its_symlink_and_its_permissions(tmp_path):
    import os

    from ai_deals.store.export import write_text

    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    write_text(["new", "\n"], link, overwrite=True)
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig") == "new\n"
    assert os.stat(real).st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.csv", "real.csv"]


@pytest.fixture
def investor_db(capsys, db, tmp_path: Path) -> Path:
    """`db` plus Vantor Capital acquiring a company: Vantor is investor and acquirer, never investee."""
    acquisitions = tmp_path / "acq.csv"
    acquisitions.write_text(
        "company,acquirer,kind,amount,currency,date\nZeno Labs,Vantor Capital,acquisition,9000000,USD,2024-03-01\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", str(db), "import", str(acquisitions))
    assert code == 0, err
    return db


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_export_company_keeps_an_investors_and_acquirers_records(capsys, investor_db, fmt):
    code, out, err = run(
        capsys, "--db", str(investor_db), "export", "--format", fmt, "--company", "Vantor Capital"
    )
    assert code == 0, err
    if fmt == "json":
        rows = json.loads(out)["records"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
    else:
        header, _, *lines = out.splitlines()
        columns = [c.strip() for c in header.strip("|").split("|")]
        rows = [
            dict(zip(columns, (c.strip() for c in line.strip("|").split("|")), strict=True)) for line in lines
        ]
    records = [r for r in rows if r["record_type"] != "company"]  # company rows: their details
    assert sorted((r["record_type"], r["company"]) for r in records) == [
        ("acquisition", "Zeno Labs"),  # as acquirer
        ("round", "Kalmiro Robotics"),  # a round it joined
        ("stake", "Brisa AI"),  # its stake
    ]


def test_ftm_export_of_an_investor_gives_its_payments_and_acquisitions(capsys, investor_db):
    code, out, err = run(
        capsys, "--db", str(investor_db), "export", "--format", "ftm", "--company", "Vantor Capital"
    )
    assert code == 0, err
    entities = [json.loads(line) for line in out.splitlines()]
    names = {e["properties"]["name"][0] for e in entities if e["schema"] == "Company"}
    assert names == {
        "Vantor Capital",
        "Brisa AI",
        "Zeno Labs",
        "Kalmiro Robotics",
        "Osk Partners",
    }  # its stake, its acquisition, and the round it joined with its co-investor
    links = sorted(e["schema"] for e in entities if e["schema"] != "Company")
    assert len(links) == 3 and links.count("Payment") == 2  # its stake and the round it joined
    ids = {e["id"] for e in entities}
    for link in (e for e in entities if e["schema"] == "Payment"):
        assert set(link["properties"]["payer"]) <= ids and link["properties"]["beneficiary"][0] in ids


def test_export_company_takes_the_records_its_explorer_page_shows(investor_db):
    """`export --company` and the explorer's `e` on the company's page export the same records."""
    from ai_deals.store import Store
    from ai_deals.tui.screens.company_rows import build_rows

    with Store.open(investor_db) as store:
        for name in ("Vantor Capital", "Brisa AI", "Kalmiro Robotics", "Zeno Labs", "Osk Partners"):
            page = store.company(store.find_company(name, exact=True).id)
            shown = list(dict.fromkeys(ref for row in build_rows(page) for ref in row.refs))
            assert shown and set(page.refs) == set(shown), name
            exported = store.export_records(company_id=page.company.id)
            assert [(r.record_type, r.record_id) for r in exported] == [
                (ref.record_type, ref.record_id) for ref in store.in_export_order(page.refs)
            ]  # the page's records, by date (`in_export_order`)
            assert len(exported) == len(page.refs)


def test_export_company_with_no_records_says_so_on_stderr(capsys, investor_db):
    from ai_deals.store import Store

    with Store.open(investor_db) as store:
        (ref,) = store.company(store.find_company("Zeno Labs", exact=True).id).refs
        store.review(ref, "rejected")
    for fmt in ("csv", "ftm"):
        code, out, err = run(
            capsys, "--db", str(investor_db), "export", "--format", fmt, "--company", "Zeno Labs"
        )
        assert code == 0 and "Zeno Labs" in err and "no records" in err
    code, out, err = run(capsys, "--db", str(investor_db), "export", "--company", "Brisa AI")
    assert code == 0 and err == ""


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("ex.md", "md"),
        ("ex.json", "json"),
        ("ex.csv", "csv"),
        ("ex.ftm", "ftm"),
        ("ex.ftm.json", "ftm"),
        ("EX.MD", "md"),
    ],
)
def test_export_out_without_format_takes_the_format_its_name_ends_in(capsys, db, tmp_path, name, fmt):
    code, expected, _ = run(capsys, "--db", str(db), "export", "--format", fmt)
    code, out, err = run(capsys, "--db", str(db), "export", "--out", str(tmp_path / name))
    assert code == 0, err
    # Read with universal newlines: CSV's CRLF rows compare as the lines they are.
    assert (tmp_path / name).read_text(encoding="utf-8-sig") == expected.replace("\r\n", "\n")


def test_export_out_with_an_unknown_ending_and_no_format_is_refused_in_one_line(capsys, db, tmp_path):
    code, out, err = run(capsys, "--db", str(db), "export", "--out", str(tmp_path / "ex.txt"))
    assert code == 1 and out == ""
    assert (
        err.count("\n") == 1 and "ex.txt: cannot tell the format from the name" in err and "--format" in err
    )
    assert not (tmp_path / "ex.txt").exists()
    code, _, err = run(capsys, "--db", str(db), "export", "--format", "md", "--out", str(tmp_path / "ex.txt"))
    assert code == 0, err
    assert (tmp_path / "ex.txt").read_text(encoding="utf-8-sig").startswith("| record_type |")


def test_export_out_to_a_device_or_fifo_without_format_writes_csv(capsys, db, tmp_path):
    """`export --out /dev/null` (or a FIFO) was refused: `cannot tell the format from the name`. The
    README: the format is the name's ending, else --format (default CSV); a device is written through."""
    code, out, err = run(capsys, "--db", str(db), "export", "--out", "/dev/null")
    assert (code, err) == (0, "") and out.endswith("to /dev/null\n")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        code, out, err = run(capsys, "--db", str(db), "export", "--out", str(fifo))
        written = reader.communicate(timeout=30)[0].decode("utf-8-sig")
    finally:
        reader.kill()  # a refused export never opened the FIFO: its reader would wait for ever
    # A named pipe waits for its reader: said first (qvB28), the only line on standard error.
    waiting = f"{fifo}: writing to a named pipe: waiting for a reader\n"
    assert (code, err) == (0, waiting) and written.startswith("record_type,record_id,company,")
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "md", "--out", "/dev/null")
    assert (code, err) == (0, "")


def test_export_format_contradicting_the_out_name_is_refused(capsys, db, tmp_path):
    code, out, err = run(
        capsys, "--db", str(db), "export", "--format", "csv", "--out", str(tmp_path / "ex.md")
    )
    assert code == 1 and err.count("\n") == 1
    assert "ex.md: the name says md but --format says csv" in err
    assert not (tmp_path / "ex.md").exists()
    # FollowTheMoney is JSON lines: a .json name does not contradict it.
    code, _, err = run(
        capsys, "--db", str(db), "export", "--format", "ftm", "--out", str(tmp_path / "ex.json")
    )
    assert code == 0, err


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_export_out_naming_a_folder_says_so_at_once(capsys, db, tmp_path, force):
    folder = tmp_path / "exports"
    folder.mkdir()
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "csv", "--out", str(folder), *force)
    assert code == 1 and out == ""
    assert err == f"ai-deals: error: {folder} is a folder; give a file name\n"
    assert list(folder.iterdir()) == []


def test_an_export_of_one_record_says_record():
    from ai_deals.cli import export_line

    assert export_line("csv", 3, 2) == "exported 1 record and 2 company rows"
    assert export_line("md", 1, 0) == "exported 1 record"
    assert export_line("ftm", 5, 4) == "exported 5 entities (1 record)"
    assert export_line("ftm", 1, 1) == "exported 1 entity (0 records)"


@pytest.mark.parametrize(
    ("long_name", "fmt"), [("markdown", "md"), ("Markdown", "md"), ("followthemoney", "ftm")]
)
def test_export_format_takes_the_long_names_markdown_and_followthemoney(capsys, db, tmp_path, long_name, fmt):
    _, expected, _ = run(capsys, "--db", str(db), "export", "--format", fmt)
    code, out, err = run(capsys, "--db", str(db), "export", "--format", long_name)
    assert code == 0, err
    assert out == expected
    code, _, err = run(
        capsys, "--db", str(db), "export", "--format", long_name, "--out", str(tmp_path / f"ex.{fmt}")
    )
    assert code == 0, err


AXOLOTL = (
    "Axolotl Labs, a Lisbon-based AI startup building protein-design models, raised $3 million in a "
    "seed round led by Bell Capital, the company said on Tuesday.\n"
)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_companys_own_export_imports_with_the_companys_details(capsys, tmp_path, fmt):
    """`export --company "Axolotl Labs"` wrote no company rows: imported into an empty database, the
    company lost its city, country, sector and description. Its `show` is now the same as after a
    whole export."""
    article = tmp_path / "axolotl.txt"
    article.write_text(AXOLOTL, encoding="utf-8")
    db = tmp_path / "a.db"
    code, _, err = run(
        capsys, "--db", str(db), "--empty", "import", str(article), "--published", "2025-06-03"
    )
    assert code == 0, err
    copies = []
    for scope in (["--company", "Axolotl Labs"], []):
        folder = tmp_path / f"scope{len(scope)}"
        folder.mkdir()
        out = folder / f"ax.{fmt}"  # one name: `show` names the export as the records' source
        code, _, err = run(capsys, "--db", str(db), "export", *scope, "--out", str(out))
        assert code == 0, err
        copy = folder / "copy.db"
        code, _, err = run(capsys, "--db", str(copy), "--empty", "import", str(out))
        assert code == 0, err
        copies.append(run(capsys, "--db", str(copy), "show", "Axolotl Labs")[1])
    company_export, whole_export = copies
    assert "Lisbon" in whole_export
    assert company_export == whole_export


def test_an_overwritten_export_in_dev_shm_is_replaced_whole_as_any_regular_file(tmp_path):
    from ai_deals.store.export import write_text

    def pieces():
        yield "company,amount\r\n"
        raise KeyboardInterrupt

    if not Path("/dev/shm").is_dir():
        pytest.skip("no /dev/shm here")
    kept = Path("/dev/shm") / f"ai-deals-test-{os.getpid()}-{tmp_path.name}.csv"
    try:
        kept.write_text("the earlier export\n", encoding="utf-8")
        with pytest.raises(KeyboardInterrupt):
            write_text(pieces(), kept, overwrite=True)
        assert kept.read_text(encoding="utf-8-sig") == "the earlier export\n"
        assert not kept.with_name(kept.name + ".partial").exists()
    finally:
        kept.unlink(missing_ok=True)


def test_an_export_to_dev_stderr_sent_to_a_file_writes_through_that_file(tmp_path):
    out = tmp_path / "err.csv"
    script = (
        "from pathlib import Path; from ai_deals.store.export import write_text; "
        "write_text(['new\\n'], Path('/dev/stderr'), overwrite=True)"
    )
    with out.open("w") as handle:
        inode = os.fstat(handle.fileno()).st_ino
        subprocess.run([sys.executable, "-c", script], stderr=handle, check=True)
    assert out.read_text(encoding="utf-8") == "new\n"
    assert os.stat(out).st_ino == inode  # the file the shell opened, not another renamed over it

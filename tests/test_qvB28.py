"""What a tester (qa53) found (qvB28): a deal file's two rows of one company's Series A of one day were
counted twice ($45M) while the page's conflict line called them one round's rival figures."""

from __future__ import annotations

import csv
import io

from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture private_default_db)

HEADER = "company,investors,amount,currency,date,kind,round_type\n"
SHORT = (
    HEADER
    + "Zephyr Labs,LSVP; Andreessen,20000000,USD,2026-03-01,round,Series A\n"
    + "Kestrel AI,Accel Partners; Index,12000000,USD,2026-03-05,round,Seed\n"
    + "Zephyr Labs,Lightspeed,20000000,USD,2026-03-01,round,Series A\n"
    + "Zephyr Labs,Lightspeed Venture Partners,25000000,USD,2026-03-01,round,Series A\n"
)
Z2 = HEADER + "Zephyr Labs,Lightspeed Venture Partners,22000000,USD,2026-03-01,round,Series A\n"


def _counted_total(capsys, db) -> float:
    rows = csv.DictReader(
        io.StringIO(run_ok(capsys, db, "export", "--company", "Zephyr Labs", "--kind", "round"))
    )
    return sum(float(row["counted"]) for row in rows if row["counted"])


def test_a_files_two_rows_of_one_series_a_of_one_day_are_one_round_counted_once(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("short.csv", SHORT))
    page = run_ok(capsys, db, "show", "Zephyr Labs")
    assert "raised $25M" in page  # one of its figures, as the conflict line says: not $20M + $25M
    assert "CONFLICT round 2026-03-01: $20M" in page
    assert _counted_total(capsys, db) == 25_000_000


def test_another_files_rival_figure_of_that_round_leaves_it_counted_once(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("short.csv", SHORT), ("z2.csv", Z2))
    page = run_ok(capsys, db, "show", "Zephyr Labs")
    assert "raised $25M" in page
    assert _counted_total(capsys, db) == 25_000_000


def test_a_files_seed_and_series_a_of_one_day_both_count(capsys, tmp_path):
    both = (
        HEADER
        + "Zephyr Labs,Lightspeed,5000000,USD,2026-03-01,round,Seed\n"
        + "Zephyr Labs,Lightspeed,25000000,USD,2026-03-01,round,Series A\n"
    )
    db = import_files(capsys, tmp_path, ("both.csv", both))
    assert "raised $30M" in run_ok(capsys, db, "show", "Zephyr Labs")
    assert _counted_total(capsys, db) == 30_000_000


def test_a_files_rows_of_one_series_a_naming_other_investors_each_are_its_parts_and_all_count(
    capsys, tmp_path
):
    parts = (
        HEADER
        + "Zephyr Labs,Lightspeed,20000000,USD,2026-03-01,round,Series A\n"
        + "Zephyr Labs,Index Ventures,5000000,USD,2026-03-01,round,Series A\n"
    )
    db = import_files(capsys, tmp_path, ("parts.csv", parts))
    page = run_ok(capsys, db, "show", "Zephyr Labs")
    assert "raised $25M" in page
    assert "CONFLICT" not in page


def test_one_per_deal_sources_name_every_row_of_a_file_telling_a_record(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("short.csv", SHORT))
    out = run_ok(capsys, db, "export", "--one-per-deal", "--company", "Zephyr Labs", "--kind", "round")
    rows = {row["amount"]: row for row in csv.DictReader(io.StringIO(out))}
    # The $20M of rows 2 and 4 is the $25M's rival figure, one deal with it (ui30): every row is named.
    assert list(rows) == ["25000000"]
    assert rows["25000000"]["sources"] == "short.csv:5; short.csv:2; short.csv:4"
    assert rows["25000000"]["other_figures"] == "$20M (short.csv:2; short.csv:4)"
    assert "more_read" not in rows["25000000"]


def test_export_to_a_named_pipe_says_it_waits_for_a_reader(capsys, tmp_path):
    import os
    import threading

    from cli_helpers import run

    db = import_files(capsys, tmp_path, ("short.csv", SHORT))
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_text(encoding="utf-8-sig")))
    reader.start()
    code, _, err = run(capsys, "--db", str(db), "export", "--out", str(fifo))
    reader.join(timeout=30)
    assert code == 0, err
    assert f"{fifo}: writing to a named pipe: waiting for a reader" in err
    assert "Zephyr Labs" in read[0]  # still written through


def test_an_edited_partners_mark_says_partner_not_its_column(capsys, sample_store, db_path):
    from ai_deals.store.review import FactEdit

    microsoft = sample_store.find_company("Microsoft")
    partnership = sample_store.company(microsoft.id).partnerships[0]
    sample_store.edit_fact(partnership.ref, FactEdit(partner="Nvidia", amount=30e9, currency="USD"))
    page = run_ok(capsys, db_path, "show", "Microsoft")
    assert "edited: amount, partner)" in page
    assert "partner_id" not in page


def test_shows_sources_table_names_a_files_own_rows_by_their_lines_as_the_explorer_does(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("short.csv", SHORT))
    page = run_ok(capsys, db, "show", "Zephyr Labs")
    sources = page[page.index("Sources") :]
    assert "short.csv lines 2–5" in sources  # the company's rows, the first to the last

"""A deal file's cell values as a tester met them: dates read one way per file, blanks in their usual
spellings, a zero amount's currency, round labels in French and English."""

from __future__ import annotations

import json

import pytest

from ai_deals.cli import main
from ai_deals.importers.structured import RowError, WrongDateOrder, iter_deal_rows
from ai_deals.store import Store


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def outcomes(path, **options) -> list[str]:
    """Each row as its date, or its error."""
    return [str(row) if isinstance(row, RowError) else row.date for row in iter_deal_rows(path, **options)]


# --- 1. Dates: one order per file ---------------------------------------------------------------

US = "company,investors,amount,currency,date\nUS1,X,100,USD,12/31/2025\nUS2,X,100,USD,02/03/2025\n"


ISO = "company,investors,amount,currency,date\nISO1,X,100,USD,2025-02-03\n"
# A file of both orders: a date only day first reads (13/01/2025) as well as one only month first does.
MIXED = US + "EU1,X,100,USD,13/01/2025\n"


def test_a_slash_date_only_month_first_can_read_in_a_mixed_file_is_a_bad_row_naming_date_order(tmp_path):
    """us.csv read 12/31/2025 month first and 02/03/2025 day first (2025-03-02): one file, two orders,
    silently. Day first is the default for every row now; in a file that also holds a date only day
    first reads, a date only month first reads is a bad row that says how to read it month first."""
    path = write(tmp_path, "mixed.csv", MIXED)
    assert outcomes(path) == [
        f"{path}:2: date: '12/31/2025' is not DD/MM/YYYY; for month/day files use --date-order mdy",
        "2025-03-02",
        "2025-01-13",
    ]
    dotted = write(
        tmp_path,
        "dt.csv",
        "company,investor,amount,date\nE1,X,1,02.13.2025\nE2,X,1,3.2.2025\nE3,X,1,31.1.2025\n",
    )
    assert outcomes(dotted) == [
        f"{dotted}:2: date: '02.13.2025' is not DD.MM.YYYY; for month/day files use --date-order mdy",
        "2025-02-03",
        "2025-01-31",
    ]


def test_a_file_whose_dates_prove_it_month_first_is_refused_whole_naming_the_line_and_date_order(tmp_path):
    """A date only month first reads (12/31/2025) and none only day first reads: the file is written
    month first, so its ambiguous 02/03/2025 is February 3, not March 2. Read day first, the whole file
    is refused (once every row is read), never half read the wrong way; and the other way round."""
    path = write(tmp_path, "us.csv", US)
    with pytest.raises(WrongDateOrder) as refused:
        outcomes(path)
    assert str(refused.value) == (
        f"{path}: its dates are written month first (line 2: '12/31/2025' cannot be day/month); "
        "import it with --date-order mdy"
    )
    eu = write(tmp_path, "eu.csv", "company,investor,amount,date\nE1,X,1,03/02/2025\nE2,X,1,31.01.2025\n")
    with pytest.raises(
        WrongDateOrder, match=r"day first \(line 3: '31.01.2025' cannot be month/day\); .* dmy$"
    ):
        outcomes(eu, date_order="mdy")
    assert outcomes(eu) == ["2025-02-03", "2025-01-31"]


@pytest.mark.parametrize("skip", [(), ("--skip-bad-rows",)])
def test_importing_a_month_first_file_day_first_writes_nothing_even_skipping_bad_rows(capsys, tmp_path, skip):
    """`--skip-bad-rows` used to skip 12/31/2025 and write 02/03/2025 as March 2: wrong data."""
    path = write(tmp_path, "us.csv", US)
    db = tmp_path / "d.db"
    refusal = (
        f"{path}: its dates are written month first (line 2: '12/31/2025' cannot be day/month); "
        "import it with --date-order mdy"
    )
    assert main(["--db", str(db), "--empty", "import", "--dry-run", *skip, str(path)]) == 1
    assert capsys.readouterr().out == f"would refuse: {refusal})\n".replace(f"{path}: ", f"{path} (", 1)
    assert main(["--db", str(db), "--empty", "import", "--dry-run", "--json", *skip, str(path)]) == 1
    (checked,) = json.loads(capsys.readouterr().out)["deal_files"]
    assert checked["action"] == "refused" and checked["problem"] == refusal.split(": ", 1)[1]
    assert main(["--db", str(db), "--empty", "import", *skip, str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == f"ai-deals: error: {refusal}; nothing was written"
    assert not db.exists()
    held = tmp_path / "held.db"  # into a database that holds something: nothing of the file
    assert main(["--db", str(held), "--empty", "import", str(write(tmp_path, "iso.csv", ISO))]) == 0
    assert main(["--db", str(held), "import", *skip, str(path)]) == 1
    with Store(held, readonly=True) as store:
        assert [source.title for source in store.sources()] == ["iso.csv"]
        assert store.find_company("US2", exact=True) is None


def test_a_mixed_file_with_skip_bad_rows_keeps_its_rows_either_order_reads_and_lists_the_others(
    capsys, tmp_path
):
    path = write(tmp_path, "mixed.csv", MIXED)
    db = str(tmp_path / "d.db")
    assert main(["--db", db, "--empty", "import", "--skip-bad-rows", str(path)]) == 0
    out, err = capsys.readouterr()
    assert (
        "mixed.csv:2: date: '12/31/2025' is not DD/MM/YYYY; for month/day files use --date-order mdy" in err
    )
    assert "added: mixed.csv (2 rows, 2 facts; 1 bad row skipped)" in out


def test_date_order_mdy_reads_every_slash_date_month_first_and_refuses_a_day_first_one(tmp_path):
    path = write(tmp_path, "us.csv", US + "US3,X,100,USD,13/02/2025\nUS4,X,100,USD,2025-02-03\n")
    assert outcomes(path, date_order="mdy") == [
        "2025-12-31",
        "2025-02-03",
        f"{path}:4: date: '13/02/2025' is not MM/DD/YYYY; for day/month files use --date-order dmy",
        "2025-02-03",
    ]


def test_import_date_order_mdy_puts_a_month_day_file_on_the_timeline_as_written(capsys, tmp_path):
    path = write(tmp_path, "us.csv", US)
    db = str(tmp_path / "d.db")
    assert main(["--db", db, "--empty", "import", str(path)]) == 1
    assert "us.csv: its dates are written month first (line 2: '12/31/2025' cannot be day/month); " in (
        capsys.readouterr().err
    )
    assert main(["--db", db, "--empty", "import", "--dry-run", "--date-order", "mdy", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"would add: {path} (2 rows, 2 facts)\n")
    assert main(["--db", db, "--empty", "import", "--date-order", "mdy", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "timeline", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert sorted((event["company"], event["date"]) for event in events) == [
        ("US1", "2025-12-31"),
        ("US2", "2025-02-03"),
    ]


@pytest.mark.parametrize("order", ["dmy", "mdy"])
def test_dates_that_name_their_month_or_put_the_year_first_read_the_same_in_either_order(tmp_path, order):
    path = write(
        tmp_path,
        "d.csv",
        'company,investor,amount,date\nA,X,1,2025-02-03\nB,X,1,2025/02/03\nC,X,1,"Feb 3, 2025"\nD,X,1,2025-02\n',
    )
    assert outcomes(path, date_order=order) == ["2025-02-03", "2025-02-03", "2025-02-03", "2025-02"]


# --- 2. The dry run of a deal file lists its facts --------------------------------------------------


def test_a_deal_files_dry_run_prints_a_line_per_fact_as_an_articles_does(capsys, tmp_path):
    """`import --dry-run oa.csv` printed only `would add: oa.csv (2 rows, 2 facts)`, while the README
    promises a line per fact (and shows a deal file's row). Each fact is listed now, as for an
    article; a row's one investor is named once, its lead said."""
    path = write(
        tmp_path,
        "oa.csv",
        "company,investors,raised_amount,currency,date,round_type,lead_investor\n"
        'OpenAI,"Amazon; Nvidia; SoftBank",110000000000,USD,2026-03-20,Series G,\n'
        "OpenAI,Thrive,1000000000,USD,2026-04,,yes\n"
        "OpenAI,,oops,USD,2026-04,,\n",
    )
    # --skip-bad-rows: without it the import, and so the dry run, would refuse the file
    argv = ["--db", str(tmp_path / "d.db"), "--empty", "import", "--dry-run", "--skip-bad-rows", str(path)]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"would add: {path} (3 rows (2 good), 2 facts)",
        *(f"  {name} → {name}" for name in ("company", "investors")),
        "  raised_amount → amount",
        *(f"  {name} → {name}" for name in ("currency", "date", "round_type")),
        "  lead_investor → lead_investors",
        "  round: OpenAI · $110B · Series G · 2026-03-20 · investors: Amazon, Nvidia, SoftBank",
        "  round: OpenAI · $1B · 2026-04 · investor: Thrive (lead)",
        f"  {path}:4: raised_amount: 'oops' is not an amount",
        # the knowledge file's spelling of a fund, said since deal28 (as the import says it)
        "  investor 'Thrive' read as Thrive Capital (known as Thrive)",
    ]
    assert not (tmp_path / "d.db").exists()


def test_a_big_deal_files_dry_run_lists_its_first_50_facts_then_how_many_more(capsys, tmp_path):
    rows = "".join(f"Company {n},Fund {n},{n + 1}000000,EUR,2025-01-01\n" for n in range(120))
    path = write(tmp_path, "big.csv", "company,investor,amount,currency,date\n" + rows)
    assert main(["--db", str(tmp_path / "d.db"), "--empty", "import", "--dry-run", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"would add: {path} (120 rows, 120 facts)"
    # then its column mapping, a line per column, then its facts
    assert lines[1:6] == [
        "  company → company",
        "  investor → investors",
        "  amount → amount",
        "  currency → currency",
        "  date → date",
    ]
    assert lines[6] == "  investment: Company 0 · €1M · 2025-01-01 · investor: Fund 0"
    assert lines[55] == "  investment: Company 49 · €50M · 2025-01-01 · investor: Fund 49"
    assert lines[56:] == ["  … and 70 more facts"]
    assert main(["--db", str(tmp_path / "d.db"), "--empty", "import", "--dry-run", "--json", str(path)]) == 0
    (checked,) = json.loads(capsys.readouterr().out)["deal_files"]
    assert "first_facts" not in checked and checked["facts"] == 120  # the JSON shape is unchanged


# --- 3. Blanks, a zero amount's currency, round labels ----------------------------------------------


@pytest.mark.parametrize(
    "blank", ["n.a.", "N.A.", "n.d.", "nd", "N/D", "-", "--", "–", "NA", "#N/A", "n.c.", "NC", "nil", "null"]
)
def test_the_usual_spellings_of_not_stated_are_blank_cells_not_bad_rows(tmp_path, blank):
    """`n/a`, `—`, `unknown` were blanks but `n.a.` was a bad row (`amount: 'n.a.' is not an amount`)."""
    path = write(
        tmp_path,
        "bl.csv",
        f"company,investor,amount,currency,date,round_type\nBlank,Foo,{blank},{blank},{blank},{blank}\n",
    )
    (row,) = iter_deal_rows(path)
    assert not isinstance(row, RowError), str(row)
    assert (row.company, row.investors, row.amount, row.currency, row.date, row.round_type) == (
        "Blank",
        ["Foo"],
        None,
        None,
        None,
        None,
    )


def test_nat_is_a_blank_date(tmp_path):
    """pandas writes NaT for a missing date: it was a bad row (`date: 'NaT' is not a date`)."""
    path = write(tmp_path, "bl.csv", "company,investor,amount,date,source_date\nBlank5,Foo,5,NaT,nat\n")
    (row,) = iter_deal_rows(path)
    assert not isinstance(row, RowError), str(row)
    assert (row.date, row.source_date, row.amount) == (None, None, 5.0)


def test_a_zero_amount_is_no_amount_but_keeps_the_currency_its_row_states(capsys, tmp_path):
    """`Zero Co,Fund Z,0,USD` became a stake with no amount and no currency: the USD cell was lost.
    Zero stays no amount (Crunchbase-style files write 0 for undisclosed: "$0" would be a figure
    nobody stated, and would count in totals); the currency the row states is kept and exported."""
    path = write(
        tmp_path,
        "zero.csv",
        "company,investor,amount,currency,date\nZero Co,Fund Z,0,USD,2025-01-01\nNone Co,Fund Z,n/a,EUR,\n",
    )
    db = str(tmp_path / "z.db")
    assert main(["--db", db, "--empty", "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "export", "--format", "json"]) == 0
    stakes = [r for r in json.loads(capsys.readouterr().out)["records"] if r["record_type"] == "stake"]
    assert sorted((r["company"], r["amount"], r["currency"]) for r in stakes) == [
        ("None Co", None, "EUR"),
        ("Zero Co", None, "USD"),
    ]


def test_a_zero_in_a_usd_column_states_no_currency_either(tmp_path):
    """The column's USD is what its amounts are in; a 0 there (undisclosed) states no amount to be in it."""
    path = write(tmp_path, "cb.csv", "company_name,raised_amount_usd,funded_at\nA13,0,2025-01-13\n")
    (row,) = iter_deal_rows(path)
    assert (row.kind, row.amount, row.currency) == ("round", None, None)


@pytest.mark.parametrize(
    ("written", "stored", "shown"),
    [
        ("Série B", "Series B", "Series B"),
        ("série b", "Series B", "Series B"),
        ("Serie C", "Series C", "Series C"),
        ("SÉRIE A1", "Series A1", "Series A1"),
        ("série_b_extension", "Series B extension", "Series B extension"),
        ("Amorçage", "Seed", "Seed"),
        ("pré-amorçage", "Pre-seed", "Pre-seed"),
        ("Pre amorcage", "Pre-seed", "Pre-seed"),
        ("seed", "seed", "Seed"),
        ("series_b", "series_b", "Series B"),
        ("Series B", "Series B", "Series B"),
        ("Bridge", "Bridge", "Bridge"),
        ("Seriesless", "Seriesless", "Seriesless"),
    ],
)
def test_a_round_type_in_french_is_labelled_as_in_english(tmp_path, written, stored, shown):
    """`Série B` was kept as written while `seed` read `Seed` and an article's "série B" `Series B`:
    French spellings are now the round articles label them, so one round type reads one way."""
    from ai_deals.store.formatting import round_label

    path = write(tmp_path, "r.csv", f"company,amount,currency,round_type\nÉcole IA,5,EUR,{written}\n")
    (row,) = iter_deal_rows(path)
    assert (row.round_type, round_label(row.round_type)) == (stored, shown)


def test_a_decimal_comma_amount_with_no_unit_is_a_bad_row_naming_file_line_and_column(tmp_path):
    """`Baz,"1,5",EUR` became a €1.5 round, silently: 1.5 or 15, or 1.5 million with its unit left
    out? The row is refused, saying how to write it; grouped thousands and amounts with a unit read."""
    path = write(
        tmp_path,
        "odd.csv",
        'company,amount,currency,date\nBaz,"1,5",EUR,2026-02-28\nQux,"1 500 000",EUR,2026\n'
        'Quux,"1,500,000",USD,2026\nCorge,"1,5 M€",,2026\nGrault,1.5M,EUR,2026\n',
    )
    rows = list(iter_deal_rows(path))
    assert str(rows[0]) == (
        f"{path}:2: amount: '1,5' has a decimal comma and no unit (1.5 or 15?): write 1.5 if that is"
        " meant, or the amount with its unit (1,5M)"
    )
    assert [(row.amount, row.currency) for row in rows[1:]] == [
        (1.5e6, "EUR"),
        (1.5e6, "USD"),
        (1.5e6, "EUR"),
        (1.5e6, "EUR"),
    ]


def test_one_separator_before_three_digits_is_a_bad_row_and_scale_words_read(tmp_path):
    """`1.500` EUR became €1.5 and `12,345` EUR 12345 with no warning, while `1,5 million` was refused
    as not an amount. The first two are bad rows quoting their value; the words read as `1,5 Mio` does."""
    path = write(
        tmp_path,
        "dc.csv",
        'company,amount,currency,date\nA,1.500,EUR,2026\nB,"12,345",EUR,2026\nC,"1,5 million",EUR,2026\n'
        'D,1.5 million,EUR,2026\nE,2 milliards,EUR,2026\nF,"2,50",EUR,2026\n',
    )
    rows = list(iter_deal_rows(path))
    assert str(rows[0]) == (
        f"{path}:2: amount: '1.500' has one separator before three digits and no unit (1500 or 1.5?):"
        " write 1500 if that is meant, or the amount with its unit (1.5M)"
    )
    assert str(rows[1]).startswith(f"{path}:3: amount: '12,345' has one separator before three digits")
    assert [(row.amount, row.currency) for row in rows[2:5]] == [(1.5e6, "EUR"), (1.5e6, "EUR"), (2e9, "EUR")]
    assert "'2,50' has a decimal comma and no unit (2.50 or 250?)" in str(rows[5])


def test_an_abbreviated_scale_word_with_its_currency_after_reads_and_an_amount_under_one_unit_is_a_bad_row(
    tmp_path,
):
    """`12,5 Mio. €` was refused as not an amount while `1,5 Mio` read; `0.5` USD became a $0.5 round
    without a word. The first reads as €12.5M (as `Mrd.` does); the second is a bad row asking for the
    unit left out."""
    path = write(
        tmp_path,
        "amt.csv",
        'company,amount,currency,date\nA,"12,5 Mio. €",,2026\nB,3 Mrd.,EUR,2026\nC,0.5,USD,2026\n'
        "D,1,USD,2026\n",
    )
    rows = list(iter_deal_rows(path))
    assert [(row.amount, row.currency) for row in rows[:2]] == [(12.5e6, "EUR"), (3e9, "EUR")]
    assert str(rows[2]) == (
        f"{path}:4: amount: '0.5' is less than one unit of its currency: is a unit missing? write 0.5M"
        " (or the amount in full)"
    )
    assert (rows[3].amount, rows[3].currency) == (1.0, "USD")

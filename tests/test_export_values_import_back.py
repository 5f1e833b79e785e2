"""Every status, bound, basis and investor kind the store keeps imports back from its own export.

A deal file's status cell "in_talks" (the very word an export writes) was refused as "not a known
status (expected …, in_talks)": the cell's underscores were read as spaces, the table's were not.
These tests iterate over the importers' literals, so a value added there is checked here too.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import get_args

import pytest
from cli_helpers import run

from ai_deals.importers import cells, exported
from ai_deals.importers.models import Bound, InvestorKind, PercentageBound, StakeStatus
from ai_deals.importers.structured import iter_deal_rows

BASES = ("post_money", "pre_money")
HEADER = "company,kind,investors,amount,amount_max,currency,bound,date,round,status,valuation,basis,percentage,percentage_bound,investor_kind"  # noqa: E501


def _value_rows() -> list[str]:
    """One deal-file row for each value: statuses on a round and a stake, every bound of an amount,
    every bound of a share, every basis of a valuation, every kind of investor."""
    rows = []
    for n, status in enumerate(get_args(StakeStatus)):
        rows.append(f"Round {n},round,Lender R{n},{10 + n}M,,USD,,2025-01-0{n + 1},Series A,{status},,,,,")
        rows.append(f"Stake {n},investment,Lender S{n},{10 + n}M,,USD,,2025-02-0{n + 1},,{status},,,,,")
    for n, bound in enumerate(get_args(Bound)):
        top = f"{30 + n}M" if bound == "range" else ""
        rows.append(f"Bound {n},round,Lender B{n},{20 + n}M,{top},USD,{bound},2025-03-0{n + 1},Seed,,,,,,")
    for n, bound in enumerate(get_args(PercentageBound)):
        rows.append(f"Share {n},investment,Lender P{n},{5 + n}M,,USD,,2025-04-0{n + 1},,,,,{n + 2},{bound},")
    for n, basis in enumerate(BASES):
        rows.append(
            f"Valued {n},round,Lender V{n},{40 + n}M,,USD,,2025-05-0{n + 1},Series B,,{n + 1}B,{basis},,,"
        )
    for n, kind in enumerate(get_args(InvestorKind)):
        rows.append(f"Backed {n},investment,Lender K{n},{50 + n}M,,USD,,2025-06-0{n + 1},,,,,,,{kind}")
    return rows


def _export_rows(path: Path) -> Counter:
    """A CSV export's rows, less the record ids a second database cannot share."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    return Counter(tuple(sorted((k, v) for k, v in row.items() if k != "record_id")) for row in rows)


@pytest.mark.parametrize("value", get_args(StakeStatus))
def test_every_status_the_store_writes_is_read_from_a_deal_files_status_cell(value):
    assert cells.choice(value, {v: v for v in get_args(StakeStatus)}, "status") == value
    assert (
        cells.choice(value.replace("_", " ").title(), {v: v for v in get_args(StakeStatus)}, "status")
        == value
    )


def test_a_refused_choice_never_lists_the_refused_value_as_expected():
    statuses = {v: v for v in get_args(StakeStatus)}
    with pytest.raises(ValueError) as refused:
        cells.choice("in_negotiation", statuses, "status")
    assert str(refused.value) == (
        "'in_negotiation' is not a known status "
        "(expected announced, called_off, committed, completed, conditional, cumulative, in_talks, planned)"
    )


def test_a_deal_file_row_in_talks_is_read_as_a_round_in_talks(tmp_path, capsys):
    path = tmp_path / "zeta.csv"
    path.write_text(
        "company,amount,currency,date,round,status,investors\n"
        "Zeta AI,20M,USD,2026-02-03,Series A,in_talks,Vantor Capital\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(tmp_path / "z.db"), "--empty", "import", str(path))
    assert code == 0, err
    assert "bad row" not in err and "not a known status" not in err
    code, out, _ = run(capsys, "--db", str(tmp_path / "z.db"), "export", "--format", "csv", "--out", "-")
    assert code == 0 and ",Series A,,,in_talks," in out


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_every_status_bound_basis_and_investor_kind_an_export_writes_imports_back(tmp_path, capsys, fmt):
    deals = tmp_path / "values.csv"
    deals.write_text("\n".join([HEADER, *_value_rows()]) + "\n", encoding="utf-8")
    original, copy = tmp_path / "original.db", tmp_path / "copy.db"
    code, _, err = run(capsys, "--db", str(original), "--empty", "import", str(deals))
    assert code == 0 and "bad row" not in err, err
    exported, first, second = tmp_path / f"all.{fmt}", tmp_path / "first.csv", tmp_path / "second.csv"
    assert run(capsys, "--db", str(original), "export", "--format", fmt, "--out", str(exported))[0] == 0
    assert run(capsys, "--db", str(original), "export", "--format", "csv", "--out", str(first))[0] == 0

    code, _, err = run(capsys, "--db", str(copy), "--empty", "import", str(exported))
    assert code == 0, err
    assert "bad row" not in err and "not a known" not in err
    assert run(capsys, "--db", str(copy), "export", "--format", "csv", "--out", str(second))[0] == 0

    rows = [dict(row) for row in _export_rows(first).elements()]
    # What the comparison covers is there: every value of every literal, as the export writes it.
    assert {row["status"] for row in rows if row["record_type"] == "round"} >= set(get_args(StakeStatus))
    assert {row["status"] for row in rows if row["record_type"] == "stake"} >= set(get_args(StakeStatus))
    assert {row["bound"] for row in rows if row["record_type"] == "round"} >= set(get_args(Bound))
    assert {row["percentage_bound"] or "exact" for row in rows} >= set(get_args(PercentageBound))
    assert {row["basis"] for row in rows} >= set(BASES)
    assert {row["investor_kind"] for row in rows} >= set(get_args(InvestorKind))
    assert _export_rows(second) == _export_rows(first)


def test_a_deal_file_reads_each_literal_value_without_a_bad_row(tmp_path):
    rows = _value_rows()
    deals = tmp_path / "values.csv"
    deals.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    read = list(iter_deal_rows(deals))
    assert [type(row).__name__ for row in read] == ["DealRow"] * len(rows)


def test_an_export_rows_unreadable_equivalent_amount_is_a_bad_row_naming_the_column(tmp_path, capsys):
    deals = tmp_path / "one.csv"
    deals.write_text(
        "company,amount,currency,date,round\nNivalys,45M,CHF,2025-03-04,Series A\n", encoding="utf-8"
    )
    db = tmp_path / "one.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "json", "--out", "-")
    assert code == 0
    rows = json.loads(out)["records"]
    (round_,) = [row for row in rows if row["record_type"] == "round"]
    assert round_["equivalent_amount"] is None and round_["equivalent_currency"] is None
    round_.update(equivalent_amount="about fifty", equivalent_currency="USD")
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps({"records": rows}), encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "two.db"), "--empty", "import", str(edited))
    assert code == 1
    assert "equivalent_amount: 'about fifty' is not a number" in err


def test_a_rounds_equivalent_amount_is_exported_after_every_earlier_column():
    """Columns are appended: a spreadsheet reading an export by position keeps reading it."""
    from ai_deals.store.export import COLUMNS

    # tranche_computed (m027) is appended after them, then a stake's in_round, same_as, counted,
    # source_corrects, retracted, a round's recalled and a stake's called_off.
    assert COLUMNS[-11:-7] == [
        "more_evidence",
        "equivalent_amount",
        "equivalent_currency",
        "tranche_computed",
    ]
    assert COLUMNS[-7:] == [
        "in_round",
        "same_as",
        "counted",
        "source_corrects",
        "retracted",
        "recalled",
        "called_off",
    ]


def _equivalent_cells(amount: str, currency: str) -> dict[str, object]:
    item = {
        "record_type": "round",
        "company": "A",
        "equivalent_amount": amount,
        "equivalent_currency": currency,
    }
    return exported.deal_cells(item, False)[1]


@pytest.mark.parametrize(
    ("amount", "problem"),
    [
        ("nan", "'nan' is not a number"),
        ("inf", "'inf' is not a number"),
        ("1e400", "'1e400' is larger than the limit of 1e15"),
        ("-5", "'-5' is negative"),
        ("0", "'0' is no amount"),
    ],
)
def test_an_equivalent_amount_that_is_no_positive_finite_number_is_a_bad_cell(amount, problem):
    with pytest.raises(exported.BadCell) as caught:
        _equivalent_cells(amount, "USD")
    assert (caught.value.column, caught.value.problem) == ("equivalent_amount", problem)


def test_an_equivalent_currency_is_read_as_any_currency_cell():
    assert _equivalent_cells("3300000", "usd") == {
        "equivalent_amount": 3300000.0,
        "equivalent_currency": "USD",
    }
    assert _equivalent_cells("$3.3M", "") == {"equivalent_amount": 3300000.0, "equivalent_currency": "USD"}


@pytest.mark.parametrize(
    ("record_type", "kind"), [("funding", "round"), ("raise", "round"), ("levée", "round")]
)
def test_an_edited_exports_record_type_may_name_a_deal_kind_as_a_deal_file_spells_it(record_type, kind):
    item = {"record_type": record_type, "company": "A", "amount": "5M", "currency": "USD"}
    assert exported.deal_cells(item, False)[0]["kind"] == kind


def test_an_unknown_record_type_is_refused_naming_the_exports_own_record_types():
    with pytest.raises(exported.BadCell) as caught:
        exported.deal_cells({"record_type": "bogus", "company": "A"}, False)
    expected = ", ".join(exported.EXPORT_RECORD_TYPES)
    assert caught.value.problem == f"'bogus' is not a known record type (expected {expected})"


def test_a_choice_table_spelled_as_the_store_writes_it_reads_the_cell_as_typed():
    table = {"in_talks": "in_talks", "closed": "done"}
    assert cells.choice("In-Talks", table, "status") == "in_talks"
    assert cells.choice("in talks", table, "status") == "in_talks"
    assert cells.choice("DONE", table, "status") == "done"
    with pytest.raises(ValueError, match="is not a known status"):
        cells.choice("open", table, "status")

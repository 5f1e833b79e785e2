"""A deal file's investors named by a knowledge-file spelling give the same companies whatever the rows' order."""

from __future__ import annotations

import sqlite3

import pytest
from cli_helpers import import_files, private_default_db  # noqa: F401 (autouse fixture)

HEADER = "company,round_type,amount,currency,date,investors\n"


def _rows(first: str, last: str) -> list[str]:
    """Four rounds: `first` backs the first (row 2), `last` the fourth (row 5)."""
    backers = [first, "Other", "Other2", last]
    return [f"Co{i},Seed,{i + 1}000000,USD,2025-01-0{i + 1},{name}\n" for i, name in enumerate(backers)]


def _tables(db) -> tuple:
    """Companies (with their aliases and spellings), investors and who backed which round, by names."""
    conn = sqlite3.connect(db)
    companies = sorted(
        (
            name,
            tuple(sorted(a for (a,) in conn.execute("SELECT alias FROM aliases WHERE company_id = ?", [i]))),
            tuple(
                sorted(
                    s
                    for (s,) in conn.execute(
                        "SELECT spelling FROM spelling_sources WHERE company_id = ?", [i]
                    )
                )
            ),
        )
        for i, name in conn.execute("SELECT id, name FROM companies")
    )
    backed = sorted(
        conn.execute(
            """SELECT co.name, ic.name FROM round_investors x JOIN rounds r ON r.id = x.round_id
               JOIN companies co ON co.id = r.company_id JOIN investors i ON i.id = x.investor_id
               JOIN companies ic ON ic.id = i.company_id"""
        )
    )
    conn.close()
    return companies, backed


@pytest.mark.parametrize(
    ("short", "full", "company", "aliases"),
    [
        ("Kleiner", "Kleiner Perkins", "Kleiner Perkins", {"Kleiner", "Kleiner Perkins"}),
        ("Kleiner", "KLEINER PERKINS", "Kleiner Perkins", {"Kleiner", "KLEINER PERKINS", "Kleiner Perkins"}),
        (
            "Andreessen",
            "Andreessen Horowitz",
            "Andreessen Horowitz",
            {"Andreessen", "Andreessen Horowitz", "a16z"},
        ),
        ("LSVP", "Lightspeed Venture Partners", "Lightspeed Venture Partners", {"LSVP", "Lightspeed"}),
    ],
)
def test_a_short_form_and_the_full_name_in_either_row_order_give_equal_tables(
    capsys, tmp_path, short, full, company, aliases
):
    rows = _rows(short, full)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    short_first = import_files(capsys, tmp_path / "a", ("deals.csv", HEADER + "".join(rows)))
    full_first = import_files(
        capsys, tmp_path / "b", ("deals.csv", HEADER + "".join([rows[3], *rows[1:3], rows[0]]))
    )
    tables = _tables(short_first)
    assert tables == _tables(full_first)
    companies, backed = tables
    assert ("Co0", company) in backed and ("Co3", company) in backed  # one investor, under the knowledge name
    assert aliases <= set(next(found for name, found, _ in companies if name == company))

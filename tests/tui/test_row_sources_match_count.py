"""A round row's "N sources" and the sources Enter lists agree: a source telling only an investor's
part of the raise (a deal file's `Samsung Catalyst Fund, $25M, Series D`) is not listed on the
round's row, whose count leaves it out, but is on that investor's row, whose count takes it in."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.tui.screens.company_rows import investor_rows, rounds_and_valuations

ROUNDS = "company,investors,round_type,amount,currency,date,source_url,publisher"
STAKES = "company,investor,amount,currency,percentage,date,round_type,source_url,publisher"


@pytest.fixture
def store(tmp_path: Path):
    database = tmp_path / "deals.db"
    files = {
        "rounds.csv": (
            ROUNDS,
            "Kestrel,Fidelity; Samsung Catalyst Fund,Series D,410000000,USD,2026-05-20,https://pitchbook.example/k,PitchBook",
        ),
        "wire.csv": (
            ROUNDS,
            "Kestrel,Fidelity; Samsung Catalyst Fund,Series D,410000000,USD,2026-05-20,https://wire.example/k,Wire",
        ),
        "stakes.csv": (
            STAKES,
            "Kestrel,Samsung Catalyst Fund,25000000,USD,,2026-05-20,Series D,https://other.example/k,Other",
        ),
    }
    for number, (name, (header, row)) in enumerate(files.items()):
        (tmp_path / name).write_text(f"{header}\n{row}\n", encoding="utf-8")
        empty = ["--empty"] if number == 0 else []
        assert main(["--db", str(database), *empty, "import", str(tmp_path / name)]) == 0
    with Store.open(database) as store:
        yield store


def _text(row) -> str:
    return "".join(str(value) for value, _, _ in row.pieces)


def test_the_round_row_lists_the_sources_its_count_counts(store):
    page = store.company(store.find_company("Kestrel").id)
    (series_d,) = page.rounds
    assert series_d.told_count == 3 and series_d.source_count == 2
    rows = rounds_and_valuations(page)
    (row,) = [rows.make(item) for item in rows.items if getattr(item[2], "round_type", None) == "Series D"]
    assert "2 sources" in _text(row)
    choices = row.sources()
    assert len(choices) == 2 and not any("Other" in choice.label for choice in choices)


def test_the_investors_row_lists_its_parts_source_too(store):
    page = store.company(store.find_company("Kestrel").id)
    rows, _ = investor_rows(page)
    (samsung,) = [row for row in rows if row.target_name == "Samsung Catalyst Fund"]
    assert "3 sources" in _text(samsung)
    assert len(samsung.sources()) == 3

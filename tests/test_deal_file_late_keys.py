"""JSON and NDJSON deal rows need not share their keys: a key first met after the first row gets its line
in the column mapping (on standard error, as the mapping is) when it is met, typo or not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import (
    private_default_db,  # noqa: F401 (autouse: no command touches the default db)
    run,
)

from ai_deals.importers import structured

ROWS = [
    {"company": "Alpha AI", "amount": "5000000", "currency": "USD", "date": "2024-01-02"},
    {"company": "Beta AI", "amount": "6000000", "currency": "USD", "investr": "Foo", "dat": "2024-02"},
    {"company": "Gamma AI", "amount": "7000000", "currency": "USD", "investor": "Bar Capital", "dat": "x"},
]


def write(path: Path) -> Path:
    if path.suffix == ".json":
        path.write_text(json.dumps(ROWS, indent=1), encoding="utf-8")
    else:
        path.write_text("\n".join(json.dumps(row) for row in ROWS) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".json", ".ndjson"])
def test_keys_first_met_after_the_first_row_are_each_listed_once_in_the_mapping(capsys, tmp_path, suffix):
    path = write(tmp_path / f"deals{suffix}")
    code, out, err = run(capsys, "--db", str(tmp_path / "d.db"), "--empty", "import", str(path))
    assert code == 0, err
    lines = [line.strip() for line in err.splitlines() if "→" in line]
    assert lines == [
        "company → company",
        "amount → amount",
        "currency → currency",
        "date → date",
        "investr → ignored",
        "dat → ignored",
        "investor → investors",
    ]
    assert "→" not in out


def test_each_new_set_of_keys_is_told_as_the_rows_are_read(tmp_path):
    met: list[tuple[str, ...]] = []
    rows = list(structured.iter_deal_facts(write(tmp_path / "d.ndjson"), columns_met=met.append))
    assert len(rows) == 3
    assert met == [tuple(row) for row in ROWS]

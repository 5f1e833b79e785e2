"""An export's `counted` column: the money the app's money raised counts of each record, so that its
sum per currency is the company page's "raised" figure. `same_as` alone did not give it: a raise still
in talks, a running total ("≥$13B since 2019") and money promised on a condition are rows without a
`same_as` that the app tells apart from money raised. The seed's OpenAI story (a $110B round whose
Amazon part is $15B committed and $35B conditional, Microsoft's running total) with a deal file
telling the round again and a later raise still in talks; the deal file written for these tests."""

from __future__ import annotations

import csv
import gc
import io
import json
from collections import defaultdict
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.store import Store, search_service
from ai_deals.store import store as store_module

SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*openai*.txt"))
TOLD_AGAIN = (
    "company,investors,amount,currency,date,round,status\n"
    "OpenAI,Amazon; Nvidia; SoftBank,110000000000,USD,2026-02-27,,\n"
    "OpenAI,Thrive Capital; Dragoneer,40000000000,USD,2026-06-01,,in_talks\n"
)


@pytest.fixture
def openai(capsys, tmp_path: Path) -> Path:
    deals = tmp_path / "openai-rounds.csv"
    deals.write_text(TOLD_AGAIN, encoding="utf-8")
    db = tmp_path / "openai.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(SEED), str(deals))[0] == 0
    return db


def records(text: str, fmt: str) -> list[dict]:
    """An export's record rows (company rows left out), as a reader of the CSV or JSON gets them."""
    rows = (
        json.loads(text)["records"]
        if fmt == "json"
        else list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    )
    return [row for row in rows if row["record_type"] != "company"]


def counted_sum(rows: list[dict]) -> dict[str, float]:
    """What a spreadsheet adds up: `counted` per currency, over the rows that have one."""
    totals: dict[str, float] = defaultdict(float)
    for row in rows:
        if row["counted"] not in ("", None):
            totals[row["currency"]] += float(row["counted"])
    return dict(totals)


def page_raised(db: Path) -> dict[str, float]:
    with Store.open(db) as store:
        return store.company(store.find_company("OpenAI", exact=True).id).raised


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_exports_counted_column_adds_up_to_the_money_the_company_page_says_was_raised(capsys, openai, fmt):
    rows = records(run_ok(capsys, openai, "export", "--format", fmt), fmt)
    assert page_raised(openai) == {"USD": 75e9}  # $110B less Amazon's $35B conditional
    assert counted_sum(rows) == {"USD": 75e9}
    # `same_as` alone counts the running total, the raise in talks and the conditional $35B
    without_same_as = [
        row for row in rows if row["same_as"] in ("", None) and row["record_type"] in ("round", "stake")
    ]
    assert sum(float(row["amount"]) for row in without_same_as) > 75e9


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_only_the_record_money_raised_counts_has_a_counted_value(capsys, openai, fmt):
    rows = records(run_ok(capsys, openai, "export", "--format", fmt), fmt)
    counted = [row for row in rows if row["counted"] not in ("", None)]
    assert [(row["record_type"], row["same_as"] in ("", None)) for row in counted] == [("round", True)]
    by_status = {row["status"]: row for row in rows if row["record_type"] in ("round", "stake")}
    for status in ("in_talks", "cumulative"):  # in talks, running total
        assert by_status[status]["counted"] in ("", None), status
    # Amazon's stake in tranches ($15B committed, $35B conditional): each tranche tells its status
    amazon = [row for row in rows if row["record_type"] == "stake" and row["counterpart"] == "Amazon"]
    assert amazon and all(row["counted"] in ("", None) for row in amazon)
    assert "conditional" in json.dumps([row["tranches"] for row in amazon])


def test_a_company_export_counts_as_the_whole_export_does(capsys, openai):
    whole = records(run_ok(capsys, openai, "export", "--format", "json"), "json")
    company = records(run_ok(capsys, openai, "export", "--company", "OpenAI", "--format", "json"), "json")
    pairs = [(row["record_type"], row["record_id"], row["counted"]) for row in whole]
    assert sorted(pairs, key=repr) == sorted(
        ((row["record_type"], row["record_id"], row["counted"]) for row in company), key=repr
    )


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_with_counted_imports_back_to_the_same_money_raised(capsys, openai, tmp_path, fmt):
    exported, copy = tmp_path / f"all.{fmt}", tmp_path / "copy.db"
    run_ok(capsys, openai, "export", "--format", fmt, "--out", str(exported))
    run_ok(capsys, copy, "--empty", "import", str(exported))
    assert page_raised(copy) == page_raised(openai) == {"USD": 75e9}
    again = records(run_ok(capsys, copy, "export", "--format", fmt), fmt)
    assert counted_sum(again) == {"USD": 75e9}


def exported_counted(db: Path) -> list[tuple[str, int, float | None]]:
    with Store.open(db) as store:
        return [(row.record_type, row.record_id, row.counted) for row in store.export_records()]


def test_an_exports_counted_column_reads_no_round_or_stake_its_batch_holds_again(openai, monkeypatch):
    # The batch's rounds and stakes are read once, for their rows; money raised takes them as read
    # (a second read of each was most of the column's cost: bench/export_whole.py).
    read: list[tuple[str, int]] = []
    fetch = search_service.fetch_records

    def counting(*args, **kwargs):
        found = fetch(*args, **kwargs)
        read.extend((record.record_type, record.id) for record in found)
        return found

    monkeypatch.setattr(search_service, "fetch_records", counting)
    counted = exported_counted(openai)
    assert sum(value for *_, value in counted if value) == 75e9
    assert read == []


def test_a_company_whose_records_span_an_exports_batches_is_counted_as_in_one_batch(openai, monkeypatch):
    whole = exported_counted(openai)
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 2)  # its later records are read for the first batch
    assert exported_counted(openai) == whole
    assert sum(value for *_, value in whole if value) == 75e9


def test_an_exports_counted_column_is_read_with_the_collector_paused(openai, monkeypatch):
    seen: list[bool] = []
    counted = search_service.SearchService.counted_money
    monkeypatch.setattr(
        search_service.SearchService,
        "counted_money",
        lambda self, *args: seen.append(gc.isenabled()) or counted(self, *args),
    )
    exported_counted(openai)
    assert seen and not any(seen)
    assert gc.isenabled()

"""A corrected slice of a deal file (its rows citing the same sources, some amounts changed) tells
the same stakes again: each shown and counted once, a changed amount a conflict between the two
files' figures, and the Sources list naming both files (store/same_stake.py, store/conflicts.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run
from test_figures import summary

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store
from ai_deals.store.models import RecordRef

from factories import import_deal_file

HEADER = "company,investor,kind,amount,currency,date,source_url,source_title,publisher,source_date"


def row(investor: int, amount: float) -> str:
    return (
        f"Kalmiro,Inv{investor},investment,{amount:.0f},CHF,2025-01-1{investor},"
        f"https://news.example/{investor},Story {investor},Wire,2025-01-1{investor}"
    )


ROWS = [row(i, 80e6 + i * 1e6) for i in range(5)]
CORRECTED = [row(0, 81.5e6), *ROWS[1:3]]  # the slice: Inv0's amount changed, two rows as they were


def write(tmp_path: Path, name: str, rows: list[str]) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corrected(fresh_store, tmp_path):
    import_deal_file(fresh_store, write(tmp_path, "deals.csv", ROWS), HEADER)
    import_deal_file(fresh_store, write(tmp_path, "slice-corrected.csv", CORRECTED), HEADER)
    return fresh_store


def page_of(store):
    return store.company(store.find_company("Kalmiro").id)


def test_a_corrected_rows_two_amounts_for_one_cited_source_are_one_stake_counted_once(corrected):
    page = page_of(corrected)
    assert [stake.investor for stake in page.investors] == [f"Inv{i}" for i in range(5)]
    (inv0,) = [stake for stake in page.investors if stake.investor == "Inv0"]
    assert len(inv0.accounts) == 2 and inv0.source_count == 1  # one source, told by two files
    assert page.raised == {"CHF": sum(80e6 + i * 1e6 for i in range(5))}
    assert summary(corrected, "Kalmiro").startswith("raised CHF 410M ·")


def test_a_corrected_rows_amount_is_a_conflict_naming_each_files_figure(corrected):
    (conflict,) = page_of(corrected).conflicts
    assert conflict.what == "Inv0 → Kalmiro 2025-01-10"
    assert [(value.value, value.sources) for value in conflict.stated] == [
        ("CHF 80M", ["Story 0 (deals.csv:2)"]),  # each file's row at its line (exp28)
        ("CHF 81.5M", ["Story 0 (slice-corrected.csv:2)"]),
    ]


def test_two_rows_of_one_file_citing_one_source_stay_two_stakes(fresh_store, tmp_path):
    import_deal_file(fresh_store, write(tmp_path, "deals.csv", [row(0, 80e6), row(0, 90e6)]), HEADER)
    page = page_of(fresh_store)
    assert sorted(stake.amount for stake in page.investors) == [80e6, 90e6]


def test_the_sources_list_names_every_file_a_cited_sources_facts_came_from(corrected):
    sources = {source.title: source for source in page_of(corrected).sources}
    assert (sources["Story 0"].fact_count, sources["Story 0"].read_from) == (
        2,
        "deals.csv, slice-corrected.csv",
    )
    assert (sources["Story 3"].fact_count, sources["Story 3"].read_from) == (1, "deals.csv")


def test_show_json_of_a_corrected_slice_lists_the_conflict_and_counts_each_stake_once(capsys, tmp_path):
    db = str(tmp_path / "t.db")
    for name, rows in (("deals.csv", ROWS), ("slice-corrected.csv", CORRECTED)):
        code, _, err = run(
            capsys,
            "--db",
            db,
            *(["--empty"] if rows is ROWS else []),
            "import",
            str(write(tmp_path, name, rows)),
        )
        assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "show", "Kalmiro", "--json")
    assert code == 0
    page = json.loads(out)
    assert [stake["investor"] for stake in page["investors"]] == [f"Inv{i}" for i in range(5)]
    assert page["raised"] == {"CHF": 410e6}
    assert [conflict["values"] for conflict in page["conflicts"]] == [["CHF 80M", "CHF 81.5M"]]
    (story0,) = [source for source in page["sources"] if source["title"] == "Story 0"]
    assert story0["read_from"] == "deals.csv, slice-corrected.csv"


def reject_account(store, investor: str, which: int):
    """Reject one file's record of the stake the page shows once (`which`: its place in `accounts`);
    returns the undo and the two records' refs."""
    (stake,) = [stake for stake in page_of(store).investors if stake.investor == investor]
    refs = [RecordRef(record_type="stake", record_id=account.id) for account in stake.accounts]
    return store.review(refs[which], "rejected"), refs


@pytest.mark.parametrize("which", [0, 1])
def test_rejecting_either_record_of_a_stake_shown_once_hides_it_and_its_money(corrected, which):
    undo, _ = reject_account(corrected, "Inv1", which)
    page = page_of(corrected)
    assert "Inv1" not in [stake.investor for stake in page.investors]
    assert page.raised == {"CHF": 410e6 - 81e6}
    assert page_of_investor(corrected, "Inv1").portfolio == []  # the investor's page drops it too
    assert summary(corrected, "Kalmiro").startswith("raised CHF 329M ·")  # and its search result
    corrected.undo_review(undo)
    assert "Inv1" in [stake.investor for stake in page_of(corrected).investors]


def test_rejecting_a_rival_figure_leaves_the_other_files_record_as_that_file_gave_it(corrected):
    _, refs = reject_account(corrected, "Inv0", 0)  # Inv0: the slice changed its amount
    assert [corrected.review_statuses(refs)[ref] for ref in refs] == ["rejected", "extracted"]


@pytest.mark.parametrize("which", [0, 1])
def test_rejecting_a_fact_told_alike_by_two_files_rejects_both_records_and_undo_restores_both(
    corrected, which
):
    undo, refs = reject_account(corrected, "Inv1", which)
    assert [corrected.review_statuses(refs)[ref] for ref in refs] == ["rejected", "rejected"]
    corrected.undo_review(undo)
    assert [corrected.review_statuses(refs)[ref] for ref in refs] == ["extracted", "extracted"]
    assert "Inv1" in [stake.investor for stake in page_of(corrected).investors]


def test_timeline_leaves_out_a_fact_told_alike_by_two_files_once_rejected(capsys, tmp_path):
    db = tmp_path / "t.db"
    for name, rows in (("deals.csv", ROWS), ("slice-corrected.csv", CORRECTED)):
        flags = ["--empty"] if rows is ROWS else []
        code, _, err = run(capsys, "--db", str(db), *flags, "import", str(write(tmp_path, name, rows)))
        assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--company", "Kalmiro")
    assert code == 0 and "Inv1" in out
    store = Store.open(db)
    try:
        reject_account(store, "Inv1", 1)
    finally:
        store.close()
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--company", "Kalmiro")
    assert code == 0
    assert "Inv1" not in out and "Inv2" in out
    code, out, _ = run(capsys, "--db", str(db), "show", "Kalmiro", "--json")
    assert "Inv1" not in [stake["investor"] for stake in json.loads(out)["investors"]]


def test_show_json_leaves_out_a_stake_rejected_in_review(capsys, tmp_path):
    db = tmp_path / "t.db"
    for name, rows in (("deals.csv", ROWS), ("slice-corrected.csv", CORRECTED)):
        flags = ["--empty"] if rows is ROWS else []
        code, _, err = run(capsys, "--db", str(db), *flags, "import", str(write(tmp_path, name, rows)))
        assert code == 0, err
    store = Store.open(db)
    try:
        reject_account(store, "Inv2", 1)
    finally:
        store.close()
    code, out, _ = run(capsys, "--db", str(db), "show", "Kalmiro", "--json")
    assert code == 0
    page = json.loads(out)
    assert [stake["investor"] for stake in page["investors"]] == ["Inv0", "Inv1", "Inv3", "Inv4"]
    assert page["raised"] == {"CHF": 410e6 - 82e6}


def page_of_investor(store, name: str):
    return store.company(store.find_company(name).id)


def test_an_article_and_a_deal_files_row_citing_it_with_another_amount_are_one_stake_in_conflict(
    fresh_store, tmp_path
):
    text = "Inv0 invests CHF 79 million in Kalmiro."
    fact = Fact(kind="investment", company="Kalmiro", investor="Inv0", amount=79e6, currency="CHF",
                date="2025-01-10", sentence=text, start=0, end=len(text))  # fmt: skip
    story = ParsedSource(title="Story 0", text=text, facts=[fact], url="https://news.example/0")
    fresh_store.import_source(story)
    import_deal_file(fresh_store, write(tmp_path, "deals.csv", [row(0, 80e6)]), HEADER)
    page = page_of(fresh_store)
    (stake,) = page.investors
    assert stake.amount == 79e6 and page.raised == {"CHF": 79e6}
    (conflict,) = page.conflicts
    assert [(value.value, value.sources) for value in conflict.stated] == [
        ("CHF 79M", ["Story 0"]),
        ("CHF 80M", ["Story 0 (deals.csv:2)"]),  # the row at its line (exp28)
    ]


def test_rejecting_a_rival_figure_of_a_stake_shown_once_leaves_the_other_figure_and_no_conflict(corrected):
    (inv0,) = [stake for stake in page_of(corrected).investors if stake.investor == "Inv0"]
    (first,) = [account for account in inv0.accounts if account.amount == 80e6]
    undo = corrected.review(RecordRef(record_type="stake", record_id=first.id), "rejected")
    page = page_of(corrected)
    (shown,) = [stake for stake in page.investors if stake.investor == "Inv0"]
    assert shown.amount == 81.5e6
    assert page.conflicts == []
    assert page.raised == {"CHF": 410e6 + 1.5e6}
    assert [stake.amount for stake in page_of_investor(corrected, "Inv0").portfolio] == [81.5e6]
    corrected.undo_review(undo)
    assert len(page_of(corrected).conflicts) == 1


def test_show_json_after_rejecting_a_rival_figure_shows_the_other_one(capsys, tmp_path):
    db = tmp_path / "t.db"
    for name, rows in (("deals.csv", ROWS), ("slice-corrected.csv", CORRECTED)):
        flags = ["--empty"] if rows is ROWS else []
        code, _, err = run(capsys, "--db", str(db), *flags, "import", str(write(tmp_path, name, rows)))
        assert code == 0, err
    store = Store.open(db)
    try:
        (inv0,) = [stake for stake in page_of(store).investors if stake.investor == "Inv0"]
        (first,) = [account for account in inv0.accounts if account.amount == 80e6]
        store.review(RecordRef(record_type="stake", record_id=first.id), "rejected")
    finally:
        store.close()
    code, out, _ = run(capsys, "--db", str(db), "show", "Kalmiro", "--json")
    assert code == 0
    page = json.loads(out)
    assert [stake["investor"] for stake in page["investors"]] == [f"Inv{i}" for i in range(5)]
    assert page["conflicts"] == []
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--company", "Kalmiro")
    assert code == 0
    assert "CHF 81.5M" in out and "CHF 80M" not in out

"""Testers' items left from session 25 (ui26): what the CLI still showed twice or wrong."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)
from test_dry_run_disk_full import trial_copy_on_a_full_disk
from test_investor_timeline_folds import FALCON_B, FALCON_B_FR

from ai_deals.store import Store, queries, trial
from ai_deals.store.record_filter import RecordFilter
from ai_deals.store.same_raise import one_investor_each

# A deal file telling Harbor's lead of the round again: three sources of the raise, one of the stake.
FALCON_DEALS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,Investor Names
Falcon AI,Series B,100000000,USD,2024-03-05,Harbor Ventures,"Harbor Ventures, Quill Capital"
"""


def harbor_leads_falcon(capsys, tmp_path: Path) -> Path:
    return import_files(
        capsys, tmp_path, ("b.txt", FALCON_B), ("fr.txt", FALCON_B_FR), ("rounds.csv", FALCON_DEALS)
    )


def titles(events) -> list[str]:
    return [event["title"] if isinstance(event, dict) else event.title for event in events]


def test_timeline_investor_lists_its_stake_in_a_round_once_as_its_own_timeline_does(capsys, tmp_path):
    db = harbor_leads_falcon(capsys, tmp_path)
    stake = "Harbor Ventures invests $40M in Falcon AI (Series B)"
    by_investor = json.loads(run_ok(capsys, db, "timeline", "--investor", "Harbor Ventures", "--json"))
    by_company = json.loads(run_ok(capsys, db, "timeline", "--company", "Harbor Ventures", "--json"))
    assert titles(by_investor["events"]) == [stake]
    assert by_investor["events"] == by_company["events"]
    assert stake in run_ok(capsys, db, "timeline", "--investor", "Harbor Ventures")
    with Store(db, readonly=True) as store:
        harbor = RecordFilter(investor_id=store.find_company("Harbor Ventures").id)
        assert titles(store.timeline(None, harbor)) == [stake]
        assert store.timeline_outline(harbor).keys == ["2024-03-05"]


def test_timeline_investor_keeps_the_raise_when_its_stake_is_not_kept(capsys, tmp_path):
    # --kind round keeps no stake: nothing stands for the raise, which is listed as before.
    db = harbor_leads_falcon(capsys, tmp_path)
    events = json.loads(
        run_ok(capsys, db, "timeline", "--investor", "Harbor Ventures", "--kind", "round", "--json")
    )["events"]
    assert titles(events) == [
        "Falcon AI raises $100M (Series B) from Harbor Ventures, Quill Capital · 3 sources"
    ]
    # the company's own timeline keeps its raise and the investor's part of it
    falcon = json.loads(run_ok(capsys, db, "timeline", "--company", "Falcon AI", "--json"))["events"]
    assert len(falcon) == 2


# Item 2: one fund spelt "Quill Capital Partners" by an article and "Quill Capital" by a French article
# and a deal file, in the same round of Egret AI; "Quill Ventures" is another fund, of another round.
EGRET = """title: Egret AI raises $50M Series A
date: 2024-06-10
publisher: TechWire

Egret AI said on Monday it raised $50 million in a Series A round led by Quill Capital Partners, with participation from Northgate Ventures.
"""
EGRET_FR = """title: Egret AI lève 50 millions de dollars
date: 2024-06-10
publisher: Les Échos

La start-up Egret AI a levé 50 millions de dollars lors d'une série A menée par Quill Capital, avec la participation de Northgate Ventures.
"""
EGRET_DEALS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,Investor Names
Egret AI,Series A,50000000,USD,2024-06-10,Quill Capital,"Quill Capital, Northgate Ventures"
"""
IBIS = """title: Ibis Robotics raises $20M Series A
date: 2024-07-01
publisher: TechWire

Ibis Robotics said on Monday it raised $20 million in a Series A round led by Quill Ventures.
"""


def quill_spelt_twice(capsys, tmp_path: Path) -> Path:
    return import_files(
        capsys,
        tmp_path,
        ("egret.txt", EGRET),
        ("egret_fr.txt", EGRET_FR),
        ("egret.csv", EGRET_DEALS),
        ("ibis.txt", IBIS),
    )


def search(capsys, db: Path, query: str) -> list[dict]:
    return json.loads(run_ok(capsys, db, "search", query, "--json"))["results"]


def test_search_lists_an_investors_two_spellings_as_the_one_the_page_shows(capsys, tmp_path):
    db = quill_spelt_twice(capsys, tmp_path)
    hits = search(capsys, db, "Quill")
    assert [(hit["name"], hit["hit_type"]) for hit in hits] == [
        ("Quill Capital", "investor"),
        ("Quill Ventures", "investor"),  # another fund: apart
    ]
    spelt_out = search(capsys, db, "Quill Capital Partners")
    assert [(hit["name"], hit["matched"]) for hit in spelt_out] == [
        ("Quill Capital", "Quill Capital Partners")
    ]
    # the spelling's name still opens a page: the one its raise lists it on, saying so (fixF26)
    code, out, err = run(capsys, "--db", str(db), "show", "Quill Capital Partners")
    assert code == 0 and out.startswith("Quill Capital\n")
    assert '"Quill Capital Partners" is listed as Quill Capital' in err


def test_a_search_hit_counts_an_investor_spelt_two_ways_once_as_its_page_does(capsys, tmp_path):
    db = quill_spelt_twice(capsys, tmp_path)
    [egret] = search(capsys, db, "Egret AI")
    assert egret["summary"].endswith("· 2 investors")
    with Store(db, readonly=True) as store:
        assert store.company(store.find_company("Egret AI").id).investor_count == 2


def test_a_company_page_reads_each_raise_as_listed_once_counting_its_investors(capsys, tmp_path, monkeypatch):
    db = quill_spelt_twice(capsys, tmp_path)
    listed = []

    def counted(round_):
        listed.append(round_.id)
        return one_investor_each(round_)

    monkeypatch.setattr(queries, "one_investor_each", counted)
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Egret AI").id)
    assert page.investor_count == 2
    assert len(listed) == len(page.rounds) == 1, "the page's own rows are counted, not listed again"


def test_an_investor_with_a_record_of_its_own_is_told_apart_without_reading_its_raises(
    capsys, tmp_path, monkeypatch
):
    db = harbor_leads_falcon(capsys, tmp_path)  # Harbor Ventures holds a stake of its own

    def no_rounds_read(*args, **kwargs):
        raise AssertionError("the raises were read")

    with Store(db, readonly=True) as store:
        harbor = store.find_company("Harbor Ventures").id
        monkeypatch.setattr(queries, "fetch_records", no_rounds_read)
        assert queries.spelling_shown_for(store.db, harbor) is None


def test_merge_candidates_keep_both_spellings_apart(capsys, tmp_path):
    # Only the search list folds them: merging one spelling into the other is a person's choice.
    db = quill_spelt_twice(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        names = [hit.name for hit in store.search("Quill Capital", 10)]
    assert "Quill Capital Partners" in names and "Quill Capital" in names


def test_the_map_draws_an_investor_spelt_two_ways_in_one_raise_once(capsys, tmp_path):
    db = quill_spelt_twice(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        egret = store.find_company("Egret AI").id
        graph = store.relationship_map(egret)
        names = {node.company_id: node.name for node in graph.nodes}
        assert sorted(names.values()) == ["Egret AI", "Northgate Ventures", "Quill Capital"]
        assert sorted(names[edge.source_id] for edge in graph.edges) == [
            "Northgate Ventures",
            "Quill Capital",
        ]
        # the spelling's own map is its own: it stays at its center
        partners = store.find_company("Quill Capital Partners").id
        own = store.relationship_map(partners)
        assert partners in {edge.source_id for edge in own.edges}


# Item 5: a dry run on a full TMPDIR. Python's temporary folder passes over a TMPDIR it cannot write a
# test file to (/tmp for a full one), SQLite writes its temporary files there all the same.
def test_a_dry_run_on_a_full_tmpdir_names_that_folder_not_tmp(capsys, tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text(FALCON_B, encoding="utf-8")
    db = tmp_path / "deals.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(story))[0] == 0
    full = tmp_path / "full-tmp"
    full.mkdir()
    monkeypatch.setenv("TMPDIR", str(full))
    real_usage = shutil.disk_usage

    def usage(path):
        told = real_usage(path)
        return told._replace(free=0) if Path(path) == full else told

    monkeypatch.setattr(shutil, "disk_usage", usage)
    monkeypatch.setattr(trial, "_copy_database", trial_copy_on_a_full_disk)
    code, _, err = run(capsys, "--db", str(db), "import", "--dry-run", str(story))
    assert code == 1
    assert err == (
        f"ai-deals: error: {db}: disk full: no room in {full} for the dry run's trial database"
        " (set TMPDIR to a folder with room); nothing was written\n"
    )


def test_a_dry_run_does_not_blame_a_full_tmpdir_sqlite_passes_over_for_sqlite_tmpdir(
    capsys, tmp_path, monkeypatch
):
    story = tmp_path / "story.txt"
    story.write_text(FALCON_B, encoding="utf-8")
    db = tmp_path / "deals.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(story))[0] == 0
    full, roomy = tmp_path / "full-tmp", tmp_path / "sqlite-tmp"
    full.mkdir()
    roomy.mkdir()
    monkeypatch.setenv("TMPDIR", str(full))
    monkeypatch.setenv("SQLITE_TMPDIR", str(roomy))
    real_usage = shutil.disk_usage
    room = {full: 0, roomy: 10**15}

    def usage(path):
        told = real_usage(path)
        return told._replace(free=room.get(Path(path), told.free))

    monkeypatch.setattr(shutil, "disk_usage", usage)
    monkeypatch.setattr(trial, "_copy_database", trial_copy_on_a_full_disk)
    code, _, err = run(capsys, "--db", str(db), "import", "--dry-run", str(story))
    assert code == 1
    assert str(full) not in err, "SQLite writes to SQLITE_TMPDIR, never to the full TMPDIR"
    assert f"no room in {tempfile.gettempdir()} for the dry run's trial database" in err


# Item 4: a stake told in tranches, "$30 million now and $60 million once milestones are met".
HERON = """title: Heron Labs raises $90M from Kite Capital
date: 2024-09-02
publisher: TechWire

Heron Labs said on Monday that Kite Capital will invest $90 million in the company, with $30 million now and $60 million once milestones are met.
"""
PAIRED = "$30M committed (2024-09-02) · $60M conditional: once milestones are met"


def _stake_rows(capsys, db: Path) -> list[dict]:
    text = run_ok(capsys, db, "export", "--format", "csv")
    return [
        row
        for row in csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
        if row["record_type"] == "stake"
    ]


def _stakes_as_stored(db: Path) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        stakes = conn.execute(
            "SELECT amount, currency, bound, date, tranche, condition, status, round_type FROM stakes ORDER BY id"
        ).fetchall()
        tranches = conn.execute(
            "SELECT seq, label, amount, currency, bound, date, condition, note, sentence, computed"
            " FROM stake_tranches ORDER BY stake_id, seq"
        ).fetchall()
    return [*stakes, *tranches]


def test_a_csv_export_pairs_each_tranche_with_its_own_condition(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("heron.txt", HERON))
    (row,) = _stake_rows(capsys, db)
    assert row["tranche"] == PAIRED
    assert row["condition"] == "", "the condition is the $60M tranche's, told beside it"
    tranches = json.loads(row["tranches"])
    assert [(t["amount"], t.get("condition")) for t in tranches] == [
        (30e6, None),
        (60e6, "once milestones are met"),
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_of_a_stake_in_tranches_imports_back_as_the_same_records(capsys, tmp_path, fmt):
    db = import_files(capsys, tmp_path, ("heron.txt", HERON))
    exported = tmp_path / f"export.{fmt}"
    exported.write_text(run_ok(capsys, db, "export", "--format", fmt), encoding="utf-8")
    if fmt == "json":
        (told,) = [
            row for row in json.loads(exported.read_text())["records"] if row["record_type"] == "stake"
        ]
        assert (told["tranche"], told["condition"]) == (PAIRED, None)
    copy = tmp_path / "copy.db"
    run_ok(capsys, copy, "--empty", "import", str(exported))
    assert _stakes_as_stored(copy) == _stakes_as_stored(db)
    assert [row["tranche"] for row in _stake_rows(capsys, copy)] == [PAIRED]
    with Store(copy, readonly=True) as store:
        (stake,) = store.company(store.find_company("Heron Labs").id).investors
        assert (stake.tranche, stake.condition) == ("$30 million", "once milestones are met")


def _export_with_stake_cells(capsys, db: Path, path: Path, fmt: str, **edited: str) -> Path:
    """`db`'s export in `fmt`, written to `path` with the stake row's cells `edited` by hand."""
    text = run_ok(capsys, db, "export", "--format", fmt)
    if fmt == "json":
        told = json.loads(text)
        for row in told["records"]:
            if row["record_type"] == "stake":
                row.update(edited)
        path.write_text(json.dumps(told, ensure_ascii=False), encoding="utf-8")
        return path
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    for row in rows:
        if row["record_type"] == "stake":
            row.update(edited)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize(
    ("cell", "corrected", "kept"),
    [
        ("tranche", "$30M on signing, $60M on milestones", ("tranche", "once milestones are met")),
        ("condition", "once the 2025 milestones are met", ("$30 million", "condition")),
    ],
)
def test_a_tranche_or_condition_cell_edited_by_hand_is_imported_as_edited_not_overwritten_by_the_records_words(
    capsys, tmp_path, fmt, cell, corrected, kept
):
    db = import_files(capsys, tmp_path, ("heron.txt", HERON))
    edited = _export_with_stake_cells(capsys, db, tmp_path / f"edited.{fmt}", fmt, **{cell: corrected})
    copy = tmp_path / "copy.db"
    run_ok(capsys, copy, "--empty", "import", str(edited))
    with Store(copy, readonly=True) as store:
        (stake,) = store.company(store.find_company("Heron Labs").id).investors
        expected = tuple(corrected if value == cell else value for value in kept)
        assert (stake.tranche, stake.condition) == expected


# Item 3: a partnership renewed by a later one, "for five more years".
SIGNED = """title: Nimbra Cloud and Halcyon Labs sign compute partnership
date: 2021-05-04
publisher: TechWire

Nimbra Cloud and Halcyon Labs announced a three-year compute partnership on Tuesday, running until 2024.
"""
RENEWED = """title: Nimbra Cloud and Halcyon Labs renew compute deal
date: 2024-03-12
publisher: TechWire

Nimbra Cloud and Halcyon Labs renewed their compute partnership for five more years, the companies said on Tuesday.
"""
ORIGINAL = "Nimbra Cloud partners with Halcyon Labs (compute) · renewed 2024-03-12, until 2029-03-12"
RENEWAL = "Nimbra Cloud renews its partnership with Halcyon Labs (compute)"


def renewed(capsys, tmp_path: Path) -> Path:
    return import_files(capsys, tmp_path, ("signed.txt", SIGNED), ("renewed.txt", RENEWED))


def test_a_renewal_reads_renews_and_the_partnership_it_renews_reads_renewed_on_the_timeline(capsys, tmp_path):
    db = renewed(capsys, tmp_path)
    for argv in ((), ("--company", "Halcyon Labs"), ("--company", "Nimbra Cloud"), ("--limit", "5")):
        events = json.loads(run_ok(capsys, db, "timeline", *argv, "--json"))["events"]
        assert titles(events) == [ORIGINAL, RENEWAL], argv


def test_the_page_shows_a_renewed_partnership_until_the_renewals_end_keeping_its_own(
    capsys, tmp_path, monkeypatch
):
    db = renewed(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        first, renewal = store.company(store.find_company("Halcyon Labs").id).partnerships
    # what the original's source said stays: its end, its sentence
    assert (first.until, first.renewed, first.renewed_until) == ("2024", "2024-03-12", "2029-03-12")
    assert "running until 2024" in first.evidence[0].sentence
    assert (renewal.since, renewal.until, renewal.renewed) == ("2024-03-12", "2029-03-12", None)
    monkeypatch.setenv("COLUMNS", "200")
    shown = run_ok(capsys, db, "show", "Halcyon Labs")
    assert "2024 · renewed 2024-03-12, until 2029-03-12" in shown


def test_the_map_says_which_partnership_was_renewed_and_which_renews_it(capsys, tmp_path):
    db = renewed(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        graph = store.relationship_map(store.find_company("Halcyon Labs").id)
    assert [edge.label for edge in graph.edges] == [
        "2021 · renewed 2024-03-12, until 2029-03-12",
        "renewal · 2024",
    ]


RENEWABLES = """title: Nimbra Cloud and Halcyon Labs sign renewable energy partnership
date: 2024-03-12
publisher: TechWire

Nimbra Cloud and Halcyon Labs signed a compute partnership on Tuesday to run on renewable energy.
"""


def test_a_partnership_on_renewable_energy_is_no_renewal(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("signed.txt", SIGNED), ("green.txt", RENEWABLES))
    events = json.loads(run_ok(capsys, db, "timeline", "--json"))["events"]
    assert not any("renew" in title for title in titles(events))


MISTRAL_SIGNED = """title: Microsoft and Mistral sign cloud partnership
date: 2023-05-02
publisher: TechWire

Microsoft and Mistral announced a cloud partnership on Tuesday, running until 2025.
"""
ANOTHER_RENEWAL = """title: Mistral signs cloud deal
date: 2024-05-02
publisher: TechWire

Microsoft, which renewed its Azure deal with OpenAI, now partners with Mistral.
"""


def test_a_renewal_of_another_partners_deal_in_the_sentence_is_no_renewal_of_this_partnership(
    capsys, tmp_path
):
    db = import_files(capsys, tmp_path, ("signed.txt", MISTRAL_SIGNED), ("azure.txt", ANOTHER_RENEWAL))
    events = json.loads(run_ok(capsys, db, "timeline", "--json"))["events"]
    assert len(events) == 2
    assert not any("renew" in title for title in titles(events)), titles(events)

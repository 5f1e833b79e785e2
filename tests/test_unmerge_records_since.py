"""`unmerge` after imports made while the merge stood: the records whose source names the merged
company by its own name go back to it, as `split` decides; those naming both, or neither, stay with
the kept one, each said in one line.
And the refusals of `unmerge` name the merge to undo first and what it shares."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store

NIMBALYST = """title: Nimbalyst raises $40M Series B
date: 2026-03-02
url: https://example.com/nimbalyst-series-b

London AI start-up Nimbalyst has raised $40 million in a Series B round led by Index Ventures, with
participation from Accel and Elad Gil, at a $400 million post-money valuation. The company has 85 employees.
"""

HUGGING_FACE = """title: Hugging Face raises $235M Series D
date: 2026-03-01
url: https://example.com/hf-series-d

Hugging Face has raised $235 million in a Series D round.
"""

DEALS = (
    "company,investors,round_type,raised_amount,currency,date\n"
    "Nimbalyst,Index Ventures,Series A,12000000,USD,2025-01-01\n"
    "Hugging Face,Sequoia,Series C,100000000,USD,2024-01-01\n"
)


def _merged(capsys, tmp_path: Path, *files: tuple[str, str]) -> tuple[Path, list[Path]]:
    """Nimbalyst merged into Hugging Face after importing `files` (name, text) and the two articles."""
    db = tmp_path / "m.db"
    paths = []
    for name, text in (("nimb.txt", NIMBALYST), ("hf.txt", HUGGING_FACE), *files):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", *map(str, paths))
    assert code == 0, err
    assert run(capsys, "--db", str(db), "merge", "Hugging Face", "Nimbalyst")[0] == 0
    return db, paths


def _import(capsys, db: Path, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 0, err
    return out


def _page(db: Path, name: str) -> tuple[list[float], list[str]]:
    """A company's round amounts and metric values."""
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company(name, exact=True).id)
        return sorted(r.amount for r in page.rounds), sorted(str(m.value) for m in page.metrics)


def test_unmerge_gives_back_the_records_of_an_article_corrected_during_the_merge(capsys, tmp_path):
    db, (nimb, *_) = _merged(capsys, tmp_path)
    out = _import(capsys, db, nimb, NIMBALYST.replace("85 employees", "90 employees"))
    assert out.startswith("replaced: ")
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, err) == (0, "")
    assert out.startswith("restored Nimbalyst\n") and "went back to it" in out and "name both" not in out
    rounds, metrics = _page(db, "Nimbalyst")
    assert rounds == [40e6] and any("90" in m for m in metrics)
    rounds, metrics = _page(db, "Hugging Face")
    assert rounds == [235e6] and metrics == []


def test_unmerge_gives_back_a_new_article_naming_the_merged_company(capsys, tmp_path):
    db, _ = _merged(capsys, tmp_path)
    later = NIMBALYST.replace("Series B", "Series C").replace("$40", "$90").replace("series-b", "series-c")
    _import(capsys, db, tmp_path / "later.txt", later)
    assert run(capsys, "--db", str(db), "unmerge", "1")[0] == 0
    assert _page(db, "Nimbalyst")[0] == [40e6, 90e6]
    assert _page(db, "Hugging Face")[0] == [235e6]


def test_unmerge_gives_back_the_rows_of_a_deal_file_corrected_during_the_merge(capsys, tmp_path):
    db, (_, _, deals) = _merged(capsys, tmp_path, ("deals.csv", DEALS))
    out = _import(capsys, db, deals, DEALS.replace("12000000", "13000000"))
    assert out.startswith("replaced: ")
    assert run(capsys, "--db", str(db), "unmerge", "1")[0] == 0
    assert _page(db, "Nimbalyst")[0] == [13e6, 40e6]
    assert _page(db, "Hugging Face")[0] == [100e6, 235e6]


def test_unmerge_leaves_an_article_naming_both_with_the_kept_company_and_says_so(capsys, tmp_path):
    db, _ = _merged(capsys, tmp_path)
    both = (
        "title: Nimbalyst and Hugging Face\ndate: 2026-04-01\nurl: https://example.com/both\n\n"
        "Hugging Face, a partner of Nimbalyst, has raised $50 million in a Series E round.\n"
    )
    _import(capsys, db, tmp_path / "both.txt", both)
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, err) == (0, "")
    said = [line for line in out.splitlines() if "names both" in line]
    assert said == [
        "1 record imported during the merge names both Nimbalyst and Hugging Face: it stays with "
        'Hugging Face (ai-deals split "Hugging Face" Nimbalyst --source ID moves a source\'s records)'
    ]
    assert _page(db, "Hugging Face")[0] == [50e6, 235e6]
    assert _page(db, "Nimbalyst")[0] == [40e6]


def test_unmerge_goes_by_the_records_sentence_in_an_article_naming_both(capsys, tmp_path):
    db, _ = _merged(capsys, tmp_path)
    both = (
        "title: Nimbalyst and Hugging Face\ndate: 2026-04-01\nurl: https://example.com/both\n\n"
        "Nimbalyst and Hugging Face are in talks. Hugging Face has raised $50 million in a Series E round.\n"
    )
    _import(capsys, db, tmp_path / "both.txt", both)
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, out, err) == (0, "restored Nimbalyst\n", "")
    assert _page(db, "Hugging Face")[0] == [50e6, 235e6]


def test_store_unmerge_counts_the_records_it_gave_back(capsys, tmp_path):
    db, (nimb, *_) = _merged(capsys, tmp_path)
    _import(capsys, db, nimb, NIMBALYST.replace("85 employees", "90 employees"))
    with Store(db) as store:
        undone = store.undo_merge(1)
        assert store.get_company(undone.company_id).name == "Nimbalyst"
        assert (undone.given_back, undone.untold) == (3, 0)


LEDGERLINE = (
    "company,investors,round_type,raised_amount,currency,date\n"
    "Ledgerline,Index Ventures,Series C,35000000,USD,2025-01-01\n"
    "Ledgerline GmbH,HV Capital,Seed,3000000,EUR,2024-01-01\n"
    "Ledgr,Atomico,Seed,1000000,EUR,2023-01-01\n"
)


def _ledgerline(capsys, tmp_path: Path, *commands: tuple[str, ...]) -> Path:
    db, deals = tmp_path / "l.db", tmp_path / "l.csv"
    deals.write_text(LEDGERLINE, encoding="utf-8")
    assert run(capsys, "--db", str(db), "--empty", "import", str(deals))[0] == 0
    for command in commands:
        code, _, err = run(capsys, "--db", str(db), *command)
        assert code == 0, err
    return db


def _plain_merge(db: Path, keep: str, duplicate: str) -> None:
    """A merge of the two, not the undo of a split that made them two (`ai-deals merge` takes that way,
    `Store.undo_split`, leaving no merge): as the explorer's merge dialog merges two companies."""
    with Store(db) as store:
        keep_id, duplicate_id = (store.find_company(name, exact=True).id for name in (keep, duplicate))
        store.merge_companies(keep_id, duplicate_id)


def _ledgerline_again(capsys, db: Path, *commands: tuple[str, ...]) -> None:
    for command in commands:
        code, _, err = run(capsys, "--db", str(db), *command)
        assert code == 0, err


def test_unmerge_of_a_merge_split_apart_then_merged_back_names_the_merge_to_undo(capsys, tmp_path):
    split = ("split", "Ledgerline", "Ledgerline GmbH")
    db = _ledgerline(capsys, tmp_path, split)
    _plain_merge(db, "Ledgerline", "Ledgerline GmbH")
    _ledgerline_again(capsys, db, split)
    _plain_merge(db, "Ledgerline", "Ledgerline GmbH")
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, out) == (1, "")
    assert "merge 1 was already separated by a split" in err
    assert "merge 2 merged Ledgerline GmbH back since: undo that one (ai-deals unmerge 2)" in err
    assert "is a company of its own again" not in err


def test_unmerge_refused_for_a_later_merge_names_the_company_they_share(capsys, tmp_path):
    db = _ledgerline(
        capsys, tmp_path, ("merge", "Ledgerline", "Ledgr"), ("split", "Ledgerline", "Ledgerline GmbH")
    )
    _plain_merge(db, "Ledgerline", "Ledgerline GmbH")
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, out) == (1, "")
    assert "merge 2 (Ledgerline GmbH into Ledgerline) also involves Ledgerline and came later" in err
    assert "same companies" not in err


def test_unmerge_of_a_merge_made_before_it_recorded_its_last_ids_goes_by_the_import_time(capsys, tmp_path):
    """A merge from before `last_ids` were kept in its snapshot: the sources imported since it count."""
    db, (nimb, *_) = _merged(capsys, tmp_path)
    with Store(db) as store, store.transaction():
        snapshot = json.loads(store.db.execute("SELECT snapshot FROM merges WHERE id = 1").fetchone()[0])
        del snapshot["last_ids"]
        store.db.execute(
            "UPDATE merges SET snapshot = ?, merged_at = '2000-01-01T00:00:00+00:00'", [json.dumps(snapshot)]
        )
    _import(capsys, db, nimb, NIMBALYST.replace("85 employees", "90 employees"))
    assert run(capsys, "--db", str(db), "unmerge", "1")[0] == 0
    assert _page(db, "Nimbalyst")[0] == [40e6]
    assert _page(db, "Hugging Face")[0] == [235e6]


def test_unmerge_after_a_deal_file_naming_both_as_investors_was_corrected_gives_back_the_membership(
    capsys, tmp_path
):
    """Both companies investors (two investors rows); the file re-imported during the merge deleted the
    round the merged investor was a member of: unmerge is not refused (no foreign key error) and the
    corrected round's membership goes back to the merged investor."""
    deals = "company,investors,round_type,raised_amount,currency,date\n{}Quark,Hugging Face,Seed,3000000,USD,2025\n"
    db, (*_, file) = _merged(
        capsys, tmp_path, ("inv.csv", deals.format("Zorg,Nimbalyst,Seed,2000000,USD,2025\n"))
    )
    _import(capsys, db, file, deals.format("Zorg,Nimbalyst,Seed,2500000,USD,2025\n"))
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, err) == (0, "")
    with Store(db, readonly=True) as store:
        zorg = store.company(store.find_company("Zorg", exact=True).id)
        assert [(r.amount, r.investors) for r in zorg.rounds] == [(2.5e6, ["Nimbalyst"])]


ROUND_BY = "company,investors,round_type,raised_amount,currency,date\n{},{},Seed,3000000,USD,2025\n"


def _investors_of(db: Path, name: str) -> list[list[str]]:
    with Store(db, readonly=True) as store:
        return [r.investors for r in store.company(store.find_company(name, exact=True).id).rounds]


def test_unmerge_leaves_with_the_kept_company_the_rounds_it_joined_as_an_investor_during_the_merge(
    capsys, tmp_path
):
    """Only the merged company was an investor: the merge gave its investors row over, and undoing
    gives it back; a round Hugging Face joined while the merge stood stays Hugging Face's."""
    db, _ = _merged(capsys, tmp_path, ("zorg.csv", ROUND_BY.format("Zorg", "Nimbalyst")))
    _import(capsys, db, tmp_path / "quark.csv", ROUND_BY.format("Quark", "Hugging Face"))
    assert run(capsys, "--db", str(db), "unmerge", "1")[0] == 0
    assert _investors_of(db, "Quark") == [["Hugging Face"]]
    assert _investors_of(db, "Zorg") == [["Nimbalyst"]]


def test_unmerge_gives_the_merged_company_the_rounds_it_joined_as_an_investor_during_the_merge(
    capsys, tmp_path
):
    """Neither was an investor before the merge; a round naming Nimbalyst as investor, imported
    during it, goes to Nimbalyst (made an investor), the one naming Hugging Face stays."""
    db, _ = _merged(capsys, tmp_path)
    _import(capsys, db, tmp_path / "zorg.csv", ROUND_BY.format("Zorg", "Nimbalyst"))
    _import(capsys, db, tmp_path / "quark.csv", ROUND_BY.format("Quark", "Hugging Face"))
    assert run(capsys, "--db", str(db), "unmerge", "1")[0] == 0
    assert _investors_of(db, "Zorg") == [["Nimbalyst"]]
    assert _investors_of(db, "Quark") == [["Hugging Face"]]


def test_unmerge_of_a_merge_that_kept_its_last_ids_is_not_refused_for_a_namesake_company(capsys, tmp_path):
    """A merge that recorded `last_ids` was made after splits marked theirs (`split_at`): a company of
    the merged one's name made since (a namesake in another city) is no split's doing."""
    db, _ = _merged(capsys, tmp_path)
    with Store(db) as store, store.transaction():
        merged_id = store.db.execute("SELECT merged_id FROM merges WHERE id = 1").fetchone()[0]
        store.db["companies"].insert(
            {"id": merged_id + 10, "name": "Nimbalyst", "normalized": "nimbalyst", "city": "Lyon"}
        )
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, err) == (0, "")
    assert out.startswith("restored Nimbalyst\n")


def _import_naming_neither(db: Path, company: str) -> None:
    """A source telling a round of `company` in words that name neither company of the merge (the
    company named by the headline's subject only)."""
    text = "The start-up has raised $60 million in a Series E round."
    fact = Fact(
        kind="round",
        company=company,
        amount=60e6,
        currency="USD",
        round_type="series_e",
        date="2026-05-01",
        date_precision="day",
        sentence=text,
        start=0,
        end=len(text),
    )
    with Store(db) as store:
        store.import_source(
            ParsedSource(title="Series E round", text=text, published="2026-05-01", facts=[fact])
        )


def test_unmerge_says_the_records_whose_source_names_neither_company_stay_with_the_kept_one(capsys, tmp_path):
    db, _ = _merged(capsys, tmp_path)
    _import_naming_neither(db, "Hugging Face")
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "restored Nimbalyst",
        "1 record imported during the merge names neither Nimbalyst nor Hugging Face: it stays with "
        'Hugging Face (ai-deals split "Hugging Face" Nimbalyst --source ID moves a source\'s records)',
    ]
    assert _page(db, "Hugging Face")[0] == [60e6, 235e6]
    assert _page(db, "Nimbalyst")[0] == [40e6]


def test_store_unmerge_counts_the_records_naming_neither_company(capsys, tmp_path):
    db, _ = _merged(capsys, tmp_path)
    _import_naming_neither(db, "Hugging Face")
    with Store(db) as store:
        undone = store.undo_merge(1)
    assert (undone.given_back, undone.untold, undone.unnamed) == (0, 0, 1)

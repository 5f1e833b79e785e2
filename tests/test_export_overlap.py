"""An export imported into a database that already holds some of its records adds only the others.

A record is already there when the database has one cited to the same source (URL, else title and
date) stating the same fact (kind, company, counterpart, figure): the shipped seed in a new database,
an article both analysts imported, the same export imported again in another format. The import says
how many were already there, and so does its dry run; a review decision the export carries goes onto
the record here only when nobody reviewed it here.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.cli import main
from ai_deals.store import Store
from ai_deals.store.known import KnownRecords
from ai_deals.store.models import RecordRef

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "fr_kivu_serie_a.txt"
TABLES = ("rounds", "stakes", "partnerships", "metrics", "statements", "acquisitions")


def _counts(db: Path) -> dict[str, int]:
    with Store(db, readonly=True, create=False) as store:
        overview = store.overview()
        return {table: getattr(overview, table) for table in TABLES}


def _export(db: Path, out: Path) -> None:
    assert main(["--db", str(db), "export", "--out", str(out)]) == 0


@pytest.fixture(scope="module")
def seed_only(tmp_path_factory) -> Path:
    """A database holding the shipped seed article and nothing else."""
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    assert main(["--db", str(db), "--empty", "import", str(SEED)]) == 0
    return db


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_of_the_seed_into_a_new_seeded_database_doubles_nothing(seed_only, tmp_path, capsys, fmt):
    exported = tmp_path / f"seed.{fmt}"
    _export(seed_only, exported)
    capsys.readouterr()
    db = tmp_path / "new.db"  # new, so seeded first
    records = sum(_counts(seed_only).values())
    # The dry run, which creates nothing, compares with what the new database will hold: the seed.
    assert main(["--db", str(db), "import", "--dry-run", str(exported)]) == 0
    assert capsys.readouterr().out == f"unchanged: {exported} ({records} records already in the database)\n"
    assert not db.exists()
    assert main(["--db", str(db), "import", str(exported)]) == 0
    assert f"unchanged: seed.{fmt} ({records} records already in the database)" in capsys.readouterr().out
    assert _counts(db) == _counts(seed_only)
    with Store(db, readonly=True) as store:
        assert len(store.sources()) == 1  # no export file left behind as a source without records


def test_the_same_export_imported_twice_is_unchanged_the_second_time_in_either_format(
    seed_only, tmp_path, capsys
):
    as_csv, as_json = tmp_path / "x.csv", tmp_path / "x.json"
    _export(seed_only, as_csv)
    _export(seed_only, as_json)
    db = tmp_path / "copy.db"
    assert main(["--db", str(db), "--empty", "import", str(as_csv)]) == 0
    once = _counts(db)
    assert once == _counts(seed_only)
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(as_json)]) == 0
    assert (
        f"unchanged: x.json ({sum(once.values())} records already in the database)" in capsys.readouterr().out
    )
    assert main(["--db", str(db), "import", str(as_csv)]) == 0
    assert "unchanged: x.csv (already imported)" in capsys.readouterr().out
    assert _counts(db) == once


def test_an_export_re_imported_in_the_other_format_is_unchanged_not_updated_for_ever(tmp_path, capsys):
    """An investor of unknown kind is "unknown" in a CSV export: that tells the database nothing new,
    so the JSON then the CSV (again and again) leave it unchanged, never "updated"."""
    original = tmp_path / "a.db"
    article = (
        ROOT / "tests" / "fixtures" / "articles" / "en_nordwerk_range.txt"
    )  # an investor of unknown kind
    assert main(["--db", str(original), "--empty", "import", str(article)]) == 0
    as_csv, as_json = tmp_path / "x.csv", tmp_path / "x.json"
    _export(original, as_csv)
    _export(original, as_json)
    assert any(row["investor_kind"] == "unknown" for row in csv.DictReader(as_csv.open(encoding="utf-8-sig")))
    db = tmp_path / "copy.db"
    assert main(["--db", str(db), "--empty", "import", str(as_json)]) == 0
    records = sum(_counts(db).values())
    capsys.readouterr()
    for _ in range(2):
        assert main(["--db", str(db), "import", str(as_csv)]) == 0
        assert f"unchanged: x.csv ({records} records already in the database)" in capsys.readouterr().out


def test_an_overlapping_export_adds_only_the_records_not_already_there(seed_only, tmp_path, capsys):
    colleague = tmp_path / "colleague.db"
    assert main(["--db", str(colleague), "--empty", "import", str(SEED), str(ARTICLE)]) == 0
    exported = tmp_path / "colleague.csv"
    _export(colleague, exported)
    mine = tmp_path / "mine.db"
    assert main(["--db", str(mine), "--empty", "import", str(SEED)]) == 0
    seed = sum(_counts(seed_only).values())
    new = sum(_counts(colleague).values()) - seed
    assert new >= 1
    capsys.readouterr()

    assert main(["--db", str(mine), "import", "--dry-run", str(exported)]) == 0
    assert (
        f"{new} fact" in (out := capsys.readouterr().out) and f"{seed} records already in the database" in out
    )
    assert main(["--db", str(mine), "import", str(exported)]) == 0
    err = capsys.readouterr().out
    facts = f"{new} fact" + ("s" if new != 1 else "")
    assert "added: colleague.csv (" in err and f"{facts}; {seed} records already in the database" in err
    assert _counts(mine) == _counts(colleague)


def test_the_same_fact_from_another_source_is_added(seed_only, tmp_path, capsys):
    exported, elsewhere = tmp_path / "x.csv", tmp_path / "elsewhere.csv"
    _export(seed_only, exported)
    with exported.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    first = next(row for row in rows if row["record_type"] == "round")
    first["source_url"] = "https://example.org/another-outlet"
    with elsewhere.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    db = tmp_path / "mine.db"
    assert main(["--db", str(db), "--empty", "import", str(SEED)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(elsewhere)]) == 0
    seed = sum(_counts(seed_only).values())
    assert f"1 fact; {seed - 1} records already in the database" in capsys.readouterr().out
    assert _counts(db)["rounds"] == _counts(seed_only)["rounds"] + 1


def test_a_decision_in_the_export_goes_onto_an_unreviewed_record_never_over_one_made_here(
    seed_only, tmp_path, capsys
):
    reviewed = tmp_path / "reviewed.db"
    assert main(["--db", str(reviewed), "--empty", "import", str(SEED)]) == 0
    with Store(reviewed) as store:
        records = store.export_records()
        round_ref, stake_ref = (
            RecordRef(record_type=kind, record_id=next(r for r in records if r.record_type == kind).record_id)
            for kind in ("round", "stake")
        )
        store.review(round_ref, "confirmed")
        store.review(stake_ref, "confirmed")
    exported = tmp_path / "reviewed.json"
    _export(reviewed, exported)
    assert {"confirmed"} <= {row["review_status"] for row in json.loads(exported.read_text())["records"]}

    mine = tmp_path / "mine.db"
    assert main(["--db", str(mine), "--empty", "import", str(SEED)]) == 0
    with Store(mine) as store:  # same article, same ids: this database rejected the stake itself
        store.review(stake_ref, "rejected")
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(exported)]) == 0
    assert "1 review decision carried over" in capsys.readouterr().out
    with Store(mine, readonly=True) as store:
        statuses = store.review_statuses([round_ref, stake_ref])
    assert statuses == {round_ref: "confirmed", stake_ref: "rejected"}
    assert _counts(mine) == _counts(seed_only)


def test_a_decision_is_carried_over_by_an_export_that_adds_records_too(seed_only, tmp_path, capsys):
    colleague = tmp_path / "colleague.db"
    assert main(["--db", str(colleague), "--empty", "import", str(SEED), str(ARTICLE)]) == 0
    with Store(colleague) as store:
        seed_round = next(
            r for r in store.export_records() if r.record_type == "round" and r.company == "OpenAI"
        )
        ref = RecordRef(record_type="round", record_id=seed_round.record_id)
        store.review(ref, "confirmed")
    exported = tmp_path / "colleague.json"
    _export(colleague, exported)
    mine = tmp_path / "mine.db"
    assert main(["--db", str(mine), "--empty", "import", str(SEED)]) == 0
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(exported)]) == 0
    assert "records already in the database; 1 review decision carried over)" in capsys.readouterr().out
    with Store(mine, readonly=True) as store:
        assert store.review_statuses([ref]) == {ref: "confirmed"}  # the seed's round: same ids here
    assert _counts(mine) == _counts(colleague)


def test_only_the_records_of_the_sources_an_export_cites_are_read(seed_only, tmp_path, capsys, monkeypatch):
    import ai_deals.store.known as known

    exported = tmp_path / "seed.csv"
    _export(seed_only, exported)
    mine = tmp_path / "mine.db"  # the seed and another article: only the seed's records are compared
    assert main(["--db", str(mine), "--empty", "import", str(SEED), str(ARTICLE)]) == 0
    read: list = []

    def counted(db, refs, **options):
        refs = list(refs)
        read.extend(refs)
        return records_for(db, refs, **options)

    records_for = known.records_for
    monkeypatch.setattr(known, "records_for", counted)
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(exported)]) == 0
    seed_records = sum(_counts(seed_only).values())
    assert f"unchanged: seed.csv ({seed_records} records already in the database)" in capsys.readouterr().out
    assert len(read) == len(set(read)) == seed_records < sum(_counts(mine).values())


def test_an_export_as_big_as_the_database_compares_with_every_record_before_the_indexes_go(
    seed_only, tmp_path, capsys, monkeypatch
):
    from ai_deals.store import bulk

    monkeypatch.setattr(bulk, "DEFER_INDEXES_ROWS", 1)  # this small export is worth dropping the indexes for
    calls = []
    monkeypatch.setattr(
        KnownRecords, "load_all", lambda self, load=KnownRecords.load_all: calls.append(1) or load(self)
    )
    exported = tmp_path / "seed.json"
    _export(seed_only, exported)
    mine = tmp_path / "mine.db"
    assert main(["--db", str(mine), "--empty", "import", str(SEED)]) == 0
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(exported)]) == 0
    records = sum(_counts(seed_only).values())
    assert f"unchanged: seed.json ({records} records already in the database)" in capsys.readouterr().out
    assert _counts(mine) == _counts(seed_only)
    assert calls == [1]


def _alias_sources(db: Path, company: str) -> dict[str, str | None]:
    """Each alias of `company` with the title of the source it cites (None: none)."""
    with Store(db, readonly=True) as store:
        rows = store.db.query(
            """SELECT a.alias, s.title FROM aliases a JOIN companies c ON c.id = a.company_id
               LEFT JOIN sources s ON s.id = a.source_id WHERE c.name = ?""",
            [company],
        )
        return {row["alias"]: row["title"] for row in rows}


def test_an_export_with_every_record_here_says_which_company_details_it_added_and_cites_them(
    seed_only, tmp_path, capsys
):
    exported = tmp_path / "colleague.json"
    _export(seed_only, exported)
    document = json.loads(exported.read_text())
    microsoft = next(
        row
        for row in document["records"]
        if row["record_type"] == "company" and row["company"] == "Microsoft"
    )
    assert microsoft["description"] is None  # the colleague described it, and found another name for it
    microsoft.update(description="éditeur de logiciels", aliases=f"{microsoft['aliases']}; MSFT")
    exported.write_text(json.dumps(document, ensure_ascii=False))
    mine = tmp_path / "mine.db"
    assert main(["--db", str(mine), "--empty", "import", str(SEED)]) == 0
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(exported)]) == 0
    records = sum(_counts(seed_only).values())
    assert (
        f"updated: colleague.json (2 company details added: 1 alias, 1 description; {records} records "
        "already in the database)"
    ) in capsys.readouterr().out
    assert _counts(mine) == _counts(seed_only)
    with Store(mine, readonly=True) as store:
        # the export is the source of what it brought, as any imported file is
        assert len(store.sources()) == 2 and "colleague.json" in {s.title for s in store.sources()}
        page = store.company(store.find_company("Microsoft", exact=True).id).company
        assert page.description == "éditeur de logiciels"
        assert "MSFT" in page.aliases
    assert _alias_sources(mine, "Microsoft")["MSFT"] == "colleague.json"
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(exported)]) == 0  # nothing new the second time
    assert "unchanged: colleague.json (already imported)" in capsys.readouterr().out


def test_an_export_that_only_adds_company_details_settles_display_names_once(
    seed_only, tmp_path, capsys, monkeypatch
):
    from ai_deals.store import bulk

    exported = tmp_path / "colleague.json"
    _export(seed_only, exported)
    document = json.loads(exported.read_text())
    microsoft = next(
        r for r in document["records"] if r["record_type"] == "company" and r["company"] == "Microsoft"
    )
    microsoft.update(aliases=f"{microsoft['aliases']}; MSFT")
    exported.write_text(json.dumps(document, ensure_ascii=False))
    mine = tmp_path / "mine.db"
    assert main(["--db", str(mine), "--empty", "import", str(SEED)]) == 0
    settled: list[int] = []
    real = bulk.settle_display_names
    monkeypatch.setattr(
        bulk, "settle_display_names", lambda db, source_id: (settled.append(source_id), real(db, source_id))
    )
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(exported)]) == 0
    assert "updated: colleague.json (1 alias added;" in capsys.readouterr().out
    assert len(settled) == 1


_DEALS = (
    "company,investors,kind,amount,currency,date,source_url\n"
    "Nimbus AI,Atlas Ventures,round,40000000,USD,2025-06-02,https://example.com/nimbus\n"
    "Orbit Labs,{orbit},round,7000000,USD,2025-01-05,https://example.com/orbit\n"
)


def _merged_export(tmp_path: Path) -> Path:
    """A colleague's database, from a deal file naming "Atlas Ventures" and "Atlas Ventures Partners",
    in which they merged the two; exported as theirs.json and theirs.csv. Returns the deal file."""
    deals = tmp_path / "deals.csv"
    deals.write_text(_DEALS.format(orbit="Atlas Ventures Partners"))
    theirs = tmp_path / "theirs.db"
    assert main(["--db", str(theirs), "--empty", "import", str(deals)]) == 0
    assert main(["--db", str(theirs), "merge", "Atlas Ventures", "Atlas Ventures Partners"]) == 0
    for fmt in ("json", "csv"):
        _export(theirs, tmp_path / f"theirs.{fmt}")
    return deals


def test_an_alias_a_merge_gave_comes_with_the_export_cited_to_it_and_is_said(tmp_path, capsys):
    """An analyst's database knows Atlas Ventures under that name only; a colleague merged "Atlas
    Ventures Partners" into it and exports. The import of that export holds every record already (a
    round's investors are no part of its identity): only the alias is new. The import says it added
    one alias, and the alias cites the export it came from."""
    _merged_export(tmp_path)
    theirs, mine = tmp_path / "theirs.db", tmp_path / "mine.db"
    (tmp_path / "mine.csv").write_text(_DEALS.format(orbit="Atlas Ventures"))
    assert main(["--db", str(mine), "--empty", "import", str(tmp_path / "mine.csv")]) == 0
    capsys.readouterr()

    assert main(["--db", str(mine), "import", str(tmp_path / "theirs.json")]) == 0
    assert (
        "updated: theirs.json (1 alias added; 2 records already in the database)" in capsys.readouterr().out
    )
    assert _alias_sources(mine, "Atlas Ventures")["Atlas Ventures Partners"] == "theirs.json"
    assert _counts(mine) == _counts(theirs)
    assert main(["--db", str(mine), "import", str(tmp_path / "theirs.csv")]) == 0  # the same, as CSV
    assert "unchanged: theirs.csv (2 records already in the database)" in capsys.readouterr().out

    # Exported again to the same file, now with the investor's country: that is new, and said.
    document = json.loads((tmp_path / "theirs.json").read_text())
    atlas = next(row for row in document["records"] if row["company"] == "Atlas Ventures")
    atlas["country"] = "FR"
    (tmp_path / "theirs.json").write_text(json.dumps(document))
    assert main(["--db", str(mine), "import", str(tmp_path / "theirs.json")]) == 0
    assert "updated: theirs.json (1 country added; 2 records already in the database)" in (
        capsys.readouterr().out
    )
    assert _alias_sources(mine, "Atlas Ventures")["Atlas Ventures Partners"] == "theirs.json"


def _company_names(db: Path) -> dict[str, list[str]]:
    """Each company's name with its aliases."""
    with Store(db, readonly=True) as store:
        names: dict[str, list[str]] = {}
        for row in store.db.query(
            "SELECT c.name, a.alias FROM companies c JOIN aliases a ON a.company_id = c.id ORDER BY a.id"
        ):
            names.setdefault(row["name"], []).append(row["alias"])
        return names


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_an_alias_that_is_another_companys_name_here_is_not_added_and_said(tmp_path, capsys, fmt):
    """The analyst's database holds "Atlas Ventures Partners" as a company of its own: the colleague's
    merge is not this database's knowledge. The export's alias would make one name stand for two
    companies, so it is not added; the import says so in one line, with the merge that joins them."""
    deals = _merged_export(tmp_path)
    mine = tmp_path / "mine.db"
    assert main(["--db", str(mine), "--empty", "import", str(deals)]) == 0
    before = _company_names(mine)
    capsys.readouterr()

    assert main(["--db", str(mine), "import", str(tmp_path / f"theirs.{fmt}")]) == 0
    out = capsys.readouterr().out
    assert f"unchanged: theirs.{fmt} (2 records already in the database)\n" in out
    hint = '`ai-deals merge "Atlas Ventures" "Atlas Ventures Partners"` joins them'
    assert (
        f"  alias 'Atlas Ventures Partners' of Atlas Ventures not added: it is the name of another "
        f"company here; {hint}\n"
    ) in out
    assert _company_names(mine) == before  # nothing written: one name, one company
    with Store(mine, readonly=True) as store:
        hits = store.search("Atlas Ventures Partners")
        named = [(hit.name, hit.matched) for hit in hits if hit.matched == "Atlas Ventures Partners"]
        assert named == [("Atlas Ventures Partners", "Atlas Ventures Partners")]  # no other company's alias
        assert len(store.sources()) == 1  # no export file left behind as a source without records
    assert main(["--db", str(mine), "import", "--json", str(tmp_path / f"theirs.{fmt}")]) == 0
    (imported,) = json.loads(capsys.readouterr().out)["imported"]
    assert [refused["alias"] for refused in imported["aliases_refused"]] == ["Atlas Ventures Partners"]

    # The merge it names joins them; the export then has nothing new.
    assert main(["--db", str(mine), "merge", "Atlas Ventures", "Atlas Ventures Partners"]) == 0
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(tmp_path / f"theirs.{fmt}")]) == 0
    assert capsys.readouterr().out.endswith(f"unchanged: theirs.{fmt} (2 records already in the database)\n")


def test_an_export_row_whose_alias_names_another_company_still_adds_its_records_and_details(tmp_path, capsys):
    """The rest of the import goes on: the company row's other aliases and details, and records."""
    deals = _merged_export(tmp_path)
    document = json.loads((tmp_path / "theirs.json").read_text())
    atlas = next(row for row in document["records"] if row["company"] == "Atlas Ventures")
    atlas["aliases"] = f"{atlas['aliases']}; AVP; Orbit Labs"  # one more alias, and another company's name
    atlas["country"] = "FR"
    (tmp_path / "theirs.json").write_text(json.dumps(document))
    mine = tmp_path / "mine.db"
    assert main(["--db", str(mine), "--empty", "import", str(deals)]) == 0
    capsys.readouterr()
    assert main(["--db", str(mine), "import", str(tmp_path / "theirs.json")]) == 0
    out = capsys.readouterr().out
    assert "updated: theirs.json (2 company details added: 1 alias, 1 country; 2 records" in out
    assert "  alias 'Atlas Ventures Partners' of Atlas Ventures not added" in out
    assert "  alias 'Orbit Labs' of Atlas Ventures not added" in out
    names = _company_names(mine)
    assert names["Atlas Ventures"] == ["Atlas Ventures", "AVP"]
    assert names["Atlas Ventures Partners"] == ["Atlas Ventures Partners"]
    assert names["Orbit Labs"] == ["Orbit Labs"]


def test_looking_up_only_the_cited_sources_finds_what_comparing_with_every_record_finds(tmp_path, capsys):
    from ai_deals.importers.structured import export_row_facts

    article = tmp_path / "a.txt"  # an article with a URL, cited by URL by a deal file's row too
    article.write_text(
        "title: Nimbus  AI raises $40 million\nurl: https://example.com/nimbus\ndate: 2025-06-02\n\n"
        "Nimbus AI raised $40 million in a Series B led by Atlas Ventures on June 2, 2025.\n"
    )
    untitled = tmp_path / "b.txt"  # no URL: keyed by title (stored with two spaces, read back with one)
    untitled.write_text(
        "title:  Orbit  Capital backs Delta Labs\ndate: 2025-01-05\n\n"
        "Delta Labs raised $7 million from Orbit Capital on January 5, 2025.\n"
    )
    deals = tmp_path / "deals.csv"  # rows citing a URL, a title and date, a publisher alone, nothing
    deals.write_text(
        "company,investors,kind,amount,currency,date,source_url,source_title,source_publisher,source_date\n"
        "Nimbus AI,Atlas Ventures,round,40000000,USD,2025-06-02,https://example.com/nimbus,,,\n"
        "Kivu AI,Orbit Capital,round,5000000,EUR,2025-03-20,,Kivu AI boucle une série A,,2025-03-20\n"
        "Delta Labs,Orbit Capital,round,7000000,USD,2025-01-05,,,Le Monde,2025-01-05\n"
        "Epsilon,Orbit Capital,round,9000000,USD,2025-02-07,,,,\n"
    )
    colleague = tmp_path / "colleague.db"
    assert main(["--db", str(colleague), "--empty", "import", str(SEED), str(ARTICLE)]) == 0
    theirs = tmp_path / "theirs.json"
    _export(colleague, theirs)
    mine = tmp_path / "mine.db"
    sources = [str(SEED), str(article), str(untitled), str(deals)]
    assert main(["--db", str(mine), "--empty", "import", *sources]) == 0
    assert main(["--db", str(mine), "import", str(theirs)]) == 0  # the article's records, cited
    exported = tmp_path / "mine.json"
    _export(mine, exported)
    rows = json.loads(exported.read_text())["records"]
    with Store(mine) as store:
        lazy, every = KnownRecords(store.db), KnownRecords(store.db)
        every.load_all()
        found = []
        for row in rows:
            facts, cited = export_row_facts(row)
            for fact in facts:
                assert lazy.find(cited, fact) == every.find(cited, fact), row
                found.append(every.find(cited, fact))
        lazy.close()
        every.close()
    assert len(found) >= sum(_counts(mine).values()) and None not in found  # every record is found

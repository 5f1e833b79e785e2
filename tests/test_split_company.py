"""A way out of a company two sources joined though they speak of two: `ai-deals split`.

Two "Ledgerline"s (the same exact name joins, the product's rule), or "Kestrel Analytics" filed
under Kestrel Photonics in a database written before short names stopped joining: `split COMPANY
OTHER` makes OTHER a company of its own with the records that are its, in one transaction; merging
the two again undoes it. Review says so when a fact's company is edited to an alias of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.store import Store, StoreError
from ai_deals.store.errors import EditRefused
from ai_deals.store.models import RecordRef
from ai_deals.store.review import FactEdit

from factories import one_stake

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BLOOMBERG = FIXTURES / "articles_holdout6" / "en_bloomberg_kestrel.txt"
REUTERS = FIXTURES / "articles_holdout61" / "en_reuters_kestrel.txt"
AXIOS = FIXTURES / "articles_holdout6" / "en_axios_ledgerline.txt"
FT = FIXTURES / "articles_holdout68" / "en_ft_ledgerline.txt"
AXIOS_URL = "https://example.org/en/en-axios-ledgerline"


def _fused_kestrel(capsys, tmp_path: Path) -> Path:
    """Both Kestrel stories under one company, as an earlier version joined them: "Kestrel Analytics"
    an alias of Kestrel Photonics."""
    db = tmp_path / "k.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(BLOOMBERG), str(REUTERS))[0] == 0
    assert run(capsys, "--db", str(db), "merge", "Kestrel Photonics", "Kestrel Analytics")[0] == 0
    with Store(db) as store:  # the merge's history is not what an import leaves behind
        with store.transaction():
            store.db.execute("DELETE FROM merges")
    return db


def _records(db: Path, name: str) -> dict[str, list]:
    with Store(db, readonly=True) as store:
        company = store.find_company(name, exact=True)
        page = store.company(company.id)
        return {
            "rounds": sorted(r.amount for r in page.rounds),
            "acquisitions": [a.acquirer for a in page.acquisitions],
            "metrics": len(page.metrics),
            "aliases": company.aliases,
            "name": company.name,
        }


def test_split_makes_an_alias_a_company_of_its_own_with_the_records_of_the_articles_naming_it(
    capsys, tmp_path
):
    db = _fused_kestrel(capsys, tmp_path)
    assert _records(db, "Kestrel Analytics")["name"] == "Kestrel Photonics"
    code, out, err = run(capsys, "--db", str(db), "split", "Kestrel Photonics", "Kestrel Analytics")
    assert (code, err) == (0, "")
    assert out == (
        "split Kestrel Analytics from Kestrel Photonics: 6 records of 1 source moved "
        '(undo: ai-deals merge "Kestrel Photonics" "Kestrel Analytics")\n'
    )
    analytics, photonics = _records(db, "Kestrel Analytics"), _records(db, "Kestrel Photonics")
    assert analytics["name"] == "Kestrel Analytics"
    assert (analytics["rounds"], analytics["acquisitions"]) == ([45e6], ["Schneider Electric"])
    assert (photonics["rounds"], photonics["acquisitions"]) == ([130e6, 410e6], [])
    assert "Kestrel Analytics" not in photonics["aliases"]

    # Merging them again (the undo it printed) puts everything back under one company.
    assert run(capsys, "--db", str(db), "merge", "Kestrel Photonics", "Kestrel Analytics")[0] == 0
    again = _records(db, "Kestrel Photonics")
    assert again["rounds"] == [45e6, 130e6, 410e6] and again["acquisitions"] == ["Schneider Electric"]


def test_split_of_two_companies_with_one_name_takes_the_sources_named(capsys, tmp_path):
    """Two Ledgerlines (London payments, FT 2021; New York compliance, Axios 2026) are one company by
    their one name: the Axios story's records become "Ledgerline US", an investment moved with them."""
    db = tmp_path / "l.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(FT), str(AXIOS))[0] == 0
    before = _records(db, "Ledgerline")
    code, out, err = run(capsys, "--db", str(db), "split", "Ledgerline", "Ledgerline US")
    assert code == 1 and out == ""
    assert err == (
        f"ai-deals: error: {db}: Ledgerline has no record from a source naming 'Ledgerline US': say which "
        "sources are 'Ledgerline US''s with --source (ids from `ai-deals sources`, or URLs)\n"
    )
    assert _records(db, "Ledgerline") == before  # nothing written
    code, out, err = run(
        capsys, "--db", str(db), "split", "Ledgerline", "Ledgerline US", "--source", AXIOS_URL
    )
    assert (
        code == 0 and out.startswith("split Ledgerline US from Ledgerline: ") and "of 1 source moved" in out
    )
    us, london = _records(db, "Ledgerline US"), _records(db, "Ledgerline")
    assert us["rounds"] == [12e6, 42e6] and london["rounds"] == [35e6, 120e6]
    assert run(capsys, "--db", str(db), "sources", "--json")[0] == 0
    with Store(db, readonly=True) as store:
        claimsight = store.company(store.find_company("Claimsight", exact=True).id)
        assert [a.acquirer for a in claimsight.acquisitions] == ["Ledgerline US"]
        # Each keeps the details its own articles give (FT: London; Axios: New York).
        places = {
            name: (company.city, company.country)
            for name in ("Ledgerline", "Ledgerline US")
            for company in [store.find_company(name, exact=True)]
        }
    assert places == {"Ledgerline": ("London", "GB"), "Ledgerline US": ("New York", "US")}


def test_split_takes_the_details_the_moved_articles_gave_the_company(capsys, tmp_path):
    """Imported Axios first, Ledgerline was "New York, US": the London one keeps none of that."""
    db = tmp_path / "l.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(AXIOS), str(FT))[0] == 0
    with Store(db, readonly=True) as store:
        assert store.find_company("Ledgerline", exact=True).city == "New York"
    assert run(capsys, "--db", str(db), "split", "Ledgerline", "Ledgerline US", "--source", AXIOS_URL)[0] == 0
    with Store(db, readonly=True) as store:
        london, new_york = store.find_company("Ledgerline", exact=True), store.find_company("Ledgerline US")
    assert (london.city, london.country) == ("London", "GB")
    assert (new_york.city, new_york.country) == ("New York", "US")


@pytest.mark.parametrize(
    ("other", "message"),
    [
        (
            "Kestrel Photonics",
            "'Kestrel Photonics' is Kestrel Photonics's own name: give the name of the company",
        ),
        ("Schneider Electric", "'Schneider Electric' is already another company here, Schneider Electric"),
        ("!!!", "'!!!' is nobody's name"),
    ],
)
def test_split_refuses_a_name_that_cannot_be_split_off_in_one_line(capsys, tmp_path, other, message):
    db = _fused_kestrel(capsys, tmp_path)
    code, out, err = run(capsys, "--db", str(db), "split", "Kestrel Photonics", other)
    assert code == 1 and out == "" and err.startswith(f"ai-deals: error: {db}: {message}")
    assert err.count("\n") == 1


def test_split_names_a_source_that_does_not_exist(capsys, tmp_path):
    db = _fused_kestrel(capsys, tmp_path)
    code, _, err = run(
        capsys, "--db", str(db), "split", "Kestrel Photonics", "Kestrel Analytics", "--source", "99"
    )
    assert code == 1
    assert err == f"ai-deals: error: {db}: no source '99' (`ai-deals sources` lists them with their ids)\n"


def test_split_is_in_the_help(capsys):
    with pytest.raises(SystemExit):
        run(capsys, "split", "--help")
    out = " ".join(capsys.readouterr().out.split())
    assert "usage: ai-deals split [-h] [--source ID_OR_URL] COMPANY OTHER" in out
    assert "`ai-deals merge COMPANY OTHER` undoes it" in out
    with pytest.raises(SystemExit):
        run(capsys, "--help")
    assert "split" in capsys.readouterr().out


def test_editing_a_facts_company_to_an_alias_of_its_own_company_says_how_to_split(capsys, tmp_path):
    """Review used to say "round edited" and leave the round where it was."""
    db = _fused_kestrel(capsys, tmp_path)
    with Store(db) as store:
        company = store.find_company("Kestrel Photonics", exact=True)
        (round_id,) = store.db.execute(
            "SELECT id FROM rounds WHERE company_id = ? AND amount = 45e6", [company.id]
        ).fetchone()
        ref = RecordRef(record_type="round", record_id=round_id)
        with pytest.raises(StoreError) as error:
            store.edit_fact(ref, FactEdit(company="Kestrel Analytics"))
        assert str(error.value) == (
            "'Kestrel Analytics' is an alias of Kestrel Photonics: the round stays there. If they are two "
            'companies, `ai-deals split "Kestrel Photonics" "Kestrel Analytics"` makes \'Kestrel Analytics\' '
            "one of its own"
        )
        assert store.review_statuses([ref]) == {ref: "extracted"}  # nothing was written
        store.edit_fact(ref, FactEdit(company="kestrel photonics"))  # its own name: edited as before

        # An investment's investor likewise: Balderton's stake, "Balderton" an alias of it here.
        balderton = store.find_company("Balderton Capital", exact=True)
        with store.transaction():
            store.db.execute(
                "INSERT INTO aliases (company_id, alias, normalized) VALUES (?, 'Balderton Ventures',"
                " 'balderton ventures')",
                [balderton.id],
            )
        (stake_id,) = store.db.execute(
            "SELECT s.id FROM stakes s JOIN investors i ON i.id = s.investor_id WHERE i.company_id = ?",
            [balderton.id],
        ).fetchone()
        with pytest.raises(
            StoreError, match="^'Balderton Ventures' is an alias of Balderton Capital: the stake stays there"
        ):
            store.edit_fact(
                RecordRef(record_type="stake", record_id=stake_id), FactEdit(investor="Balderton Ventures")
            )


def test_a_short_form_is_split_off_when_told_which_sources_are_its(capsys, tmp_path):
    """A bare short name can join two firms (no source contradicting the other); told by --source
    which stories are the other firm's, split takes those and leaves the rest."""
    db = _fused_kestrel(capsys, tmp_path)
    before = _records(db, "Kestrel Photonics")
    code, out, err = run(
        capsys, "--db", str(db), "split", "Kestrel Photonics", "Kestrel", "--source", str(REUTERS)
    )
    assert (code, err) == (0, "") and '(undo: ai-deals merge "Kestrel Photonics" Kestrel)' in out
    kestrel, photonics = _records(db, "Kestrel"), _records(db, "Kestrel Photonics")
    assert kestrel["name"] == "Kestrel" and kestrel["rounds"]
    assert sorted(kestrel["rounds"] + photonics["rounds"]) == before["rounds"]


def test_a_short_form_given_every_source_is_refused_and_marks_no_source_by_default(capsys, tmp_path):
    """`S` in the explorer always names sources: a short form must not take every record (the
    company left empty), and the dialog marks none for it (each source names it in the full name)."""
    db = _fused_kestrel(capsys, tmp_path)
    before = _records(db, "Kestrel Photonics")
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "split",
        "Kestrel Photonics",
        "Kestrel",
        "--source",
        str(REUTERS),
        "--source",
        str(BLOOMBERG),
    )
    assert (
        code == 1
        and "'Kestrel' is Kestrel Photonics cut short and those sources are all of its records" in err
    )
    assert _records(db, "Kestrel Photonics") == before
    with Store(db) as store:
        photonics = store.find_company("Kestrel Photonics", exact=True).id
        assert store.split_defaults(photonics, "Kestrel") == (set(), set())


def test_a_short_form_of_a_companys_own_name_is_neither_split_off_nor_offered_for_a_split(capsys, tmp_path):
    """`split "Kestrel Photonics" Kestrel`, which review used to suggest for "Kestrel", moved every
    record: every source naming Kestrel Photonics names "Kestrel" too."""
    db = _fused_kestrel(capsys, tmp_path)
    before = _records(db, "Kestrel Photonics")
    code, out, err = run(capsys, "--db", str(db), "split", "Kestrel Photonics", "Kestrel")
    assert code == 1 and out == ""
    assert "'Kestrel' is Kestrel Photonics cut short: it would take every record" in err
    assert _records(db, "Kestrel Photonics") == before
    with Store(db) as store:
        company = store.find_company("Kestrel Photonics", exact=True)
        (round_id,) = store.db.execute(
            "SELECT id FROM rounds WHERE company_id = ? AND amount = 45e6", [company.id]
        ).fetchone()
        with pytest.raises(EditRefused) as refused:
            store.edit_fact(RecordRef(record_type="round", record_id=round_id), FactEdit(company="Kestrel"))
        assert (
            str(refused.value)
            == "'Kestrel' is Kestrel Photonics cut short: the round is already Kestrel Photonics's"
        )


def test_merging_a_name_already_an_alias_of_the_other_says_so(capsys, tmp_path):
    # The knowledge file names the firm Coatue: the article's "Coatue Management" is its alias (deal29b).
    db = tmp_path / "k.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(BLOOMBERG))[0] == 0
    code, out, err = run(capsys, "--db", str(db), "merge", "Coatue Management", "Coatue")
    assert (code, out, err) == (
        0,
        "'Coatue Management' is already an alias of Coatue: nothing to merge\n",
        "",
    )
    code, out, _ = run(capsys, "--db", str(db), "merge", "Coatue", "Coatue Management")
    assert out == "'Coatue Management' is already an alias of Coatue: nothing to merge\n"
    code, out, err = run(capsys, "--db", str(db), "merge", "Coatue", "coatue")
    assert (code, out) == (1, "")
    assert err == f"ai-deals: error: {db}: cannot merge a company with itself ('Coatue' twice)\n"


GRUENDERSZENE = "https://gruenderszene.example/ledgerline-berlin"
DEAL_FILE = (
    "company,investors,round_type,raised_amount,currency,date,source_url,source_title,publisher\n"
    f"Ledgerline,HV Capital,Seed,3000000,EUR,2025-03-01,{GRUENDERSZENE},Berliner Ledgerline sammelt 3 Mio,"
    "Gruenderszene\n"
)


@pytest.mark.parametrize("given", [GRUENDERSZENE, "Berliner Ledgerline sammelt 3 Mio"])
def test_split_takes_a_url_or_title_a_deal_file_row_cites_as_its_source(capsys, tmp_path, given):
    """The Sources list shows a deal file row's cited source: `--source` takes its URL or title."""
    db, deals = tmp_path / "sp.db", tmp_path / "sp.csv"
    deals.write_text(DEAL_FILE, encoding="utf-8")
    assert run(capsys, "--db", str(db), "--empty", "import", str(FT), str(deals))[0] == 0
    assert 3e6 in _records(db, "Ledgerline")["rounds"]
    code, out, err = run(
        capsys, "--db", str(db), "split", "Ledgerline", "Ledgerline Berlin", "--source", given
    )
    assert (code, err) == (0, ""), err
    assert out.startswith("split Ledgerline Berlin from Ledgerline: 1 record of 1 source moved")
    assert _records(db, "Ledgerline Berlin")["rounds"] == [3e6]
    assert 3e6 not in _records(db, "Ledgerline")["rounds"]


def test_split_off_the_same_name_with_a_legal_form_and_merge_it_back(capsys, tmp_path):
    """`split Ledgerline "Ledgerline GmbH"`: the legal form tells the two apart; the new company keeps
    the name as typed, found by it exactly, and the merge printed undoes it."""
    db, deals = tmp_path / "sp.db", tmp_path / "sp.csv"
    deals.write_text(DEAL_FILE, encoding="utf-8")
    assert run(capsys, "--db", str(db), "--empty", "import", str(FT), str(deals))[0] == 0
    before = _records(db, "Ledgerline")
    code, out, err = run(
        capsys, "--db", str(db), "split", "Ledgerline", "Ledgerline GmbH", "--source", GRUENDERSZENE
    )
    assert (code, err) == (0, ""), err
    assert out == (
        "split Ledgerline GmbH from Ledgerline: 1 record of 1 source moved "
        '(undo: ai-deals merge Ledgerline "Ledgerline GmbH")\n'
    )
    gmbh, london = _records(db, "Ledgerline GmbH"), _records(db, "Ledgerline")
    assert (gmbh["name"], gmbh["rounds"]) == ("Ledgerline GmbH", [3e6])
    assert london["name"] == "Ledgerline" and 3e6 not in london["rounds"]
    code, out, err = run(capsys, "--db", str(db), "split", "Ledgerline", "ledgerline")
    assert code == 1 and "is Ledgerline's own name" in err
    # Later imports tell them apart by the name as written: a deal file row and an article alike.
    later = tmp_path / "later.csv"
    later.write_text(
        "company,investors,round_type,raised_amount,currency,date\n"
        "Ledgerline GmbH,HV Capital,Series A,9000000,EUR,2026-01-01\n"
        "Ledgerline,Index Ventures,Series D,77000000,USD,2026-02-01\n",
        encoding="utf-8",
    )
    assert run(capsys, "--db", str(db), "import", str(later))[0] == 0
    with Store(db) as store:
        store.import_source(one_stake("Earlybird", "Ledgerline GmbH", title="x", amount=4e6))
    gmbh, london = _records(db, "Ledgerline GmbH"), _records(db, "Ledgerline")
    assert gmbh["rounds"] == [3e6, 9e6] and 9e6 not in london["rounds"] and 77e6 in london["rounds"]
    with Store(db, readonly=True) as store:
        gmbh_page = store.company(store.find_company("Ledgerline GmbH", exact=True).id)
        assert len(gmbh_page.investors) == 1  # the article: Earlybird's stake
    assert run(capsys, "--db", str(db), "merge", "Ledgerline", "Ledgerline GmbH")[0] == 0
    assert set(before["rounds"]) <= set(_records(db, "Ledgerline")["rounds"])


def test_a_company_made_after_a_merge_is_not_taken_for_the_merged_one(capsys, tmp_path):
    """A merge sends the merged company's id to the kept one; a company made later (by a split, an
    article or a deal file) gets an id of its own, not that one, so its page is its own."""
    db = _fused_kestrel(capsys, tmp_path)
    with Store(db) as store:  # the newest company merged away: its id is the highest one
        newest = store.db.execute("SELECT max(id) FROM companies").fetchone()[0]
        with store.transaction():
            store.db.execute("INSERT INTO companies (name, normalized) VALUES ('Zephyr Labs', 'zephyr labs')")
    assert run(capsys, "--db", str(db), "merge", "Kestrel Photonics", "Zephyr Labs")[0] == 0
    assert run(capsys, "--db", str(db), "split", "Kestrel Photonics", "Kestrel Analytics")[0] == 0
    deals = tmp_path / "d.csv"
    deals.write_text(
        "company,investors,round_type,raised_amount,currency,date\nNimbus Grid,Atomico,Seed,2000000,EUR,2025\n"
    )
    assert run(capsys, "--db", str(db), "import", str(deals))[0] == 0
    with Store(db) as store:
        store.import_source(one_stake("Earlybird", "Quillon Systems", title="q"))
    with Store(db, readonly=True) as store:
        for name in ("Kestrel Analytics", "Nimbus Grid", "Quillon Systems"):
            company = store.find_company(name, exact=True)
            assert company.id > newest + 1 and store.company(company.id).company.name == name


def test_a_corrected_version_of_a_split_off_source_keeps_its_records_with_the_company_split_off(
    capsys, tmp_path
):
    """The Axios story split off as "Ledgerline US", corrected ($43M, not $42M) and imported again:
    its records stay with Ledgerline US, though "Ledgerline" finds the London one; the merge the
    split printed still undoes it, and a correction imported after that undo goes with the merge."""
    db = tmp_path / "l.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(FT), str(AXIOS))[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "split", "Ledgerline", "Ledgerline US", "--source", AXIOS_URL)
    assert code == 0 and '(undo: ai-deals merge Ledgerline "Ledgerline US")' in out
    corrected = tmp_path / "axios.txt"
    text = AXIOS.read_text(encoding="utf-8")
    corrected.write_text(text.replace("$42 million", "$43 million"), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(corrected))
    assert (code, err) == (0, "") and out.startswith("replaced: ")
    us, london = _records(db, "Ledgerline US"), _records(db, "Ledgerline")
    assert us["rounds"] == [12e6, 43e6] and london["rounds"] == [35e6, 120e6]
    assert (us["name"], london["name"]) == ("Ledgerline US", "Ledgerline")
    with Store(db, readonly=True) as store:
        claimsight = store.company(store.find_company("Claimsight", exact=True).id)
        assert [a.acquirer for a in claimsight.acquisitions] == ["Ledgerline US"]
        assert store.find_company("Ledgerline US", exact=True).city == "New York"

    assert run(capsys, "--db", str(db), "merge", "Ledgerline", "Ledgerline US")[0] == 0  # the undo
    assert _records(db, "Ledgerline")["rounds"] == [12e6, 35e6, 43e6, 120e6]
    corrected.write_text(text.replace("$42 million", "$44 million"), encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(corrected))[0] == 0
    assert _records(db, "Ledgerline")["rounds"] == [12e6, 35e6, 44e6, 120e6]
    with Store(db, readonly=True) as store:  # undone as the explorer's `u` undoes it: no alias left
        assert store.find_company("Ledgerline US", exact=True) is None


def test_split_defaults_name_the_sources_split_takes_when_not_told(capsys, tmp_path):
    """What the explorer's split dialog marks: the article naming the alias, and a deal file row by the
    URL it cites when its line names the new name."""
    db = _fused_kestrel(capsys, tmp_path)
    with Store(db) as store:
        photonics = store.find_company("Kestrel Photonics", exact=True).id
        reuters = store.source_ids(str(REUTERS))
        assert store.split_defaults(photonics, "Kestrel Analytics") == (set(reuters), set())
        assert store.split_defaults(photonics, "  ") == (set(), set())
    db, deals = tmp_path / "sp.db", tmp_path / "sp.csv"
    deals.write_text(DEAL_FILE.replace("Berliner Ledgerline", "Ledgerline Berlin"), encoding="utf-8")
    assert run(capsys, "--db", str(db), "--empty", "import", str(FT), str(deals))[0] == 0
    with Store(db) as store:
        ledgerline = store.find_company("Ledgerline", exact=True).id
        assert store.split_defaults(ledgerline, "Ledgerline Berlin") == (set(), {GRUENDERSZENE})


SEED = Path(__file__).resolve().parent.parent / "seeds"


def _plain_merge(db: Path, keep: str, duplicate: str) -> None:
    """A merge of the two, not the undo of the split that made them two (`ai-deals merge` takes that
    way: `Store.undo_split`): as the explorer's merge dialog merges two companies."""
    with Store(db) as store:
        keep_id, duplicate_id = (store.find_company(name, exact=True).id for name in (keep, duplicate))
        store.merge_companies(keep_id, duplicate_id)


def test_merging_a_split_back_gives_the_kept_company_the_details_it_took_and_unmerge_takes_them_back(
    capsys, tmp_path
):
    """The split took OpenAI's city, country, sector and description with the seed article; the merge
    it prints as its undo puts them back on OpenAI, and `unmerge` of that merge takes them away again."""
    db = tmp_path / "seed.db"
    (seed,) = SEED.glob("*.txt")
    assert run(capsys, "--db", str(db), "--empty", "import", str(seed))[0] == 0

    def details(name: str) -> tuple:
        with Store(db, readonly=True) as store:
            company = store.find_company(name, exact=True)
            return company.city, company.country, company.sector, bool(company.description)

    before = details("OpenAI")
    assert before == ("San Francisco", "US", "generative AI", True)
    assert run(capsys, "--db", str(db), "split", "OpenAI", "ChatGPT Maker", "--source", "1")[0] == 0
    assert details("OpenAI") == (None, None, None, False)
    _plain_merge(db, "OpenAI", "ChatGPT Maker")  # as the explorer's merge dialog merges them
    assert details("OpenAI") == before
    assert run(capsys, "--db", str(db), "unmerge", "1")[0] == 0
    assert details("OpenAI") == (None, None, None, False)
    assert details("ChatGPT Maker") == before


def test_a_merge_never_overwrites_the_kept_companys_own_details(capsys, tmp_path):
    """London's Ledgerline keeps London when New York's Ledgerline US is merged into it."""
    db = tmp_path / "l.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(FT), str(AXIOS))[0] == 0
    assert run(capsys, "--db", str(db), "split", "Ledgerline", "Ledgerline US", "--source", AXIOS_URL)[0] == 0
    assert run(capsys, "--db", str(db), "merge", "Ledgerline", "Ledgerline US")[0] == 0
    with Store(db, readonly=True) as store:
        london = store.find_company("Ledgerline", exact=True)
    assert (london.city, london.country) == ("London", "GB")


COHERE_DEALS = (
    "company,investor,kind,amount,currency,date\n"
    "Cohere,Nvidia,round,500000000,USD,2025-08-14\n"
    "Cohere Technologies,Oracle,round,270000000,USD,2023-06-08\n"
)


def _merged_then_split(capsys, tmp_path: Path) -> Path:
    """`merge Cohere "Cohere Technologies"`, then `split Cohere "Cohere Technologies"` (another shell)."""
    from cli_helpers import import_deals

    db = import_deals(capsys, tmp_path, COHERE_DEALS)
    assert run(capsys, "--db", str(db), "merge", "Cohere", "Cohere Technologies")[0] == 0
    assert run(capsys, "--db", str(db), "split", "Cohere", "Cohere Technologies")[0] == 0
    return db


def test_a_merge_a_split_separated_again_is_not_undone_a_second_time(capsys, tmp_path):
    db = _merged_then_split(capsys, tmp_path)
    with Store(db) as store:
        (merge,) = store.merges()
        assert merge.split_at is not None and merge.undone_at is None
        companies = store.db.execute("SELECT id, name FROM companies ORDER BY id").fetchall()
        with pytest.raises(StoreError, match=r"^merge 1 was already separated by a split \("):
            store.undo_merge(merge.id)
        assert store.db.execute("SELECT id, name FROM companies ORDER BY id").fetchall() == companies
        assert store.merges()[0].undone_at is None


def test_unmerge_of_a_merge_a_split_separated_says_so_in_one_line_and_makes_no_second_company(
    capsys, tmp_path
):
    db = _merged_then_split(capsys, tmp_path)
    code, out, _ = run(capsys, "--db", str(db), "unmerge")
    assert code == 0 and out.startswith("1  Cohere Technologies → Cohere  ")
    assert "(separated by a split " in out
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, out) == (1, "") and len(err.splitlines()) == 1
    assert err.startswith("ai-deals: error: merge 1 was already separated by a split (")
    with Store(db, readonly=True) as store:
        names = [row[0] for row in store.db.execute("SELECT name FROM companies ORDER BY name")]
    assert names.count("Cohere Technologies") == 1


def test_a_merge_after_a_split_is_undone_as_any_merge(capsys, tmp_path):
    db = _merged_then_split(capsys, tmp_path)
    _plain_merge(db, "Cohere", "Cohere Technologies")
    assert run(capsys, "--db", str(db), "unmerge", "2")[1] == "restored Cohere Technologies\n"
    with Store(db, readonly=True) as store:
        names = [row[0] for row in store.db.execute("SELECT name FROM companies ORDER BY name")]
    assert names == ["Cohere", "Cohere Technologies", "Nvidia", "Oracle"]


def test_the_merge_a_split_prints_gives_back_the_merge_it_separated_to_unmerge(capsys, tmp_path):
    """The split's undo (`ai-deals merge COMPANY OTHER`) is no merge of its own: the merge the split
    separated stands again, and `unmerge` of it separates the two once more."""
    db = _merged_then_split(capsys, tmp_path)
    assert run(capsys, "--db", str(db), "merge", "Cohere", "Cohere Technologies")[0] == 0
    with Store(db, readonly=True) as store:
        (merge,) = store.merges()
        assert (merge.id, merge.split_at, merge.undone_at) == (1, None, None)
    assert run(capsys, "--db", str(db), "unmerge", "1")[1] == "restored Cohere Technologies\n"
    with Store(db, readonly=True) as store:
        names = [row[0] for row in store.db.execute("SELECT name FROM companies ORDER BY name")]
    assert names == ["Cohere", "Cohere Technologies", "Nvidia", "Oracle"]


def test_a_merge_an_older_split_separated_unmarked_is_not_undone_a_second_time(capsys, tmp_path):
    """A split made before splits marked the merges they separate (`merges.split_at` empty): the
    company is here again under its very name, and undoing the merge would make it twice. Such a
    merge is older still than the `last_ids` its snapshot would keep."""
    db = _merged_then_split(capsys, tmp_path)
    with Store(db) as store:
        with store.transaction():
            store.db.execute("UPDATE merges SET split_at = NULL")
            store.db.execute("UPDATE merges SET snapshot = json_remove(snapshot, '$.last_ids')")
    code, out, err = run(capsys, "--db", str(db), "unmerge", "1")
    assert (code, out) == (1, "")
    assert err == (
        "ai-deals: error: merge 1 was already separated: Cohere Technologies is a company of its own "
        "again (a split made it), nothing to undo\n"
    )
    with Store(db, readonly=True) as store:
        names = [row[0] for row in store.db.execute("SELECT name FROM companies ORDER BY name")]
    assert names.count("Cohere Technologies") == 1

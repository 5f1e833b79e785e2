"""An export imported into an empty database gives every company the same page: the same rounds,
stakes, valuations, money raised, conflicts and sources (`show --json`), from CSV and from JSON.

Perplexity's article (its company "Perplexity AI", as another article names it) tells two rounds
($200M, and $100M "weeks after"): the database counts both ($300M raised), and so must a database its
export was imported into, where each round is an export's row citing the article (two rounds of one
article on one day are two raises there too: `test_two_rows_of_a_deal_file_citing_one_article_on_one_day_both_count`). A round's amount in another currency
("$48M (CHF 38M)") was not exported at all.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from ai_deals.cli import main
from ai_deals.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# Two rounds of one article on one day (Perplexity), in-talks and conditional rounds, tranches,
# conflicts between sources, amounts in two currencies, partnerships, acquisitions, statements.
ARTICLES = [
    *sorted((FIXTURES / "articles").glob("*.txt")),
    *sorted((FIXTURES / "articles_blind").glob("*.txt")),
    # Salesforce's US$10M in Crewmark's A$45M Series B: a stake the article puts in a round of
    # another currency, which the export's rows must put there again (not counted on its own).
    FIXTURES / "articles_holdout53" / "en_afr_crewmark.txt",
]
SEED = sorted((ROOT / "seeds").glob("*.txt"))
# What another database cannot share: its own ids (and the offsets of a sentence in its document, or
# the line of a deal file's row in its file: line27, the export's own line once imported),
# the document each record was read from (the export file now, an article before) and how many of
# that document's facts it holds, which a page counts for an article (all of them) and for a data
# file's rows citing it (the company's own) apart (queries._cited_sources).
NOT_CARRIED = {"id", "start", "end", "line", "read_from"}
DOCUMENT_OWN = {"content_hash", "path", "language", "kind", "focus", "fact_count"}


def _comparable(value: object, key: str | None = None) -> object:
    """A `show --json` page less what another database cannot share."""
    if key == "sources" and isinstance(value, list):  # a page's sources (a conflict's are their titles)
        value = [
            {k: v for k, v in source.items() if k not in DOCUMENT_OWN} if isinstance(source, dict) else source
            for source in value
        ]
    if isinstance(value, dict):
        return {
            k: _comparable(v, k)
            for k, v in value.items()
            if k not in NOT_CARRIED and not k.endswith(("_id", "_ids"))
        }
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    return value


def _names(db: Path) -> set[str]:
    """Every company or investor a record names."""
    with Store(db, readonly=True, create=False) as store:
        return {
            name
            for record in store.export_records()
            for name in (record.company, *(record.counterpart or "").split("; "))
            if name
        }


def _pages(db: Path) -> dict[str, object]:
    """`show --json` of everyone a record names, comparable across databases."""
    pages = {}
    for name in sorted(_names(db)):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            assert main(["--db", str(db), "show", "--json", name]) == 0, name
        pages[name] = _comparable(json.loads(out.getvalue()))
    return pages


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> tuple[Path, dict[str, object]]:
    db = tmp_path_factory.mktemp("pages") / "original.db"
    assert main(["--db", str(db), "--empty", "import", *map(str, SEED + ARTICLES)]) == 0
    return db, _pages(db)


def _values(value: object, key: str) -> list[object]:
    """Every value of `key` anywhere in a page (its rounds', its stakes', its conflicts'…)."""
    if isinstance(value, dict):
        return [v for k, v in value.items() if k == key] + [
            found for v in value.values() for found in _values(v, key)
        ]
    if isinstance(value, list):
        return [found for item in value for found in _values(item, key)]
    return []


def test_the_articles_hold_what_the_round_trip_must_keep(original):
    _, pages = original
    assert pages["Perplexity AI"]["raised"] == {"USD": 300e6}
    rounds = pages["Perplexity AI"]["rounds"]
    # Reuters' "comes weeks after the company raised $100 million" is dated back (2025-08) and joins
    # Bloomberg's July round: two raises, $200M and $100M, each told by both articles.
    assert sorted(round_["date"] for round_ in rounds) == ["2025-07", "2025-09-10"]
    assert "in_talks" in _values(pages, "status")
    assert any(_values(pages, "condition")) and any(_values(pages, "tranches"))
    assert any(_values(pages, "equivalent_amount"))
    assert any(page["conflicts"] for page in pages.values())
    assert pages["Crewmark"]["raised"] == {"AUD": 57e6}


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_imported_into_an_empty_database_gives_every_company_the_same_page(
    original, tmp_path, capsys, fmt
):
    db, pages = original
    exported, copy = tmp_path / f"all.{fmt}", tmp_path / "copy.db"
    assert main(["--db", str(db), "export", "--format", fmt, "--out", str(exported)]) == 0
    assert main(["--db", str(copy), "--empty", "import", str(exported)]) == 0
    assert "bad row" not in capsys.readouterr().err
    copied = _pages(copy)
    assert copied.keys() == pages.keys()
    assert copied["Perplexity AI"]["raised"] == {"USD": 300e6}
    for name, page in pages.items():
        assert copied[name] == page, name


def test_two_rows_of_a_deal_file_citing_one_article_on_one_day_both_count(tmp_path, capsys):
    deals = tmp_path / "kappa.csv"
    deals.write_text(
        "company,amount,currency,date,round,source_url,source_title\n"
        "Kappa,100M,USD,2025-09-10,Series A,https://example.org/kappa,Kappa raises\n"
        "Kappa,200M,USD,2025-09-10,Series B,https://example.org/kappa,Kappa raises\n",
        encoding="utf-8",
    )
    db = tmp_path / "kappa.db"
    assert main(["--db", str(db), "--empty", "import", str(deals)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "show", "--json", "Kappa"]) == 0
    assert json.loads(capsys.readouterr().out)["raised"] == {"USD": 300e6}
    with Store(db, readonly=True) as store:
        (hit,) = [hit for hit in store.search("Kappa") if hit.name == "Kappa"]
    assert hit.summary.startswith("raised $300M")


def test_a_deal_files_other_figure_for_an_articles_day_stays_a_rival_account_not_added(tmp_path, capsys):
    """A row citing Perplexity's article with $150M for its day is the file's account of that day,
    rival to the article's own $200M + $100M: money raised counts the article's, never all three."""
    deals = tmp_path / "cite.csv"
    deals.write_text(
        "company,amount,currency,date,source_title,source_publisher,source_date\n"
        "Perplexity,150M,USD,2025-09-10,Perplexity valued at $20 billion after new funding,Reuters,2025-09-10\n",
        encoding="utf-8",
    )
    article = FIXTURES / "articles" / "en_perplexity_valuation.txt"
    db = tmp_path / "cite.db"
    assert main(["--db", str(db), "--empty", "import", str(article), str(deals)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "show", "--json", "Perplexity"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert page["raised"] == {"USD": 300e6}
    assert sorted(r["amount"] for r in page["rounds"]) == [100e6, 150e6, 200e6]


def _round_trip_differences(files: list[Path], tmp_path: Path) -> list[str]:
    """The names whose page differs between a database of `files` and one its CSV export was
    imported into (empty when the round trip keeps every page)."""
    db, exported, copy = tmp_path / "original.db", tmp_path / "all.csv", tmp_path / "copy.db"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["--db", str(db), "--empty", "import", *map(str, files)]) == 0
        assert main(["--db", str(db), "export", "--format", "csv", "--out", str(exported)]) == 0
        assert main(["--db", str(copy), "--empty", "import", str(exported)]) == 0
    pages, copied = _pages(db), _pages(copy)
    return [name for name in pages if copied.get(name) != pages[name]]


def _holdout(*names: str) -> list[Path]:
    return [path for name in names for path in FIXTURES.glob(f"articles_holdout*/{name}")]


def test_a_name_that_is_one_companys_alias_and_another_companys_name_keeps_both_companies(tmp_path):
    """Corvane Semiconductor goes by "Corvane" too, and Dublin's Corvane is a company of its own: the
    export's company row "Corvane" is that company again, not joined to Corvane Semiconductor by its
    alias, and Corvane Semiconductor keeps the alias."""
    files = _holdout(
        *(f"en_{name}_corvane.txt" for name in ("wsj", "ft", "venturebeat", "irishtimes", "reuters"))
    )
    assert len(files) == 5
    assert _round_trip_differences(files, tmp_path) == []
    with Store(tmp_path / "copy.db", readonly=True, create=False) as store:
        names = {hit.name for hit in store.search("Corvane")}
    assert {"Corvane", "Corvane Semiconductor"} <= names


def test_a_company_with_nothing_to_carry_but_a_name_another_goes_by_stays_its_own(tmp_path):
    """Hyundai CRADLE goes by "Hyundai", and the "Hyundai" another article names is a company with no
    details: the export gives it a company row all the same, so its records do not join Hyundai CRADLE."""
    files = _holdout("en_nikkei_drivemind.txt", "en_cnbc_roadwise.txt", "en_afp_hanbit.txt")
    assert len(files) == 3
    assert _round_trip_differences(files, tmp_path) == []


def test_two_sources_of_one_day_are_listed_in_the_same_order_after_the_round_trip(tmp_path):
    """Zeta's partnership article is imported before Acme's round article, both of one day and both
    naming Balderton: an export lists the round first (rounds before partnerships), so a page listing
    a day's sources by the document they were read from put them the other way round once imported."""
    zeta = tmp_path / "zeta.txt"
    zeta.write_text(
        "title: Zeta Robotics signs partnership with Balderton Capital\ndate: 2024-03-14\n"
        "publisher: Reuters\nlanguage: en\nurl: https://example.org/zeta-balderton\n\n"
        "Zeta Robotics has signed a strategic partnership with Balderton Capital to develop warehouse robots.\n",
        encoding="utf-8",
    )
    acme = tmp_path / "acme.txt"
    acme.write_text(
        "title: Acme AI raises $40 million\ndate: 2024-03-14\npublisher: Bloomberg\nlanguage: en\n"
        "url: https://example.org/acme\n\nAcme AI, a London-based artificial intelligence company, has "
        "raised $40 million in a Series A funding round led by Balderton Capital.\n",
        encoding="utf-8",
    )
    assert _round_trip_differences([zeta, acme], tmp_path) == []
    with Store(tmp_path / "copy.db", readonly=True, create=False) as store:
        (hit,) = [hit for hit in store.search("Balderton Capital") if hit.name == "Balderton Capital"]
        titles = [source.title for source in store.company(hit.company_id).sources]
    assert titles == ["Acme AI raises $40 million", "Zeta Robotics signs partnership with Balderton Capital"]


def test_a_stake_its_article_put_in_the_round_without_a_type_does_not_list_its_investor_after_the_round_trip(
    tmp_path,
):
    """Weserlift's article puts a stake stating no round type in its €60M Series B, its investor not
    among the round's: the export gave the stake its round's type ("Series B"), so the import joined it
    by type and listed its investor as the round's (Lakestar, Airbus Ventures, KfW Capital and "People")."""
    (article,) = _holdout("en_handelsblatt_weserlift.txt")
    assert _round_trip_differences([article], tmp_path) == []


def test_two_companies_whose_names_differ_only_by_spaces_stay_two_after_the_round_trip(tmp_path):
    """ "SentinelGrid" (the startup Arcwell Software bought) and New York's "Sentinel Grid" are two
    companies: the export's company row of one is not taken for a spelling of the other's name."""
    files = _holdout("en_reuters_sentinelgrid.txt", "en_wsj_sentinelgrid.txt")
    assert len(files) == 2
    assert _round_trip_differences(files, tmp_path) == []


def test_a_stake_stays_in_its_own_articles_round_of_the_day_after_the_round_trip(tmp_path):
    """Nvidia's $100M is in Parallax Labs' Series C of its article, which another article's unnamed
    $300M round of the same day follows in the export (one document): the import put the stake in the
    day's latest round, the other article's, and the stake lost its round type."""
    files = _holdout("en_wsj_parallaxlabs.txt", "en_theinformation_parallax.txt")
    assert len(files) == 2
    assert _round_trip_differences(files, tmp_path) == []


def test_a_conditional_stake_its_article_kept_out_of_the_round_stays_out_after_the_round_trip(tmp_path):
    """The National Wealth Fund's "up to £30mn of the total", conditional, is no part of Heliora's
    £85mn Series B by its article (the round names Lowercarbon and Octopus only): the import put it in
    the round, as a stake of the round's own article, and the page lost its conditional £30mn and gave
    the fund's stake the round's type. The export's `in_round` says the stake is in none."""
    (article,) = _holdout("en_ft_heliora.txt")
    assert _round_trip_differences([article], tmp_path) == []
    with Store(tmp_path / "copy.db", readonly=True, create=False) as store:
        (stake,) = [record for record in store.export_records() if record.record_type == "stake"]
    assert (stake.counterpart, stake.status, stake.in_round) == ("National Wealth Fund", "conditional", False)


def test_an_older_export_without_in_round_still_imports_its_stakes(tmp_path, capsys):
    """An export made before the `in_round` column imports as before: its stake joins its article's
    round of the day."""
    header = (
        "record_type,record_id,company,counterpart,counterpart_role,amount,currency,date,round,source_url\n"
    )
    exported = tmp_path / "old.csv"
    exported.write_text(
        header
        + "round,1,Kappa,Acme Ventures,investors,100000000,USD,2025-09-10,Series A,https://example.org/k\n"
        "stake,2,Kappa,Acme Ventures,investor,20000000,USD,2025-09-10,Series A,https://example.org/k\n",
        encoding="utf-8",
    )
    db = tmp_path / "old.db"
    assert main(["--db", str(db), "--empty", "import", str(exported)]) == 0
    assert "bad row" not in capsys.readouterr().err
    with Store(db, readonly=True, create=False) as store:
        (stake,) = [record for record in store.export_records() if record.record_type == "stake"]
    assert stake.in_round is True


def test_an_in_round_cell_that_is_neither_true_nor_false_is_a_bad_cell(tmp_path, capsys):
    exported = tmp_path / "bad.csv"
    exported.write_text(
        "record_type,record_id,company,counterpart,counterpart_role,amount,currency,date,in_round\n"
        "stake,2,Kappa,Acme Ventures,investor,20000000,USD,2025-09-10,maybe\n",
        encoding="utf-8",
    )
    assert main(["--db", str(tmp_path / "bad.db"), "--empty", "import", str(exported)]) == 1
    assert "bad.csv:2: in_round: 'maybe' is not true or false" in capsys.readouterr().err


def test_two_partnerships_one_sentence_of_an_article_tells_stay_two_after_the_round_trip(tmp_path):
    """The Times' Corvus Bio sentence tells two research partnerships of Novo Nordisk with AstraZeneca
    (up to £18M, and £7.4M), one source telling two: two partnerships on the page. Imported from the
    export, each row was a teller of its own, and the two folded into one partnership with a conflict
    between its values."""
    (article,) = _holdout("en_times_corvusbio.txt")
    assert _round_trip_differences([article], tmp_path) == []

"""Two companies whose full names differ stay two, though their articles call both by one short name.

"Kestrel Photonics" (Bloomberg, "Kestrel") and "Kestrel Analytics" (Reuters, "Kestrel"): a short form
found in one article is that article's way of referring to its company, not evidence that another
source's company is the same. The import says the short name is another company's already.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import CompanyInfo
from ai_deals.store import Store
from ai_deals.store.models import shell_word
from ai_deals.store.names import is_short_form

from factories import one_stake

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BLOOMBERG = FIXTURES / "articles_holdout6" / "en_bloomberg_kestrel.txt"
REUTERS = FIXTURES / "articles_holdout61" / "en_reuters_kestrel.txt"


def _companies(db: Path) -> dict[str, list[str]]:
    """Each company's name and aliases."""
    with Store(db, readonly=True) as store:
        rows = store.db.execute(
            "SELECT c.name, a.alias FROM companies c JOIN aliases a ON a.company_id = c.id ORDER BY c.id, a.id"
        )
        result: dict[str, list[str]] = {}
        for name, alias in rows:
            result.setdefault(name, []).append(alias)
        return result


@pytest.mark.parametrize(
    "order", [(BLOOMBERG, REUTERS), (REUTERS, BLOOMBERG)], ids=["photonics", "analytics"]
)
def test_kestrel_photonics_and_kestrel_analytics_stay_two_companies_in_either_order(capsys, tmp_path, order):
    db = tmp_path / "k.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", *map(str, order))
    assert code == 0, err
    companies = _companies(db)
    assert "Kestrel Photonics" in companies and "Kestrel Analytics" in companies
    # The short name stays the first company's; the second's import says it is taken.
    first, second = ("Kestrel Photonics", "Kestrel Analytics")[:: 1 if order[0] == BLOOMBERG else -1]
    assert "Kestrel" in companies[first] and "Kestrel" not in companies[second]
    assert f"alias 'Kestrel' of {second} not added: it is an alias of another company here, {first}; " in out
    assert (
        f"a short name both go by, so they stay two (`ai-deals merge {shell_word(second)} {shell_word(first)}` "
        "joins them if they are one)\n"
    ) in out
    with Store(db, readonly=True) as store:
        analytics = store.company(store.find_company("Kestrel Analytics", exact=True).id)
        photonics = store.company(store.find_company("Kestrel Photonics", exact=True).id)
    assert [a.acquirer for a in analytics.acquisitions] == ["Schneider Electric"]
    assert [r.amount for r in analytics.rounds] == [45e6]
    assert photonics.acquisitions == [] and sorted(r.amount for r in photonics.rounds) == [130e6, 410e6]


def test_a_third_company_called_by_the_same_short_name_joins_neither(fresh_store):
    """Once "Kestrel" is an alias of one of them, it swallows no later "Kestrel <Something>"."""
    for title, name in (("a", "Kestrel Photonics"), ("b", "Kestrel Analytics"), ("c", "Kestrel Robotics")):
        source = one_stake(name, title=title).model_copy(
            update={"companies": [CompanyInfo(name=name, aliases=["Kestrel"])]}
        )
        fresh_store.import_source(source)
    names = [row[0] for row in fresh_store.db.execute("SELECT name FROM companies ORDER BY id")]
    assert [n for n in names if n.startswith("Kestrel")] == [
        "Kestrel Photonics",
        "Kestrel Analytics",
        "Kestrel Robotics",
    ]


def test_a_name_in_full_with_its_acronym_still_joins_the_company_known_by_the_acronym(fresh_store):
    """An acronym or another name is a name: "Taiwan Semiconductor Manufacturing Co. (TSMC)" is TSMC."""
    fresh_store.import_source(one_stake("NeuroChip", "TSMC", title="a"))
    fresh_store.import_source(
        parse_article(
            "NeuroChip has signed a supply agreement with Taiwan Semiconductor Manufacturing Co. (TSMC).",
            title="B",
            published="2025-05-04",
        )
    )
    names = [row[0] for row in fresh_store.db.execute("SELECT name FROM companies ORDER BY id")]
    assert sorted(names) == ["NeuroChip", "TSMC"]


def test_the_same_exact_name_from_two_sources_still_joins(fresh_store):
    fresh_store.import_source(one_stake("Ledgerline", title="a"))
    fresh_store.import_source(one_stake("Ledgerline Ltd", title="b", amount=2e6))
    assert fresh_store.db.execute(
        "SELECT count(*) FROM companies WHERE name LIKE 'Ledgerline%'"
    ).fetchone() == (1,)


def test_a_deal_file_company_with_the_short_name_as_alias_stays_apart_too(capsys, tmp_path):
    """An export's company row aliasing "Kestrel" does not join the "Kestrel Photonics" already here."""
    db = tmp_path / "k.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(BLOOMBERG))[0] == 0
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "company,investors,kind,amount,currency,date\nKestrel Analytics,Balderton Capital,round,45000000,GBP,2021\n"
    )
    assert run(capsys, "--db", str(db), "import", str(deals))[0] == 0
    companies = _companies(db)
    assert "Kestrel Analytics" in companies and "Kestrel" in companies["Kestrel Photonics"]


@pytest.mark.parametrize(
    ("alias", "name", "short"),
    [
        ("Kestrel", "Kestrel Photonics", True),
        ("Tessellate", "Tessellate Data", True),
        ("Photonics", "Kestrel Photonics", True),
        ("Kestrel Photonics Inc.", "Kestrel Photonics", False),  # the same name with its legal form
        ("TSMC", "Taiwan Semiconductor Manufacturing Co.", False),
        ("OpenAI", "Open AI", False),
        ("Kestrel", "Kestrel", False),
        ("Fidelity Management & Research Co.", "Fidelity", False),  # the longer form names it better
    ],
)
def test_a_short_form_is_fewer_of_the_names_words(alias, name, short):
    assert is_short_form(alias, name) is short


SHARED_NOTE = (
    "'Kestrel' is a short name of several companies here (Kestrel Photonics, Kestrel Analytics): joined to "
    "none, a company 'Kestrel' of its own; `ai-deals merge \"Kestrel Photonics\" Kestrel` (or another of them) "
    "joins it to the one it is"
)


def _both_kestrels(capsys, tmp_path: Path) -> Path:
    db = tmp_path / "k.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(BLOOMBERG), str(REUTERS))[0] == 0
    return db


def test_a_deal_file_row_naming_a_short_name_two_companies_go_by_joins_neither_and_says_so(capsys, tmp_path):
    db = _both_kestrels(capsys, tmp_path)
    deals = tmp_path / "sp.csv"
    deals.write_text(
        "company,investors,round_type,raised_amount,currency,date,source_url\n"
        "Kestrel,Mubadala,Series A,20000000,USD,2025-04-01,https://x.example/kestrel\n"
    )
    code, out, _ = run(capsys, "--db", str(db), "import", str(deals))
    assert code == 0 and f"  {SHARED_NOTE}\n" in out
    with Store(db, readonly=True) as store:
        bare = store.find_company("Kestrel", exact=True)
        assert bare.name == "Kestrel" and [r.amount for r in store.company(bare.id).rounds] == [20e6]
        photonics = store.company(store.find_company("Kestrel Photonics", exact=True).id)
        assert 20e6 not in [r.amount for r in photonics.rounds]
    # A later row naming it joins that "Kestrel", unsaid; the merge the note gives joins it to one of them.
    later = tmp_path / "later.csv"
    later.write_text(
        "company,investors,round_type,raised_amount,currency,date,source_url\n"
        "Kestrel,Mubadala,Series B,40000000,USD,2025-06-01,https://y.example/kestrel\n"
    )
    code, out, _ = run(capsys, "--db", str(db), "import", str(later))
    assert code == 0 and "short name" not in out
    assert run(capsys, "--db", str(db), "merge", "Kestrel Photonics", "Kestrel")[0] == 0
    with Store(db, readonly=True) as store:
        photonics = store.company(store.find_company("Kestrel Photonics", exact=True).id)
        assert {20e6, 40e6} <= {r.amount for r in photonics.rounds}


def test_an_article_naming_a_short_name_two_companies_go_by_joins_neither_and_says_so(capsys, tmp_path):
    """Articles (store/writing.py) follow the deal files' rule (store/bulk.py)."""
    db = _both_kestrels(capsys, tmp_path)
    with Store(db) as store:
        report = store.import_source(one_stake("Mubadala", "Kestrel", title="x"))
        assert [refused.line() for refused in report.aliases_refused] == [SHARED_NOTE]
        bare = store.find_company("Kestrel", exact=True)
        assert bare.name == "Kestrel" and len(store.company(bare.id).investors) == 1

"""Import order never decides whether a company and one called by a short form of its name are one.

The Block's "Solvane Labs" (Berlin, crypto staking), which it also calls "Solvane", and La Tribune's
"Solvane" (Montpellier, agrivoltaics) stay two companies whichever is imported first, and both
imports say so with the merge that joins them. "Oskavo AI" (its article says "Oskavo") and another
article's "Oskavo", with nothing contradicting, are one company in both orders: "Oskavo AI". Articles
and deal files alike.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

from ai_deals.importers.article import parse_article
from ai_deals.store.writing import disagreement

FIXTURES = Path(__file__).resolve().parent / "fixtures"
THE_BLOCK = FIXTURES / "articles_holdout60" / "en_theblock_solvane.txt"
LA_TRIBUNE = FIXTURES / "articles_holdout64" / "fr_latribune_solvane.txt"

SOLVANE_NOTE = (
    "  Solvane and Solvane Labs stay two companies: 'Solvane' is a short name of Solvane Labs, but their "
    "sources disagree (Solvane Labs: Berlin, DE; Solvane: Montpellier, FR); "
    '`ai-deals merge "Solvane Labs" Solvane` joins them if they are one\n'
)

QUILLON_AI = """title: Oskavo AI raises €600 million
date: 2024-06-11
url: https://example.org/oskavo-a

Oskavo AI has raised €600 million in a Series B led by General Catalyst. Oskavo says the money will pay for compute.
"""
QUILLON = """title: Oskavo signe avec Microsoft
date: 2024-02-26
url: https://example.org/oskavo-b

La start-up Oskavo a signé un partenariat avec Microsoft, qui investit 15 millions d'euros dans Oskavo.
"""
BRENNA_ROBOTICS = """title: Brenna Robotics raises €40 million
date: 2025-05-06
url: https://example.org/brenna-a

Brenna Robotics, a Munich-based maker of warehouse robots, has raised €40 million in a Series A led by Balderton Capital. Brenna said it would hire 60 engineers.
"""
BRENNA = """title: Brenna lève 5 millions d'euros
date: 2025-09-02
url: https://example.org/brenna-b

Brenna, éditeur lyonnais de logiciels de paie, a levé 5 millions d'euros auprès de Kerala Ventures.
"""
SOLVANE_DEALS = (
    "company,city,investors,round_type,raised_amount,currency,date\n"
    "Solvane,Montpellier,TotalEnergies,Series B,30000000,EUR,2024-03-18\n"
)
QUILLON_DEALS = "company,investors,round_type,raised_amount,currency,date\nOskavo,Microsoft,Seed,15000000,EUR,2024-02-26\n"


def _companies(db: Path, prefix: str) -> set[tuple]:
    """Each company whose name starts with `prefix`: name, aliases, country, city, and how many
    rounds, stakes, partnerships, metrics and acquisitions it is the company of."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            """SELECT c.id, c.name, c.country, c.city,
                      (SELECT group_concat(alias, '|') FROM (SELECT alias FROM aliases
                       WHERE company_id = c.id ORDER BY alias))
               FROM companies c WHERE c.name LIKE ? ORDER BY c.name""",
            [f"{prefix}%"],
        ).fetchall()
        return {
            (
                name,
                aliases,
                country,
                city,
                *(
                    conn.execute(
                        f"SELECT count(*) FROM {table} WHERE company_id = ?", [company_id]
                    ).fetchone()[0]
                    for table in ("rounds", "stakes", "partnerships", "metrics", "acquisitions")
                ),
            )
            for company_id, name, country, city, aliases in rows
        }
    finally:
        conn.close()


def _import_in_order(capsys, tmp_path: Path, paths: list[Path], name: str) -> tuple[set[tuple], str]:
    """A new database holding `paths` imported one after the other: its companies and what was said."""
    db = tmp_path / f"{name}.db"
    said = ""
    for path in paths:
        code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
        assert code == 0, err
        said += out
    return db, said


def _both_orders(capsys, tmp_path: Path, first: Path, second: Path, prefix: str):
    """The companies of `prefix` and the import's words, `first` then `second`, and the other way round."""
    db, said = _import_in_order(capsys, tmp_path, [first, second], "forward")
    db_back, said_back = _import_in_order(capsys, tmp_path, [second, first], "backward")
    return (_companies(db, prefix), said), (_companies(db_back, prefix), said_back)


def _written(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _exported(capsys, tmp_path: Path, article: Path, name: str) -> Path:
    """An ai-deals CSV export of a database holding `article` (company rows carry its aliases)."""
    db = tmp_path / f"{name}.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(article))[0] == 0
    out = tmp_path / f"{name}.csv"
    assert run(capsys, "--db", str(db), "export", "--out", str(out))[0] == 0
    return out


def test_berlins_solvane_labs_and_montpelliers_solvane_stay_two_companies_in_either_order(capsys, tmp_path):
    (forward, said), (backward, said_back) = _both_orders(capsys, tmp_path, THE_BLOCK, LA_TRIBUNE, "Solvane")
    assert forward == backward
    assert {(name, aliases, city) for name, aliases, _, city, *_ in forward} == {
        ("Solvane Labs", "Solvane Labs", "Berlin"),
        ("Solvane", "Solvane", "Montpellier"),
    }
    labs = next(company for company in forward if company[0] == "Solvane Labs")
    assert labs[4:] == (2, 0, 0, 2, 1)  # The Block's rounds, figures and acquisition stay its own
    assert SOLVANE_NOTE in said and SOLVANE_NOTE in said_back


def test_a_company_and_the_short_name_another_source_calls_it_are_one_in_either_order(capsys, tmp_path):
    """Nothing the two sources state contradicts: "Oskavo" is Oskavo AI, named in full either way."""
    full, short = _written(tmp_path, "a.txt", QUILLON_AI), _written(tmp_path, "b.txt", QUILLON)
    (forward, said), (backward, said_back) = _both_orders(capsys, tmp_path, full, short, "Oskavo")
    # The partnership "a signé un partenariat avec Microsoft" is kept beside the investment (qfC).
    assert forward == backward == {("Oskavo AI", "Oskavo|Oskavo AI", None, None, 1, 1, 1, 0, 0)}
    assert "not added" not in said + said_back and "stay two" not in said + said_back


def test_a_short_name_placed_in_another_country_stays_another_company_in_either_order(capsys, tmp_path):
    """Munich's "Brenna Robotics" (its article says "Brenna") and Lyon's payroll software "Brenna"."""
    full, short = _written(tmp_path, "a.txt", BRENNA_ROBOTICS), _written(tmp_path, "b.txt", BRENNA)
    (forward, said), (backward, said_back) = _both_orders(capsys, tmp_path, full, short, "Brenna")
    assert (
        forward
        == backward
        == {
            ("Brenna Robotics", "Brenna Robotics", "DE", "Munich", 1, 0, 0, 0, 0),
            ("Brenna", "Brenna", "FR", "Lyon", 1, 0, 0, 0, 0),
        }
    )
    note = "  Brenna and Brenna Robotics stay two companies: 'Brenna' is a short name of Brenna Robotics, "
    assert note in said and note in said_back


def test_a_deal_files_short_name_in_another_city_stays_another_company_in_either_order(capsys, tmp_path):
    """A deal file's "Solvane" in Montpellier, against The Block's article or an export of it."""
    deals = _written(tmp_path, "solvane.csv", SOLVANE_DEALS)
    for labs in (THE_BLOCK, _exported(capsys, tmp_path, THE_BLOCK, "labs")):
        (forward, said), (backward, said_back) = _both_orders(capsys, tmp_path, labs, deals, "Solvane")
        assert forward == backward
        assert {(name, aliases, city) for name, aliases, _, city, *_ in forward} == {
            ("Solvane Labs", "Solvane Labs", "Berlin"),
            ("Solvane", "Solvane", "Montpellier"),
        }
        assert SOLVANE_NOTE in said and SOLVANE_NOTE in said_back
        for db in tmp_path.glob("*ward.db"):
            db.unlink()


def test_a_deal_files_short_name_joins_an_exported_company_called_so_in_either_order(capsys, tmp_path):
    deals = _written(tmp_path, "oskavo.csv", QUILLON_DEALS)
    export = _exported(capsys, tmp_path, _written(tmp_path, "a.txt", QUILLON_AI), "oskavo_export")
    (forward, _), (backward, _) = _both_orders(capsys, tmp_path, export, deals, "Oskavo")
    assert forward == backward == {("Oskavo AI", "Oskavo|Oskavo AI", None, None, 2, 0, 0, 0, 0)}


@pytest.mark.parametrize(
    ("full", "short", "said"),
    [
        ({"city": "Berlin", "country": "DE"}, {"city": "Montpellier"}, ("Berlin, DE", "Montpellier, FR")),
        ({"country": "US"}, {"country": "us"}, None),
        ({"country": "GB"}, {"country": "UK", "city": "London"}, None),
        ({"country": "DE"}, {"country": "France"}, None),  # written out: not compared with a code
        ({"country": "DE"}, {"country": "France", "city": "Lyon"}, ("DE", "Lyon, FR")),  # its city's is
        ({"country": "DE"}, {"country": "U.S."}, ("DE", "US")),
        ({"city": "London"}, {"city": "Londres"}, None),  # one city, in two languages: one country
        ({"city": "München"}, {"city": "Munich", "country": "DE"}, None),
        ({"city": "Berlin"}, {"city": "Munich"}, ("Berlin, DE", "Munich, DE")),  # two cities of one country
        ({"city": "Palo Alto"}, {"city": "palo alto"}, None),
        (
            {"sector": "robotics", "description": "Berlin-based robotics start-up"},
            {"description": "Munich-based cybersecurity start-up"},
            ("robotics", "cybersecurity"),
        ),
        ({"description": "a fintech"}, {"description": "data infrastructure startup"}, ("fintech", "data")),
        (
            {"description": "agents for accounts payable"},
            {"description": "database software"},
            ("accounts payable", "database"),
        ),
        ({"description": "AI robotics start-up"}, {"sector": "robotics"}, None),  # one trade in common
        ({"description": "startup"}, {"description": "cybersecurity start-up"}, None),  # no trade on one side
        ({"city": "Paris"}, {}, None),  # nothing said on one side contradicts nothing
        ({"sector": "chips"}, {"sector": "energy"}, ("chips", "energy")),
        ({"sector": "generative AI"}, {"sector": "AI"}, None),  # a kind of the other
    ],
)
def test_what_two_sources_state_differently(full, short, said):
    assert disagreement(full, short) == said


def test_a_french_apposition_without_article_says_where_the_company_is():
    """ "dans Solvane, développeur montpelliérain de centrales agrivoltaïques, via…": Montpellier's."""
    source = parse_article(LA_TRIBUNE.read_text(encoding="utf-8"))
    solvane = next(info for info in source.companies if info.name == "Solvane")
    assert solvane.city == "Montpellier"
    assert solvane.description == "développeur montpelliérain de centrales agrivoltaïques"


EXPORT_HEADER = (
    "record_type,record_id,company,counterpart,counterpart_role,kind,amount,amount_max,currency,bound,unit,basis,"
    "percentage,date,round,tranche,condition,status,source_title,publisher,source_date,source_url,sentence,"
    "lead_investors,review_status,until,description,text,tranches,entity,country,city,sector,aliases,investor_kind\n"
)


def test_one_export_naming_a_company_short_then_in_full_keeps_the_companies_it_lists(capsys, tmp_path):
    """An export's company rows are the companies of the database it came from, each with its own id:
    "Oskavo" and "Oskavo AI" (which goes by "Oskavo") were two companies there and stay two here, the
    alias kept, as `test_export_same_pages` needs for names that are one company's alias and another's
    name. Two files naming them join or are told apart instead (the tests above)."""
    company = "company,{id},{name}" + "," * 27 + "organisation,{country},{city},,{aliases},\n"
    rows = [
        company.format(id=1, name="Oskavo", country="", city="", aliases=""),
        company.format(id=2, name="Oskavo AI", country="FR", city="Paris", aliases="Oskavo"),
        company.format(id=3, name="Brenna", country="FR", city="Lyon", aliases=""),
        company.format(id=4, name="Brenna Robotics", country="DE", city="Munich", aliases="Brenna"),
    ]
    export = _written(tmp_path, "hand.csv", EXPORT_HEADER + "".join(rows))
    db, _ = _import_in_order(capsys, tmp_path, [export], "one")
    assert _companies(db, "Oskavo") == {
        ("Oskavo", "Oskavo", None, None, 0, 0, 0, 0, 0),
        ("Oskavo AI", "Oskavo|Oskavo AI", "FR", "Paris", 0, 0, 0, 0, 0),
    }
    assert {company[:4] for company in _companies(db, "Brenna")} == {
        ("Brenna", "Brenna", "FR", "Lyon"),
        ("Brenna Robotics", "Brenna|Brenna Robotics", "DE", "Munich"),
    }


QUANTA_LABS = """title: Berlin robotics start-up Quanta Labs raises $10 million
date: 2025-06-03
url: https://example.org/qa12/quanta-labs

BERLIN -- Quanta Labs, a Berlin-based robotics start-up, said on Tuesday it had raised $10 million in a Series A \
round led by Project A. Quanta will use the money to hire engineers.
"""
QUANTA = """title: Munich cybersecurity firm Quanta raises €5 million
date: 2025-09-10
url: https://example.org/qa12/quanta-cyber

MUNICH -- Quanta, a Munich-based cybersecurity start-up, said on Wednesday it had raised €5 million in a seed \
round led by Earlybird.
"""


def test_a_short_name_in_another_city_or_trade_stays_another_company_and_keeps_its_own_details(
    capsys, tmp_path
):
    """Berlin's robotics "Quanta Labs" (its article says "Quanta") and Munich's cybersecurity "Quanta":
    two cities of one country and two trades the sector list does not name are contradictions too;
    neither company takes the other's city or description."""
    full, short = _written(tmp_path, "a.txt", QUANTA_LABS), _written(tmp_path, "b.txt", QUANTA)
    (forward, said), (backward, said_back) = _both_orders(capsys, tmp_path, full, short, "Quanta")
    assert (
        forward
        == backward
        == {
            ("Quanta Labs", "Quanta Labs", "DE", "Berlin", 1, 0, 0, 0, 0),
            ("Quanta", "Quanta", "DE", "Munich", 1, 0, 0, 0, 0),
        }
    )
    note = (
        "  Quanta and Quanta Labs stay two companies: 'Quanta' is a short name of Quanta Labs, but their "
        "sources disagree (Quanta Labs: Berlin, DE; robotics; Quanta: Munich, DE; cybersecurity); "
    )
    assert note in said and note in said_back
    for db in tmp_path.glob("*ward.db"):
        conn = sqlite3.connect(db)
        try:
            details = set(
                conn.execute("SELECT name, sector, description FROM companies WHERE name LIKE 'Quanta%'")
            )
        finally:
            conn.close()
        assert details == {
            ("Quanta Labs", "robotics", "Berlin-based robotics start-up"),
            ("Quanta", None, "Munich-based cybersecurity start-up"),
        }

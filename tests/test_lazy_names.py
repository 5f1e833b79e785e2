"""A small deal file into a big database reads its names key by key, and writes what reading them all writes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from rich.console import Console
from test_bulk_import import write_deals

from ai_deals.store import Store, bulk
from ai_deals.store.lazy_names import resolves_lazily
from ai_deals.structured_import import import_structured

from factories import make_source

FIXTURES = Path(__file__).parent / "fixtures" / "structured"

# Names the database below holds, each named again otherwise: run together, spaced, by an alias.
KNOWN = [
    ["Hugging Face", "Nvidia", "1000000", "2024-06", "", "investment"],
    ["OpenAI", "Microsoft", "2000000", "2024-07", "", "investment"],
    ["Deep Mind", "Google", "3000000", "2014", "", "investment"],
    ["Kestrel Photonics", "Sequoia Capital", "4000000", "2023", "", "investment"],
]
SPELT_OTHERWISE = [
    ["HuggingFace", "NVIDIA Corp", "5000000", "2025-06", "", "investment"],
    ["Open AI", "Microsoft", "6000000", "2025-07", "", "investment"],
    ["DeepMind", "Alphabet", "7000000", "2015", "", "investment"],
    ["Kestrel", "Sequoia", "8000000", "2025", "", "investment"],
    ["Brand New Co", "Hugging Face", "9000000", "2025", "", "investment"],
    ["BrandNew Co", "Open AI", "9500000", "2025", "", "investment"],
]


def tables(db: Path) -> dict[str, list]:
    """Every table's rows, less the search token drawn at random on each write."""
    with sqlite3.connect(db) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = {name: sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"'))) for name in names}
        # the time of the import differs between the two databases' imports: every other column is compared
        columns = [row[1] for row in conn.execute("PRAGMA table_info(sources)") if row[1] != "imported_at"]
        listed = ", ".join(f'"{column}"' for column in columns)
        rows["sources"] = sorted(map(repr, conn.execute(f"SELECT {listed} FROM sources")))
    rows.pop("_search_state", None)
    return rows


def imported(db: Path, files: list[Path], *, lazily: bool, monkeypatch) -> dict[str, list]:
    monkeypatch.setattr(bulk, "resolves_lazily", lambda conn, hint: lazily)
    with Store.open(db) as store:
        for path in files:
            import_structured(store, path, skip_bad_rows=True, console=Console(quiet=True))
    return tables(db)


@pytest.fixture
def populated(tmp_path, monkeypatch) -> Path:
    """A database holding an article's companies and aliases, and a file's."""
    db = tmp_path / "populated.db"
    with Store.open(db) as store:
        store.import_source(make_source())
        import_structured(
            store, write_deals(tmp_path / "known.csv", KNOWN), skip_bad_rows=True, console=Console(quiet=True)
        )
    # "Kestrel", the short name of two companies here (as articles leave it): a key an alias brings,
    # which a name found by it must be looked into (`BulkResolver.bare_short_name`).
    with sqlite3.connect(db) as conn:
        for name in ("Kestrel Photonics", "Kestrel Analytics"):
            company_id = conn.execute("SELECT id FROM companies WHERE name = ?", [name]).fetchone()
            if company_id is None:
                company_id = conn.execute(
                    "INSERT INTO companies (name, normalized) VALUES (?, lower(?))", [name, name]
                ).lastrowid
            else:
                company_id = company_id[0]
            conn.execute(
                "INSERT INTO aliases (company_id, alias, normalized) VALUES (?, 'Kestrel', 'kestrel')",
                [company_id],
            )
    conn.close()  # checkpoints the WAL: a copy of the file alone holds these aliases too
    return db


def companies_called(db: Path, name: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT c.name, group_concat(a.alias, '; ') FROM companies c LEFT JOIN aliases a"
            " ON a.company_id = c.id WHERE c.normalized = lower(?) GROUP BY c.id",
            [name],
        ).fetchall()


@pytest.mark.parametrize("lazily", [True, False])
def test_a_short_name_an_alias_brings_is_a_company_of_its_own_both_ways(
    populated, tmp_path, monkeypatch, lazily
):
    """ "Kestrel", an alias of Kestrel Photonics and of Kestrel Analytics, names neither: read key by key
    or every name first, the import makes the company called just Kestrel (`bare_short_name`)."""
    from ai_deals.store.writing import CompanyResolver

    shared = []
    going_by = CompanyResolver.going_by
    monkeypatch.setattr(
        CompanyResolver, "going_by", lambda self, *args: shared.append(going_by(self, *args)) or shared[-1]
    )
    db = tmp_path / "short.db"
    shutil.copy(populated, db)
    deals = write_deals(tmp_path / "short.csv", [["Kestrel", "Sequoia", "8000000", "2025", "", "investment"]])
    imported(db, [deals], lazily=lazily, monkeypatch=monkeypatch)
    # The branch taken, the same way ("Sequoia" is asked too since deal29: a knowledge short form of Sequoia Capital).
    assert [names for names in shared if "Kestrel Photonics" in names] == [["Kestrel Photonics", "Kestrel Analytics"]]
    assert companies_called(db, "Kestrel") == [("Kestrel", "Kestrel")]


@pytest.mark.parametrize("name", ["spelt_otherwise", *sorted(path.name for path in FIXTURES.iterdir())])
def test_names_read_key_by_key_write_what_every_name_read_first_writes(
    populated, tmp_path, monkeypatch, name
):
    path = (
        FIXTURES / name if name != "spelt_otherwise" else write_deals(tmp_path / "other.csv", SPELT_OTHERWISE)
    )
    eager, lazy = tmp_path / "eager.db", tmp_path / "lazy.db"
    shutil.copy(populated, eager)
    shutil.copy(populated, lazy)
    # twice: the second time, against the companies the first brought
    again = tmp_path / f"again{path.suffix}"
    again.write_bytes(path.read_bytes() + (b"\n" if path.suffix == ".csv" else b""))
    files = [path, again] if path.suffix == ".csv" else [path]
    assert imported(lazy, files, lazily=True, monkeypatch=monkeypatch) == imported(
        eager, files, lazily=False, monkeypatch=monkeypatch
    )


def test_only_a_file_far_smaller_than_the_database_reads_names_key_by_key(sample_store):
    conn = sample_store.db.conn
    companies = conn.execute("SELECT max(id) FROM companies").fetchone()[0]
    assert not resolves_lazily(conn, 0)  # its size unknown
    assert not resolves_lazily(conn, companies)
    conn.execute("INSERT INTO companies (id, name, normalized) VALUES (?, 'Last', 'last')", [companies * 100])
    assert resolves_lazily(conn, companies)


def test_run_together_names_find_the_same_company_when_many_names_share_their_first_words(monkeypatch):
    """`DatabaseNames.spaced` narrows a crowded key prefix ("alpha beta ...", 300 names) a letter at a
    time instead of reading it whole: the company found is the one every key read would give."""
    from ai_deals.store import lazy_names
    from ai_deals.store.names import squeezed

    monkeypatch.setattr(lazy_names, "_SPACED_READ_AT_ONCE", 4)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE companies (id INTEGER PRIMARY KEY, name TEXT, normalized TEXT)")
    conn.execute("CREATE TABLE aliases (id INTEGER PRIMARY KEY, company_id INT, alias TEXT, normalized TEXT)")
    keys = [f"alpha beta {n}" for n in range(300)] + ["alpha betazeta", "alphabeta zeta", "alpha be ta zeta"]
    keys += ["alpha beta zeta", "alpha  beta 7", "alp ha"]
    conn.executemany("INSERT INTO companies (name, normalized) VALUES (?, ?)", [(k, k) for k in keys])
    names = lazy_names.DatabaseNames(conn, first_new_company=10**6, first_new_alias=10**6)

    def every_key_read(joined: str) -> int | None:
        found = [
            i
            for i, key in conn.execute("SELECT id, normalized FROM companies ORDER BY id")
            if " " in key and squeezed(key) == joined
        ]
        return found[0] if found else None

    for joined in ("alphabetazeta", "alphabeta7", "alphabeta250", "alphabeta", "alpha", "alphabetazetax"):
        assert names.spaced(joined) == every_key_read(joined), joined

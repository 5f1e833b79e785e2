"""One story across sources for an investor's part of a raise and a stake's share: a deal file's
`Samsung Catalyst Fund, $25M, Series D` row beside the $410M Series D naming Samsung is Samsung's
money in that raise (one round, no conflict, the money counted once in search and on the page); two
sources giving one investor's stake on one day two shares (31% and 30%) are a conflict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store

ROUNDS = "company,investors,round_type,amount,currency,date,source_url,publisher"
STAKES = "company,investor,amount,currency,percentage,date,round_type,source_url,publisher"


def cli(*argv: str) -> None:
    assert main(list(argv)) == 0


def write(path: Path, header: str, *rows: str) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path, capsys) -> Path:
    database = tmp_path / "deals.db"
    rounds = write(
        tmp_path / "rounds.csv",
        ROUNDS,
        "Kestrel,Fidelity; Samsung Catalyst Fund,Series D,410000000,USD,2026-05-20,https://pitchbook.example/k,PitchBook",
        "Kestrel,Lux Capital,Series C,130000000,USD,2024-01-10,https://pitchbook.example/c,PitchBook",
    )
    first = write(
        tmp_path / "first.csv",
        STAKES,
        "Kestrel,Balderton Capital,,,31,2024-06-18,,https://news.example/b,News",
    )
    stakes = write(
        tmp_path / "stakes.csv",
        STAKES,
        "Kestrel,Samsung Catalyst Fund,25000000,USD,0.8,2026-05-20,Series D,https://other.example/k,Other",
        "Kestrel,Balderton Capital,,,30,2024-06-18,,https://other.example/b,Other",
    )
    for path in (rounds, first, stakes):
        cli("--db", str(database), *(["--empty"] if path is rounds else []), "import", str(path))
    capsys.readouterr()
    return database


def test_a_sources_round_of_an_investors_part_joins_the_raise_without_a_conflict(db):
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Kestrel").id)
        series_d = [r for r in page.rounds if r.round_type == "Series D"]
        assert [(r.amount, len(r.refs)) for r in series_d] == [(410e6, 2)]  # one round, both records
        assert not [c for c in page.conflicts if c.what.startswith("round")]
        (hit,) = [hit for hit in store.search("Kestrel") if hit.name == "Kestrel"]
        assert hit.summary.startswith("raised $540M")  # $410M + $130M, as the page lists them


def test_a_round_of_an_investor_the_raise_does_not_name_stays_a_round_of_its_own(db, tmp_path):
    other = write(
        tmp_path / "other.csv", STAKES, "Kestrel,Index Ventures,25000000,USD,,2026-05-20,Series D,,"
    )
    cli("--db", str(db), "import", str(other))
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Kestrel").id)
        assert sorted(r.amount for r in page.rounds if r.round_type == "Series D") == [25e6, 410e6]


def test_two_shares_of_one_investors_stake_on_one_day_are_a_conflict(db, capsys):
    cli("--db", str(db), "show", "Kestrel", "--json")
    conflicts = json.loads(capsys.readouterr().out)["conflicts"]
    (share,) = [c for c in conflicts if "share" in c["what"]]
    assert share["what"] == "Balderton Capital's share of Kestrel 2024-06-18"
    assert share["values"] == ["30%", "31%"]

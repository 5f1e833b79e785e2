"""The whole timeline's folds read as records only the companies where two stakes or two rounds could be
one (store/fold_candidates.py), and fold exactly what reading every company folds."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)

from ai_deals.store import Store, queries
from ai_deals.store import timeline_folds as timeline_folds_module
from ai_deals.store.timeline_folds import timeline_folds

HEADER = "company,investor,kind,amount,currency,bound,date,round_type,source_url,source_title,source_date"
BENCH = Path(__file__).resolve().parent.parent / "bench"


def row(
    company: str, investor: str, kind: str, amount: int, date: str, url: str, round_type: str = ""
) -> str:
    return f"{company},{investor},{kind},{amount},USD,exact,{date},{round_type},{url},{company} news,{date}"


def dense_deal_file(companies: int) -> str:
    """`companies` companies with two stakes of one investor and two rounds each, of other amounts and
    years apart (every one of them passed the old GROUP BY), and Foldco's one stake told by two articles."""
    lines = [HEADER]
    for number in range(companies):
        name = f"Dense {number}"
        lines += [
            row(
                name,
                "Big Fund",
                "investment",
                1_000_000 + number,
                "2001-03-01",
                f"https://a.example/{number}s1",
            ),
            row(
                name,
                "Big Fund",
                "investment",
                7_000_000 + number,
                "2009-06-01",
                f"https://a.example/{number}s2",
            ),
            row(name, "", "round", 3_000_000, "2002-01-10", f"https://a.example/{number}r1", "seed"),
            row(name, "", "round", 9_000_000, "2011-05-20", f"https://a.example/{number}r2", "series A"),
        ]
    lines += [
        row("Foldco", "Big Fund", "investment", 5_000_000, "2020-02-03", "https://a.example/fold1"),
        row("Foldco", "Big Fund", "investment", 5_000_000, "2020-02-03", "https://b.example/fold2"),
    ]
    return "\n".join(lines) + "\n"


def imported(capsys, tmp_path: Path, *files: Path) -> Path:
    db = tmp_path / "deals.db"
    for path in files:
        code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
        assert code == 0, err
    return db


def test_the_whole_timelines_folds_read_the_records_of_only_the_company_where_two_could_be_one(
    capsys, tmp_path, monkeypatch
):
    deals = tmp_path / "dense.csv"
    deals.write_text(dense_deal_file(40), encoding="utf-8")
    db = imported(capsys, tmp_path, deals)
    read: list = []
    fetch = queries.fetch_records

    def counted(*args, **kwargs):
        records = fetch(*args, **kwargs)
        read.extend(records)
        return records

    monkeypatch.setattr(queries, "fetch_records", counted)
    with Store(db, readonly=True) as store:
        folds = timeline_folds(store.db)
        foldco = store.find_company("Foldco").id
    assert len(folds) == 1  # Foldco's second account of its stake
    assert {record.company_id for record in read} == {foldco}
    assert len(read) == 2


def test_a_deal_files_rows_citing_two_articles_fold_though_one_file_tells_them(capsys, tmp_path):
    """A row citing its own article is a teller of its own (same_raise.teller): counting the file as
    one source would leave Foldco's stake out."""
    deals = tmp_path / "dense.csv"
    deals.write_text(dense_deal_file(2), encoding="utf-8")
    db = imported(capsys, tmp_path, deals)
    with Store(db, readonly=True) as store:
        (event,) = [
            e
            for e in store.timeline_window(None, limit=100)
            if e.company_id == store.find_company("Foldco").id
        ]
    assert event.title.endswith("· 2 sources")
    assert len(event.also) == 1


# One company for each way two records fold that two others of its company need not: its rounds'
# file (a raise and an investor's part of it, rival figures of one seed) and two deal files.
ROUNDS = """\
company,investors,lead_investors,round_type,raised_amount,currency,date,source_url
Nimbus,"Fidelity Investments, Sequoia Capital",,Series D,200000000,USD,2025-04-01,https://x.example/nimbus
Partco,"Alpha Capital, Beta Ventures",,Series B,40000000,USD,2022-06-10,https://x.example/part-whole
Partco,Alpha Capital,,Series B,12000000,USD,2022-06-10,https://x.example/part-alpha
Rivco,Gamma Partners,,Seed,5500000,USD,2023,https://x.example/riv-year
Rivco,Gamma Partners,,Seed,1500000,USD,2023-03-01,https://x.example/riv-day
"""
TOLD_FIRST = """\
company,investor,kind,amount,currency,bound,date,round_type,source_url,source_title,source_date
Retold Co,Big Fund,investment,5000000,USD,exact,2020-02-03,,https://x.example/retold,Retold news,2020-02-03
Filerow Co,,round,10000000,USD,exact,2021-03-10,series A,https://x.example/filerow,Filerow news,2021-03-10
Nimbus,Fidelity,investment,50000000,USD,exact,2025-04-01,series D,https://x.example/n2,Nimbus news,2025-04-01
Undated Co,,round,7000000,USD,exact,2019-05-05,seed,https://x.example/u1,Undated news,2019-05-05
Sweepco,,round,20000000,USD,exact,2024-01-10,series A,https://x.example/s1,Sweepco news,2024-01-10
"""
TOLD_AGAIN = """\
company,investor,kind,amount,currency,bound,date,round_type,source_url,source_title,source_date
Retold Co,Big Fund,investment,6000000,USD,exact,2020-02-03,,https://x.example/retold,Retold news,2020-02-03
Filerow Co,,round,12000000,USD,exact,2021-03,series A,,,
Nimbus,Fidelity Investments,investment,50000000,USD,exact,2025-04-01,series D,https://x.example/n3,Nimbus news,2025-04-01
Undated Co,,round,7000000,USD,exact,,seed,https://x.example/u2,Undated later news,
Sweepco,,round,20100000,USD,exact,2024-01-20,,https://x.example/s2,Sweepco later,2024-01-20
"""


def test_each_way_two_records_fold_is_read_and_folded_as_reading_every_company_does(
    capsys, tmp_path, monkeypatch
):
    """Another file's account of a stake citing the same article with another amount (Retold Co), a
    deal file's own row of the month with another amount (Filerow Co), an undated account (Undated Co),
    two investors' stakes in one round under a short and a full name (Nimbus), an investor's part
    (Partco), rival figures of a seed (Rivco), and an untyped account of a raise ten days later
    with $20.1M for $20M (Sweepco)."""
    files = []
    for name, text in (("rounds.csv", ROUNDS), ("first.csv", TOLD_FIRST), ("again.csv", TOLD_AGAIN)):
        files.append(tmp_path / name)
        files[-1].write_text(text, encoding="utf-8")
    db = imported(capsys, tmp_path, *files)
    with Store(db, readonly=True) as store:
        folds = timeline_folds(store.db)
        names = {company_of(store, ref) for ref in folds.titles}
    assert names == {"Retold Co", "Filerow Co", "Undated Co", "Nimbus", "Partco", "Rivco", "Sweepco"}
    assert len(folds) == 6  # the undated account has no place of its own: it is in the title
    found = folds_of(db)
    monkeypatch.setattr(queries, "stakes_that_can_fold", _every_company)
    monkeypatch.setattr(timeline_folds_module, "raises_that_can_fold", _every_company)
    assert found == folds_of(db)


def company_of(store: Store, ref) -> str:
    table = {"round": "rounds", "stake": "stakes"}[ref.record_type]
    sql = f"SELECT c.name FROM {table} t JOIN companies c ON c.id = t.company_id WHERE t.id = ?"
    return store.db.execute(sql, [ref.record_id]).fetchone()[0]


def folds_of(db: Path) -> tuple:
    with Store(db, readonly=True) as store:
        folds = timeline_folds(store.db)
        companies = [id_ for (id_,) in store.db.execute("SELECT id FROM companies ORDER BY id")]
        company_timelines = {
            id_: [(e.ref, e.title, e.also) for e in store.timeline(id_)] for id_ in companies
        }
    return folds.also, folds.hidden, folds.hidden_places, folds.titles, company_timelines


def test_the_candidates_fold_what_reading_every_company_folds(capsys, tmp_path, monkeypatch):
    """A generated data set of 60 names and a second file retelling the rows of every fourth company,
    some with another amount, a month for a day, a short investor name, another or no article: the
    folds (the whole timeline's and each company's) are those of reading every company with two stakes
    or two rounds, though most of those are left unread."""
    dense = tmp_path / "dense.csv"
    command = [sys.executable, str(BENCH / "make_dataset.py"), "--companies", "60", "--rows", "2000"]
    subprocess.run([*command, "--out", str(dense)], check=True, capture_output=True)
    header, *rows = csv.reader(io.StringIO(dense.read_text(encoding="utf-8")))
    retold_companies = sorted({cells[0] for cells in rows})[::4]
    retold = tmp_path / "retold.csv"
    with retold.open("w", encoding="utf-8", newline="") as out:
        told_again = [cells for cells in rows if cells[0] in retold_companies]
        csv.writer(out).writerows([header, *(_retold(cells, n) for n, cells in enumerate(told_again))])
    db = imported(capsys, tmp_path, dense, retold)
    with Store(db, readonly=True) as store:
        companies = [id_ for (id_,) in store.db.execute("SELECT id FROM companies")]
        assert len(queries.stakes_told_twice(store.db, companies)) < len(companies) / 2
    found = folds_of(db)
    monkeypatch.setattr(queries, "stakes_that_can_fold", _every_company)
    monkeypatch.setattr(timeline_folds_module, "raises_that_can_fold", _every_company)
    everything = folds_of(db)
    assert len(found[0]) > 100  # the data set folds many
    assert found == everything


def _every_company(db, company_ids) -> list[int]:
    """What fold_candidates' rules keep when they keep every company they are given."""
    return list(company_ids)


def _retold(line: list[str], number: int) -> list[str]:
    """A row of make_dataset's CSV told again, one of six ways by its number."""
    cells = list(line)
    way = number % 6
    if way == 1 and cells[3]:
        cells[3] = str(int(float(cells[3]) * 1.02))  # another amount
    elif way == 2 and len(cells[6]) == 10:
        cells[6] = cells[6][:7]  # the month, not the day
    elif way == 3 and cells[1]:
        cells[1] = cells[1].split()[0]  # a short investor name
    elif way == 4:
        cells[12] += "-other"  # another article
    elif way == 5:
        cells[12] = ""  # no article: the file tells it
    return cells


def generated_and_retold(tmp_path: Path, capsys) -> Path:
    """make_dataset's 2,000 rows of 60 names and a second file retelling the rows of every fourth
    company (`_retold`): hundreds of records folded into another's event."""
    dense = tmp_path / "dense.csv"
    command = [sys.executable, str(BENCH / "make_dataset.py"), "--companies", "60", "--rows", "2000"]
    subprocess.run([*command, "--out", str(dense)], check=True, capture_output=True)
    header, *rows = csv.reader(io.StringIO(dense.read_text(encoding="utf-8")))
    retold_companies = sorted({cells[0] for cells in rows})[::4]
    retold = tmp_path / "retold.csv"
    with retold.open("w", encoding="utf-8", newline="") as out:
        told_again = [cells for cells in rows if cells[0] in retold_companies]
        csv.writer(out).writerows([header, *(_retold(cells, n) for n, cells in enumerate(told_again))])
    return imported(capsys, tmp_path, dense, retold)


def test_the_first_events_are_the_whole_timelines_from_the_folds_of_their_companies_only(
    capsys, tmp_path, monkeypatch
):
    db = generated_and_retold(tmp_path, capsys)
    asked: list = []
    real = timeline_folds_module.timeline_folds

    def counted(database, among=None):
        asked.append(among)
        return real(database, among)

    with Store(db, readonly=True) as store:
        everything = store.timeline_window(None, limit=300)
        assert sum(len(event.also) for event in everything) > 20  # the first events fold many
        monkeypatch.setattr(timeline_folds_module, "timeline_folds", counted)
        for limit in (1, 2, 5, 20, 77, 300):
            first = store.first_timeline_events(limit)
            assert [(e.ref, e.title, e.also) for e in first] == [
                (e.ref, e.title, e.also) for e in everything[:limit]
            ]
        companies = store.db.execute("SELECT count(*) FROM companies").fetchone()[0]
    assert None not in asked  # never the whole history's folds
    assert len(asked[0]) <= 2  # the first event's company (and a partnership's partner)
    assert max(len(among) for among in asked) < companies


def test_timeline_limit_prints_the_first_events_as_the_whole_timeline_does_without_its_folds(
    capsys, tmp_path, monkeypatch
):
    db = generated_and_retold(tmp_path, capsys)
    code, whole, _ = run(capsys, "--db", str(db), "timeline", "--json")
    assert code == 0
    asked: list = []
    real = timeline_folds_module.timeline_folds

    def counted(database, among=None):
        asked.append(among)
        return real(database, among)

    monkeypatch.setattr(timeline_folds_module, "timeline_folds", counted)
    code, first, _ = run(capsys, "--db", str(db), "timeline", "--limit", "20", "--json")
    assert code == 0
    assert json.loads(first)["events"] == json.loads(whole)["events"][:20]
    assert any(event["also"] for event in json.loads(first)["events"])
    # 30: the first 20 hold no event two sources tell (a revenue the two files cite to one article, in
    # one row's words, is one source's twice, as the page shows it: two events)
    code, table, _ = run(capsys, "--db", str(db), "timeline", "--limit", "30")
    assert code == 0 and "· 2 sources" in table
    assert asked and None not in asked  # never the whole history's folds

"""`ai-deals timeline` and `ai-deals export` keep records by date (--from, --to: inclusive, a record
dated to a month or a year kept when its period overlaps), by kind (--kind, repeated or a comma list)
and by investor (--investor, resolved as --company is), all combined and filtered by the store's
queries a batch at a time; `timeline --limit N` prints the first N events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import import_deals, run

from ai_deals import cli
from ai_deals.store import Store, queries
from ai_deals.store import store as store_module
from ai_deals.store.models import RecordRef
from ai_deals.store.record_filter import KINDS

DEALS = """kind,company,investors,amount,currency,date,round_type,metric
round,Alpha AI,Vantor Capital,10000000,USD,2023-12-31,Seed,
round,Beta Labs,Osk Partners,20000000,USD,2024,Series A,
round,Gamma Robotics,Vantor Capital,30000000,USD,2024-06,Series B,
round,Delta Vision,Osk Partners,40000000,USD,2024-06-15,Series A,
round,Epsilon Data,Vantor Capital,50000000,USD,2025-01-02,Series C,
investment,Zeta Cloud,Vantor Capital,5000000,EUR,2024-03-01,,
valuation,Beta Labs,,900000000,USD,2024-02,,
revenue,Gamma Robotics,,7000000,USD,2024,,
partnership,Alpha AI,Delta Vision,,,2024-07,,
acquisition,Theta Chips,Vantor Capital,80000000,USD,2024-11-20,,
"""


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    return import_deals(capsys, tmp_path, DEALS)


def timeline_titles(capsys, db: Path, *options: str) -> list[str]:
    code, out, err = run(capsys, "--db", str(db), "timeline", "--json", *options)
    assert code == 0, err
    return [event["title"] for event in json.loads(out)["events"]]


def exported(capsys, db: Path, *options: str) -> list[dict]:
    """The records (no company rows) `export --format json OPTIONS` writes."""
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "json", *options)
    assert code == 0, err
    return [record for record in json.loads(out)["records"] if record["record_type"] != "company"]


def test_a_date_range_keeps_the_records_whose_period_overlaps_it(capsys, db):
    titles = timeline_titles(capsys, db, "--from", "2024-06", "--to", "2024-06", "--kind", "round")
    # 2024 (a year) and 2024-06 (a month) overlap June 2024; 2024-06-15 is in it.
    assert titles == [
        "Beta Labs raises $20M (Series A) from Osk Partners",
        "Gamma Robotics raises $30M (Series B) from Vantor Capital",
        "Delta Vision raises $40M (Series A) from Osk Partners",
    ]


def test_a_range_from_a_day_keeps_the_month_and_year_it_falls_in(capsys, db):
    titles = timeline_titles(capsys, db, "--from", "2024-06-15", "--kind", "round")
    assert [title.split(" raises")[0] for title in titles] == [
        "Beta Labs",
        "Gamma Robotics",
        "Delta Vision",
        "Epsilon Data",
    ]


def test_export_of_2024s_rounds(capsys, db):
    records = exported(capsys, db, "--from", "2024", "--to", "2024", "--kind", "round")
    assert sorted((r["company"], r["date"]) for r in records) == [
        ("Beta Labs", "2024"),
        ("Delta Vision", "2024-06-15"),
        ("Gamma Robotics", "2024-06"),
    ]


def test_kinds_are_repeated_or_a_comma_list(capsys, db):
    repeated = exported(capsys, db, "--kind", "valuation", "--kind", "acquisition")
    listed = exported(capsys, db, "--kind", "valuation,acquisition")
    assert repeated == listed
    assert sorted(r["kind"] for r in listed) == ["acquisition", "valuation"]


def test_kind_metric_keeps_every_figure_and_investment_the_stakes(capsys, db):
    assert sorted(r["kind"] for r in exported(capsys, db, "--kind", "metric")) == ["revenue", "valuation"]
    assert [r["company"] for r in exported(capsys, db, "--kind", "investment")] == ["Zeta Cloud"]


def test_investor_keeps_its_rounds_investments_and_acquisitions_and_says_what_it_resolved(capsys, db):
    code, out, err = run(
        capsys, "--db", str(db), "export", "--format", "json", "--investor", "Vantor Capitl", "--from", "2024"
    )
    assert code == 0, err
    assert 'ai-deals: "Vantor Capitl" → Vantor Capital' in err
    records = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    assert sorted((r["record_type"], r["company"]) for r in records) == [
        ("acquisition", "Theta Chips"),
        ("round", "Epsilon Data"),
        ("round", "Gamma Robotics"),
        ("stake", "Zeta Cloud"),
    ]


def test_filters_combine_with_company(capsys, db):
    titles = timeline_titles(capsys, db, "--company", "Delta Vision", "--kind", "partnership")
    assert titles == ["Alpha AI partners with Delta Vision"]
    records = exported(capsys, db, "--company", "Alpha AI", "--to", "2023")
    assert [(r["record_type"], r["date"]) for r in records] == [("round", "2023-12-31")]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2024-13"], "--from: '2024-13' is not a date (no such month or day)"),
        (["--to", "24"], "--to: '24' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        (["--from", "2025", "--to", "2024-12"], "--from 2025 is after --to 2024-12"),
        (["--kind", "rounds,loan"], "--kind: 'loan' is not a kind (one of round, investment,"),
        (["--kind", ","], "--kind: no kind given"),
        (["--investor", "Nobody Known At All"], "no company or investor matches 'Nobody Known At All'"),
    ],
)
@pytest.mark.parametrize("command", ["timeline", "export"])
def test_a_bad_filter_is_a_one_line_error_naming_the_option(capsys, db, command, options, message):
    code, out, err = run(capsys, "--db", str(db), command, *options)
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and message in err, err


def ftm_exported(capsys, db: Path, *options: str) -> list[dict]:
    """The FollowTheMoney entities `export --format ftm OPTIONS` writes."""
    code, out, err = run(capsys, "--db", str(db), "export", "--format", "ftm", *options)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


# Every record the JSON export keeps (exp28: a figure or a statement an `Event`).
FTM_LINKS = ("round", "stake", "acquisition", "partnership", "metric", "statement")


@pytest.mark.parametrize(
    "options",
    [
        ("--from", "2024-06"),
        ("--to", "2024-03"),
        ("--from", "2024", "--to", "2024"),
        ("--kind", "round"),
        ("--kind", "investment,acquisition"),
        ("--kind", "partnership"),
        ("--investor", "Vantor Capital"),
        ("--investor", "Osk Partners", "--from", "2024-06"),
        ("--company", "Alpha AI", "--to", "2023"),
    ],
)
def test_an_ftm_export_keeps_the_links_a_json_export_keeps_and_the_companies_they_join(capsys, db, options):
    kept = {f"ai-deals-{r['record_type']}-{r['record_id']}" for r in exported(capsys, db, *options)}
    entities = ftm_exported(capsys, db, *options)
    links = [e for e in entities if e["schema"] not in ("Company", "Person")]
    assert {e["id"] for e in links} == {id_ for id_ in kept if id_.split("-")[2] in FTM_LINKS}
    joined = {v for e in links for name, values in e["properties"].items() for v in values}
    assert {e["id"] for e in entities if e not in links} == {v for v in joined if "-company-" in v}
    unfiltered = (
        ftm_exported(capsys, db, *options[:2]) if options[0] == "--company" else ftm_exported(capsys, db)
    )
    assert 0 < len(links) < sum(e["schema"] not in ("Company", "Person") for e in unfiltered)


def test_an_ftm_export_whose_filters_keep_no_link_writes_no_file_and_says_so(capsys, db, tmp_path):
    out_file = tmp_path / "kept.ftm.json"
    # a valuation is an FtM `Event` now (exp28): no projection is in the database, none is kept
    code, out, err = run(capsys, "--db", str(db), "export", "--out", str(out_file), "--kind", "projection")
    assert code == 0, err
    assert not out_file.exists()
    assert err.strip() == "nothing to export (--kind projection)"


def test_timeline_limit_prints_the_first_events_and_reads_no_further(capsys, db, monkeypatch):
    monkeypatch.setattr(cli, "TIMELINE_WINDOW", 2)
    read: list[int] = []
    window = Store.timeline_window

    def counted(self, *args, **kwargs):
        events = window(self, *args, **kwargs)
        read.append(len(events))
        return events

    monkeypatch.setattr(Store, "timeline_window", counted)
    every = timeline_titles(capsys, db)
    read.clear()
    assert timeline_titles(capsys, db, "--limit", "3") == every[:3]
    assert read == [2, 2]  # the second window holds the third event: no third window is read
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--limit", "2")
    assert code == 0 and every[0].split(" raises")[0] in out and "Beta Labs" not in out


def test_a_filtered_whole_export_reads_its_records_a_batch_at_a_time(capsys, db, monkeypatch):
    read_in_batches = queries._export_places
    batches: list[int] = []

    def a_batch_at_a_time(db_, record_type, where, params):
        found = read_in_batches(db_, record_type, where, params)
        batches.append(len(found))
        return found

    monkeypatch.setattr(queries, "_export_places", a_batch_at_a_time)
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 2)
    records = exported(capsys, db, "--kind", "round")
    assert len(records) == 5 and max(batches) <= 2, "every record reference read at once"
    assert len([count for count in batches if count]) > 2


def test_the_kinds_the_cli_offers_are_the_stores():
    assert cli.FILTER_KINDS == tuple(KINDS)


def test_every_command_and_option_has_a_help_text():
    """`ai-deals -h` lists each command with a summary, each command's `-h` opens with one, and every
    argument and option there says what it is."""
    parser = cli.build_parser()
    commands = next(action for action in parser._actions if action.dest == "command")
    summaries = {action.dest: action.help for action in commands._choices_actions}
    missing = [f"ai-deals: {action.dest}" for action in parser._actions if not action.help]
    for name, command in commands.choices.items():
        missing += [] if summaries.get(name) else [f"{name}: its summary in ai-deals -h"]
        missing += [] if command.description else [f"{name}: its summary in ai-deals {name} -h"]
        missing += [f"{name}: {action.dest}" for action in command._actions if not action.help]
    assert missing == []


def test_timeline_help_opens_with_its_summary_and_export_company_names_the_portfolio(capsys):
    with pytest.raises(SystemExit):
        run(capsys, "timeline", "-h")
    timeline_help = capsys.readouterr().out
    assert timeline_help.split("\n\n")[1].startswith("Every dated event, oldest first")
    with pytest.raises(SystemExit):
        run(capsys, "export", "-h")
    assert "its portfolio" in capsys.readouterr().out


def test_the_readme_documents_the_filters_and_limit():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for option in ("--from DATE", "--to DATE", "--kind KIND", "--investor NAME", "--limit N"):
        assert option in readme, option


def test_a_filtered_export_reads_the_company_rows_it_starts_with_a_batch_at_a_time(db, monkeypatch):
    from ai_deals.store.record_filter import RecordFilter

    investors = RecordFilter(kinds=frozenset({"round", "investment"}))
    with Store.open(db) as store:
        whole = [r for r in store.iter_filtered_export_records(investors, companies=True)]
        asked: list[int] = []
        rows_of = Store._company_rows_of

        def a_batch_at_a_time(self, company_ids):
            asked.append(len(company_ids))
            return rows_of(self, company_ids)

        monkeypatch.setattr(Store, "_company_rows_of", a_batch_at_a_time)
        monkeypatch.setattr(store_module, "EXPORT_BATCH", 2)
        batched = list(store.iter_filtered_export_records(investors, companies=True))
    assert [r.model_dump() for r in batched] == [r.model_dump() for r in whole]
    # The two investors (their kind is a detail to carry), of the eight companies named, 2 ids a read.
    assert sum(r.record_type == "company" for r in whole) == 2
    assert max(asked) == 2 and len(asked) == 4


@pytest.mark.parametrize(
    "options",
    [
        ("--kind", "investment", "--investor", "Osk Partners"),
        ("--company", "Alpha AI", "--from", "2030"),
    ],
)
def test_a_timeline_whose_filters_keep_nothing_says_no_events_naming_them(capsys, db, options):
    code, out, err = run(capsys, "--db", str(db), "timeline", *options)
    assert code == 0, err
    assert out.strip() == f"no events ({' '.join(options[:2])}, {' '.join(options[2:])})"


def test_an_export_whose_filters_keep_nothing_writes_no_file_and_says_so(capsys, db, tmp_path):
    out_file = tmp_path / "kept.csv"
    options = ("--investor", "Osk Partners", "--kind", "acquisition")
    code, out, err = run(capsys, "--db", str(db), "export", "--out", str(out_file), *options)
    assert code == 0, err
    assert not out_file.exists()
    assert err.strip() == "nothing to export (--kind acquisition, --investor Osk Partners)"


def test_a_filtered_whole_export_reads_each_record_once(db, monkeypatch):
    """Its company rows come first, yet the companies they name are read from the records' id
    columns: a second read of every record took minutes at a million."""
    from ai_deals.store.record_filter import RecordFilter

    read: list = []
    records_for = Store._records_for

    def counted(self, refs, **kwargs):
        read.extend(refs)
        return records_for(self, refs, **kwargs)

    monkeypatch.setattr(Store, "_records_for", counted)
    with Store.open(db) as store:
        investors = RecordFilter(kinds=frozenset({"round", "investment"}))
        exported = list(store.iter_filtered_export_records(investors, companies=True))
    assert sum(r.record_type != "company" for r in exported) == 6
    assert len(read) == len(set(read)) == 6


@pytest.mark.parametrize("kind", [*KINDS])
def test_a_filtered_export_starts_with_the_company_rows_its_records_name(db, kind):
    from ai_deals.store.record_filter import RecordFilter

    kept = RecordFilter(kinds=frozenset({kind}))
    with Store.open(db) as store:
        exported = list(store.iter_filtered_export_records(kept, companies=True))
        kept_records = [r for r in exported if r.record_type != "company"]
        records = store._records_for(
            [RecordRef(record_type=r.record_type, record_id=r.record_id) for r in kept_records]
        )
        named = {company_id for record in records for company_id in queries.named_company_ids(record)}
        expected = store._company_rows_of(named)
    assert [r for r in exported if r.record_type == "company"] == expected

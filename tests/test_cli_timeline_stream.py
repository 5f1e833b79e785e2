"""`ai-deals timeline` prints the whole timeline a window at a time (1.2M events took GBs read at
once), byte for byte what it printed from the timeline read whole: table and JSON, ties of one date,
every record type, titles wider than the terminal or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from rich.console import Console

from ai_deals import cli, render
from ai_deals.store import Store

# Many events on few dates, of every type a deal file gives, so that windows end inside a date's
# ties; one company's name long enough to be wrapped in an 80-column table.
LONG = "Extraordinarily Long Company Name Holdings International Research Laboratories"
KINDS = "kind,company,investors,amount,currency,date,round_type,metric,unit\n" + "".join(
    f"round,{LONG if n == 17 else f'Co{n % 7}'},Fund{n % 5},{(n + 1) * 1e6},USD,{date},Seed,,\n"
    f"investment,Co{n % 3},Angel{n % 4},{(n + 2) * 1e5},EUR,{date},,,\n"
    f"partnership,Co{n % 5},Partner{n % 3},,,{date},,,\n"
    f"projection,Co{n % 4},,{n + 10},,{date},,employees,employees\n"
    f"metric,Co{n % 6},,{n + 20},,{date},,employees,employees\n"
    f"acquisition,Target{n},Buyer{n % 2},{n * 1e6},USD,{date},,,\n"
    for n, date in enumerate(["2019", "2019-03", "2019-03-01", "2019-03-01", "2020", "2020-06-30"] * 8)
)


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "kinds.csv"
    path.write_text(KINDS, encoding="utf-8")
    db = tmp_path / "w.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    with Store.open(db) as store:
        store.review(store.timeline()[9].ref, "rejected")
    return db


WHOLE = Store.timeline


def whole_timeline_output(capsys, db: Path, *, json: bool) -> str:
    """What `timeline` printed when it read the whole timeline at once."""
    with Store.open(db) as store:
        events = WHOLE(store)
        assert len(events) > render.BIG_TABLE and len({e.ref.record_type for e in events}) == 5
        if json:
            cli._print_json({"events": [event.model_dump() for event in events]})
        else:
            render.print_timeline(Console(), events)
    return capsys.readouterr().out


@pytest.fixture
def windowed(monkeypatch):
    """Small windows; the timeline read whole is refused, and every window read is recorded."""
    monkeypatch.setattr(cli, "TIMELINE_WINDOW", 7)
    whole, window = Store.timeline, Store.timeline_window
    sizes: list[int] = []

    def timeline(self, company_id=None):
        assert company_id is not None, "the whole timeline was read at once"
        return whole(self, company_id)

    def timeline_window(self, *args, **kwargs):
        events = window(self, *args, **kwargs)
        sizes.append(len(events))
        return events

    monkeypatch.setattr(Store, "timeline", timeline)
    monkeypatch.setattr(Store, "timeline_window", timeline_window)
    return sizes


@pytest.mark.parametrize("columns", ["80", "300"])
def test_the_timeline_printed_a_window_at_a_time_is_byte_for_byte_the_whole_ones(
    capsys, db, monkeypatch, windowed, columns
):
    monkeypatch.setenv("COLUMNS", columns)  # 300: no title is wider than the room, all are measured
    expected = whole_timeline_output(capsys, db, json=False)
    assert (f"{LONG} " in expected) == (columns == "300")  # wrapped at 80 columns
    code, out, err = run(capsys, "--db", str(db), "timeline")
    assert code == 0, err
    assert out == expected
    assert len(sizes := windowed) > 30 and max(sizes) <= 7


def test_titles_measured_past_what_is_kept_are_printed_the_same(capsys, db, monkeypatch, windowed):
    monkeypatch.setenv("COLUMNS", "300")
    monkeypatch.setattr(render, "TIMELINE_KEEP", 20)
    expected = whole_timeline_output(capsys, db, json=False)
    code, out, _ = run(capsys, "--db", str(db), "timeline")
    assert code == 0 and out == expected


@pytest.mark.parametrize("columns", ["80", "400"])
def test_a_terminal_wider_than_every_title_reads_the_timeline_once(
    capsys, db, monkeypatch, windowed, columns
):
    # 400 columns: every title is measured, more of them than are kept in memory (it read them twice).
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(render, "TIMELINE_KEEP", 20)
    with Store.open(db) as store:
        total = store.timeline_outline().total
    code, out, err = run(capsys, "--db", str(db), "timeline")
    assert code == 0, err
    assert sum(windowed) == total and windowed.count(0) == 1  # each event read once, then the end


def test_the_timeline_in_json_written_a_window_at_a_time_is_byte_for_byte_the_whole_ones(
    capsys, db, windowed
):
    expected = whole_timeline_output(capsys, db, json=True)
    code, out, err = run(capsys, "--db", str(db), "timeline", "--json")
    assert code == 0, err
    assert out == expected


def test_an_empty_timeline_reads_as_before(capsys, tmp_path, windowed):
    db = tmp_path / "e.db"
    Store.open(db).close()
    code, out, _ = run(capsys, "--db", str(db), "timeline", "--json")
    assert code == 0 and out == '{\n  "events": []\n}\n'

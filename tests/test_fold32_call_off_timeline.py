"""A round whose one investor a later article says walked away ("Nvidia called off its $2 billion investment
in Zeta") is one event on the timeline, as on its company's page: the round's, saying "called off" once with
who said so, the call-off folded into it (its `also`), never an event of its own beside it. A title says it in
one parenthesis, never "(called off (…))". Whole timeline, its windows and count, a company's and an
investor's timeline and the CLI agree (fold32). Articles written for these tests."""

from __future__ import annotations

import json

import pytest
from cli_helpers import private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.store.models import RecordRef

RAISED = "Zeta raised $2 billion from Nvidia, the AI startup said on Monday."
INVESTED = "Nvidia has invested $2 billion in Zeta, the AI startup said on Monday."
ABANDONED = "Nvidia has abandoned plans to invest $2 billion in Zeta, people familiar with the matter said."
ROUND_TITLE = "Zeta raises $2B (called off: Daily, 2026-05-10) from Nvidia"


def article(text: str, title: str, published: str):
    return parse_article(text, title=title, published=published, publisher=title.split()[0], language="en")


EARLIER = article(RAISED, "Wire raises", "2026-03-02")
LATER = article(ABANDONED, "Daily drops", "2026-05-10")


def imported(tmp_path, *sources) -> Store:
    store = Store.open(tmp_path / "fold32.db")
    for source in sources:
        store.import_source(source)
    return store


def call_off_ref(store: Store) -> RecordRef:
    (stake_id,) = [row[0] for row in store.db.execute("SELECT id FROM stakes")]
    return RecordRef(record_type="stake", record_id=stake_id)


@pytest.mark.parametrize("order", [(EARLIER, LATER), (LATER, EARLIER)], ids=["earlier-first", "later-first"])
def test_a_round_called_off_is_one_event_on_the_whole_timeline_the_call_off_folded_into_it(tmp_path, order):
    store = imported(tmp_path, *order)
    (event,) = store.timeline()
    assert event.title == ROUND_TITLE
    assert event.also == [call_off_ref(store)]  # its source goes with it (selected, exported)


def test_the_timeline_windows_count_and_first_events_leave_the_call_off_out(tmp_path):
    store = imported(tmp_path, EARLIER, LATER)
    assert store.timeline_count() == 1
    assert [event.title for event in store.timeline_window(None, limit=10)] == [ROUND_TITLE]
    assert [event.title for event in store.timeline_window(None, limit=10, backward=True)] == [ROUND_TITLE]
    assert [event.title for event in store.first_timeline_events(10)] == [ROUND_TITLE]
    assert store.timeline_outline().total == 1


def test_the_company_and_the_investor_timelines_show_the_called_off_round_once(tmp_path):
    store = imported(tmp_path, EARLIER, LATER)
    for name in ("Zeta", "Nvidia"):
        assert [event.title for event in store.timeline(store.find_company(name).id)] == [ROUND_TITLE], name


def test_the_timeline_command_and_its_json_show_the_called_off_round_once(capsys, tmp_path):
    imported(tmp_path, EARLIER, LATER).close()
    db = tmp_path / "fold32.db"
    events = json.loads(run_ok(capsys, db, "timeline", "--json"))["events"]
    assert [event["title"] for event in events] == [ROUND_TITLE]
    for args in (["timeline"], ["timeline", "--limit", "5"], ["timeline", "--investor", "Nvidia"]):
        shown = " ".join(run_ok(capsys, db, *args).replace("│", " ").split())
        assert shown.count("called off") == 1 and "invests" not in shown, (args, shown)


def test_a_stake_called_off_says_so_in_one_parenthesis_on_the_timeline(tmp_path):
    store = imported(tmp_path, article(INVESTED, "Wire invests", "2026-03-02"), LATER)
    (event,) = store.timeline()
    assert event.title == "Nvidia invests $2B in Zeta (called off: Daily, 2026-05-10) · 2 sources"
    assert "((" not in event.title and "))" not in event.title

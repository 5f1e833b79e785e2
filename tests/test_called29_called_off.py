"""A later article calling a deal off marks the deal an earlier article recorded (store/called_off.py): still
listed, its status "called off" with the later sentence as evidence, no longer counted; whatever the order of
the imports. Articles written for these tests."""

from __future__ import annotations

import json

import pytest
from cli_helpers import private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import CALLED_OFF
from ai_deals.store import Store

INVESTED = "Nvidia has invested $2 billion in Zeta, the AI startup said on Monday."
ABANDONED = "Nvidia has abandoned plans to invest $2 billion in Zeta, people familiar with the matter said."
RENONCE = "Nvidia a renoncé à investir 2 milliards de dollars dans Zeta, selon plusieurs sources."


def article(text: str, title: str, published: str, language: str = "en"):
    return parse_article(text, title=title, published=published, publisher=title.split()[0], language=language)


EARLIER = article(INVESTED, "Wire invests", "2026-03-02")
LATER = article(ABANDONED, "Daily drops", "2026-05-10")


def zeta(store: Store):
    return store.company(store.find_company("Zeta").id)


def imported(tmp_path, *sources) -> Store:
    store = Store.open(tmp_path / "called29.db")
    for source in sources:
        store.import_source(source)
    return store


def test_an_article_calling_a_deal_off_gives_a_call_off_record_and_no_fact():
    assert EARLIER.facts and not EARLIER.called_off
    assert LATER.facts == []
    (off,) = LATER.called_off
    assert (off.investor, off.company, off.amount, off.currency, off.status, off.date) == (
        "Nvidia", "Zeta", 2e9, "USD", CALLED_OFF, "2026-05-10"
    )
    (french,) = article(RENONCE, "Journal renonce", "2026-05-11", "fr").called_off
    assert (french.investor, french.company, french.amount) == ("Nvidia", "Zeta", 2e9)


@pytest.mark.parametrize("order", [(EARLIER, LATER), (LATER, EARLIER)], ids=["earlier-first", "later-first"])
def test_a_later_call_off_marks_the_earlier_stake_and_it_is_not_counted_in_either_order(tmp_path, order):
    store = imported(tmp_path, *order)
    page = zeta(store)
    (stake,) = page.investors  # the earlier deal stays listed, the call-off is no stake of its own
    assert stake.status == CALLED_OFF
    assert [e.sentence for e in stake.called_off_by] == [ABANDONED]
    assert [e.sentence for e in stake.evidence] == [INVESTED]
    assert page.raised == {}
    (held,) = store.company(store.find_company("Nvidia").id).portfolio
    assert held.status == CALLED_OFF


def test_importing_the_call_off_again_changes_nothing(tmp_path):
    store = imported(tmp_path, EARLIER, LATER, LATER)
    (stake,) = zeta(store).investors
    assert len(stake.called_off_by) == 1


def test_a_call_off_of_another_amount_marks_no_stake(tmp_path):
    other = article(ABANDONED.replace("$2 billion", "$5 billion"), "Daily drops", "2026-05-10")
    store = imported(tmp_path, EARLIER, other)
    page = zeta(store)
    invested = [stake for stake in page.investors if not stake.status == CALLED_OFF]
    assert [stake.amount for stake in invested] == [2e9]
    assert page.raised == {"USD": 2e9}
    (note,) = [stake for stake in page.investors if stake.status == CALLED_OFF]  # the call-off is not lost
    assert (note.amount, note.called_off_by) == (5e9, [])


def test_a_call_off_by_another_investor_marks_no_stake(tmp_path):
    other = article(ABANDONED.replace("Nvidia", "Microsoft"), "Daily drops", "2026-05-10")
    store = imported(tmp_path, EARLIER, other)
    page = zeta(store)
    assert page.raised == {"USD": 2e9}
    (nvidia,) = [stake for stake in page.investors if stake.investor == "Nvidia"]
    assert nvidia.status != CALLED_OFF


def test_a_call_off_told_before_the_deal_marks_no_stake(tmp_path):
    early = article(ABANDONED, "Daily drops", "2026-01-10")
    store = imported(tmp_path, EARLIER, early)
    assert zeta(store).raised == {"USD": 2e9}


def test_show_and_the_timeline_say_the_stake_is_called_off_with_who_said_so(capsys, tmp_path):
    store = imported(tmp_path, LATER, EARLIER)
    store.close()
    db = tmp_path / "called29.db"
    shown = run_ok(capsys, db, "show", "Zeta")
    assert "called off (Daily, 2026-05-10)" in " ".join(shown.split())
    assert "raised $2B" not in shown
    assert json.loads(run_ok(capsys, db, "show", "--json", "Zeta"))["raised"] == {}
    events = json.loads(run_ok(capsys, db, "timeline", "--company", "Zeta", "--json"))
    titles = [event["title"] for event in (events["events"] if isinstance(events, dict) else events)]
    assert any("(called off: Daily, 2026-05-10)" in title for title in titles), titles  # fold32: no nested brackets
    assert not any(title.endswith("(called off)") for title in titles)  # the call-off folds into the deal


def test_an_export_marks_the_stake_called_off_and_counts_nothing(capsys, tmp_path):
    store = imported(tmp_path, EARLIER, LATER)
    store.close()
    rows = json.loads(run_ok(capsys, tmp_path / "called29.db", "export", "--format", "json"))["records"]
    (stake,) = [row for row in rows if row["record_type"] == "stake" and row["sentence"] == INVESTED]
    assert stake["called_off"] is True and not stake["counted"]


def test_removing_the_article_calling_the_deal_off_counts_the_deal_again(tmp_path):
    store = imported(tmp_path, EARLIER, LATER)
    (later_id,) = store.source_ids("Daily drops")
    store.remove_source(later_id)
    page = zeta(store)
    (stake,) = page.investors
    assert (stake.status, stake.called_off_by, page.raised) == ("announced", [], {"USD": 2e9})

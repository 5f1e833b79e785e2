"""A later article calling off the deal of a round whose one investor walks away marks that round called off
(store/called_off.py: `Round.called_off_by`): still listed, said "called off (source, date)", counted in
nothing (money raised, year bars, co-investors, the export's `counted`), and the FollowTheMoney export says
so. A round of several investors stays: only the investor's own stake is called off. Articles written for
these tests."""

from __future__ import annotations

import json

import pytest
from cli_helpers import private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import CALLED_OFF
from ai_deals.store import Store
from ai_deals.store.coinvestors import round_deals
from ai_deals.tui.widgets.charts import funding_bars

RAISED = "Zeta raised $2 billion from Nvidia, the AI startup said on Monday."
SHARED = "Zeta raised $3 billion from Nvidia and Microsoft, the AI startup said on Monday."
NVIDIA_PART = "Nvidia invested $2 billion in the round."
INVESTED = "Nvidia has invested $2 billion in Zeta, the AI startup said on Monday."
ABANDONED = "Nvidia has abandoned plans to invest $2 billion in Zeta, people familiar with the matter said."
OFF_WORDS = "called off (Daily, 2026-05-10)"
TITLE_OFF_WORDS = "called off: Daily, 2026-05-10"  # in a title's parenthesis (fold32: no bracket in a bracket)


def article(text: str, title: str, published: str):
    return parse_article(text, title=title, published=published, publisher=title.split()[0], language="en")


EARLIER = article(RAISED, "Wire raises", "2026-03-02")
LATER = article(ABANDONED, "Daily drops", "2026-05-10")


def imported(tmp_path, *sources) -> Store:
    store = Store.open(tmp_path / "called31.db")
    for source in sources:
        store.import_source(source)
    return store


def page_of(store: Store, name: str):
    return store.company(store.find_company(name).id)


@pytest.mark.parametrize("order", [(EARLIER, LATER), (LATER, EARLIER)], ids=["earlier-first", "later-first"])
def test_a_call_off_marks_the_round_of_its_one_investor_and_it_is_not_counted(tmp_path, order):
    store = imported(tmp_path, *order)
    page = page_of(store, "Zeta")
    (round_,) = page.rounds  # listed still
    assert [e.sentence for e in round_.called_off_by] == [ABANDONED]
    assert page.raised == {}
    assert page.investors == []  # the call-off is told by the round it marks, no stake of its own
    (joined,) = page_of(store, "Nvidia").rounds_joined
    assert joined.called_off_by and page_of(store, "Nvidia").portfolio == []


def test_the_year_bars_draw_the_called_off_round_muted_and_say_why(tmp_path):
    page = page_of(imported(tmp_path, EARLIER, LATER), "Zeta")
    (bar,) = funding_bars(page)
    assert (bar.counted, bar.muted, bar.note) == (False, True, OFF_WORDS)


def test_a_called_off_round_is_no_deal_done_beside_its_co_investors(tmp_path):
    page = page_of(imported(tmp_path, EARLIER, LATER), "Nvidia")
    (joined,) = page.rounds_joined
    # Even with another investor told in it by another account, a deal called off is shared with no one.
    shared = joined.model_copy(
        update={
            "investor_company_ids": [*joined.investor_company_ids, 999],
            "investors": [*joined.investors, "Other"],
        }
    )
    assert round_deals([shared], page.company.id) == []


def test_a_round_of_several_investors_stays_when_one_walks_away_only_its_stake_is_called_off(tmp_path):
    earlier = article(f"{SHARED} {NVIDIA_PART}", "Wire raises", "2026-03-02")
    page = page_of(imported(tmp_path, earlier, LATER), "Zeta")
    (round_,) = page.rounds
    assert round_.called_off_by == [] and round_.investors == ["Nvidia", "Microsoft"]
    assert page.raised == {"USD": 3e9}
    (stake,) = page.investors
    assert (stake.investor, stake.status, stake.amount) == ("Nvidia", CALLED_OFF, 2e9)


def test_a_call_off_of_another_amount_leaves_the_round_counted(tmp_path):
    other = article(ABANDONED.replace("$2 billion", "$5 billion"), "Daily drops", "2026-05-10")
    page = page_of(imported(tmp_path, EARLIER, other), "Zeta")
    (round_,) = page.rounds
    assert round_.called_off_by == [] and page.raised == {"USD": 2e9}


def test_show_the_timeline_and_the_export_say_the_round_is_called_off(capsys, tmp_path):
    imported(tmp_path, EARLIER, LATER).close()
    db = tmp_path / "called31.db"
    shown = " ".join(run_ok(capsys, db, "show", "Zeta").split())
    assert f"$2B {OFF_WORDS}" in shown and "raised $2B" not in shown
    assert OFF_WORDS in " ".join(run_ok(capsys, db, "show", "Nvidia").split())  # its rounds joined
    assert json.loads(run_ok(capsys, db, "show", "--json", "Zeta"))["raised"] == {}
    events = json.loads(run_ok(capsys, db, "timeline", "--company", "Zeta", "--json"))
    titles = [event["title"] for event in (events["events"] if isinstance(events, dict) else events)]
    assert any(title.startswith("Zeta raises $2B") and TITLE_OFF_WORDS in title for title in titles), titles
    rows = json.loads(run_ok(capsys, db, "export", "--format", "json"))["records"]
    (round_,) = [row for row in rows if row["record_type"] == "round"]
    assert round_["called_off"] is True and not round_["counted"]


def test_the_ftm_export_says_a_called_off_round_is_called_off(capsys, tmp_path):
    imported(tmp_path, EARLIER, LATER).close()
    entities = [
        json.loads(line)
        for line in run_ok(capsys, tmp_path / "called31.db", "export", "--format", "ftm").splitlines()
    ]
    (round_,) = [e for e in entities if e["id"].startswith("ai-deals-round-")]
    assert round_["properties"]["description"] == [OFF_WORDS]


def test_the_ftm_export_says_a_called_off_stake_is_called_off(capsys, tmp_path):
    imported(tmp_path, article(INVESTED, "Wire invests", "2026-03-02"), LATER).close()
    entities = [
        json.loads(line)
        for line in run_ok(capsys, tmp_path / "called31.db", "export", "--format", "ftm").splitlines()
    ]
    payments = {e["properties"]["summary"][0]: e for e in entities if e["schema"] == "Payment"}
    assert payments[INVESTED]["properties"]["description"] == ["called off"]
    assert payments[ABANDONED]["properties"]["description"] == ["called off"]  # the call-off's own row


def test_the_ftm_export_gives_a_called_off_ownership_the_status_called_off(capsys, tmp_path):
    owned = "Nvidia has invested $2 billion in Zeta for a 10% stake, the AI startup said on Monday."
    imported(tmp_path, article(owned, "Wire invests", "2026-03-02"), LATER).close()
    entities = [
        json.loads(line)
        for line in run_ok(capsys, tmp_path / "called31.db", "export", "--format", "ftm").splitlines()
    ]
    (ownership,) = [e for e in entities if e["schema"] == "Ownership"]
    assert ownership["properties"]["status"] == ["called off"]


def test_a_call_off_marks_both_the_round_and_the_stake_another_article_told_of_the_deal(tmp_path):
    stake_told = article(INVESTED, "Blog invests", "2026-01-20")  # another month: no part of the round
    page = page_of(imported(tmp_path, EARLIER, stake_told, LATER), "Zeta")
    (round_,) = page.rounds
    (stake,) = page.investors
    assert round_.called_off_by and stake.status == CALLED_OFF and stake.called_off_by
    assert page.raised == {}

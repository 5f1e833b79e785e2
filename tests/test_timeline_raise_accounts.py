"""One raise several sources tell is one timeline event, as its company's page shows one round "2
sources" (same_raise.group_raises and fold): the whole timeline (store/timeline_folds.py), a company's
and `ai-deals timeline` show it once, with the investors every source names, leads first, and "· 2
sources"; its counts, windows, export and filters agree."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.store import Store
from ai_deals.store.record_filter import RecordFilter
from ai_deals.store.timeline_folds import timeline_folds

REUTERS = """title: Microsoft takes minority stake in Mistral AI
date: 2024-02-26
url: https://reuters.example/mistral-microsoft
publisher: Reuters
language: en

Mistral AI raised 385 million euros in December 2023 in a Series A round led by Andreessen Horowitz, with participation from Lightspeed Venture Partners, Nvidia and Salesforce, valuing the company at about 2 billion dollars.
"""
LES_ECHOS = """title: Mistral AI lève 600 millions d'euros
date: 2024-06-11
url: https://lesechos.example/mistral-600
publisher: Les Echos
language: fr

Fondée en avril 2023, Mistral AI avait levé 105 millions d'euros en juin 2023 lors d'un tour d'amorçage mené par Lightspeed Venture Partners, puis {amount} millions d'euros en décembre 2023 lors d'une série A menée par Andreessen Horowitz, et enfin 15 millions d'euros de Microsoft en février 2024.
"""
FOLDED = (
    "Mistral AI raises €385M (Series A) from Andreessen Horowitz, Lightspeed Venture Partners, Nvidia,"
    " Salesforce · 2 sources"
)


def both(capsys, tmp_path: Path, *, french_first: bool = False, amount: str = "385") -> Path:
    articles = [("reuters.txt", REUTERS), ("lesechos.md", LES_ECHOS.format(amount=amount))]
    return import_files(capsys, tmp_path, *(reversed(articles) if french_first else articles))


def series_a(events) -> list:
    return [event for event in events if "(Series A)" in event.title]


def test_the_timeline_command_shows_a_raise_two_sources_tell_once(capsys, tmp_path):
    db = both(capsys, tmp_path)
    out = run_ok(capsys, db, "timeline", "--json")
    titles = [event["title"] for event in json.loads(out)["events"]]
    assert [title for title in titles if "(Series A)" in title] == [FOLDED]


def test_a_raise_is_one_event_whichever_source_was_imported_first(capsys, tmp_path):
    """The article naming only the lead imported first: the event still names every source's investors."""
    db = both(capsys, tmp_path, french_first=True)
    with Store(db, readonly=True) as store:
        assert [e.title for e in series_a(store.timeline_window(None, limit=100))] == [FOLDED]


def test_the_folds_name_every_sources_account_of_a_raise_under_the_pages_title(capsys, tmp_path):
    db = both(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Mistral AI").id)
        (round_,) = [r for r in page.rounds if r.round_type == "Series A"]
        folds = timeline_folds(store.db)
        (shown,) = [ref for ref in folds.titles if ref.record_type == "round"]
        assert shown.record_id == round_.id
        assert folds.titles[shown] == FOLDED
        assert [ref.record_id for ref in folds.also[shown]] == round_.same_raise_ids
        assert folds.is_hidden("round", round_.same_raise_ids[0])


def test_a_companys_timeline_shows_the_raise_once_as_the_whole_timeline_does(capsys, tmp_path):
    db = both(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        company_id = store.find_company("Mistral AI").id
        own = [e for e in store.timeline(company_id) if e.company_id == company_id]
        whole = [e for e in store.timeline_window(None, limit=100) if e.company_id == company_id]
        assert [e.title for e in series_a(own)] == [FOLDED]
        assert [(e.ref, e.title, e.also) for e in own] == [(e.ref, e.title, e.also) for e in whole]


def test_the_whole_timelines_counts_windows_and_export_agree_with_the_folded_raise(capsys, tmp_path):
    db = both(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        events = store.timeline_window(None, limit=100)
        assert (
            len(events) == store.timeline_count() == store.timeline_outline().total == len(store.timeline())
        )
        assert [store.timeline_rank(event.order) for event in events] == list(range(len(events)))
        for size in (1, 2, 3):  # windows read one after another, as the explorer steps
            read, after = [], None
            while window := store.timeline_window(after, limit=size):
                read += window
                after = window[-1].order
            assert [e.ref for e in read] == [e.ref for e in events]
        (raise_,) = series_a(events)
        assert store.timeline_refs() == [ref for e in events for ref in (e.ref, *e.also)]
        assert store.timeline_records_among([raise_.ref, *raise_.also]) == {raise_.ref, *raise_.also}


def test_a_raise_disagreed_on_shows_the_pages_figure_and_the_conflict(capsys, tmp_path):
    db = both(capsys, tmp_path, amount="387")
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Mistral AI").id)
        (round_,) = [r for r in page.rounds if r.round_type == "Series A"]
        assert round_.source_count == 2  # the page folds them: one round, its conflict listed
        assert [c.values for c in page.conflicts] == [["€385M", "€387M"]]
        (event,) = series_a(store.timeline_window(None, limit=100))
        assert event.title.startswith("Mistral AI raises €385M (Series A) from Andreessen Horowitz, ")
        assert event.title.endswith(" · 2 sources · conflict: €385M vs €387M")
        assert [e.title for e in series_a(store.timeline(round_.company_id))] == [event.title]


def test_an_investor_named_by_one_account_finds_the_raise_whichever_account_is_shown(capsys, tmp_path):
    """`--investor Nvidia`: only the English account names Nvidia; the raise's event, whichever account
    it stands on, is Nvidia's, as the union of investors it names says."""
    db = both(capsys, tmp_path, french_first=True)
    out = run_ok(capsys, db, "timeline", "--investor", "Nvidia", "--json")
    assert [e["title"] for e in json.loads(out)["events"] if "(Series A)" in e["title"]] == [FOLDED]
    with Store(db, readonly=True) as store:
        nvidia = RecordFilter(investor_id=store.find_company("Nvidia").id)
        windowed = store.timeline_window(None, limit=100, record_filter=nvidia)
        assert [e.title for e in series_a(windowed)] == [FOLDED]
        assert [e.ref for e in windowed] == [e.ref for e in store.timeline(None, nvidia)]
        assert store.timeline_outline(nvidia).total >= len(windowed)
        company_id = store.find_company("Mistral AI").id
        assert [e.title for e in series_a(store.timeline(company_id, nvidia))] == [FOLDED]


def test_an_undated_account_of_a_raise_names_its_investors_but_stays_off_the_whole_timeline(capsys, tmp_path):
    """A source giving no date for a raise another dates is one of its accounts on the page; the whole
    timeline (dated records only) names its investors and counts its source, but neither lists nor
    exports its record: ctrl+a counts and `e` writes what the timeline holds (`timeline_record_count`)."""
    header = "company,investors,amount,currency,date,round_type\n"
    db = import_files(
        capsys,
        tmp_path,
        ("dated.csv", header + "Zorg AI,Fund A,20000000,USD,2024-03-01,Series A\n"),
        ("undated.csv", header + "Zorg AI,Fund B,20000000,USD,,Series A\n"),
    )
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Zorg AI").id)
        assert [r.source_count for r in page.rounds] == [2]
        (event,) = store.timeline_window(None, limit=100)
        assert event.title == "Zorg AI raises $20M (Series A) from Fund A, Fund B · 2 sources"
        assert store.timeline_refs() == [event.ref]
        assert store.timeline_record_count() == len(store.timeline_refs())
        assert store.timeline_count() == store.timeline_outline().total == 1


LATER_FIRST = "kind,company,investors,amount,currency,date,round_type\n" + (
    "round,Alpha AI,Vantor Capital,20000000,USD,2024-03-20,Series A\n"
)
EARLIER_SECOND = "kind,company,investors,amount,currency,date,round_type,note\n" + (
    "round,Alpha AI,Vantor Capital,20000000,USD,2024-03-05,Series A,again\n"
)


def test_a_raises_event_stands_on_the_round_the_page_shows_when_the_later_account_came_first(
    capsys, tmp_path
):
    db = import_files(capsys, tmp_path, ("later.csv", LATER_FIRST), ("earlier.csv", EARLIER_SECOND))
    with Store(db, readonly=True) as store:
        company_id = store.find_company("Alpha AI").id
        (shown,) = store.company(company_id).rounds
        assert shown.date == "2024-03-05"
        for events in (store.timeline_window(None, limit=100), store.timeline(company_id)):
            (event,) = [e for e in events if e.ref.record_type == "round"]
            assert (event.ref.record_id, event.date) == (shown.id, shown.date)

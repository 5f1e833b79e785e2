"""A stake or a partnership several sources tell is one, on the timeline and on the page: the Microsoft
€15M stake in Mistral AI told by Reuters (2024-02-26) and Les Echos ("février 2024") is one event "· 2
sources", as the page's Investors list shows one stake; the Nvidia–Mistral AI partnership announced the
same day by a French and an English article is one partnership with two sources (same_partnership.py)
on the page, in `show`, on every timeline and on the map, each source's record and sentence kept."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.store import Store
from ai_deals.store.models import Evidence, Partnership
from ai_deals.store.same_partnership import fold_partnerships, group_partnerships, partnership_conflicts
from ai_deals.store.timeline_folds import timeline_folds

REUTERS_STAKE = """title: Microsoft takes minority stake in Mistral AI in multi-year partnership
date: 2024-02-26
url: https://reuters.example/mistral-microsoft
publisher: Reuters
language: en

PARIS, Feb 26 (Reuters) - Microsoft has agreed to invest 15 million euros in Paris-based Mistral AI as part of a multi-year partnership that will make Mistral's models available on the Azure cloud, the companies said on Monday.
"""
LES_ECHOS_STAKE = """title: Mistral AI lève 600 millions d'euros
date: 2024-06-11
url: https://lesechos.example/mistral-600
publisher: Les Echos
language: fr

Fondée en avril 2023, Mistral AI avait levé 105 millions d'euros en juin 2023 lors d'un tour d'amorçage mené par Lightspeed Venture Partners, puis 385 millions d'euros en décembre 2023 lors d'une série A menée par Andreessen Horowitz, et enfin 15 millions d'euros de Microsoft en février 2024.
"""
LES_ECHOS_PARTNER = """title: Nvidia et Mistral AI s'associent pour bâtir un cloud européen
date: 2025-06-11
publisher: Les Echos
language: fr

Nvidia et Mistral AI ont annoncé mercredi un partenariat pour construire en France une plateforme de calcul dédiée à l'intelligence artificielle, baptisée Mistral Compute, équipée de 18 000 puces Grace Blackwell.
"""
REUTERS_PARTNER = """title: Nvidia and Mistral AI partner on European AI cloud
date: 2025-06-11
publisher: Reuters
language: en

PARIS, June 11 (Reuters) - Nvidia and Mistral AI announced a partnership on Wednesday to build an AI computing platform in France, called Mistral Compute, using 18,000 Grace Blackwell chips.
"""
STAKE = "Microsoft invests €15M in Mistral AI · 2 sources"
PARTNERSHIP = "Nvidia partners with Mistral AI (compute) · 2 sources"


def all_four(capsys, tmp_path: Path) -> Path:
    return import_files(
        capsys,
        tmp_path,
        ("reuters-stake.txt", REUTERS_STAKE),
        ("lesechos-stake.md", LES_ECHOS_STAKE),
        ("lesechos-partner.txt", LES_ECHOS_PARTNER),
        ("reuters-partner.txt", REUTERS_PARTNER),
    )


def microsoft_and_nvidia(titles: list[str]) -> list[str]:
    return [
        t
        for t in titles
        if t.startswith(("Microsoft invests", "Nvidia partners", "Mistral AI partners with N"))
    ]


def test_the_timeline_command_shows_a_stake_and_a_partnership_two_sources_tell_once(capsys, tmp_path):
    db = all_four(capsys, tmp_path)
    out = run_ok(capsys, db, "timeline", "--json")
    events = json.loads(out)["events"]
    assert microsoft_and_nvidia([e["title"] for e in events]) == [STAKE, PARTNERSHIP]
    (stake,) = [e for e in events if e["title"] == STAKE]
    assert stake["date"] == "2024-02-26"  # the page's date: the Reuters account, to the day


def test_show_lists_the_partnership_once_with_both_sources_sentences(capsys, tmp_path):
    db = all_four(capsys, tmp_path)
    out = run_ok(capsys, db, "show", "Mistral AI")
    partnerships = out[out.index("Partnerships") : out.index("Sources")]
    assert partnerships.count("compute") == 3  # one row, then each source's own record
    assert "2 sources" in partnerships
    assert "Partnerships told by several sources" in partnerships
    assert "Nvidia et Mistral AI ont annoncé" in partnerships
    assert "Nvidia and Mistral AI announced" in partnerships


def test_the_page_whole_and_company_timelines_agree_on_the_folded_stake_and_partnership(capsys, tmp_path):
    db = all_four(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        mistral = store.find_company("Mistral AI").id
        page = store.company(mistral)
        (stake,) = [s for s in page.investors if s.investor == "Microsoft"]
        (partnership,) = [p for p in page.partnerships if p.kind == "compute"]
        assert stake.source_count == partnership.source_count == 2
        whole = store.timeline_window(None, limit=100)
        own = store.timeline(mistral)
        for events in (whole, own, store.timeline(store.find_company("Nvidia").id)):
            assert microsoft_and_nvidia([e.title for e in events]).count(PARTNERSHIP) == 1
        for events in (whole, own, store.timeline(store.find_company("Microsoft").id)):
            (event,) = [e for e in events if e.title.startswith("Microsoft invests")]
            assert event.title == STAKE
            assert {event.ref, *event.also} == set(stake.refs)
        (event,) = [e for e in whole if e.title == PARTNERSHIP]
        assert {event.ref, *event.also} == set(partnership.refs)
        folds = timeline_folds(store.db)
        assert folds.titles[stake.ref] == STAKE and folds.is_hidden("stake", stake.same_stake_ids[0])


def test_the_whole_timelines_counts_windows_and_export_agree_with_the_folded_stake(capsys, tmp_path):
    db = all_four(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        events = store.timeline_window(None, limit=100)
        assert (
            len(events) == store.timeline_count() == store.timeline_outline().total == len(store.timeline())
        )
        assert [store.timeline_rank(event.order) for event in events] == list(range(len(events)))
        read, after = [], None
        while window := store.timeline_window(after, limit=1):  # as the explorer steps, one at a time
            read += window
            after = window[-1].order
        assert [e.ref for e in read] == [e.ref for e in events]
        assert store.timeline_refs() == [ref for e in events for ref in (e.ref, *e.also)]
        out = run_ok(capsys, db, "timeline", "--kind", "investment", "--limit", "1", "--json")
        assert [e["title"] for e in json.loads(out)["events"]] == [STAKE]


def test_the_map_draws_one_partnership_edge_whichever_side_each_source_names_first(capsys, tmp_path):
    db = all_four(capsys, tmp_path)
    with Store(db) as store:
        nvidia, mistral = store.find_company("Nvidia").id, store.find_company("Mistral AI").id
        # the French source names Mistral AI first: the same partnership, told the other way round
        store.db.execute(
            "UPDATE partnerships SET company_id = ?, partner_id = ? WHERE id = (SELECT max(id) FROM partnerships)",
            [mistral, nvidia],
        )
        store.db.conn.commit()
        partners = [e for e in store.relationship_map(mistral, depth=1).edges if e.kind == "partners"]
        assert len([e for e in partners if {e.source_id, e.target_id} == {nvidia, mistral}]) == 1
        assert [p.source_count for p in store.company(mistral).partnerships if p.kind == "compute"] == [2]


def partnership(id_: int, source_id: int, **fields) -> Partnership:
    values = dict(company_id=1, company="Nvidia", partner_id=2, partner="Mistral AI", kind="compute")
    values |= dict(since="2025-06-11", since_precision="day")
    evidence = Evidence(
        source_id=source_id, source_title=f"source {source_id}", sentence=f"sentence {id_}", start=0, end=9
    )
    return Partnership.model_validate(
        {"id": id_, "source_id": source_id, "evidence": [evidence], **values, **fields}
    )


def test_two_sources_partnerships_of_the_same_companies_kind_and_date_are_one():
    told = [
        partnership(1, 10),
        partnership(2, 11, company_id=2, company="Mistral AI", partner_id=1, partner="Nvidia"),
        partnership(3, 12, since="2025-06", since_precision="month"),  # a month holding the day
    ]
    assert [[p.id for p in members] for members in group_partnerships(told)] == [[1, 2, 3]]
    (folded,) = fold_partnerships(told)
    assert folded.record_ids == [1, 2, 3] and folded.source_count == 3
    assert [e.sentence for e in folded.evidence] == ["sentence 1", "sentence 2", "sentence 3"]


def test_partnerships_of_another_kind_date_or_the_same_source_stay_apart():
    told = [
        partnership(1, 10),
        partnership(2, 10),  # one source telling two
        partnership(3, 11, kind="research"),  # ("cloud" is a synonym of "compute": one kind, qfixC28)
        partnership(4, 12, since="2025-07-01"),
    ]
    assert [[p.id for p in members] for members in group_partnerships(told)] == [[1], [2], [3], [4]]


def test_sources_stating_a_partnerships_end_differently_are_a_conflict():
    told = [partnership(1, 10, until="2030"), partnership(2, 11, until="2029")]
    (folded,) = fold_partnerships(told)
    (conflict,) = partnership_conflicts([folded])
    assert conflict.values == ["2030", "2029"]
    assert conflict.what == "end of partnership Nvidia – Mistral AI (compute)"


def test_a_partnerships_end_two_sources_state_differently_is_a_page_conflict_and_marked_on_its_event(
    capsys, tmp_path
):
    db = import_files(capsys, tmp_path, ("fr.txt", LES_ECHOS_PARTNER), ("en.txt", REUTERS_PARTNER))
    with Store(db) as store:
        # Reuters' account is the one shown (exp28: of two articles of one day, by title, not import order)
        store.db.execute("UPDATE partnerships SET until = '2029', until_precision = 'year' WHERE id = 1")
        store.db.execute("UPDATE partnerships SET until = '2030', until_precision = 'year' WHERE id = 2")
        store.db.conn.commit()
        page = store.company(store.find_company("Mistral AI").id)
        assert [p.source_count for p in page.partnerships] == [2]
        assert [c.values for c in page.conflicts if c.what.startswith("end of partnership")] == [
            ["2030", "2029"]
        ]
        (event,) = store.timeline_window(None, limit=10)
        assert event.title == f"{PARTNERSHIP} · conflict: 2030 vs 2029"


CHAINED_PARTNERSHIPS = """kind,company,partner,date
partnership,Alpha AI,Beta Labs,2024-07-01
partnership,Beta Labs,Gamma Robotics,2024-08-01
"""
CHAINED_AGAIN = CHAINED_PARTNERSHIPS.replace("date\n", "date,note\n").replace("-01\n", "-01,again\n")


def test_a_partnership_whose_partner_leads_another_pair_is_folded_once_across_chunks(
    capsys, tmp_path, monkeypatch
):
    # Alpha–Beta and Beta–Gamma, each told by two files: Beta is the lower id of the second pair, so
    # a chunk of one lower id each reads Alpha–Beta's partnerships again through Beta.
    db = import_files(capsys, tmp_path, ("one.csv", CHAINED_PARTNERSHIPS), ("two.csv", CHAINED_AGAIN))
    one_id_a_chunk = lambda ids, size=500: [ids[i : i + 1] for i in range(len(ids))]  # noqa: E731
    monkeypatch.setattr("ai_deals.store.queries.in_chunks", one_id_a_chunk)
    with Store(db, readonly=True) as store:
        folds = timeline_folds(store.db)
        assert len(folds.also) == 2
        assert all(len(also) == 1 for also in folds.also.values())
        refs = store.timeline_refs()
        assert len(refs) == len(set(refs)) == 4

"""An investor's own timeline (its page's `t`, `timeline --company "Pelican Capital"`) folds a round two
sources tell, or two spellings of a co-investor name, into one event ("· 2 sources"), as the whole
timeline and `timeline --investor` do (qa44 item 3: every round Pelican joined was listed twice). Its
events are the whole timeline's events that involve it: one fold for both (timeline_folds.folds_among)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_qa43_fixCorr24 import KESTRAVA, KESTRAVA_CORRECTED

from ai_deals.store import Store

SEED = """title: Halcyon Labs raises $4 million seed to build efficient language models
date: 2019-04-10
url: https://wire.example.com/2019/04/halcyon-seed
publisher: TechWire

SAN FRANCISCO, April 10 (TechWire) - Halcyon Labs, a San Francisco-based AI startup building compact language models, said on Wednesday it raised $4 million in a seed round led by Northgate Ventures, with participation from Pelican Capital.
"""
VIREO = """title: Chip startup Vireo Silicon raises EUR 30 million
date: 2021-03-02
url: https://wire.example.com/2021/03/vireo-series-a
publisher: TechWire

MUNICH, March 2 (TechWire) - Vireo Silicon, a Munich-based chip startup designing inference accelerators, said on Tuesday it raised €30 million in a Series A round led by Northgate Ventures, with participation from Pelican Capital and Sakura Partners.
"""
# The deal file tells both rounds again, the second with another spelling of its lead ("Northgate VC").
DEALS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,Investor Names
Halcyon Labs,Seed,4000000,USD,2019-04-10,Northgate Ventures,"Northgate Ventures, Pelican Capital"
Vireo Silicon,Series A,30000000,EUR,2021-03-02,Northgate VC,"Northgate VC, Pelican Capital, Sakura Partners"
"""


def told_twice(capsys, tmp_path: Path) -> Path:
    return import_files(capsys, tmp_path, ("seed.txt", SEED), ("vireo.txt", VIREO), ("rounds.csv", DEALS))


def shown(events) -> list[tuple]:
    return [(event.ref, event.title, sorted(event.also)) for event in events]


def test_an_investors_timeline_is_the_whole_timelines_events_that_involve_it_folded_alike(capsys, tmp_path):
    db = told_twice(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        pelican = store.find_company("Pelican Capital").id
        own = store.timeline(pelican)
        whole = [event for event in store.timeline() if "Pelican Capital" in event.title]
        assert shown(own) == shown(whole)
        assert len(own) == 2  # the seed and the Series A, once each
        assert all(event.title.endswith("· 2 sources") and len(event.also) == 1 for event in own)


def test_timeline_company_of_an_investor_lists_each_round_once_as_timeline_investor_does(capsys, tmp_path):
    db = told_twice(capsys, tmp_path)
    by_company = json.loads(run_ok(capsys, db, "timeline", "--company", "Pelican Capital", "--json"))[
        "events"
    ]
    by_investor = json.loads(run_ok(capsys, db, "timeline", "--investor", "Pelican Capital", "--json"))[
        "events"
    ]
    assert [event["title"] for event in by_company] == [event["title"] for event in by_investor]
    assert [event["title"] for event in by_company] == [
        "Halcyon Labs raises $4M (Seed) from Northgate Ventures, Pelican Capital · 2 sources",
        "Vireo Silicon raises €30M (Series A) from Northgate Ventures, Pelican Capital, Sakura Partners,"
        " Northgate VC · 2 sources",
    ]


def test_the_whole_timeline_folds_a_correction_storys_raise_into_the_one_it_corrects_as_the_company_does(
    capsys, tmp_path
):
    # The fold candidates (store/fold_candidates.py) let the correction's $85M pair with the $75M it
    # corrects: the whole timeline listed both, where the company's page and timeline show one raise.
    db = import_files(capsys, tmp_path, ("02.txt", KESTRAVA), ("16.txt", KESTRAVA_CORRECTED))
    with Store(db, readonly=True) as store:
        kestrava = store.find_company("Kestrava Robotics").id
        whole = [event for event in store.timeline() if event.company_id == kestrava]
        assert shown(store.timeline(kestrava)) == shown(whole)
    raises = [event.title for event in whole if " raises $" in event.title]
    assert raises == [
        "Kestrava Robotics raises $85M from Index Ventures, Balderton Capital, Mubadala"
        " · conflict: $75M (retracted) vs $85M"
    ]


# The deal file names Sakura where the article names Pelican: Sakura's round folds into the article's.
SAKURA_DEALS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,Investor Names
Halcyon Labs,Seed,4000000,USD,2019-04-10,Northgate Ventures,"Northgate Ventures, Sakura Partners"
"""


def test_an_investors_timeline_lists_a_round_folded_into_another_sources_that_does_not_name_it(
    capsys, tmp_path
):
    # Sakura's own account of the seed is folded into the article's, which names Pelican, not Sakura:
    # `timeline --company "Sakura Partners"` listed nothing, where `--investor` lists the seed.
    db = import_files(capsys, tmp_path, ("seed.txt", SEED), ("rounds.csv", SAKURA_DEALS))
    seed = (
        "Halcyon Labs raises $4M (Seed) from Northgate Ventures, Pelican Capital, Sakura Partners · 2 sources"
    )
    for option in ("--company", "--investor"):
        events = json.loads(run_ok(capsys, db, "timeline", option, "Sakura Partners", "--json"))["events"]
        assert [event["title"] for event in events] == [seed]
    with Store(db, readonly=True) as store:
        own = store.timeline(store.find_company("Sakura Partners").id)
        whole = store.timeline()
        assert shown(own) == shown(whole)


def test_an_investors_timeline_folds_only_its_own_figures_and_partnerships(capsys, tmp_path, monkeypatch):
    # Its investees' figures and partnerships are never on its timeline: working out their folds (every
    # company an investor joined a round of) cost a third of an investor's timeline in a dense database.
    from ai_deals.store import timeline_folds

    db = told_twice(capsys, tmp_path)
    asked: dict[str, list] = {"metric": [], "partnership": []}
    for kind, name in (("metric", "_metric_groups"), ("partnership", "_partnerships")):
        real = getattr(timeline_folds, name)
        monkeypatch.setattr(
            timeline_folds,
            name,
            lambda db, among=None, real=real, kind=kind: asked[kind].append(among) or real(db, among),
        )
    with Store(db, readonly=True) as store:
        pelican = store.find_company("Pelican Capital").id
        own = store.timeline(pelican)
    assert asked == {"metric": [[pelican]], "partnership": [[pelican]]}
    assert len(own) == 2 and all(event.title.endswith("· 2 sources") for event in own)


FALCON_B = """title: Falcon AI raises $100M Series B
date: 2024-03-05
publisher: TechWire

Falcon AI said on Tuesday it raised $100 million in a Series B round led by Harbor Ventures, with participation from Quill Capital.

Harbor Ventures put $40 million into the round.
"""
FALCON_B_FR = """title: Falcon AI lève 100 millions de dollars
date: 2024-03-05
publisher: Les Échos

La start-up Falcon AI a levé 100 millions de dollars lors d'une série B menée par Harbor Ventures, avec la participation de Quill Capital.
"""


def test_an_investors_timeline_lists_its_stake_in_a_round_once_not_beside_the_raise(capsys, tmp_path):
    # qa46 item 8(c): Harbor's timeline listed "Falcon AI raises $100M (Series B) from Harbor Ventures…"
    # and "Harbor Ventures invests $40M in Falcon AI (Series B)" the same day: its part of the raise
    # is one event, its stake's, standing for the raise's records too (as the map draws one edge).
    db = import_files(capsys, tmp_path, ("b.txt", FALCON_B), ("fr.txt", FALCON_B_FR))
    with Store(db, readonly=True) as store:
        harbor = store.timeline(store.find_company("Harbor Ventures").id)
        assert [event.title for event in harbor] == ["Harbor Ventures invests $40M in Falcon AI (Series B)"]
        assert sorted(ref.record_type for ref in harbor[0].also) == ["round", "round"]
        falcon = [event.title for event in store.timeline(store.find_company("Falcon AI").id)]
    # the company's own timeline keeps its raise and the investor's part of it
    assert falcon == [
        "Falcon AI raises $100M (Series B) from Harbor Ventures, Quill Capital · 2 sources",
        "Harbor Ventures invests $40M in Falcon AI (Series B)",
    ]
    quill = json.loads(run_ok(capsys, db, "timeline", "--company", "Quill Capital", "--json"))["events"]
    assert [event["title"] for event in quill] == [falcon[0]]

"""Testers' items left from session 25 (ui26): what the CLI still showed twice or wrong."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_investor_timeline_folds import FALCON_B, FALCON_B_FR

from ai_deals.store import Store
from ai_deals.store.record_filter import RecordFilter

# A deal file telling Harbor's lead of the round again: three sources of the raise, one of the stake.
FALCON_DEALS = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors,Investor Names
Falcon AI,Series B,100000000,USD,2024-03-05,Harbor Ventures,"Harbor Ventures, Quill Capital"
"""


def harbor_leads_falcon(capsys, tmp_path: Path) -> Path:
    return import_files(
        capsys, tmp_path, ("b.txt", FALCON_B), ("fr.txt", FALCON_B_FR), ("rounds.csv", FALCON_DEALS)
    )


def titles(events) -> list[str]:
    return [event["title"] if isinstance(event, dict) else event.title for event in events]


def test_timeline_investor_lists_its_stake_in_a_round_once_as_its_own_timeline_does(capsys, tmp_path):
    db = harbor_leads_falcon(capsys, tmp_path)
    stake = "Harbor Ventures invests $40M in Falcon AI (Series B)"
    by_investor = json.loads(run_ok(capsys, db, "timeline", "--investor", "Harbor Ventures", "--json"))
    by_company = json.loads(run_ok(capsys, db, "timeline", "--company", "Harbor Ventures", "--json"))
    assert titles(by_investor["events"]) == [stake]
    assert by_investor["events"] == by_company["events"]
    assert stake in run_ok(capsys, db, "timeline", "--investor", "Harbor Ventures")
    with Store(db, readonly=True) as store:
        harbor = RecordFilter(investor_id=store.find_company("Harbor Ventures").id)
        assert titles(store.timeline(None, harbor)) == [stake]
        assert store.timeline_outline(harbor).keys == ["2024-03-05"]


def test_timeline_investor_keeps_the_raise_when_its_stake_is_not_kept(capsys, tmp_path):
    # --kind round keeps no stake: nothing stands for the raise, which is listed as before.
    db = harbor_leads_falcon(capsys, tmp_path)
    events = json.loads(
        run_ok(capsys, db, "timeline", "--investor", "Harbor Ventures", "--kind", "round", "--json")
    )["events"]
    assert titles(events) == ["Falcon AI raises $100M (Series B) from Harbor Ventures, Quill Capital · 3 sources"]
    # the company's own timeline keeps its raise and the investor's part of it
    falcon = json.loads(run_ok(capsys, db, "timeline", "--company", "Falcon AI", "--json"))["events"]
    assert len(falcon) == 2

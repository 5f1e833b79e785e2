"""qa46 item 8: an investor's stake in a round it led says so on the map and in its Portfolio (8b); an
acquisition pending regulatory approval says it is conditional (8f)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.store import Store

FALCON_A = """title: Falcon AI raises $20M Series A
date: 2022-01-10
publisher: TechWire

Falcon AI raised $20 million in a Series A led by Harbor Ventures. Harbor Ventures invested $12 million of the total.
"""
FALCON_B = """title: Falcon AI raises $100M Series B
date: 2024-03-05
publisher: TechWire

Falcon AI said on Tuesday it raised $100 million in a Series B round led by Harbor Ventures, with participation from Quill Capital.

Harbor Ventures put $40 million into the round.
"""


def harbor(capsys, tmp_path: Path) -> Path:
    return import_files(capsys, tmp_path, ("a.txt", FALCON_A), ("b.txt", FALCON_B))


def test_a_stake_in_a_round_it_led_keeps_the_round_type_and_lead_on_the_map(capsys, tmp_path):
    # The stake's edge stands for the round membership it hides: it said "invested in · $12M · 2022".
    db = harbor(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        harbor_id = store.find_company("Harbor Ventures").id
        edges = store.relationship_map(harbor_id).edges
    assert [(edge.kind, edge.label) for edge in edges if edge.source_id == harbor_id] == [
        ("invests", "$12M · Series A · lead · 2022"),
        ("invests", "$40M · Series B · lead · 2024"),
    ]


def test_a_stake_in_a_round_it_led_says_lead_in_the_portfolio(capsys, tmp_path):
    from ai_deals.tui.screens.company_rows import portfolio_rows

    db = harbor(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Harbor Ventures").id)
    made = portfolio_rows(page)
    rows = [
        " ".join(text.strip() for text, _, _ in made.make(entry).pieces if text.strip())
        for entry in made.items
    ]
    assert rows == [
        "2022-01-10 Falcon AI $12M lead · Series A · announced",
        "2024-03-05 Falcon AI $40M lead · Series B · announced",
    ]


PENDING = """title: Acq3
date: 2025-07-03
publisher: TestWire

Halcyon Labs has agreed to acquire Wren3 AI for $1.1 billion in cash and stock, pending regulatory approval.
"""
DONE = """title: Acq1
date: 2025-07-01
publisher: TestWire

Wren AI has been acquired by Halcyon Labs in a deal valued at €800 million.
"""


def test_an_acquisition_pending_regulatory_approval_is_conditional_wherever_it_shows(capsys, tmp_path):
    # qa46 item 8(f): it read as a plain takeover, nothing said it waits for approval (« sous réserve
    # de l'approbation » already made it conditional).
    db = import_files(capsys, tmp_path, ("q3.txt", PENDING), ("q1.txt", DONE))
    events = json.loads(run_ok(capsys, db, "timeline", "--json"))["events"]
    assert [event["title"] for event in events] == [
        "Halcyon Labs acquires Wren AI €800M",
        "Halcyon Labs acquires Wren3 AI $1.1B (conditional)",
    ]
    shown = run_ok(capsys, db, "show", "Wren3 AI")
    (row,) = [line for line in shown.splitlines() if "$1.1B" in line]
    assert row.rstrip(" │").endswith("conditional")


def test_a_french_acquisition_subject_to_the_authorities_green_light_is_conditional(capsys, tmp_path):
    # qa47: « sous réserve du feu vert des autorités » ("du", not "de") read as a takeover done.
    text = (
        "title: R15\ndate: 2024-10-15\npublisher: Wire15\n\n"
        "Halcyon Labs a conclu un accord pour racheter Wren IA pour 800 millions d'euros, sous réserve du feu vert "
        "des autorités de la concurrence.\n"
    )
    db = import_files(capsys, tmp_path, ("r15.txt", text))
    events = json.loads(run_ok(capsys, db, "timeline", "--json"))["events"]
    assert [event["title"] for event in events] == ["Halcyon Labs acquires Wren IA €800M (conditional)"]

"""A company's rounds in order: dated ones by date, an undated one of a known stage where its stage falls
(a Series A before the dated Series B), an undated grant last, "undated": the same in `show` and on the page."""

from __future__ import annotations

import json
import random
from pathlib import Path

from cli_helpers import run

from ai_deals.store import Store
from ai_deals.store.models import Round
from ai_deals.store.round_order import UNDATED_PLACE, in_stage_order, place_dates, round_stage
from ai_deals.tui.screens.company_rows import rounds_and_valuations

DEAL_FILE = """company,round,amount,currency,date,lead_investors
Helio,Series C,80000000,USD,2026-01-10,Accel
Helio,Series B,40000000,USD,2025-09-01,Index Ventures
Helio,Grant,2000000,USD,,Innovate UK
Helio,Series A,15000000,USD,,Balderton
"""
EXPECTED = [("Series A", None), ("Series B", "2025-09-01"), ("Series C", "2026-01-10"), ("Grant", None)]


def _round(id_: int, round_type: str, date: str | None = None) -> Round:
    return Round(id=id_, company_id=1, company="Helio", source_id=1, amount=1e6, currency="USD",
                 bound="exact", date=date, round_type=round_type)  # fmt: skip


def _import(capsys, tmp_path: Path) -> Path:
    db, deals = tmp_path / "helio.db", tmp_path / "helio.csv"
    deals.write_text(DEAL_FILE, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    return db


def test_undated_round_of_known_stage_comes_before_the_dated_later_stage():
    rounds = [_round(1, "Series C", "2026-01"), _round(2, "Grant"), _round(3, "Series B", "2025-09"),
              _round(4, "Series A"), _round(5, "Seed")]  # fmt: skip
    ordered = in_stage_order(rounds)
    assert [r.id for r in ordered] == [5, 4, 3, 1, 2]
    assert place_dates(ordered) == ["2025-09", "2025-09", "2025-09", "2026-01", UNDATED_PLACE]


def test_undated_round_of_a_stage_later_than_every_dated_one_follows_them():
    ordered = in_stage_order([_round(1, "Series D"), _round(2, "Series A", "2024-01"), _round(3, "Grant")])
    assert [r.id for r in ordered] == [2, 1, 3]


def test_show_lists_undated_rounds_by_stage_and_the_rest_last(capsys, tmp_path):
    code, out, err = run(capsys, "--db", str(_import(capsys, tmp_path)), "show", "Helio", "--json")
    assert code == 0, err
    assert [(r["round_type"], r["date"]) for r in json.loads(out)["rounds"]] == EXPECTED


def test_company_page_rounds_in_the_same_order_with_undated_label(capsys, tmp_path):
    with Store.open(_import(capsys, tmp_path)) as store:
        page = store.company(store.find_company("Helio").id)
    rows = rounds_and_valuations(page)
    types = [entry[2].round_type for entry in rows.items]
    assert types == [round_type for round_type, _ in EXPECTED]
    first = rows.make(rows.items[0])
    assert str(first.pieces[0][0]).startswith("undated")


def test_company_timeline_places_undated_rounds_as_the_page_does(capsys, tmp_path):
    db = _import(capsys, tmp_path)
    code, out, err = run(capsys, "--db", str(db), "timeline", "--company", "Helio", "--json")
    assert code == 0, err
    events = json.loads(out)["events"]
    assert [(e["title"].split("(")[1].split(")")[0], e["date"] or None) for e in events] == EXPECTED
    assert all("place" not in event for event in events)


def test_the_whole_timeline_still_lists_dated_records_only(capsys, tmp_path):
    code, out, err = run(capsys, "--db", str(_import(capsys, tmp_path)), "timeline", "--json")
    assert code == 0, err
    assert [e["date"] for e in json.loads(out)["events"]] == ["2025-09-01", "2026-01-10"]


def test_undated_events_start_no_year_on_the_timeline_screen():
    from ai_deals.store.models import RecordRef, TimelineEvent
    from ai_deals.tui.screens.timeline import year_index

    def event(id_: int, date: str) -> TimelineEvent:
        return TimelineEvent(ref=RecordRef(record_type="round", record_id=id_), date=date, company_id=1,
                             company="Helio", title="Helio raises")  # fmt: skip

    assert year_index([event(1, ""), event(2, "2025-09-01"), event(3, "2026-01-10"), event(4, "")]) == (
        ["2025", "2026"],
        [1, 2],
    )


def test_company_timeline_places_its_undated_rounds_among_its_own_rounds_only(capsys, tmp_path):
    """Rounds Helio only invested in neither anchor its undated rounds nor join its timeline undated."""
    db, deals = tmp_path / "helio.db", tmp_path / "helio.csv"
    invested = "Nimbus,Series B,30000000,USD,2025-01-01,Helio\nNimbus,Seed,1000000,USD,,Helio\n"
    deals.write_text(DEAL_FILE + invested, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    code, out, err = run(capsys, "--db", str(db), "timeline", "--company", "Helio", "--json")
    assert code == 0, err
    events = [(e["title"], e["date"] or None) for e in json.loads(out)["events"]]
    assert [title.split("(")[1].split(")")[0] for title, _ in events] == [
        "Series B",  # Nimbus's, which Helio invested in
        *(round_type for round_type, _ in EXPECTED),
    ], events
    assert "Nimbus" in events[0][0]


def _placed_one_by_one(rounds: list[Round]) -> list[Round]:
    """The rule as first written: each undated round (earliest stage first) inserted before the first
    dated round of a later stage, else at the end."""
    ordered = sorted((r for r in rounds if r.date), key=lambda r: r.date or "")
    for item in sorted((r for r in rounds if not r.date), key=lambda r: _stage_or_last(r.round_type)):
        stage = round_stage(item.round_type)
        later = [
            i
            for i, dated in enumerate(ordered)
            if stage is not None
            and dated.date
            and _stage_or_last(dated.round_type) != 99
            and _stage_or_last(dated.round_type) > stage
        ]
        ordered.insert(later[0] if later else len(ordered), item)
    return ordered


def _stage_or_last(round_type: str | None) -> int:
    stage = round_stage(round_type)
    return 99 if stage is None else stage


def test_stage_order_places_every_undated_round_as_inserting_them_one_by_one_does():
    rng = random.Random(3)
    types = ["Pre-seed", "Seed", "Series A", "Series B", "Series C", "Grant", "growth"]
    for _ in range(200):
        rounds = [
            _round(id_, rng.choice(types), rng.choice([None, f"2025-{rng.randint(1, 12):02d}"]))
            for id_ in range(rng.randint(0, 12))
        ]
        expected = [r.id for r in _placed_one_by_one(rounds)]
        assert [r.id for r in in_stage_order(rounds)] == expected, rounds


def test_rounds_of_one_date_keep_the_stores_order_beside_a_valuation_of_that_date(capsys, tmp_path):
    db, deals = tmp_path / "same-day.db", tmp_path / "same-day.csv"
    deals.write_text(
        "kind,company,round,amount,currency,date,lead_investors,basis\n"
        "round,Helio,Series B,40000000,USD,2025-09-01,Index Ventures,\n"
        "round,Helio,Venture Debt,10000000,USD,2025-09-01,Hercules,\n"
        "valuation,Helio,,400000000,USD,2025-09-01,,post_money\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    with Store.open(db) as store:
        page = store.company(store.find_company("Helio").id)
    rows = rounds_and_valuations(page)
    kinds = [(kind, getattr(item, "id", None)) for _, kind, item in rows.items if kind != 2]
    assert len(page.rounds) == 2 and len(kinds) == 3, "two rounds and the valuation, one date"
    assert kinds[: len(page.rounds)] == [(0, r.id) for r in page.rounds]
    assert [kind for kind, _ in kinds] == [0] * len(page.rounds) + [1] * (len(kinds) - len(page.rounds))

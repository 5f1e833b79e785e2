"""Fixes from tester qa49: a raise a later article only recalls in passing ("which raised $48 million in
a Series A", « qui a levé 120 millions d'euros », "after its $45 million Series A", "fresh off a $45
million raise") is no news of that article's day: it joins the raise it recalls, never counted twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run, run_ok  # noqa: F401 (autouse fixture)
from test_fixA26 import HANDELSBLATT, LES_ECHOS, TECHCRUNCH

from ai_deals.store import Store


def followup(sentence: str) -> str:
    return f"title: Follow-up\ndate: 2026-11-27\npublisher: Wire\nlanguage: en\n\n{sentence}\n"


NORDWIND_RECALLS = [
    "Nordwind Robotics, which raised $48 million in a Series A, opened a Munich office.",
    "Nordwind Robotics, which raised $45 million in a Series A, opened a Munich office.",
    "Nordwind Robotics, after its $45 million Series A, opened a Munich office.",
    "Nordwind Robotics, fresh off a $45 million raise, opened a Munich office.",
    "Nordwind Robotics, which raised $45 million in a Series A led by Lightspeed Venture Partners, opened a Munich office.",
]


def page(capsys, db: Path, name: str) -> dict:
    return json.loads(run_ok(capsys, db, "show", "--json", name))


@pytest.mark.parametrize("recall", NORDWIND_RECALLS)
@pytest.mark.parametrize("recall_first", [False, True])
def test_a_raise_recalled_in_passing_joins_the_raise_two_reports_tell(capsys, tmp_path, recall, recall_first):
    """TechCrunch's $45M and Handelsblatt's $48M Series A are one raise; a story of two weeks later
    recalling it ("which raised $48 million", "after its $45 million Series A") is a third source of it,
    not a second Series A: $48M raised, one round."""
    articles = [("tc.txt", TECHCRUNCH), ("hb.txt", HANDELSBLATT)]
    later = ("recall.txt", followup(recall))
    db = import_files(capsys, tmp_path, *([later, *articles] if recall_first else [*articles, later]))
    shown = page(capsys, db, "Nordwind Robotics")
    assert shown["raised"] == {"USD": 48_000_000.0}
    assert len(shown["rounds"]) == 1 and len(shown["rounds"][0]["same_raise_ids"]) == 2


@pytest.mark.parametrize(
    "recall",
    [
        "Heliade, which raised €125 million in a Series B, opened a Munich office.",
        "Héliade, qui a levé 120 millions d'euros en série B, ouvre un bureau à Munich.",
    ],
)
@pytest.mark.parametrize("recall_first", [False, True])
def test_a_raise_recalled_with_another_figure_is_one_raise_with_a_conflict(
    capsys, tmp_path, recall, recall_first
):
    """Les Echos' €120M Series B and "Heliade, which raised €125 million in a Series B" ten days later:
    one Series B of two sources, its figures a conflict when they differ, €120M raised (not €245M)."""
    articles = [("lesechos.txt", LES_ECHOS), ("recall.txt", followup(recall))]
    db = import_files(capsys, tmp_path, *(reversed(articles) if recall_first else articles))
    shown = page(capsys, db, "Héliade")
    assert shown["raised"] == {"EUR": 120_000_000.0}
    assert [r["round_type"] for r in shown["rounds"]] == ["Series B"]
    assert not [c for c in shown["conflicts"] if c["what"].startswith("dates of round")]


def test_a_recalled_raise_of_a_figure_off_by_more_than_five_percent_and_no_stage_still_joins(
    capsys, tmp_path
):
    """TechCrunch's $45M Series A alone, then "fresh off a $48 million raise" (no stage, 6.7% off):
    one raise, $45M raised, on the page and on the timeline."""
    recall = "Nordwind Robotics, fresh off a $48 million raise, opened a Munich office."
    db = import_files(capsys, tmp_path, ("tc.txt", TECHCRUNCH), ("recall.txt", followup(recall)))
    shown = page(capsys, db, "Nordwind Robotics")
    assert len(shown["rounds"]) == 1 and shown["raised"] == {"USD": 45_000_000.0}
    events = json.loads(run_ok(capsys, db, "timeline", "--json", "--kind", "round"))["events"]
    assert len(events) == 1


def test_a_recalled_raise_fitting_two_raises_stays_a_round_of_its_own(capsys, tmp_path):
    """ "Which raised $46 million" beside a $44M round and a $48M Series A of that month, both on or before
    the story: which raise it recalls is unknown, so it joins neither."""
    seed = HANDELSBLATT.replace("$48 million Series A", "$44 million Seed round").replace(
        "handelsblatt.example/nordwind-raises-48-million/", "other.example/nordwind-seed"
    )
    recall = "Nordwind Robotics, which raised $46 million, opened a Munich office."
    db = import_files(
        capsys, tmp_path, ("hb.txt", HANDELSBLATT), ("seed.txt", seed), ("recall.txt", followup(recall))
    )
    amounts = sorted(r["amount"] for r in page(capsys, db, "Nordwind Robotics")["rounds"])
    assert amounts == [44_000_000.0, 46_000_000.0, 48_000_000.0]


def test_a_raise_dated_after_the_recalling_story_is_not_the_one_it_recalls(capsys, tmp_path):
    """A story of 2026-11-10 recalling "which raised $48 million" tells no raise of 2026-11-11 (it
    happened on or before the story): two rounds."""
    recall = followup("Nordwind Robotics, which raised $47 million in a Series A, opened a Munich office.")
    recall = recall.replace("2026-11-27", "2026-11-05")
    db = import_files(capsys, tmp_path, ("hb.txt", HANDELSBLATT), ("recall.txt", recall))
    amounts = sorted(r["amount"] for r in page(capsys, db, "Nordwind Robotics")["rounds"])
    assert amounts == [47_000_000.0, 48_000_000.0]


# Item 2: one fund spelt "Quill Capital Partners" by Sifted and "Quill Capital" by TechCrunch in Plover AI's
# one Series A (a tie: the page lists the full name); "Quill Ventures" is another fund.
SIFTED_PLOVER = """title: Plover AI raises $40M
date: 2026-11-20
publisher: Sifted
language: en

Plover AI raised $40 million in a Series A round led by Quill Capital Partners.
"""
TECHCRUNCH_PLOVER = """title: Plover AI lands $40M Series A
date: 2026-11-21
publisher: TechCrunch
language: en

Plover AI has raised $40 million in a Series A led by Quill Capital.
"""
HERON = """title: Heron AI raises $10M
date: 2026-11-22
publisher: TechCrunch
language: en

Heron AI raised $10 million in a seed round led by Quill Ventures.
"""


def quill_spelt_twice(capsys, tmp_path: Path) -> Path:
    return import_files(
        capsys, tmp_path, ("q1.txt", SIFTED_PLOVER), ("q2.txt", TECHCRUNCH_PLOVER), ("q3.txt", HERON)
    )


def test_show_of_an_investors_other_spelling_opens_the_page_it_is_listed_on(capsys, tmp_path):
    db = quill_spelt_twice(capsys, tmp_path)
    code, out, err = run(capsys, "--db", str(db), "show", "Quill Capital")
    assert code == 0 and out.startswith("Quill Capital Partners\n")
    assert '"Quill Capital" is listed as Quill Capital Partners' in err
    code, out, err = run(capsys, "--db", str(db), "show", "Quill Ventures")
    assert code == 0 and out.startswith("Quill Ventures\n") and not err  # another fund: its own page


def test_an_investors_page_counts_the_sources_naming_it_by_its_other_spelling(capsys, tmp_path):
    db = quill_spelt_twice(capsys, tmp_path)
    shown = page(capsys, db, "Quill Capital Partners")
    assert [source["publisher"] for source in shown["sources"]] == ["Sifted", "TechCrunch"]
    with Store(db, readonly=True) as store:
        partners = store.find_company("Quill Capital Partners", exact=True).id
        [joined] = store.company(partners).rounds_joined
        assert joined.investor_source_count(partners) == 2


def test_an_investors_map_never_lists_its_other_spelling_as_a_co_investor(capsys, tmp_path):
    db = quill_spelt_twice(capsys, tmp_path)
    with Store(db, readonly=True) as store:
        partners = store.find_company("Quill Capital Partners", exact=True).id
        graph = store.relationship_map(partners)
        names = {node.company_id: node.name for node in graph.nodes}
        assert sorted(names.values()) == ["Plover AI", "Quill Capital Partners"]
        assert [(names[edge.source_id], names[edge.target_id]) for edge in graph.edges] == [
            ("Quill Capital Partners", "Plover AI")
        ]

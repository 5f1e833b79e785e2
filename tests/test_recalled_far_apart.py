"""One raise two stories only recall, weeks apart (rev27a): both dates are only "on or before", so no window keeps
them apart: one round of $48M, not two summing to $96M."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import import_files

from ai_deals.store import Store

STORY = """title: {title}
date: {date}
url: https://news.example/{slug}
publisher: {publisher}

Nordwind Robotics, which raised $48 million in a Series A, {news}.
"""


def test_one_raise_two_stories_recall_weeks_apart_is_one_round(capsys, tmp_path: Path):
    first = STORY.format(
        title="Nordwind opens Munich office",
        date="2026-10-01",
        slug="a",
        publisher="Sifted",
        news="opened a Munich office",
    )
    later = STORY.format(
        title="Nordwind hires a CFO", date="2026-11-09", slug="b", publisher="TechCrunch", news="hired a CFO"
    )
    db = import_files(capsys, tmp_path, ("a.txt", first), ("b.txt", later))
    with Store.open(db) as store:
        page = store.company(store.company_named("Nordwind Robotics"))
    assert len(page.rounds) == 1 and page.rounds[0].source_count == 2
    assert page.raised == {"USD": 48_000_000}


def test_a_raise_dated_by_its_own_words_still_keeps_the_window(capsys, tmp_path: Path):
    dated = """title: Nordwind raises
date: 2026-06-01
url: https://news.example/c
publisher: Reuters

Nordwind Robotics raised $48 million in a Series A round on June 1, 2026.
"""
    later = STORY.format(
        title="Nordwind hires a CFO", date="2026-11-09", slug="b", publisher="TechCrunch", news="hired a CFO"
    )
    db = import_files(capsys, tmp_path, ("c.txt", dated), ("b.txt", later))
    with Store.open(db) as store:
        page = store.company(store.company_named("Nordwind Robotics"))
    assert len(page.rounds) == 2  # five months after a dated raise: not joined, as before

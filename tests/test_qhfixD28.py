"""Tester qh28's findings: a raise an article only recalls ("After its $45 million Series A, …", "…after its
$45 million Series A", "Fresh off a $45 million raise, …") is marked recalled and joins the raise it
recalls; a recalled raise is never dated by another event its sentence tells ("opened an office on
Thursday"). Tester qa52's: same-day stakes with no round are counted as deals, not rounds, by co-investors.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from test_fixF26 import followup

from ai_deals.importers.article import parse_article

STORY_DAY = "2026-11-27"
NORDWIND_DEALS = (
    "company,investors,round_type,amount,currency,date\n"
    'Nordwind Robotics,"Hub; Accel",Series A,48000000,USD,2026-11-10\n'
)


def raises_of(sentence: str, language: str = "en") -> list:
    source = parse_article(sentence, title="Follow-up", published=STORY_DAY, language=language)
    return [fact for fact in source.facts if fact.kind in ("round", "investment")]


# -- "after its" wherever the sentence says it, "fresh off" opening it: recalled -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "After its $45 million Series A, Nordwind Robotics opened a Munich office.",
        "Nordwind Robotics opened a Munich office after its $45 million Series A.",
        "Fresh off a $45 million raise, Nordwind Robotics announced a Munich office.",
        "After a $45 million raise, Nordwind Robotics announced a Munich office.",
    ],
)
def test_a_raise_recalled_at_the_sentence_start_or_end_is_marked_recalled(sentence):
    [fact] = raises_of(sentence)
    assert (fact.company, fact.amount, fact.recalled) == ("Nordwind Robotics", 45e6, True)


def test_a_raise_told_as_news_beside_a_later_after_a_is_not_marked_recalled():
    """ "after a" with neither a comma nor the sentence's start before it may tell the news: not a recall."""
    [fact] = raises_of("Nordwind Robotics closed its books on Tuesday after a $45 million Series A.")
    assert not fact.recalled


def rounds_stored(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT amount, date, recalled FROM rounds ORDER BY amount").fetchall()


@pytest.mark.parametrize(
    "sentence",
    [
        "After its $45 million Series A, Nordwind Robotics opened a Munich office.",
        "Nordwind Robotics opened a Munich office after its $45 million Series A.",
    ],
)
def test_an_after_its_recall_joins_the_deal_files_series_a_as_one_raise(capsys, tmp_path, sentence):
    """nw2.csv's $48M Series A of 2026-11-10 and a story of 2026-11-27 recalling "its $45 million Series A":
    one round of $48M told by two sources (the figures' difference shown), not $93M in two rounds."""
    deals = tmp_path / "nw2.csv"
    deals.write_text(NORDWIND_DEALS, encoding="utf-8")
    db = import_files(capsys, tmp_path, ("nw3.txt", followup(sentence)))
    run_ok(capsys, db, "import", str(deals))
    assert rounds_stored(db) == [(45e6, STORY_DAY, 1), (48e6, "2026-11-10", 0)]
    shown = run_ok(capsys, db, "show", "Nordwind Robotics")
    assert "raised $48M" in shown
    assert "$93M" not in shown
    assert "2 sources" in shown


# -- a recalled raise is dated by its own words, else on or before the story's day -----------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Nordwind Robotics, which raised $48 million in a Series A, opened a Munich office on Thursday.",
            "en",
        ),
        (
            "Nordwind Robotics, which raised $48 million in a Series A, said on Monday it opened a Munich office.",
            "en",
        ),
        ("Héliade, qui a levé 48 millions d'euros en série A, a ouvert jeudi un bureau à Munich.", "fr"),
    ],
)
def test_a_recalled_raise_is_not_dated_by_another_event_of_its_sentence(sentence, language):
    """Thursday (2026-11-26) is the office's day, Monday the statement's: the raise is on or before the
    story's day, dated by it."""
    [fact] = raises_of(sentence, language)
    assert fact.recalled
    assert (fact.date, fact.date_precision) == (STORY_DAY, "day")


def test_a_recalled_raise_keeps_a_date_its_own_clause_tells():
    [fact] = raises_of(
        "Nordwind Robotics, which raised $48 million in a Series A in March, opened a Munich office on Thursday."
    )
    assert (fact.date, fact.date_precision, fact.recalled) == ("2026-03", "month", True)


def test_a_lone_recalled_raise_with_a_weekday_shows_on_or_before_the_story_day(capsys, tmp_path, monkeypatch):
    """recall.txt: "which raised $48 million…, opened a Munich office on Thursday" → `on or before 2026-11-27`,
    never 2026-11-26."""
    monkeypatch.setenv("COLUMNS", "200")
    sentence = (
        "Nordwind Robotics, which raised $48 million in a Series A, opened a Munich office on Thursday."
    )
    db = import_files(capsys, tmp_path, ("recall.txt", followup(sentence)))
    shown = run_ok(capsys, db, "show", "Nordwind Robotics")
    assert "on or before 2026-11-27" in shown
    assert "2026-11-26" not in shown


# -- co-investors: stakes taken the same day in no round are a deal, never a round -----------------------

MIXED_DEALS = """company,investors,kind,amount,currency,date
OpenAI,Thrive Capital; Microsoft; Nvidia,round,6600000000,USD,2024-10-02
Inflection AI,Microsoft; Nvidia; Reid Hoffman,round,1300000000,USD,2023-06-29
Anthropic,Microsoft,investment,5000000000,USD,2025-11-18
Anthropic,Nvidia,investment,10000000000,USD,2025-11-18
"""


def mixed_db(capsys, tmp_path: Path) -> Path:
    """Nvidia beside Microsoft in two rounds (OpenAI, Inflection AI) and in two separate stakes in Anthropic
    announced the same day with no round recorded (qa52's wire 07)."""
    return import_files(capsys, tmp_path, ("deals.csv", MIXED_DEALS))


def test_same_day_stakes_in_no_round_count_as_a_stake_deal_not_a_round(capsys, tmp_path):
    from ai_deals.store import Store

    db = mixed_db(capsys, tmp_path)
    with Store.open(db, readonly=True) as store:
        microsoft = next(
            co for co in store.co_investors(store.company_named("Nvidia")) if co.name == "Microsoft"
        )
    assert (microsoft.deals, microsoft.rounds, microsoft.stake_deals) == (3, 2, 1)
    assert microsoft.companies == ["Anthropic", "OpenAI", "Inflection AI"]
    assert len(microsoft.shared_rounds) == 2


def test_coinvestors_json_says_rounds_and_stake_deals_apart(capsys, tmp_path):
    import json

    db = mixed_db(capsys, tmp_path)
    data = json.loads(run_ok(capsys, db, "coinvestors", "Nvidia", "--json"))
    first = data["co_investors"][0]
    assert (first["name"], first["deals"], first["rounds"], first["stake_deals"]) == ("Microsoft", 3, 2, 1)


def test_coinvestors_and_show_tables_have_a_stake_deals_column(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = mixed_db(capsys, tmp_path)
    for out in (run_ok(capsys, db, "coinvestors", "Nvidia"), run_ok(capsys, db, "show", "Nvidia")):
        header = next(line for line in out.splitlines() if "investor" in line and "led" in line)
        assert [cell.strip() for cell in header.strip("┃ ").split("┃")][:4] == [
            "investor",
            "rounds",
            "stake deals",
            "led",
        ]
        microsoft = next(line for line in out.splitlines() if "│ Microsoft" in line)
        assert [cell.strip() for cell in microsoft.strip("│ ").split("│")][:4] == ["Microsoft", "2", "1", "0"]


@pytest.mark.parametrize(
    ("rounds", "stake_deals", "said"),
    [
        (3, 0, "3 rounds"),
        (1, 0, "1 round"),
        (0, 1, "1 stake deal"),
        (0, 2, "2 stake deals"),
        (2, 1, "3 deals"),
    ],
)
def test_a_co_investors_count_never_calls_a_stake_deal_a_round(rounds, stake_deals, said):
    from ai_deals.store.formatting import deals_shared

    assert deals_shared(rounds, stake_deals) == said


# -- m042 marks the "after its" rounds imported before ---------------------------------------------------


def as_of_m041(db: Path) -> None:
    """`db` as ai-deals left it before m042: its "after its" rounds not marked recalled, schema version 41."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE rounds SET recalled = 0")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm042_recalled_after_its'")
        conn.execute("PRAGMA user_version = 41")


@pytest.mark.parametrize(
    "sentence",
    [
        "After its $45 million Series A, Nordwind Robotics opened a Munich office.",
        "Nordwind Robotics opened a Munich office after its $45 million Series A.",
    ],
)
def test_an_m041_database_opens_with_its_after_its_rounds_marked_recalled(capsys, tmp_path, sentence):
    """Imported before the importer knew these cues, the story's $45M was a second Series A ($93M raised);
    opened by this version, it is marked and joins the deal file's $48M. The deal file's row stays unmarked."""
    from ai_deals.store import Store

    deals = tmp_path / "nw2.csv"
    deals.write_text(NORDWIND_DEALS, encoding="utf-8")
    db = import_files(capsys, tmp_path, ("nw3.txt", followup(sentence)))
    run_ok(capsys, db, "import", str(deals))
    as_of_m041(db)
    with Store.open(db):
        pass
    assert [(amount, recalled) for amount, _, recalled in rounds_stored(db)] == [(45e6, 1), (48e6, 0)]
    assert "raised $48M" in run_ok(capsys, db, "show", "Nordwind Robotics")

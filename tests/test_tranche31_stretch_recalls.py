"""tranche31: a raise that opens a stretch of time the news comes in ("in the year after Zorgly's $10 million seed
round", "in the months after its", "since its $10 million seed round in 2024", « depuis sa levée de 10 millions
d'euros », « dans l'année qui a suivi son tour d'amorçage de ») is recalled, not that day's news. Only a counted
span dates it back ("six months since" → six months before the story); otherwise it keeps the date its own words
give, or none: never the article's day."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article

STORY_DAY = "2024-06-11"
NEWS = {
    "en": "Zorgly raised $50 million in a Series B led by Index Ventures on Tuesday. ",
    "fr": "Zorgly a levé 50 millions d'euros en série B mardi. ",
}


def rounds_of(text: str, language: str) -> list:
    source = parse_article(text, title="Zorgly news", published=STORY_DAY, language=language)
    return [fact for fact in source.facts if fact.kind == "round"]


@pytest.mark.parametrize(
    ("recall", "language", "date"),
    [
        ("Revenue tripled in the year after Zorgly's $10 million seed round.", "en", None),
        ("The company hired 40 people in the months after its $10 million seed round.", "en", None),
        ("The company has hired 40 people since its $10 million seed round in 2024.", "en", "2024"),
        ("Revenue has tripled since Zorgly's $10 million seed round.", "en", None),
        ("L'entreprise a recruté 40 personnes depuis sa levée de 10 millions d'euros en 2024.", "fr", "2024"),
        ("Ses effectifs ont triplé depuis sa levée de 10 millions d'euros.", "fr", None),
        (
            "Son chiffre d'affaires a triplé dans l'année qui a suivi son tour d'amorçage de 10 millions d'euros.",
            "fr",
            None,
        ),
        ("Ses effectifs ont triplé dans les mois qui ont suivi sa levée de 10 millions d'euros.", "fr", None),
    ],
)
def test_a_raise_a_stretch_of_time_runs_from_is_recalled_with_its_own_date_or_none(recall, language, date):
    news, earlier = rounds_of(NEWS[language] + recall, language)
    assert (news.amount, news.recalled, news.date) == (50e6, False, STORY_DAY)
    assert (earlier.company, earlier.amount, earlier.recalled, earlier.status) == (
        "Zorgly",
        10e6,
        True,
        "announced",
    )
    assert earlier.date == date


def test_a_counted_span_since_a_raise_dates_it_that_long_before_the_news():
    _, earlier = rounds_of(NEWS["en"] + "It comes six months since its $10 million seed round.", "en")
    assert (earlier.amount, earlier.recalled, earlier.date, earlier.date_precision) == (
        10e6,
        True,
        "2023-12",
        "month",
    )


def test_a_seed_round_named_in_french_after_depuis_is_recalled_beside_the_total_raised_since():
    total, seed = rounds_of(
        "Zorgly a levé 80 millions d'euros depuis sa levée d'amorçage de 10 millions d'euros en 2022.", "fr"
    )
    assert (total.amount, total.status, total.recalled) == (80e6, "cumulative", False)
    assert (seed.amount, seed.round_type, seed.recalled, seed.status, seed.date) == (
        10e6,
        "Seed",
        True,
        "announced",
        "2022",
    )


WIRE = (
    "title: Zorgly raises $50 million\ndate: 2024-06-11\npublisher: Wire\nlanguage: en\n\n"
    "Zorgly raised $50 million in a Series B led by Index Ventures on Tuesday.\n\n"
    "Revenue tripled in the year after Zorgly's $10 million seed round.\n"
)


def test_a_wire_recalling_a_seed_round_shows_it_undated_beside_the_story_s_raise(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("wire.txt", WIRE))
    page = json.loads(run_ok(capsys, db, "show", "--json", "Zorgly"))
    rounds = sorted((r["round_type"], r["amount"], r["date"]) for r in page["rounds"])
    assert rounds == [("Seed", 10e6, None), ("Series B", 50e6, STORY_DAY)]

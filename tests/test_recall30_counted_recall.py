"""recall30: a raise the news is counted from ("The funding comes a year after Mistral AI's €105M seed round",
« un an après sa levée de 105 millions », « deux ans après son tour d'amorçage de ») is recalled, not that
day's news, and dated that long before the story, so that the deal file's row of that raise and the
article's recall are one raise counted once."""

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
MISTRAL_SEED_RECALL = (
    "The funding comes a year after Mistral AI's €105M seed round led by Lightspeed Venture Partners, "
    "which was one of the largest seed rounds in European history."
)
MISTRAL_WIRE = (
    "title: France's Mistral AI raises $640 million\ndate: 2024-06-11\nlanguage: en\n\n"
    "PARIS, June 11 (Wire) - French artificial intelligence start-up Mistral AI said on Tuesday it has raised "
    "600 million euros ($640 million) in a Series B round led by General Catalyst.\n\n"
    f"{MISTRAL_SEED_RECALL}\n"
)
VENDOR = (
    "Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors\n"
    "Mistral AI,Series B,600000000,EUR,2024-06-11,General Catalyst\n"
    "Mistral AI,Seed,105000000,EUR,2023-06-13,Lightspeed Venture Partners\n"
)


def rounds_of(text: str, language: str) -> list:
    source = parse_article(text, title="Zorgly news", published=STORY_DAY, language=language)
    return [fact for fact in source.facts if fact.kind == "round"]


def test_a_seed_round_the_news_comes_a_year_after_is_recalled_and_dated_a_year_back():
    [seed] = rounds_of(MISTRAL_SEED_RECALL, "en")
    assert (seed.company, seed.amount, seed.round_type) == ("Mistral AI", 105e6, "Seed")
    assert seed.recalled
    assert (seed.date, seed.date_precision) == ("2023-06", "month")
    assert seed.lead_investors == ["Lightspeed Venture Partners"]


@pytest.mark.parametrize(
    ("recall", "language", "date"),
    [
        ("The round comes a year after its $20 million Series A.", "en", "2023-06"),
        ("The round comes two years after Zorgly's $20 million Series A.", "en", "2022-06"),
        ("The round comes six months after Zorgly's $20 million Series A led by Accel.", "en", "2023-12"),
        ("Ce financement intervient un an après sa levée de 20 millions d'euros.", "fr", "2023-06"),
        (
            "Ce financement intervient deux ans après son tour d'amorçage de 20 millions d'euros.",
            "fr",
            "2022-06",
        ),
        ("Il arrive dix-huit mois après son tour d'amorçage de 20 millions d'euros.", "fr", "2022-12"),
    ],
)
def test_a_raise_counted_back_from_the_news_is_recalled_and_dated_that_long_before(recall, language, date):
    news, earlier = rounds_of(NEWS[language] + recall, language)
    assert (news.recalled, news.date) == (False, STORY_DAY)
    assert (earlier.company, earlier.amount, earlier.recalled) == ("Zorgly", 20e6, True)
    assert (earlier.date, earlier.date_precision) == (date, "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "A year after its founding, Zorgly raised $20 million in a seed round led by Accel.",
        "Zorgly raised $20 million a year after its founding.",
        "Two years after Nordwind's launch, Zorgly raised $20 million in a Series A.",
    ],
)
def test_a_raise_told_a_year_after_something_else_stays_the_news(sentence):
    [news] = rounds_of(sentence, "en")
    assert not news.recalled
    assert news.date == STORY_DAY


def test_a_deal_file_seed_and_a_wire_recalling_it_a_year_back_are_one_raise_counted_once(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("wire.txt", MISTRAL_WIRE), ("vendor.csv", VENDOR))
    page = json.loads(run_ok(capsys, db, "show", "--json", "Mistral AI"))
    seeds = [r for r in page["rounds"] if r["round_type"] == "Seed"]
    assert len(page["rounds"]) == 2
    assert [(s["amount"], s["date"]) for s in seeds] == [(105e6, "2023-06-13")]
    assert "€705M" in run_ok(capsys, db, "show", "Mistral AI")


def test_a_counted_back_raise_keeps_the_date_its_relative_clause_gives():
    """ "…a year after Casebrook's $4.5 million seed round, which Cherry Ventures led last year": last year dates
    it, not the count."""
    text = (
        NEWS["en"]
        + "The round comes about a year after Zorgly's $4.5 million seed round, which Accel led last year."
    )
    _, seed = rounds_of(text, "en")
    assert (seed.recalled, seed.date, seed.date_precision) == (True, "2023", "year")


# -- the review's cases (session 30) ------------------------------------------------------------------------------


def _rounds(text: str) -> list[tuple[str, float, str, bool]]:
    source = parse_article(text, published="2024-06-11", language="en")
    return [(f.company, f.amount, f.date, f.recalled) for f in source.facts if f.kind == "round"]


def test_half_a_year_after_counts_six_months_back():
    assert _rounds("The funding comes half a year after Helix's $10 million seed round.") == [
        ("Helix", 10e6, "2023-12", True)
    ]


def test_a_word_starting_with_qu_opens_no_relative_dating_the_recall():
    text = "The funding comes a year after Helix's $10 million seed round, quintupling its valuation in March 2021."
    assert _rounds(text) == [("Helix", 10e6, "2023-06", True)]


def test_months_after_an_investment_without_a_count_recall_nothing():
    # No span of time counted back from the news: no raise here, and a seed round the year after which the
    # company grew is recalled undated (tranche31), never the story's news.
    assert _rounds("Shares rose in the months after Nvidia's $5 billion investment.") == []
    assert _rounds("Zorgly grew fast in the year after Zorgly's $10 million seed round.") == [
        ("Zorgly", 10e6, None, True)
    ]

"""Past events dated as the text tells them, not by the article's date.

- A month without a year takes its tense from the verb nearest it: over ("reached in March", "said in
  September", "En janvier, elle a noué") -> the latest such month on or before publication; still to come
  ("starting in March", "will", "doit", "lèvera") -> the next one on or after.
- An earlier round counted back ("two months after", "11 months ago", "il y a six mois") is dated that many
  months before publication and keeps its own valuation; one the text gives no date stays undated.
- "more than double its valuation a year ago": the year ago is the older valuation's, not today's figure's.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts_of, of_kind

from ai_deals.importers.extract.dates import find_dates


def _month(sentence: str, published: str) -> str:
    (date,) = find_dates(sentence, dt.date.fromisoformat(published))
    return date.value


# -- months without a year ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "month"),
    [
        # A past verb next to the month wins over a future one elsewhere in the sentence.
        ("Orvane is in talks for a round that would value it above the $8 billion it reached in March.", "2025-07-29", "2025-03"),
        ("Halvor said in September it would invest up to $2 billion in Orvane.", "2025-10-07", "2025-09"),
        ("En janvier, elle a noué un partenariat avec Orange, qui doit investir 5 millions d'euros.", "2025-02-20", "2025-01"),
        ("Le contrat, signé en novembre, doit rapporter 3 millions d'euros.", "2026-01-14", "2025-11"),
        ("Orvane raised $20 million in March and plans to hire 50 engineers.", "2026-01-14", "2025-03"),
        # Still to come: the next such month.
        ("Orvane signed a $2 billion deal with Halvor for capacity starting in March.", "2026-01-14", "2026-03"),
        ("À partir de mars, Orvane fournira ses modèles à Orange.", "2026-01-14", "2026-03"),
        ("Orvane will open its Lyon office in March.", "2026-01-14", "2026-03"),
        ("Orvane lèvera 20 millions d'euros en mars.", "2026-01-14", "2026-03"),
        ("The round is expected to close in March.", "2026-01-14", "2026-03"),
        ("Les fonds seront versés en avril.", "2026-02-27", "2026-04"),
    ],
)  # fmt: skip
def test_a_month_without_year_takes_the_tense_of_its_own_verb(sentence, published, month):
    assert _month(sentence, published) == month


def test_a_month_said_in_the_past_is_not_moved_to_next_year_by_a_future_clause():
    """ "Nvidia said in September it would invest": the round was dated September of the next year."""
    text = "Nvidia said in September it would invest up to $100 billion in Zeta AI."
    (investment,) = of_kind(facts_of(text, published="2025-10-07"), "investment")
    assert investment.date == "2025-09"


def test_a_deal_starting_in_a_month_is_dated_the_next_such_month():
    text = "Orvane signed a $2 billion cloud deal with Halvor for capacity starting in March."
    facts = facts_of(text, published="2026-01-14")
    assert {fact.date for fact in facts} == {"2026-03"}, facts


# -- earlier rounds ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("The funding comes about two months after Orvane raised $100 million.", "2025-07"),
        ("Sequoia led the $18M Series A just 11 months ago.", "2024-10"),
        ("Il y a six mois, Orvane avait levé 5 millions d'euros.", "2025-03"),
        ("Orvane had raised $9 million three months ago.", "2025-06"),
    ],
)
def test_an_earlier_event_counted_in_months_is_dated_that_many_months_back(sentence, month):
    assert _month(sentence, "2025-09-10") == month


def test_an_earlier_round_counted_back_keeps_its_own_date_and_valuation():
    """Both rounds took the article's date, so the page joined the $100M round to the $20B valuation."""
    text = (
        "Orvane AI has raised $200 million at a $20 billion valuation, the company said on Wednesday. "
        "The funding comes about two months after Orvane AI raised $100 million at an $18 billion valuation."
    )
    facts = facts_of(text, published="2025-09-10")
    dated = {(fact.kind, fact.amount): fact.date for fact in facts}
    assert dated == {
        ("round", 200e6): "2025-09-10",
        ("valuation", 20e9): "2025-09-10",
        ("round", 100e6): "2025-07",
        ("valuation", 18e9): "2025-07",
    }


def test_an_earlier_series_a_led_months_ago_is_dated_back():
    text = (
        "Kyvo has raised $60 million in a Series B at a $400 million valuation. "
        "The round comes after the $18M Series A that Sequoia led just 11 months ago."
    )
    rounds = {fact.amount: fact.date for fact in of_kind(facts_of(text, published="2025-09-10"), "round")}
    assert rounds == {60e6: "2025-09-10", 18e6: "2024-10"}


@pytest.mark.parametrize(
    "earlier",
    [
        "The funding comes after Orvane AI raised $100 million at an $18 billion valuation.",
        "Orvane AI previously raised $100 million at an $18 billion valuation.",
        "Orvane AI had raised $100 million at an $18 billion valuation.",
    ],
)
def test_an_earlier_round_without_a_date_stays_undated(earlier):
    """An earlier round the text gives no date took the article's, beside the new round's."""
    text = f"Orvane AI has raised $200 million at a $20 billion valuation. {earlier}"
    dated = {(fact.kind, fact.amount): fact.date for fact in facts_of(text, published="2025-09-10")}
    assert dated == {
        ("round", 200e6): "2025-09-10",
        ("valuation", 20e9): "2025-09-10",
        ("round", 100e6): None,
        ("valuation", 18e9): None,
    }


def test_a_french_earlier_round_without_a_date_stays_undated():
    text = (
        "Orvane a levé 20 millions d'euros auprès de Partech. "
        "Elle avait déjà levé 2 millions d'euros auprès de Kima."
    )
    rounds = {fact.amount: fact.date for fact in of_kind(facts_of(text, "fr", "2025-09-10"), "round")}
    assert rounds == {20e6: "2025-09-10", 2e6: None}


def test_an_earlier_round_in_a_named_year_keeps_that_year():
    text = (
        "Orvane a levé 20 millions d'euros auprès de Partech. "
        "En 2023, elle avait bouclé un tour de 2 millions d'euros."
    )
    rounds = {fact.amount: fact.date for fact in of_kind(facts_of(text, "fr", "2025-09-10"), "round")}
    assert rounds == {20e6: "2025-09-10", 2e6: "2023"}


# -- "a year ago" of an older figure -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The deal values Orvane AI at about 12 billion euros, more than double its valuation a year ago.", "en"),
        ("La levée valorise Orvane autour de 900 millions d'euros, soit trois fois plus qu'il y a un an.", "fr"),
    ],
)  # fmt: skip
def test_a_year_ago_of_the_older_valuation_does_not_date_todays(text, language):
    (valuation,) = of_kind(facts_of(text, language, "2025-06-18"), "valuation")
    assert valuation.date == "2025-06-18"


def test_a_valuation_a_year_ago_is_dated_a_year_back_beside_the_new_one():
    """ "$90 million a year ago" is a past valuation, not a yearly flow ("$90 million a year"): it is kept,
    dated the month a year before publication, next to the new round's own valuation."""
    text = (
        "Ferrix AI raised $300 million at a $2 billion valuation. "
        "Ferrix AI was valued at $90 million a year ago."
    )
    valuations = {
        fact.amount: fact.date for fact in of_kind(facts_of(text, published="2026-03-02"), "valuation")
    }
    assert valuations == {2e9: "2026-03-02", 90e6: "2025-03"}


def test_a_valuation_a_year_ago_alone_is_dated_a_year_back():
    (valuation,) = of_kind(
        facts_of("Ferrix AI was valued at $90 million a year ago.", published="2026-03-02"), "valuation"
    )
    assert (valuation.company, valuation.amount, valuation.date) == ("Ferrix AI", 90e6, "2025-03")


def test_months_ago_after_an_older_figure_dates_only_that_figure():
    """ "revenue of about $100 million, compared with almost nothing 18 months ago": the 18 months are the
    older figure's; the projection keeps its own date."""
    (date,) = find_dates(
        "It expects $100 million, compared with almost nothing 18 months ago.", dt.date(2023, 11, 21)
    )
    assert (date.value, date.role) == ("2022-05", "earlier")


# -- what stays as it was ----------------------------------------------------------------------------------


def test_a_raise_told_in_reported_speech_is_the_storys_and_keeps_its_date():
    """ "said it had raised" is the news in reported speech, not an earlier round."""
    text = "Orvane AI said on Tuesday it had raised $120 million from Halvor Capital."
    (round_,) = of_kind(facts_of(text, published="2025-09-10"), "round")
    assert round_.date == "2025-09-09"


def test_an_earlier_raise_in_a_relative_clause_leaves_the_main_clauses_figure_dated():
    """The earlier round is undated; the headcount after the closed relative clause keeps the article's date."""
    text = "Orvane, qui avait levé 6 millions d'euros auprès de Kima, emploie 60 personnes."
    dated = {(fact.kind, fact.amount): fact.date for fact in facts_of(text, "fr", "2025-09-10")}
    assert dated == {("round", 6e6): None, ("metric", 60): "2025-09-10"}


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        ("Orvane, une start-up créée il y a dix-huit mois, vaut 3 milliards.", "2024-03", "founded"),
        ("Orvane tripled its revenue last year to €18m.", "2024", "point"),
        ("The first installation is due in September.", "2025-09", "point"),
    ],
)
def test_dates_that_are_no_earlier_round(sentence, value, role):
    (date,) = find_dates(sentence, dt.date(2025, 9, 10))
    assert (date.value, date.role) == (value, role)


@pytest.mark.parametrize(
    ("text", "language", "earlier"),
    [
        ("In 2024, Orvane AI raised $100 million at an $18 billion valuation.", "en", "2024"),
        ("Last year, Orvane AI raised $100 million at an $18 billion valuation.", "en", "2024"),
        ("L'an dernier, Orvane avait levé 50 millions d'euros pour une valorisation de 500 millions d'euros.", "fr", "2024"),
        ("Il y a un an, Orvane avait levé 50 millions d'euros pour une valorisation de 500 millions d'euros.", "fr", "2024-09"),
    ],
)  # fmt: skip
def test_an_earlier_rounds_valuation_is_dated_as_its_round(text, language, earlier):
    """ "In 2024, X raised $100 million at an $18 billion valuation": the round was 2024, its valuation the
    article's day, so the page put the $18B beside the story's new round."""
    new = (
        "Orvane AI has raised $200 million at a $20 billion valuation. "
        if language == "en"
        else "Orvane a levé 200 millions d'euros, pour une valorisation de 2 milliards d'euros. "
    )
    facts = facts_of(new + text, language, "2025-09-10")
    earlier_facts = [fact for fact in facts if fact.amount in (100e6, 18e9, 50e6, 500e6)]
    assert [fact.date for fact in earlier_facts] == [earlier, earlier], facts


def test_weeks_before_publication_date_the_earlier_event_to_its_month():
    import datetime as dt

    from ai_deals.importers.extract.dates import find_dates

    published = dt.date(2025, 9, 10)
    assert [
        m.value for m in find_dates("The funding comes weeks after Zeta raised $100 million.", published)
    ] == ["2025-08"]
    assert [m.value for m in find_dates("Zeta raised $5 million three weeks ago.", published)] == ["2025-08"]
    assert [m.value for m in find_dates("Zeta a levé 5 millions il y a quelques semaines.", published)] == [
        "2025-08"
    ]


# -- words ending in "ed" that are no past tense ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeta will close its seed round in March.",
        "Zeta will raise what it will need in March.",
        "Zeta will exceed its target in March.",
        "Zeta will proceed with the listing in March.",
        "Zeta will speed up hiring in March.",
        "Zeta will raise two hundred million in March.",
    ],
)
def test_seed_need_exceed_are_not_past_verbs_so_a_future_month_stays_ahead(sentence):
    assert _month(sentence, "2025-09-10") == "2026-03"


def test_a_startup_created_weeks_ago_dates_its_founding_as_one_created_months_ago():
    published = dt.date(2025, 9, 10)
    (weeks,) = find_dates("Zeta, une start-up créée il y a quelques semaines, lève 2 millions.", published)
    (months,) = find_dates("Zeta, une start-up créée il y a dix-huit mois, lève 2 millions.", published)
    assert (weeks.value, weeks.role) == ("2025-08", "founded")
    assert (months.value, months.role) == ("2024-03", "founded")


def test_weeks_are_counted_with_every_spelled_count_months_are():
    assert _month("Zeta raised $5 million ten weeks ago.", "2025-09-10") == "2025-07"


def test_a_raise_told_after_earlier_opening_its_sentence_is_not_dated_the_articles_day():
    from extract_helpers import facts_of

    text = (
        "Quanta AI, a Seattle-based AI startup, raised $80 million in a Series C led by Accel on June 10, 2026. "
        "Earlier, the company raised $6 million in a Series A from Khosla Ventures."
    )
    rounds = {fact.round_type: fact.date for fact in facts_of(text) if fact.kind == "round"}
    assert rounds == {"Series C": "2026-06-10", "Series A": None}

"""What tester qa52 (a journalist on "circular" AI financing) found counted that was never money raised: a deal
called off read as a new investment, the conditional first tranche of "up to $100 billion" counted as committed,
an investor's running total read as new money, and a deal file's exact "$100B" shown over the article's
"up to $100B" under the article's title."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_files, run_ok
from extract_helpers import facts_of, of_kind, only

STORY_DAY = "2025-12-03"

AGREED = """title: Nvidia to invest $2 billion in xAI
date: 2025-10-08
publisher: Reuters
language: en

Oct 8 (Reuters) - Nvidia will invest $2 billion in xAI, Elon Musk's artificial intelligence startup, as part of \
a $20 billion financing round, according to people familiar with the matter.
"""
CALLED_OFF_FR = """title: Nvidia renonce à investir dans xAI
date: 2025-12-02
publisher: AFP
language: fr

WASHINGTON, 2 décembre 2025 (AFP) - Nvidia a renoncé à son projet d'investir 2 milliards de dollars dans xAI, la \
start-up d'Elon Musk, selon des sources proches du dossier.

L'accord annoncé en octobre a été annulé, ont précisé ces sources.
"""


# -- #1 a deal called off moves no money: its figure is no investment -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Nvidia has abandoned plans to invest $2 billion in xAI, people familiar with the matter said.",
            "en",
        ),
        ("Nvidia called off its planned $2 billion investment in xAI on Tuesday.", "en"),
        ("Nvidia scrapped plans to invest $2 billion in xAI.", "en"),
        ("Nvidia dropped its plan to invest $2 billion in xAI.", "en"),
        ("Nvidia withdrew plans to invest $2 billion in xAI.", "en"),
        ("Nvidia will no longer invest $2 billion in xAI.", "en"),
        ("Nvidia decided not to invest $2 billion in xAI.", "en"),
        (
            "Talks for Nvidia to invest $2 billion in xAI collapsed, people familiar with the matter said.",
            "en",
        ),
        ("Nvidia n'investira finalement pas 2 milliards de dollars dans xAI, a indiqué le groupe.", "fr"),
        ("Nvidia a abandonné son investissement de 2 milliards de dollars dans xAI.", "fr"),
        (
            "Nvidia a renoncé à son projet d'investir 2 milliards de dollars dans xAI, selon des sources.",
            "fr",
        ),
        ("L'investissement de 2 milliards de dollars de Nvidia dans xAI a été annulé, selon l'AFP.", "fr"),
    ],
)
def test_a_deal_told_as_called_off_is_no_investment(text, language):
    assert of_kind(facts_of(text, language=language, published=STORY_DAY), "investment") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia invested $2 billion in xAI after talks with OpenAI collapsed.",
        "Nvidia will invest $2 billion in xAI, which scrapped its IPO plans last year.",
        "Nvidia scrapped its old chip roadmap and will invest $2 billion in xAI.",
    ],
)
def test_an_investment_beside_another_deal_called_off_stays_an_investment(text):
    stake = only(facts_of(text, published=STORY_DAY), "investment")
    assert (stake.investor, stake.company, stake.amount) == ("Nvidia", "xAI", 2e9)


def test_a_later_dispatch_calling_the_deal_off_adds_no_second_investment(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("11-agreed.txt", AGREED), ("12-annule.txt", CALLED_OFF_FR))
    timeline = run_ok(capsys, db, "timeline", "--company", "xAI")
    assert timeline.count("Nvidia invests $2B in xAI") == 1
    assert "│ 2025-12-02 │" not in timeline  # no event of its own on the day it was called off
    # since called29 the one event says who called it off, and when (fold32: one parenthesis)
    assert "called off: AFP, 2025-12-02" in " ".join(timeline.replace("│", " ").split())


# -- #2b a tranche paid "when" something happens waits on it: not committed, not counted ------------------------

UP_TO_100B = """title: Nvidia to invest up to $100 billion in OpenAI as part of data center deal
date: 2025-09-22
publisher: Reuters
url: https://example.org/reuters/nvidia-openai-100bn
language: en

SAN FRANCISCO, Sept 22 (Reuters) - Nvidia will invest up to $100 billion in OpenAI, the two companies said on \
Monday, in a deal that ties the chipmaker's money to the ChatGPT maker's purchases of its chips.

The first $10 billion will be invested when the first gigawatt of Nvidia systems is deployed, with further \
tranches conditional on each additional gigawatt, according to people familiar with the matter.
"""


def test_a_first_tranche_paid_when_a_milestone_is_reached_is_conditional():
    stake = only(facts_of(UP_TO_100B), "investment")
    first = stake.tranches[0]
    assert (first.amount, first.condition) == (10e9, "when the first gigawatt of Nvidia systems is deployed")


def test_a_french_first_tranche_paid_lorsque_keeps_its_wait_and_leaves_the_balance_unconditioned():
    text = (
        "Amazon va investir 50 milliards de dollars dans Anthropic. Une première tranche de 15 milliards sera "
        "versée lorsque le premier centre sera livré, le solde en 2027."
    )
    stake = only(facts_of(text, language="fr"), "investment")
    assert [(t.label, t.condition) for t in stake.tranches] == [
        ("first", "lorsque le premier centre sera livré"),
        ("balance", None),
    ]


def test_a_tranche_paid_now_before_a_conditional_one_stays_committed():
    text = (
        "Amazon agreed to invest $50 billion in Anthropic. The first $15 billion will be paid now and $35 billion "
        "once conditions are met."
    )
    stake = only(facts_of(text), "investment")
    assert [(t.amount, t.condition) for t in stake.tranches] == [
        (15e9, None),
        (35e9, "once conditions are met"),
    ]


def test_money_waiting_on_its_first_gigawatt_is_not_counted_as_raised(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("01-reuters.txt", UP_TO_100B))
    page = run_ok(capsys, db, "show", "OpenAI")
    assert "raised $10B" not in page and "committed" not in page
    assert "up to $100B conditional" in page


# -- #2c what a holder has invested so far is a running total, not new money ------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Google, qui détient environ 14% d'Anthropic, y a de son côté investi plus de 2 milliards de dollars, "
            "selon des personnes proches du dossier.",
            "fr",
        ),
        (
            "Google, which owns about 14% of Anthropic, has invested more than $2 billion in the startup.",
            "en",
        ),
    ],
)
def test_what_a_holder_has_invested_so_far_is_cumulative(text, language):
    stake = only(facts_of(text, language=language), "investment")
    assert (stake.investor, stake.amount, stake.bound, stake.status) == (
        "Google",
        2e9,
        "minimum",
        "cumulative",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Microsoft, qui détient 27% d'OpenAI, a investi 10 milliards de dollars en janvier 2023.", "fr"),
        ("Google, which owns about 14% of Anthropic, will invest $2 billion in the startup.", "en"),
        ("Google, which owns about 14% of Anthropic, invested $2 billion in the startup on Monday.", "en"),
    ],
)
def test_a_holders_dated_or_coming_investment_is_no_running_total(text, language):
    assert only(facts_of(text, language=language), "investment").status != "cumulative"


# -- #2a an article's "up to $100 billion" is shown over a deal file's bare "$100B" copying it ------------------

NVIDIA_ROW = """[{"company": "OpenAI", "investors": "Nvidia", "amount": "100000000000", "currency": "USD",
  "date": "2025-09-22", "kind": "investment", "status": "conditional",
  "source_url": "https://example.org/reuters/nvidia-openai-100bn"}]
"""


@pytest.mark.parametrize("order", ["article first", "deal file first"])
def test_an_articles_bound_is_shown_over_a_deal_files_bare_copy_of_its_figure(capsys, tmp_path, order):
    files = [("01-reuters.txt", UP_TO_100B), ("deals.json", NVIDIA_ROW)]
    db = import_files(capsys, tmp_path, *(files if order == "article first" else files[::-1]))
    timeline = run_ok(capsys, db, "timeline", "--company", "OpenAI")
    assert "invests ≤$100B in OpenAI" in timeline and "invests $100B" not in timeline
    exported = json.loads(
        run_ok(capsys, db, "export", "--company", "OpenAI", "--one-per-deal", "--format", "json")
    )
    (stake,) = [row for row in exported["records"] if row["record_type"] == "stake"]
    assert (stake["amount"], stake["bound"], stake["publisher"]) == (100e9, "maximum", "Reuters")
    assert stake["other_figures"].startswith("$100B (")

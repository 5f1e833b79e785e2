"""What tester qa52 (a journalist on "circular" AI financing) found counted that was never money raised: a deal
called off read as a new investment, the conditional first tranche of "up to $100 billion" counted as committed,
an investor's running total read as new money, and a deal file's exact "$100B" shown over the article's
"up to $100B" under the article's title."""

from __future__ import annotations

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
    ],
)
def test_an_investment_beside_another_deal_called_off_stays_an_investment(text):
    stake = only(facts_of(text, published=STORY_DAY), "investment")
    assert (stake.investor, stake.company, stake.amount) == ("Nvidia", "xAI", 2e9)


def test_a_later_dispatch_calling_the_deal_off_adds_no_second_investment(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("11-agreed.txt", AGREED), ("12-annule.txt", CALLED_OFF_FR))
    timeline = run_ok(capsys, db, "timeline", "--company", "xAI")
    assert timeline.count("Nvidia invests $2B in xAI") == 1
    assert "2025-12-02" not in timeline

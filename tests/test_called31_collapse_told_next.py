"""A deal whose collapse the next sentence tells ("Nvidia agreed to invest $2 billion in Zeta. The deal collapsed
in March.", « L'accord a finalement été abandonné. ») is no money raised: the article keeps it as a call-off
(importers/extract/called_off.deals_failed_next), which marks the same deal an earlier article told. A later
sentence about another deal ("Its 2023 deal with Intel collapsed.") leaves it standing. Articles written for
these tests."""

from __future__ import annotations

import pytest
from cli_helpers import private_default_db  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import CALLED_OFF
from ai_deals.store import Store

AGREED = "Nvidia agreed to invest $2 billion in Zeta."
ACCEPTED = "Nvidia a accepté d'investir 2 milliards de dollars dans Zeta."
INVESTED = "Nvidia has invested $2 billion in Zeta, the AI startup said on Monday."


def article(text: str, language: str = "en", published: str = "2026-05-10", title: str = "Daily news"):
    return parse_article(
        text, title=title, published=published, publisher=title.split()[0], language=language
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (f"{AGREED} The deal collapsed in March.", "en"),
        (f"{AGREED} However, the agreement was later called off.", "en"),
        (f"{AGREED} The talks have since fallen through.", "en"),
        ("Zeta raised $2 billion from Nvidia. The deal fell through in March.", "en"),
        (f"{ACCEPTED} L'accord a finalement été abandonné.", "fr"),
        (f"{ACCEPTED} Mais les négociations ont échoué.", "fr"),
    ],
)
def test_a_deal_the_next_sentence_tells_collapsed_is_a_call_off_and_no_fact(text, language):
    parsed = article(text, language)
    assert [fact for fact in parsed.facts if fact.kind in ("investment", "round")] == []
    (off,) = parsed.called_off
    assert (off.investor, off.company, off.amount, off.currency, off.status, off.date) == (
        "Nvidia",
        "Zeta",
        2e9,
        "USD",
        CALLED_OFF,
        "2026-05-10",
    )
    assert off.sentence == text  # both sentences: the deal and its collapse


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (f"{AGREED} Its 2023 deal with Intel collapsed.", "en"),
        (f"{AGREED} The deal with Intel collapsed last year.", "en"),
        (f"{AGREED} The company collapsed in 2019 before it was refounded.", "en"),
        (f"{ACCEPTED} Son accord de 2023 avec Intel a été abandonné.", "fr"),
        (f"{ACCEPTED} L'accord avec Intel a été abandonné en 2023.", "fr"),
    ],
)
def test_a_later_sentence_about_another_deal_leaves_the_deal_counted(text, language):
    parsed = article(text, language)
    (fact,) = [fact for fact in parsed.facts if fact.kind == "investment"]
    assert (fact.investor, fact.company, fact.amount) == ("Nvidia", "Zeta", 2e9)
    assert parsed.called_off == []


def test_a_collapse_told_next_marks_the_deal_an_earlier_article_told(tmp_path):
    store = Store.open(tmp_path / "called31.db")
    store.import_source(article(INVESTED, published="2026-03-02", title="Wire invests"))
    store.import_source(article(f"{AGREED} The deal collapsed in March."))
    page = store.company(store.find_company("Zeta").id)
    (stake,) = page.investors
    assert stake.status == CALLED_OFF and [e.publisher for e in stake.called_off_by] == ["Daily"]
    assert page.raised == {}

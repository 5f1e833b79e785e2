"""Session 22 (art22b): what the article importer read wrong about rounds, tranches and conditions.

A French when-clause in the future ("lorsqu'elle atteindra ses objectifs") is a condition like
an English "if"; a backer that "returned" joins the round the story reports, never a raise still in talks.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.store import Store

PUBLISHED = "2026-03-02"  # the day `facts_of` publishes its texts


FERRIX_TALKS = (
    "Ferrix raised $45 million in a Series B led by Accel. Ferrix is also in talks to raise $200 million at a "
    "$2 billion valuation, people familiar said. "
)


def test_a_backer_that_returned_joins_the_reported_round_not_the_one_in_talks():
    for text in (
        "Ferrix raised $45 million in a Series B led by Accel. Index Ventures, which led the Series A, returned.",
        FERRIX_TALKS + "Index Ventures, which led the Series A, returned.",
    ):
        rounds = of_kind(facts_of(text), "round")
        series_b = next(r for r in rounds if r.amount == 45e6)
        assert "Index Ventures" in series_b.investors, text
        assert "Index Ventures" not in series_b.lead_investors, text
        assert all("Index Ventures" not in r.investors for r in rounds if r.status == "in_talks"), text


def test_a_stake_told_after_a_raise_in_talks_is_no_part_of_it():
    facts = facts_of(FERRIX_TALKS + "Index Ventures, which led the Series A, invested $10 million.")
    (in_talks,) = [r for r in of_kind(facts, "round") if r.status == "in_talks"]
    assert "Index Ventures" not in in_talks.investors


def test_the_store_puts_a_stake_in_the_reported_round_not_the_one_in_talks(tmp_path: Path):
    text = FERRIX_TALKS + "Index Ventures, which led the Series A, invested $10 million."
    source = parse_article(text, published=PUBLISHED, language="en", title="Ferrix", url="https://e.org/f")
    with Store.open(tmp_path / "deals.db") as store:
        store.import_source(source)
        page = store.company(store.find_company("Ferrix").id)
        (series_b,) = [r for r in page.rounds if r.status != "in_talks"]
        (index,) = [s for s in page.investors if s.investor == "Index Ventures"]
        assert index.round_ids == [series_b.id]


def test_a_french_future_when_clause_is_a_condition_like_its_english_if():
    round_text = "Kyra a levé 600 millions d'euros lors d'une série B menée par Atlas Ventures. "
    for condition in (
        "lorsqu'elle atteindra ses objectifs",
        "lorsque Kyra atteindra ses objectifs",
        "si elle atteint ses objectifs",
        "à condition que Kyra atteigne ses objectifs",
    ):
        text = (
            round_text + f"SoftBank pourrait investir jusqu'à 1 milliard d'euros supplémentaires {condition}."
        )
        facts = facts_of(text, "fr")
        softbank = only(facts, "investment")
        assert (softbank.status, softbank.condition) == ("conditional", condition), condition
        assert "SoftBank" not in only(facts, "round").investors, condition


def test_a_past_french_when_clause_is_no_condition():
    raised = only(
        facts_of("Kyra a levé 600 millions d'euros lorsqu'elle était encore une start-up.", "fr"), "round"
    )
    assert raised.status != "conditional" and raised.condition is None

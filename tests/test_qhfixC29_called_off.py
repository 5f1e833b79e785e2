"""Called-off and denied deals (qh29's findings): a deal told as failed counts nothing, a call-off covers only
its own clause, and an aside's failed round keeps its round type to itself."""

from __future__ import annotations

from ai_deals.importers.article import parse_article


def _facts(text: str):
    return parse_article(text, published="2026-03-10", language="en").facts


def test_a_round_that_has_fallen_through_counts_nothing():
    assert _facts("Helix Robotics said its $25 million Series A has fallen through.") == []


def test_a_round_told_failed_after_a_participle_aside_counts_nothing():
    text = (
        "Helix Robotics said the $25 million Series A led by Index Ventures, announced in January, "
        "has fallen through."
    )
    assert _facts(text) == []


def test_a_denied_investment_counts_nothing():
    # Already so at main (art29); guards qh29's d3 and e5.
    assert _facts("Nvidia denied it was investing $2 billion in xAI.") == []
    assert _facts("Nvidia has denied reports it invested $2 billion in xAI.") == []


def test_the_deal_made_after_a_called_off_one_is_counted():
    text = (
        "Nvidia had abandoned plans to invest $2 billion in xAI in 2024, but invested $3 billion in the "
        "company on Monday."
    )
    facts = _facts(text)
    assert [(f.kind, f.investor, f.company, f.amount) for f in facts] == [
        ("investment", "Nvidia", "xAI", 3_000_000_000)
    ]


def test_the_deal_told_instead_of_a_denied_one_is_counted():
    facts = _facts("Nvidia is no longer investing $2 billion in xAI, it is investing $4 billion.")
    assert [(f.kind, f.investor, f.company, f.amount) for f in facts] == [
        ("investment", "Nvidia", "xAI", 4_000_000_000)
    ]


def test_a_clause_after_a_call_off_with_no_investing_verb_tells_no_deal():
    facts = _facts(
        "Nvidia scrapped its $2 billion investment in xAI, and its shares fell $3 billion in value."
    )
    assert [f for f in facts if f.kind == "investment"] == []


def test_a_failed_asides_round_type_stays_out_of_the_real_raise():
    text = "Helix Robotics, whose $25 million Series A deal fell through in January, raised $30 million from Accel."
    facts = _facts(text)
    assert [(f.kind, f.company, f.amount, f.round_type) for f in facts] == [
        ("round", "Helix Robotics", 30_000_000, None)
    ]

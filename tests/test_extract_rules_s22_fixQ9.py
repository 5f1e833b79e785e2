"""Session 22, fixQ9: a round's tranche told without a sum ("and the balance in June 2026", "in two
tranches, the second of $300m") is the rest of the round: its amount less the tranches stated, when the
round's amount is known and the tranches are in its currency. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import facts_of, only


def tranches(fact) -> list[tuple]:
    return [(t.label, t.amount, t.currency, t.date, bool(t.condition)) for t in fact.tranches]


def test_the_balance_after_a_part_paid_at_signing_is_the_rest_of_the_round_in_french():
    text = (
        "La start-up parisienne Kalto a levé 50 millions d'euros auprès de Vantor Capital, dont 15 millions "
        "à la signature et le solde en juin 2026."
    )
    fact = only(facts_of(text, language="fr", published="2025-03-04"), "round")
    assert tranches(fact) == [
        ("first", 15_000_000, "EUR", "2025-03-04", False),
        ("balance", 35_000_000, "EUR", "2026-06", False),
    ]


def test_a_part_paid_at_signing_with_the_balance_later_is_the_rounds_first_tranche():
    text = (
        "Kalto, a Paris-based startup, raised €50 million from Vantor Capital, with €15 million paid at "
        "signing and the balance in June 2026."
    )
    fact = only(facts_of(text, published="2025-03-04"), "round")
    assert fact.amount == 50_000_000
    assert tranches(fact) == [
        ("first", 15_000_000, "EUR", "2025-03-04", False),
        ("balance", 35_000_000, "EUR", "2026-06", False),
    ]


def test_a_second_tranche_alone_leaves_the_rest_of_the_round_as_the_first():
    text = (
        "British self-driving startup Wayve has raised $1.05bn in a Series C funding round led by SoftBank "
        "Group. Wayve will receive the money in two tranches, the second of $300m conditional on the "
        "company hitting undisclosed technical milestones."
    )
    fact = only(facts_of(text), "round")
    assert tranches(fact) == [
        ("first", 750_000_000, "USD", None, False),
        ("second", 300_000_000, "USD", None, True),
    ]
    assert fact.condition == "conditional on the company hitting undisclosed technical milestones"


def test_no_balance_is_computed_from_a_round_in_another_currency():
    text = (
        "Kalto raised €50 million from Vantor Capital, with $15 million paid at signing and the balance "
        "in June 2026."
    )
    fact = only(facts_of(text), "round")
    assert all(t.amount != 35_000_000 for t in fact.tranches)


def test_a_sum_added_with_with_and_not_paid_now_is_no_tranche():
    text = "Kalto raised €50 million from Vantor Capital, with €15 million from Osk Partners."
    assert only(facts_of(text), "round").tranches == []

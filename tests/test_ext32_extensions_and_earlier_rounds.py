"""Two article-reading faults a journalist tester found (qa31 faults.md F2b, F5): an extension's own sum told as a
clause's subject ("a $6 million extension in October took its seed round to $41 million") is a round of its own,
and a sentence telling a Series A "and an earlier £19.6 million ($25 million) pre-seed round led by GV" tells two
rounds, each with its own type, leads and valuation."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind


def _rounds(facts) -> list[tuple[str | None, float | None, str | None, str | None]]:
    return sorted(
        (fact.company, fact.amount, fact.currency, fact.round_type) for fact in of_kind(facts, "round")
    )


def _dump(facts) -> list[dict]:
    return [fact.model_dump(exclude_defaults=True, exclude={"sentence", "evidence"}) for fact in facts]


@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        (
            "Acme AI raised $35 million in February, and a $6 million extension in October took its seed round "
            "to $41 million.",
            "en",
            "Acme AI",
        ),
        (
            "Acme AI raised $35 million in February. A $6 million extension in October brought its seed round "
            "to $41 million.",
            "en",
            "Acme AI",
        ),
        (
            "Acme AI raised $35 million in February, and a $6 million extension in October lifted its seed "
            "round to $41 million.",
            "en",
            "Acme AI",
        ),
        (
            "Acme a levé 35 millions de dollars en février, et une extension de 6 M$ en octobre a "
            "porté son amorçage à 41 M$.",
            "fr",
            "Acme",
        ),
        (
            "Acme a levé 35 millions de dollars en février. Une extension de 6 millions de dollars en octobre a "
            "porté son amorçage à 41 millions de dollars.",
            "fr",
            "Acme",
        ),
    ],
)
def test_an_extensions_own_sum_as_a_clause_subject_is_a_round_and_the_grown_size_is_not(text, language, company):
    facts = facts_of(text, language)
    rounds = [(f.company, f.amount, f.currency, f.date) for f in of_kind(facts, "round")]
    assert sorted(rounds) == [(company, 6e6, "USD", "2025-10"), (company, 35e6, "USD", "2026-02")], _dump(facts)


def test_an_extension_sum_keeps_the_type_of_the_round_it_grows():
    facts = facts_of(
        "Acme AI raised $35 million in February, and a $6 million extension in October took its seed round to "
        "$41 million."
    )
    assert _rounds(facts) == [("Acme AI", 6e6, "USD", "Seed"), ("Acme AI", 35e6, "USD", "Seed")], _dump(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Acme AI signed a $6 million extension of its contract with the US Army.",
        "Acme AI won a $6 million extension to its supply deal with Airbus.",
        "Acme a signé une extension de 6 millions d'euros de son contrat avec l'armée.",
    ],
)
def test_an_extension_of_a_contract_is_no_round(text):
    language = "fr" if " a signé " in text else "en"
    assert _rounds(facts_of(text, language)) == []


_SERIES_A = "Tessl raised a £78.4 million ($100 million) Series A led by Index Ventures and Accel"
_SERIES_A_FR = (
    "Tessl a levé 78,4 millions de livres (100 millions de dollars) en série A menée par Index Ventures et Accel"
)


@pytest.mark.parametrize(
    ("text", "language", "pre_seed_equivalent"),
    [
        (
            _SERIES_A + ", which values it at $750 million post-money, and an earlier £19.6 million ($25 million) "
            "pre-seed round led by GV and Boldstart Ventures.",
            "en",
            25e6,
        ),
        (_SERIES_A + ", and an earlier £19.6 million ($25 million) pre-seed round led by GV.", "en", 25e6),
        (_SERIES_A + ", which values it at $750 million, and a £19.6 million pre-seed round led by GV.", "en", None),
        (_SERIES_A + ", and a £19.6 million pre-seed round led by GV.", "en", None),
        (
            _SERIES_A_FR + ", qui la valorise à 750 millions de dollars, et 19,6 millions de livres (25 millions "
            "de dollars) en pré-amorçage mené par GV.",
            "fr",
            25e6,
        ),
        (
            "Tessl a levé une série A de 78,4 millions de livres (100 millions de dollars) menée par Index Ventures "
            "et Accel, qui la valorise à 750 millions de dollars, et un pré-amorçage de 19,6 millions de livres (25 "
            "millions de dollars) mené par GV.",
            "fr",
            25e6,
        ),
    ],
)
def test_a_pre_seed_told_after_a_series_a_in_one_sentence_is_its_own_round(text, language, pre_seed_equivalent):
    facts = facts_of(text, language)
    rounds = {fact.round_type: fact for fact in of_kind(facts, "round")}
    assert sorted(rounds) == ["Pre-seed", "Series A"], _dump(facts)
    series_a, pre_seed = rounds["Series A"], rounds["Pre-seed"]
    assert (series_a.amount, series_a.currency) == (78.4e6, "GBP")
    assert series_a.lead_investors == ["Index Ventures", "Accel"], _dump(facts)
    assert (pre_seed.amount, pre_seed.currency, pre_seed.equivalent_amount) == (19.6e6, "GBP", pre_seed_equivalent)
    assert pre_seed.lead_investors[0] == "GV"
    assert "GV" not in series_a.investors
    # The valuation is the company's (told with the Series A), never the pre-seed's sum.
    assert [(f.amount, f.currency) for f in of_kind(facts, "valuation")] in ([], [(750e6, "USD")])


def test_a_pre_seed_told_as_earlier_than_the_series_a_is_not_dated_the_story_day():
    facts = facts_of(
        _SERIES_A + ", which values it at $750 million post-money, and an earlier £19.6 million ($25 million) "
        "pre-seed round led by GV.",
        published="2024-11-14",
    )
    rounds = {fact.round_type: fact for fact in of_kind(facts, "round")}
    assert rounds["Series A"].date == "2024-11-14"
    assert rounds["Pre-seed"].date is None, _dump(facts)


def test_a_series_letter_before_led_by_is_no_french_auxiliary_making_the_subject_a_backer():
    # "Series A led by" once read as « a led » (has led): the raiser became a lead and the next round was lost.
    facts = facts_of(
        "Tessl raised a £78.4 million Series A led by Index Ventures and Accel, which values it at $750 million, "
        "and a £19.6 million pre-seed round led by GV."
    )
    assert [(f.company, f.amount) for f in of_kind(facts, "round") if f.round_type == "Pre-seed"] == [
        ("Tessl", 19.6e6)
    ], _dump(facts)

"""Article phrasings, second round (session 28, fr28b): several backers paying one sum in together, a raise hoped
for or planned told alike in both languages, a stake put in before the news recalled in the pluperfect."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind


@pytest.mark.parametrize(
    ("text", "language", "company", "currency"),
    [
        ("Kima Ventures et Accel ont versé 20 millions d'euros à Lynx IA.", "fr", "Lynx IA", "EUR"),
        ("Kima Ventures et Accel ont versé 20 M€ à Lynx IA.", "fr", "Lynx IA", "EUR"),
        ("Kima Ventures et Accel ont investi 20 millions d'euros dans Lynx IA.", "fr", "Lynx IA", "EUR"),
        ("Kima Ventures et Accel ont injecté 20 millions d'euros dans Lynx IA.", "fr", "Lynx IA", "EUR"),
        ("Kima Ventures et Accel ont apporté 20 millions d'euros à Lynx IA.", "fr", "Lynx IA", "EUR"),
        ("Kima Ventures and Accel invested $20 million in Lynx AI.", "en", "Lynx AI", "USD"),
        ("Kima Ventures and Accel have invested $20 million in Lynx AI.", "en", "Lynx AI", "USD"),
    ],
)
def test_one_sum_paid_in_by_several_backers_is_a_round_naming_them_all(text, language, company, currency):
    """« Kima Ventures et Accel ont versé 20 M€ à Lynx IA »: the company raised the sum, both backers its
    investors, as a raise with two investors is stored (never no fact, never one backer's own stake)."""
    facts = facts_of(text, language)
    assert not of_kind(facts, "investment")
    [round_] = of_kind(facts, "round")
    assert (round_.company, round_.investors, round_.amount, round_.currency) == (
        company,
        ["Kima Ventures", "Accel"],
        20e6,
        currency,
    )


def test_a_sum_each_backer_paid_in_stays_each_ones_stake():
    """ "each invested $20 million": two stakes of $20 million, not one round of $20 million."""
    stakes = of_kind(facts_of("Kima Ventures and Accel each invested $20 million in Lynx AI."), "investment")
    assert sorted((f.investor, f.amount) for f in stakes) == [("Accel", 20e6), ("Kima Ventures", 20e6)]


@pytest.mark.parametrize(
    ("text", "language", "company", "currency"),
    [
        ("Lynx AI hopes to raise $50 million.", "en", "Lynx AI", "USD"),
        ("Lynx AI aims to raise $50 million.", "en", "Lynx AI", "USD"),
        ("Lynx AI plans to raise $50 million.", "en", "Lynx AI", "USD"),
        ("Lynx AI is looking to raise $50 million.", "en", "Lynx AI", "USD"),
        ("Lynx AI seeks to raise $50 million.", "en", "Lynx AI", "USD"),
        ("Lynx AI intends to raise about $50 million.", "en", "Lynx AI", "USD"),
        ("Lynx IA prévoit de lever 50 millions d'euros.", "fr", "Lynx IA", "EUR"),
        ("Lynx IA envisage de lever 50 millions d'euros.", "fr", "Lynx IA", "EUR"),
        ("Lynx IA espère lever 50 millions d'euros.", "fr", "Lynx IA", "EUR"),
    ],
)
def test_a_raise_hoped_for_or_planned_is_planned_in_both_languages(text, language, company, currency):
    """ "plans to raise", "seeks to raise", « prévoit de lever »: one rule with « espère lever », a raise planned
    (news a reader looks for, never counted in money raised), not nothing; planned31: no longer "in talks"."""
    rounds = of_kind(facts_of(text, language), "round")
    assert [(f.company, f.amount, f.currency, f.status) for f in rounds] == [
        (company, 50e6, currency, "planned")
    ]


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        (
            "Tindra raised $80 million from Accel, Index and Nvidia, and plans to raise $40 million more.",
            "en",
            "planned",
        ),
        (
            "Tindra raised $80 million from Accel, Index and Nvidia, and is in talks to raise $40 million more.",
            "en",
            "in_talks",
        ),
        (
            "Tindra a levé 80 millions d'euros auprès d'Accel et prévoit de lever 40 millions d'euros en 2027.",
            "fr",
            "planned",
        ),
    ],
)
def test_a_raise_planned_after_and_is_the_raisers_not_its_last_backers(text, language, status):
    """ "…from Accel, Index and Nvidia, and plans to raise $40 million more": the verb after "and" has the
    sentence's subject, Tindra, not Nvidia named last; the planned raise takes none of the made raise's backers."""
    planned = [f for f in of_kind(facts_of(text, language), "round") if f.amount == 40e6]
    assert [(f.company, f.investors, f.status) for f in planned] == [("Tindra", [], status)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Amazon injecte 4 milliards de dollars supplémentaires dans Anthropic. Amazon avait déjà investi "
            "4 milliards de dollars dans Anthropic en 2023.",
            "fr",
        ),
        (
            "Amazon is investing another $4 billion in Anthropic. Amazon had already invested $4 billion in "
            "Anthropic in 2023.",
            "en",
        ),
    ],
)
def test_a_stake_recalled_in_the_pluperfect_is_an_earlier_stake_not_the_news_told_again(text, language):
    """« Amazon avait déjà investi 4 Md$ dans Anthropic en 2023 » after the news of another 4 Md$: the same
    sum put in twice, the recalled one dated 2023 (never merged into the news and lost)."""
    stakes = of_kind(facts_of(text, language), "investment")
    assert sorted((f.investor, f.company, f.amount, f.date) for f in stakes) == [
        ("Amazon", "Anthropic", 4e9, "2023"),
        ("Amazon", "Anthropic", 4e9, "2026-03-02"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Amazon avait déjà investi 4 milliards de dollars dans Anthropic en 2023.", "fr"),
        ("Amazon had already invested $4 billion in Anthropic in 2023.", "en"),
    ],
)
def test_a_stake_told_alone_in_the_pluperfect_is_dated_by_its_year(text, language):
    stakes = of_kind(facts_of(text, language), "investment")
    assert [(f.investor, f.company, f.amount, f.date) for f in stakes] == [
        ("Amazon", "Anthropic", 4e9, "2023")
    ]

"""French round sentences a journalist tester found read wrong or not at all (qa32 faults.md fault 6, note32 "Left"):
a sum added to a round told before (« Vesperal ajoute 15 millions d'euros à ce tour, désormais porté à 60 millions
d'euros »), an earlier pre-seed told after a Series A (« un pré-amorçage antérieur de 3 M€ »), and a backer's own
worth told with it as the subject (« Nvidia, qui a mené le tour, est elle-même valorisée à … »)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind

from ai_deals.importers.article import parse_article

_FR8 = (
    "Quatre mois après sa série B de 45 millions d'euros, Vesperal ajoute 15 millions d'euros à ce tour, désormais "
    "porté à 60 millions d'euros, avec l'arrivée de Nvidia, via NVentures.\n\n"
    "Cette extension valorise la start-up parisienne 450 M€ post-money, plus du double de la valorisation de mars.\n\n"
    "Dans le cadre de l'opération, des salariés et des business angels ont cédé pour 5 M€ d'actions à des "
    "investisseurs existants.\n\n"
    "« Nvidia apporte surtout un accès privilégié à ses équipes d'ingénieurs », explique Marie Duval, associée chez "
    "Partech.\n"
)


def _dump(facts) -> list[dict]:
    return [fact.model_dump(exclude_defaults=True, exclude={"sentence", "evidence"}) for fact in facts]


def test_a_sum_added_to_a_round_is_that_rounds_extension_and_its_new_size_is_not_raised_again():
    facts = facts_of(
        "Vesperal ajoute 15 millions d'euros à ce tour, désormais porté à 60 millions d'euros, avec l'arrivée de "
        "Nvidia, via NVentures.",
        "fr",
    )
    rounds = of_kind(facts, "round")
    assert [(f.company, f.amount, f.currency) for f in rounds] == [("Vesperal", 15e6, "EUR")], _dump(facts)
    assert "Nvidia" in rounds[0].investors


def test_a_backer_arriving_in_a_round_is_its_investor():
    facts = facts_of("Vesperal lève 15 millions d'euros avec l'arrivée de Nvidia.", "fr")
    assert [f.investors for f in of_kind(facts, "round")] == [["Nvidia"]], _dump(facts)


def test_a_french_extension_article_gives_the_extension_of_the_series_b_and_its_valuation():
    source = parse_article(
        _FR8,
        title="Vesperal étend sa série B à 60 millions d'euros avec Nvidia",
        published="2025-07-08",
        language="fr",
    )
    facts = source.facts
    rounds = of_kind(facts, "round")
    assert [(f.company, f.amount, f.currency, f.round_type) for f in rounds] == [
        ("Vesperal", 15e6, "EUR", "Series B")
    ], _dump(facts)
    assert "Nvidia" in rounds[0].investors
    # The round's whole (€60M) is no second raise: only the €15M added is money raised.
    assert all(f.amount != 60e6 for f in facts), _dump(facts)
    valuations = of_kind(facts, "valuation")
    assert [(f.company, f.amount, f.basis, f.date) for f in valuations] == [
        ("Vesperal", 450e6, "post_money", "2025-07-08")
    ], _dump(facts)


def test_a_valuation_compared_with_the_one_of_an_earlier_month_is_dated_by_the_story():
    facts = facts_of(
        "Vesperal lève 15 M€. Cette extension valorise la start-up parisienne 450 M€ post-money, plus du double de "
        "la valorisation de mars.",
        "fr",
        published="2025-07-08",
    )
    assert [(f.amount, f.date) for f in of_kind(facts, "valuation")] == [(450e6, "2025-07-08")], _dump(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Tessl a levé une série A de 78 millions d'euros menée par Index Ventures, et un pré-amorçage antérieur de "
        "3 M€ mené par Kima.",
        "Tessl a levé 78 millions d'euros en série A menée par Index Ventures, et un pré-amorçage antérieur de 3 M€ "
        "mené par Kima.",
    ],
)
def test_an_earlier_french_pre_seed_told_after_a_series_a_is_a_pre_seed_led_by_its_own_backer(text):
    facts = facts_of(text, "fr")
    rounds = {f.round_type: f for f in of_kind(facts, "round")}
    assert sorted(rounds) == ["Pre-seed", "Series A"], _dump(facts)
    assert rounds["Pre-seed"].amount == 3e6
    assert rounds["Pre-seed"].lead_investors == ["Kima"]
    assert "Kima" not in rounds["Series A"].investors, _dump(facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Vesperal lève 60 millions d'euros auprès de Nvidia. Nvidia, qui a mené le tour, est elle-même valorisée "
            "à 4 000 milliards de dollars.",
            "fr",
        ),
        (
            "Vesperal lève 60 millions d'euros auprès de Nvidia. Nvidia, qui a mené le tour, est elle-même valorisée "
            "4 000 milliards de dollars.",
            "fr",
        ),
        (
            "Vesperal raised $60 million from Nvidia. Nvidia, which led the round, is itself valued at $4 trillion.",
            "en",
        ),
    ],
)
def test_a_lead_told_as_valued_itself_has_its_own_worth_not_the_company_it_backed(text, language):
    facts = facts_of(text, language)
    valuations = [(f.company, f.amount) for f in of_kind(facts, "valuation")]
    assert ("Vesperal", 4e12) not in valuations, _dump(facts)
    assert valuations == [("Nvidia", 4e12)], _dump(facts)


def test_backers_joining_a_round_struck_at_a_valuation_still_value_the_company():
    facts = facts_of(
        "Vesperal raised $60 million. Nvidia and Accel also joined the round, which was struck at a $140 million "
        "pre-money valuation."
    )
    assert [(f.company, f.amount) for f in of_kind(facts, "valuation")] == [("Vesperal", 140e6)], _dump(facts)

"""Round 26 (amounts): figures and facts the extractor missed.

A description subject that stands for one backer of a round ("Le groupe pharmaceutique a injecté à lui seul
8 millions") right after a sentence listing the round's backers is the one backer its noun fits (a group is
no bank nor fund), not the funded company; when several fit, no one.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_group_description_after_backers_list_is_the_group_not_the_bank():
    text = (
        "La société genevoise Corvalia a bouclé un tour de financement de 25 millions de francs. L'opération "
        "a été menée par Helvetia Ventures. La Banque cantonale jurassienne (BCJ) et Novelpharm ont également participé. "
        "Le groupe pharmaceutique bâlois a injecté à lui seul 6 millions de francs, précise le communiqué."
    )
    investment = only(facts_of(text, "fr"), "investment")
    assert (investment.company, investment.investor, investment.amount) == ("Corvalia", "Novelpharm", 6e6)


def test_group_description_fitting_two_backers_names_no_one():
    text = (
        "La société genevoise Corvalia a bouclé un tour de financement de 25 millions de francs. L'opération "
        "a été menée par Helvetia Ventures. Novelpharm et Medicor ont également participé. Le groupe a injecté "
        "à lui seul 6 millions de francs."
    )
    assert of_kind(facts_of(text, "fr"), "investment") == []

"""Round 18, investments and rounds: who raises a round the deal is placed within, and who "each" counts.

A clause whose subject is the deal itself ("The investments are part of a … round", "Cet apport
s'inscrit dans une levée de …") names no raiser: the round is that of the company the deal funds, not of a
name the clause mentions afterwards. A plural relative that counts ("qui apportent chacun") after "A et B,
via son fonds F" counts A and B, not the fund through which B invests.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_investments_part_of_a_round_make_the_funded_company_raise_it():
    text = (
        "Brightline Capital and Ostra Partners are each investing $20 million in Velmora Systems, a Lyon "
        "maker of warehouse drones.\n\nThe investments are part of a $70 million Series B round that also "
        "includes Quillon Ventures, Velmora said."
    )
    rounds = of_kind(facts_of(text), "round")
    assert [(r.company, r.amount) for r in rounds] == [("Velmora Systems", 70_000_000)]


def test_french_contribution_within_a_raise_led_by_another_fund_is_the_funded_company_round():
    text = (
        "Le fonds Arvelle Capital a investi 30 millions d'euros dans Quentora, une start-up bordelaise "
        "de logiciels agricoles.\n\nCet apport s'inscrit dans une levée de fonds de série B de 90 millions "
        "d'euros menée par le fonds Tressan Partners, aux côtés de Bpifrance."
    )
    found = only(facts_of(text, "fr"), "round")
    assert (found.company, found.amount) == ("Quentora", 90_000_000)


def test_operation_within_a_round_led_by_a_corporate_is_not_the_corporate_round():
    text = (
        "Le groupe Dravello prend 12 % du capital de Minerva Santé pour 40 millions d'euros.\n\n"
        "L'opération s'inscrit dans un tour de table de 75 millions d'euros mené par Dravello, auquel "
        "participent également Kesto Capital et Elaia."
    )
    found = only(facts_of(text, "fr"), "round")
    assert found.company == "Minerva Santé"


def test_a_named_raiser_that_is_part_of_a_round_keeps_its_own_reading():
    # Negative: the subject is a company, not the deal; nothing here says it raised the round.
    text = (
        "Velmora Systems raised $70 million in a Series B round led by Quillon Ventures.\n\n"
        "Brightline Capital is part of a $300 million fund that backs robotics companies."
    )
    assert all(
        r.company != "Velmora Systems" or r.amount == 70_000_000 for r in of_kind(facts_of(text), "round")
    )


def test_each_after_an_investor_and_its_fund_counts_the_coordinated_investors():
    text = (
        "La start-up Corvelis annonce une série B de 50 millions d'euros, codirigée par Ardant Capital et "
        "Bpifrance, via son fonds Souveraineté Numérique, qui apportent chacun 12 millions d'euros."
    )
    investors = {f.investor for f in of_kind(facts_of(text, "fr"), "investment") if f.amount == 12_000_000}
    assert investors == {"Ardant Capital", "Bpifrance"}


def test_a_single_fund_after_through_its_fund_gives_alone_without_each():
    # Negative: no "chacun", a singular verb: the one fund named last gives the money.
    text = (
        "La start-up Corvelis annonce une série B de 50 millions d'euros, menée par Ardant Capital, aux côtés "
        "de Bpifrance, via son fonds Souveraineté Numérique, qui apporte 12 millions d'euros."
    )
    investors = {f.investor for f in of_kind(facts_of(text, "fr"), "investment") if f.amount == 12_000_000}
    assert "Ardant Capital" not in investors

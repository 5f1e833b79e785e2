"""Session 18d, round assembly: who a round's backers are and what its tranches and conditions belong to.

A backer said to be "among investors pouring" a sum into a company is one of that round's backers, not the
sole investor of the whole sum.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_backer_among_investors_pouring_a_sum_joins_the_round():
    text = (
        "Nissan Motor Co. is among investors pouring 4 billion yen into Hoshino Drones Inc., an Osaka startup.\n\n"
        "The funding round was led by Globis Capital Partners."
    )
    facts = facts_of(text)
    round_ = only(facts, "round")
    assert round_.company == "Hoshino Drones" and round_.amount == 4_000_000_000
    assert "Nissan Motor" in round_.investors
    assert not [f for f in of_kind(facts, "investment") if f.amount == 4_000_000_000]


def test_tranches_adding_up_to_the_round_belong_to_the_round_not_its_last_backer():
    text = (
        "Pallium Systems has closed a $60 million Series C.\n\n"
        "The round was co-led by Index Ventures and Accel, which each put in $20 million. "
        "The money comes in two tranches: $40 million now, and $20 million once Pallium ships 5,000 units."
    )
    facts = facts_of(text)
    round_ = next(f for f in of_kind(facts, "round") if f.amount == 60_000_000)
    assert [t.amount for t in round_.tranches] == [40_000_000, 20_000_000]
    assert round_.status == "conditional"
    assert round_.tranches[1].condition == "once Pallium ships 5,000 units"
    assert all(not f.tranches and f.status != "conditional" for f in of_kind(facts, "investment"))


def test_round_structured_in_tranches_keeps_its_condition():
    text = (
        "Vienna-based Moosgrund has raised €18 million in a Series A round led by Earlybird.\n\n"
        "Speedinvest and Calm/Storm also joined the round, each contributing €2 million.\n\n"
        "The round is structured in two tranches: €12 million has already been paid in, while the remaining "
        "€6 million will be released once the company crosses €10 million in annual recurring revenue."
    )
    facts = facts_of(text)
    round_ = next(f for f in of_kind(facts, "round") if f.amount == 18_000_000)
    assert round_.condition == "once the company crosses €10 million in annual recurring revenue"
    assert [t.amount for t in round_.tranches] == [12_000_000, 6_000_000]
    assert all(f.condition is None for f in of_kind(facts, "investment"))


def test_equity_part_of_a_sum_split_with_bank_debt_is_the_round_and_lenders_are_no_backers():
    text = (
        "La startup lyonnaise Habitat Plume annonce ce mardi une levée de 30 M€. Le montant se décompose en "
        "12 M€ de fonds propres, apportés par Eurazeo, qui mène le tour, et Kreaxi Ventures, et en 18 M€ de dette "
        "bancaire souscrite auprès de la Société Générale et de la Banque Populaire."
    )
    rounds = of_kind(facts_of(text, "fr"), "round")
    assert [(f.amount, f.investors, f.lead_investors) for f in rounds] == [
        (12_000_000, ["Eurazeo", "Kreaxi Ventures"], ["Eurazeo"])
    ]


def test_round_announced_as_having_gathered_a_sum_codirected_by_two_backers():
    text = (
        "Volta Hydro, qui conçoit à Lyon des piles à combustible, a annoncé, mardi 6 octobre, avoir réuni "
        "60 millions d'euros auprès d'investisseurs publics et privés.\n\n"
        "Le tour de table est codirigé par Bpifrance et par Eurazeo, qui apportent chacun 15 millions d'euros."
    )
    round_ = only(facts_of(text, "fr", published="2020-10-07"), "round")
    assert round_.company == "Volta Hydro" and round_.amount == 60_000_000
    assert round_.lead_investors == ["Bpifrance", "Eurazeo"]


def test_backer_that_also_joined_is_among_the_round_investors():
    text = (
        "Hoshino Drones Inc. raised 4 billion yen in a round led by Globis Capital Partners. "
        "Sumitomo Capital Co. also joined."
    )
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Globis Capital Partners", "Sumitomo Capital"]


def test_french_round_paid_in_two_steps_keeps_its_conditional_second_tranche():
    text = (
        "La start-up nantaise Brumeo annonce une levée de fonds de 60 millions d'euros auprès d'Eurazeo.\n\n"
        "Il sera versé en deux temps : 40 millions d'euros immédiatement, puis 20 millions d'euros conditionnés "
        "à la certification de son premier prototype."
    )
    round_ = only(facts_of(text, "fr"), "round")
    assert [(t.amount, t.label) for t in round_.tranches] == [(40_000_000, "first"), (20_000_000, None)]
    assert round_.tranches[1].condition == "conditionnés à la certification de son premier prototype"
    assert round_.status == "conditional"


def test_condition_naming_the_us_runs_past_its_points():
    text = (
        "Pallium Systems has closed a $60 million Series C led by Accel. The money comes in two tranches: "
        "$40 million now, and $20 million once the U.S. Food and Drug Administration clears its device."
    )
    round_ = only(facts_of(text), "round")
    assert round_.condition == "once the U.S. Food and Drug Administration clears its device"


def test_backer_joined_with_a_described_fund_and_its_aside_takes_part():
    text = (
        "Volta Hydro a levé 60 millions d'euros auprès de Bpifrance. "
        "Michelin et le fonds Demeter, déjà actionnaire depuis 2018, y participent également."
    )
    round_ = only(facts_of(text, "fr"), "round")
    assert round_.investors == ["Bpifrance", "Michelin", "Demeter"]

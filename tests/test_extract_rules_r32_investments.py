"""Round 32: a backer that joins a round with a sum of its own makes an investment of that sum.

"Novartis took part in the seed round with a $10 million equity investment" is Novartis's investment in
the round's company, not a second round (nor a round of the backer's own). A later, larger deal of the
same backer is no tranche of that investment, and a description after a colon ("…de Microsoft : le groupe
américain") takes up the name right before it.
"""

from __future__ import annotations

from extract_helpers import company_named, facts_of, of_kind, only

_ROUND = "Protein startup Vellumo raised $30 million in a seed round led by Accel. "


def test_backer_taking_part_with_an_equity_investment_invests_that_sum():
    facts = facts_of(_ROUND + "Roche took part in the seed round with a $10 million equity investment.")
    investment = only(facts, "investment")
    assert (investment.company, investment.investor, investment.amount) == ("Vellumo", "Roche", 10_000_000)
    assert [fact.amount for fact in of_kind(facts, "round")] == [30_000_000]


def test_backer_joining_the_round_with_a_sum_is_no_round_of_its_own():
    facts = facts_of(_ROUND + "Pfizer joined the round with a $5 million investment, the company said.")
    investment = only(facts, "investment")
    assert (investment.company, investment.investor, investment.amount) == ("Vellumo", "Pfizer", 5_000_000)
    assert [fact.company for fact in of_kind(facts, "round")] == ["Vellumo"]


def test_larger_deal_after_an_investment_is_no_tranche_of_it():
    facts = facts_of(
        _ROUND + "Roche took part in the seed round with a $10 million equity investment. "
        "On Tuesday, the Swiss drugmaker and Vellumo also signed a research collaboration worth up to "
        "$900 million, including $25 million paid upfront, with the rest tied to milestones."
    )
    assert only(facts, "investment").tranches == []
    partnership = only(facts, "partnership")
    assert (partnership.company, partnership.partner, partnership.amount) == ("Vellumo", "Roche", 900_000_000)


def test_description_after_a_colon_takes_up_the_name_before_it():
    text = (
        "Le gestionnaire d'actifs australien Macquarie investit 300 millions d'euros dans Datavolta. "
        "Le campus accueillera des serveurs de Microsoft : le groupe américain a signé avec Datavolta un "
        "contrat de location de dix ans."
    )
    assert "groupe américain" in (company_named(text, "Microsoft", "fr").description or "")

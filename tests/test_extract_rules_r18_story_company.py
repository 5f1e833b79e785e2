"""Round 18, story company: a backer who leads or invests in the story's company does not take its facts."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_an_investment_a_backer_is_leading_is_the_round_of_the_company_it_goes_into():
    facts = facts_of(
        "Orvane Capital is leading a $60 million investment in Pellucid Systems, a Lisbon-based maker of "
        "drone sensors, in a deal that values the startup at $400 million."
    )
    round_ = only(facts, "round")
    assert round_.company == "Pellucid Systems"
    assert round_.amount == 60_000_000
    assert "Orvane Capital" in round_.investors
    assert only(facts, "valuation").company == "Pellucid Systems"


def test_un_investissement_que_mene_un_fonds_est_le_tour_de_la_societe_financee():
    facts = facts_of(
        "Le fonds Brisane Partners mène un investissement de 15 millions d'euros dans Talvero, une start-up "
        "nantaise de logiciels agricoles.",
        language="fr",
    )
    round_ = only(facts, "round")
    assert round_.company == "Talvero"
    assert round_.amount == 15_000_000


def test_an_investment_merely_made_is_no_round():
    facts = facts_of("Orvane Capital made a $60 million investment in Pellucid Systems last year.")
    assert of_kind(facts, "round") == []

"""Article readings testers found wrong (ext23a): a total told after a round, a capital entry inside a round,
and a company's executive named in an aside or speaking for it."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.models import TOTAL_RAISED_TO_DATE

# -- a total told by a participle after a round is the total's, the round stays announced and counted ----------


def test_a_round_before_a_french_total_participle_is_counted_and_the_total_kept():
    facts = facts_of(
        "Vantel a levé 40 millions de dollars en série B menée par Index Ventures, portant le total levé à "
        "118 millions de dollars.",
        language="fr",
    )
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.status) == ("Vantel", 40e6, "announced")
    total = only(facts, "metric")
    assert (total.company, total.amount, total.metric) == ("Vantel", 118e6, TOTAL_RAISED_TO_DATE)


def test_a_round_before_an_english_total_participle_is_counted_and_the_total_kept():
    facts = facts_of(
        "Vantel raised $40 million in a Series B led by Index Ventures, bringing its total funding to $118 million."
    )
    assert only(facts, "round").status == "announced"
    assert (only(facts, "metric").amount, only(facts, "metric").metric) == (118e6, TOTAL_RAISED_TO_DATE)


def test_to_date_words_in_the_total_participle_do_not_make_the_round_cumulative():
    facts = facts_of(
        "Pixora a bouclé un tour de 12 millions d'euros auprès de Partech, portant le total levé depuis sa "
        "création à 30 millions d'euros.",
        language="fr",
    )
    round_ = only(facts, "round")
    assert (round_.amount, round_.status) == (12e6, "completed")
    assert only(facts, "metric").amount == 30e6


def test_so_far_in_an_english_total_participle_leaves_the_round_announced():
    facts = facts_of(
        "Corvid raised $25 million in a Series A led by Sequoia, taking its total funding to date to $41 million."
    )
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.status) == ("Corvid", 25e6, "announced")


def test_a_total_said_so_far_without_a_participle_is_still_no_round():
    facts = facts_of("Corvid has raised $41 million so far.")
    assert not of_kind(facts, "round")
    assert only(facts, "metric").metric == TOTAL_RAISED_TO_DATE


# -- a backer entering a company's capital as part of its round ------------------------------------------------


def test_a_capital_entry_within_a_raise_is_the_company_round_with_the_backer_stake():
    facts = facts_of(
        "Accel entre au capital de Zorgly pour 5 M€, dans le cadre d'une levée de 20 M€.", language="fr"
    )
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.investors) == ("Zorgly", 20e6, ["Accel"])
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount) == ("Zorgly", "Accel", 5e6)


def test_a_described_fund_entering_a_start_up_within_its_raise_backs_its_round():
    facts = facts_of(
        "Le fonds Serena entre au capital de la start-up Pixora pour 3 millions d'euros, dans le cadre d'une "
        "levée de fonds de 12 millions d'euros.",
        language="fr",
    )
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.investors) == ("Pixora", 12e6, ["Serena"])
    assert (only(facts, "investment").investor, only(facts, "investment").amount) == ("Serena", 3e6)


def test_a_capital_entry_alone_is_still_the_backer_stake():
    facts = facts_of("Accel entre au capital de Zorgly pour 5 M€.", language="fr")
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount) == ("Zorgly", "Accel", 5e6)
    assert not of_kind(facts, "round")


# -- a company's executive, named in an aside or speaking for it, tells the company's raise --------------------


def test_a_ceo_named_then_his_role_tells_the_company_round():
    facts = facts_of("Jean Dupont, PDG de Zorgly, a annoncé une levée de 20 millions d'euros.", language="fr")
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.currency) == ("Zorgly", 20e6, "EUR")


def test_a_managing_director_named_then_his_role_tells_the_company_round():
    facts = facts_of(
        "Paul Martin, directeur général de Pixora, a annoncé une levée de 7 millions d'euros.", language="fr"
    )
    assert (only(facts, "round").company, only(facts, "round").amount) == ("Pixora", 7e6)


def test_an_english_chief_executive_named_then_her_role_tells_the_company_round():
    facts = facts_of("Sarah Lee, chief executive of Corvid, announced a $15 million raise.")
    assert (only(facts, "round").company, only(facts, "round").amount) == ("Corvid", 15e6)


def test_the_ceo_saying_the_company_closed_a_raise_tells_its_round():
    facts = facts_of("The CEO of Zorgly said the company closed a $20 million raise.")
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.currency) == ("Zorgly", 20e6, "USD")


def test_a_french_president_saying_the_company_raised_tells_its_round():
    facts = facts_of(
        "Le président de Pixora a indiqué que la société avait levé 7 millions d'euros.", language="fr"
    )
    assert (only(facts, "round").company, only(facts, "round").amount) == ("Pixora", 7e6)


def test_the_ceo_of_a_company_at_the_clause_start_still_tells_its_round():
    facts = facts_of("Le PDG de Zorgly a annoncé une levée de 20 millions d'euros.", language="fr")
    assert only(facts, "round").company == "Zorgly"

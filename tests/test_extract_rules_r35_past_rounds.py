"""Round 35 (past rounds): who is in which round, and which money counts.

A stake told as put in before the news ("has previously invested", "Earlier, X invested", "a déjà investi")
is a past stake of its own, undated, never a member of the round the story tells. A sum an investor's stakes
add up to ("bringing its total investment to $8 billion") is cumulative, no new money. A valuation the new
one is compared with ("up from $700 million when it raised a Series C in 2024") is the earlier one, dated by
the sentence's year or undated, and the backers of "the new financing" back the story's round, not the
earlier round the sentence before told. "Cette série D" gives the round just told its type.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

# -- a past stake is no member of the new round ---------------------------------------------------------------


def test_previously_invested_stake_is_undated_and_outside_the_new_round():
    text = (
        "Lumora said on Monday it had raised $900 million in a Series E funding round led by Thrive Capital. "
        "Microsoft has previously invested $1 billion in Lumora."
    )
    facts = facts_of(text)
    round_ = only(facts, "round")
    assert round_.investors == ["Thrive Capital"]
    stake = only(facts, "investment")
    assert (stake.investor, stake.amount, stake.date) == ("Microsoft", 1_000_000_000, None)


def test_earlier_comma_stake_is_undated_and_outside_the_new_round():
    text = (
        "Quillon raised $200 million in a Series C round led by Accel, the company said on Monday. "
        "Earlier, Nvidia invested $50 million in Quillon."
    )
    facts = facts_of(text)
    assert only(facts, "round").investors == ["Accel"]
    stake = only(facts, "investment")
    assert (stake.investor, stake.date) == ("Nvidia", None)


def test_a_deja_investi_stake_is_undated_and_outside_the_new_round():
    text = (
        "Versalis a levé 40 millions d'euros lundi auprès de Partech. "
        "Bpifrance a déjà investi 5 millions d'euros dans Versalis."
    )
    facts = facts_of(text, language="fr")
    assert "Bpifrance" not in only(facts, "round").investors
    stake = only(facts, "investment")
    assert (stake.investor, stake.date) == ("Bpifrance", None)


def test_previously_invested_stake_keeps_the_year_the_sentence_gives():
    text = (
        "Lumora raised $900 million in a Series E round led by Thrive Capital on Monday. "
        "Microsoft had previously invested $1 billion in Lumora in 2023."
    )
    stake = only(facts_of(text), "investment")
    assert (stake.date, stake.date_precision) == ("2023", "year")


def test_stake_reported_as_said_it_had_invested_is_the_news_of_the_day():
    text = "Nvidia said on Monday it had invested $500 million in Quillon."
    stake = only(facts_of(text), "investment")
    assert stake.date == "2026-03-02"


# -- a running total is no new money ---------------------------------------------------------------------------


def test_bringing_its_total_investment_to_is_a_cumulative_sum():
    text = (
        "Microsoft will invest an additional $2 billion in AI startup Lumora, bringing its total investment "
        "in the startup to $5 billion, the company said on Monday."
    )
    stakes = {f.amount: f for f in of_kind(facts_of(text), "investment")}
    assert stakes[2_000_000_000].status != "cumulative"
    assert stakes[5_000_000_000].status == "cumulative"


# -- the earlier valuation and the new round's backers ---------------------------------------------------------


def test_valuation_compared_with_is_dated_by_the_earlier_round_not_the_story_day():
    text = (
        "Pellion has raised $90 million in a Series C round led by Redpoint Ventures. The round values the "
        "Boston company at $1.2 billion, up from $400 million when it raised a $30 million Series B led by "
        "Foundry Group in 2024."
    )
    values = {f.amount: f for f in of_kind(facts_of(text), "valuation")}
    assert values[1_200_000_000].date == "2026-03-02"
    assert values[400_000_000].date == "2024"


def test_existing_investors_of_the_new_financing_join_the_story_round_not_the_earlier_one():
    text = (
        "Pellion has raised $90 million in a Series C round led by Redpoint Ventures. The round values the "
        "Boston company at $1.2 billion, up from $400 million when it raised a $30 million Series B led by "
        "Foundry Group in 2024. Existing investors Foundry Group and Lux Capital participated in the new "
        "financing."
    )
    rounds = {f.round_type: f for f in of_kind(facts_of(text), "round")}
    assert rounds["Series C"].investors == ["Redpoint Ventures", "Foundry Group", "Lux Capital"]
    assert rounds["Series C"].lead_investors == ["Redpoint Ventures"]
    assert rounds["Series B"].investors == ["Foundry Group"]
    assert rounds["Series B"].lead_investors == ["Foundry Group"]


def test_cette_serie_gives_the_round_just_told_its_type():
    text = (
        "Versalis a levé 40 millions d'euros lundi. Cette série B valorise l'entreprise 300 millions d'euros."
    )
    assert only(facts_of(text, language="fr"), "round").round_type == "Series B"


# -- stakes told before the round they are part of --------------------------------------------------------------


def test_stakes_join_the_round_told_after_them_that_they_are_part_of_whatever_weekday_dated_it():
    text = (
        "Brightfield Capital and Osprey Ventures are each investing ¥10 billion in Quillon, the companies "
        "said. The two firms are part of a ¥30 billion funding round that values Quillon at about ¥200 "
        "billion, the startup said in a statement Friday."
    )
    facts = facts_of(text)
    round_ = only(facts, "round")
    assert round_.date == "2026-02-27"
    assert round_.investors == ["Brightfield Capital", "Osprey Ventures"]
    assert {(f.investor, f.date) for f in of_kind(facts, "investment")} == {
        ("Brightfield Capital", "2026-02-27"),
        ("Osprey Ventures", "2026-02-27"),
    }


# -- leads and investors of the round ---------------------------------------------------------------------------


def test_backer_that_led_the_series_a_in_a_relative_clause_is_no_lead_of_the_series_b():
    text = (
        "Pellion has raised $40 million in a Series B round. Foundry Group, which led the company's Series A, "
        "returned for the round, and Lux Capital joined."
    )
    round_ = only(facts_of(text), "round")
    assert round_.lead_investors == []
    assert round_.investors == ["Foundry Group", "Lux Capital"]


def test_appositive_naming_the_owner_of_a_fund_is_no_investor():
    text = (
        "Pellion has raised $40 million in a Series B round, with participation from GV, Alphabet's venture "
        "fund, and Lux Capital."
    )
    assert only(facts_of(text), "round").investors == ["GV", "Lux Capital"]


def test_bare_led_after_the_round_sentence_names_its_lead():
    text = (
        "Pellion has raised $200 million in a Series D round. Thrive Capital led, with Microsoft, Nvidia and "
        "Samsung participating."
    )
    round_ = only(facts_of(text), "round")
    assert round_.lead_investors == ["Thrive Capital"]
    assert round_.investors == ["Thrive Capital", "Microsoft", "Nvidia", "Samsung"]


def test_also_among_the_investors_adds_to_the_round():
    text = (
        "Pellion has raised $200 million in a Series D round led by Thrive Capital. Fidelity and Coatue "
        "Management are also among the investors."
    )
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Thrive Capital", "Fidelity", "Coatue Management"]


def test_firm_named_like_a_person_with_a_venture_arm_joins_the_round():
    text = (
        "Pellion has raised $40 million in a Series B round. Foundry Group returned for the round, and "
        "John Deere's venture arm joined."
    )
    assert only(facts_of(text), "round").investors == ["Foundry Group", "John Deere"]


def test_valuation_compared_with_and_no_year_is_undated_not_the_new_round_value():
    text = (
        "Versalis a levé 40 millions d'euros lundi. Cette série B valorise l'entreprise 300 millions d'euros, "
        "contre 90 millions d'euros lors de son tour d'amorçage."
    )
    values = {f.amount: f.date for f in of_kind(facts_of(text, language="fr"), "valuation")}
    assert values == {300_000_000: "2026-03-02", 90_000_000: None}

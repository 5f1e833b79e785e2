"""qa41 items 7 and 8: investors put on the wrong round, read as the wrong party, or dropped from a list."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_lead_of_new_round_is_not_given_to_raise_told_in_a_relative_clause():
    text = (
        "Paris-based Kyutai-Labs, which raised $50 million last year, said on Thursday it had secured $120 "
        "million in new funding at a $1 billion valuation led by Lightspeed."
    )
    earlier, new = sorted(of_kind(facts_of(text), "round"), key=lambda fact: fact.amount)
    assert (earlier.amount, earlier.investors, earlier.lead_investors) == (50e6, [], [])
    assert (new.amount, new.lead_investors) == (120e6, ["Lightspeed Venture Partners"])


def test_former_ceo_of_a_firm_leading_a_round_is_the_person_not_the_firm():
    text = (
        "Vireo AI, a Seattle-based startup, raised $90 million from a group of investors led by former GitHub "
        "CEO Nat Friedman."
    )
    round_ = only(facts_of(text), "round")
    assert (round_.lead_investors, round_.investors) == (["Nat Friedman"], ["Nat Friedman"])


def test_former_chief_executive_title_names_the_person_as_lead():
    text = "Vireo AI raised $90 million in a round led by former OpenAI chief executive Jane Doe and Sequoia."
    round_ = only(facts_of(text), "round")
    assert "OpenAI" not in round_.investors
    assert round_.lead_investors[0] == "Jane Doe"


def test_french_backer_named_last_with_article_is_kept():
    text = "La start-up genevoise Calyx-Bio a levé 30 millions de francs auprès de Redalpine et de la Fondation Wyss."
    assert only(facts_of(text, "fr"), "round").investors == ["Redalpine", "Fondation Wyss"]


def test_french_backer_named_after_one_with_article_is_kept():
    text = "La start-up genevoise Calyx-Bio a levé 30 millions de francs auprès de la Fondation Wyss et de Redalpine."
    assert only(facts_of(text, "fr"), "round").investors == ["Fondation Wyss", "Redalpine"]


def test_french_bank_named_last_with_article_is_kept():
    text = (
        "La start-up lausannoise Quadrium boucle une série A de 12 millions de francs auprès de Swisscom "
        "Ventures et de la Banque Cantonale Vaudoise."
    )
    assert only(facts_of(text, "fr"), "round").investors == ["Swisscom Ventures", "Banque Cantonale Vaudoise"]


def test_french_acronym_named_last_with_article_is_kept():
    text = "La start-up lausannoise Quadrium boucle une série A de 12 M CHF auprès de Swisscom Ventures et de la BCV."
    assert only(facts_of(text, "fr"), "round").investors == ["Swisscom Ventures", "BCV"]


def test_owners_named_fund_is_the_investor_not_the_owner():
    text = (
        "Vireo AI, a Seattle-based startup, raised $90 million. Kleiner Perkins led the round, which also "
        "included existing investors Google and Amazon's Alexa Fund."
    )
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Kleiner Perkins", "Google", "Alexa Fund"]


def test_owners_fund_with_a_name_of_its_own_backs_the_round():
    text = "Vireo AI raised $90 million from Google and Amazon's Catalyst Fund."
    assert only(facts_of(text), "round").investors == ["Google", "Catalyst Fund"]


def test_lead_named_by_a_parents_venture_arm_after_the_backers_list_is_kept():
    text = (
        "Tokyo-based Sakana AI said on Tuesday it had raised 20 billion yen ($135 million) in a Series B round "
        "from MUFG, Khosla Ventures and NEA, led by Mitsubishi UFJ's venture arm."
    )
    round_ = only(facts_of(text), "round")
    assert round_.lead_investors == ["Mitsubishi UFJ"]
    assert {"Mitsubishi UFJ", "Khosla Ventures", "NEA"} <= set(round_.investors)


def test_mufg_and_mitsubishi_ufj_in_one_story_are_one_investor():
    text = (
        "Tokyo-based Sakana AI said on Tuesday it had raised 20 billion yen ($135 million) in a Series B round "
        "from MUFG, Khosla Ventures and NEA, led by Mitsubishi UFJ's venture arm."
    )
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Mitsubishi UFJ", "Khosla Ventures", "NEA"]


def test_mitsubishi_ufj_capital_stays_a_party_of_its_own():
    text = "Kaito raised $50 million from Mitsubishi UFJ Capital and MUFG."
    assert only(facts_of(text), "round").investors == ["Mitsubishi UFJ Capital", "MUFG"]


def test_led_by_after_a_backers_list_leads_the_round():
    text = "Sakana AI said it had raised 20 billion yen in a Series B round from Khosla Ventures and NEA, led by Sequoia."
    round_ = only(facts_of(text), "round")
    assert round_.lead_investors == ["Sequoia Capital"]
    assert set(round_.investors) == {"Sequoia Capital", "Khosla Ventures", "NEA"}


def test_existing_investors_who_also_took_part_join_the_round():
    text = (
        "Berlin-based Tacora AI has raised €85 million in a Series B round led by Lightspeed, the company said "
        "on Wednesday. Existing investors Cherry Ventures and Project A also took part."
    )
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Lightspeed Venture Partners", "Cherry Ventures", "Project A"]
    assert round_.lead_investors == ["Lightspeed Venture Partners"]


def test_lead_of_the_round_told_before_the_round_goes_to_it():
    text = (
        "The round, which values Runway at $5.3 billion, was led by General Atlantic. Runway raised $315 "
        "million, the New York-based company said."
    )
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.amount) == ("Runway", 315e6)
    assert (round_.lead_investors, round_.investors) == (["General Atlantic"], ["General Atlantic"])
    cited = {told.start for told in round_.more_evidence}
    assert 0 in cited  # the sentence naming the lead is evidence of the round too


def test_backers_told_ahead_wait_one_sentence_only():
    text = (
        "The round was led by General Atlantic. The company employs 300 people. Runway raised $315 million, "
        "the New York-based company said."
    )
    assert only(facts_of(text), "round").lead_investors == []

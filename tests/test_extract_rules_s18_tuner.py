"""Session 18, importer misses: backers a round "also drew", a backer's stake put "into the first tranche",
capacities in gigawatts stored in megawatts. Each is proved on sentences written for these tests (not taken
from any corpus)."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_backers_a_round_also_drew_are_its_investors():
    text = (
        "Quillmark, a London-based maker of legal software, has raised $60 million in a Series B round led "
        "by Atomico. The round also drew existing backers Seedcamp and LocalGlobe, the company said."
    )
    fact = only(facts_of(text), "round")
    assert fact.investors == ["Atomico", "Seedcamp", "LocalGlobe"]


def test_backers_a_round_also_attracted_are_its_investors():
    text = (
        "Quillmark has raised $60 million in a Series B round led by Atomico. "
        "The round also attracted Seedcamp and LocalGlobe."
    )
    assert only(facts_of(text), "round").investors == ["Atomico", "Seedcamp", "LocalGlobe"]


def test_existing_backers_named_first_are_the_rounds_investors():
    text = (
        "Quillmark has raised $60 million in a Series B round led by Atomico. "
        "Existing backers Seedcamp and LocalGlobe also took part."
    )
    assert only(facts_of(text), "round").investors == ["Atomico", "Seedcamp", "LocalGlobe"]


def test_a_backers_sum_put_into_the_first_tranche_is_its_investment():
    text = (
        "Index Ventures has agreed to lead a $60 million Series A in Quillmark, a maker of legal software, "
        "in a deal paid in two tranches. The company gets $35 million now. The remaining $25 million will "
        "follow once Quillmark reaches $10 million in revenue. Index Ventures is putting $30 million into "
        "the first tranche."
    )
    fact = only(facts_of(text), "investment")
    assert (fact.company, fact.investor, fact.amount, fact.currency) == (
        "Quillmark",
        "Index Ventures",
        30e6,
        "USD",
    )


def test_a_capacity_in_gigawatts_is_stored_in_megawatts():
    text = (
        "Brightgrid, a Dallas-based developer of battery parks, raised $200 million. "
        "It runs about 600 megawatts today and aims to have 2.5 gigawatts operating by 2029."
    )
    facts = facts_of(text)
    assert [(f.amount, f.metric) for f in of_kind(facts, "metric")] == [(600.0, "megawatts")]
    assert [(f.amount, f.metric, f.date) for f in of_kind(facts, "projection")] == [
        (2500.0, "megawatts", "2029")
    ]


def test_a_memorandum_of_understanding_with_a_company_is_a_partnership():
    text = (
        "Tarvik, a Riyadh-based AI company, raised $20 million. Tarvik also signed a memorandum of "
        "understanding with Qualcomm to develop chips for edge devices."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Tarvik", "Qualcomm")


def test_an_earlier_dated_round_a_backer_led_is_the_story_companys():
    text = (
        "Brightcell, a Leeds battery startup, has raised £40 million in a Series B round. Octavia Ventures, "
        "which led a £12 million Series A round in 2021, owns about 28 per cent of the business."
    )
    earlier = [f for f in of_kind(facts_of(text), "round") if f.amount == 12e6]
    assert [(f.company, f.lead_investors, f.date) for f in earlier] == [
        ("Brightcell", ["Octavia Ventures"], "2021")
    ]
    text = (
        "La start-up Brumel a levé 40 millions d'euros en série B. Le fonds Serena, qui avait mené en 2023 "
        "une série A de 15 millions d'euros, détient 24 % du capital."
    )
    earlier = [f for f in of_kind(facts_of(text, "fr"), "round") if f.amount == 15e6]
    assert [(f.company, f.date) for f in earlier] == [("Brumel", "2023")]


def test_an_earlier_round_a_backer_led_in_another_company_is_not_the_story_companys():
    text = (
        "Brightcell, a Leeds battery startup, has raised £40 million in a Series B round led by Atomico. "
        "Octavia Ventures led a £12 million Series A in Corvix in 2021."
    )
    assert not [f for f in of_kind(facts_of(text), "round") if f.company == "Brightcell" and f.amount == 12e6]


def test_an_earlier_round_told_with_a_total_is_a_round():
    text = (
        "Ledgerwise has raised $30 million in a Series A. The round brings Ledgerwise's total funding to "
        "$41 million, following a $9 million seed round in 2024."
    )
    rounds = [(f.amount, f.date) for f in of_kind(facts_of(text), "round")]
    assert rounds == [(30e6, "2026-03-02"), (9e6, "2024")]
    text = (
        "Ledgerwise has raised $30 million in a Series A. The new money brings its total funding to $32 million, "
        "including a $2 million pre-seed round led by Y Combinator last year."
    )
    earlier = [f for f in of_kind(facts_of(text), "round") if f.amount == 2e6]
    assert [(f.lead_investors, f.date) for f in earlier] == [(["Y Combinator"], "2025")]


def test_a_total_is_still_no_round():
    text = "Ledgerwise has raised $30 million in a Series A. It has raised $41 million in total."
    assert [f.amount for f in of_kind(facts_of(text), "round")] == [30e6]


def test_a_raise_followed_by_the_total_it_brings_is_a_round():
    text = "Ledgerwise has raised $30 million in a Series B led by Accel, bringing its total funding to $48 million."
    fact = only(facts_of(text), "round")
    assert (fact.company, fact.amount, fact.lead_investors) == ("Ledgerwise", 30e6, ["Accel"])
    fact = only(
        facts_of("Ledgerwise a levé 30 millions d'euros, portant le total levé à 48 millions.", "fr"), "round"
    )
    assert (fact.company, fact.amount) == ("Ledgerwise", 30e6)


def test_a_team_of_a_number_then_its_verb_is_a_headcount():
    text = (
        "Pixelwood, a Dublin game studio, raised $12 million. "
        "Its team of 85 should roughly double over the next two years."
    )
    fact = only(facts_of(text), "metric")
    assert (fact.company, fact.amount, fact.metric) == ("Pixelwood", 85.0, "employees")


def test_a_future_word_in_a_dashed_definition_makes_no_projection():
    text = (
        "Ledgerwise raised $30 million. Ledgerwise's annual recurring revenue—a measure of expected "
        "subscription sales over the next 12 months—has grown to $48 million."
    )
    facts = facts_of(text)
    assert [f.amount for f in of_kind(facts, "revenue")] == [48e6]
    assert not of_kind(facts, "projection")


def test_a_future_verb_outside_the_dashes_still_makes_a_projection():
    text = "Ledgerwise raised $30 million. Ledgerwise expects revenue—its main measure—to reach $48 million."
    assert [f.amount for f in of_kind(facts_of(text), "projection")] == [48e6]


def test_two_backers_that_each_put_a_sum_are_both_investors():
    text = "Shelfwise raised $12 million. General Catalyst and Felicis each put $4 million into the round."
    investments = of_kind(facts_of(text), "investment")
    assert [(f.investor, f.amount) for f in investments] == [("General Catalyst", 4e6), ("Felicis", 4e6)]
    text = (
        "Shelfwise raised $120 million. Mubadala Capital and ADQ each contributed $40 million to the Series A "
        "round, with the remainder coming from Global Ventures."
    )
    investments = of_kind(facts_of(text), "investment")
    assert [(f.investor, f.amount) for f in investments] == [("Mubadala Capital", 40e6), ("ADQ", 40e6)]


def test_two_backers_that_each_put_a_sum_again_are_both_investors():
    text = (
        "La start-up Brumel lève 20 millions d'euros. Les deux investisseurs historiques, Frst et ISAI, "
        "remettent chacun 2 millions d'euros au pot."
    )
    investments = of_kind(facts_of(text, "fr"), "investment")
    assert [(f.investor, f.amount) for f in investments] == [("Frst", 2e6), ("ISAI", 2e6)]


def test_two_backers_a_relative_says_each_gave_a_sum_are_both_investors():
    text = (
        "La start-up Hydrel lève 80 millions d'euros. Demeter et 360 Capital, qui apportent chacun "
        "2,5 millions d'euros, y participent également."
    )
    investments = of_kind(facts_of(text, "fr"), "investment")
    assert [(f.investor, f.amount) for f in investments] == [("Demeter", 2.5e6), ("360 Capital", 2.5e6)]
    text = (
        "La start-up Celsor lève 1,2 milliard d'euros auprès d'Ardian et de la Caisse des Dépôts, qui "
        "apportent chacun 600 millions d'euros."
    )
    investments = of_kind(facts_of(text, "fr"), "investment")
    assert [f.investor for f in investments] == ["Ardian", "Caisse des Dépôts"]


def test_a_fund_named_seed_something_makes_no_seed_round():
    text = (
        "Pixelwood raised $40 million in a Series B. Seedcamp, which led a $12 million Series A round in 2023, "
        "owns 15 per cent."
    )
    assert [(f.amount, f.round_type) for f in of_kind(facts_of(text), "round")] == [
        (40e6, "Series B"),
        (12e6, "Series A"),
    ]

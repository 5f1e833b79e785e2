"""Session 18f: firms an article only mentions in passing are no backers of the round it tells.

Competitors named as examples ("rivals such as X"), the source of a figure ("Figures from industry body X"),
the newsroom that reveals the story and an angel's former employer are no investors.
"""

from __future__ import annotations

from extract_helpers import facts_of, only

_ROUND = "Payments startup Zettly raised $20m in a Series A round led by Accel. "


def test_rivals_such_as_are_no_backers_of_the_round():
    text = _ROUND + (
        "Venture funding for fintech hit a record in the second quarter, and rivals such as Brex and Ramp have "
        "also raised money at soaring valuations this year."
    )
    assert only(facts_of(text), "round").investors == ["Accel"]


def test_makers_such_as_after_led_by_are_no_leads_of_the_round():
    text = _ROUND + (
        "Funding for robotics start-ups rose 30% in the first half of 2025, according to Crunchbase, led by "
        "humanoid makers such as Figure AI."
    )
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Accel"] and round_.lead_investors == ["Accel"]


def test_industry_body_giving_figures_is_no_backer():
    text = _ROUND + (
        "Figures from industry body Innovate Finance show venture funding for British fintech groups fell "
        "27 per cent last year."
    )
    assert only(facts_of(text), "round").investors == ["Accel"]


def test_newsroom_that_reveals_the_round_is_no_lead():
    text = "Kiteloop, a Berlin freight start-up, has raised a €22m Series A led by Cherry Ventures, Sifted can reveal."
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Cherry Ventures"] and round_.lead_investors == ["Cherry Ventures"]


def test_person_who_tells_a_newsroom_is_no_lead():
    text = (
        "Tutorloop, an AI tutoring startup, raised $12 million in Series A funding led by Reach Capital, "
        "CEO Maya Okafor tells Axios exclusively."
    )
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Reach Capital"] and round_.lead_investors == ["Reach Capital"]


def test_angel_named_by_the_firm_of_their_title_backs_not_the_firm():
    text = "Ledgerly raised $10 million from angels including Skype co-founder Jaan Tallinn."
    assert only(facts_of(text), "round").investors == ["Jaan Tallinn"]


def test_former_executive_of_a_firm_does_not_make_the_firm_a_backer():
    text = "Mercadia raised €5 million from Sonae and former Jerónimo Martins executive Rita Salgueiro."
    assert "Jerónimo Martins" not in only(facts_of(text), "round").investors


def test_maker_of_products_is_no_acquisition_of_the_products():
    text = (
        "Intuit Inc. agreed to buy Fieldwise, a startup that makes scheduling software for contractors, for "
        "$300 million. The acquisition is the latest effort by the Mountain View, Calif., maker of QuickBooks "
        "and TurboTax to sell specialized versions of its software to plumbers."
    )
    acquisitions = [f for f in facts_of(text) if f.kind == "acquisition"]
    assert [(f.investor, f.company) for f in acquisitions] == [("Intuit", "Fieldwise")]


def test_second_of_two_backers_that_each_invested_is_read_whatever_its_spelling():
    text = (
        "La start-up zurichoise Wagonia a levé 30 millions de francs lors d'une série B. Le fonds Partech mène "
        "le tour de table, aux côtés de La Poste Suisse et de Kuehne+Nagel, qui ont chacun investi 8 millions "
        "de francs."
    )
    facts = facts_of(text, "fr")
    assert "Kuehne+Nagel" in only(facts, "round").investors
    assert sorted((f.investor, f.amount) for f in facts if f.kind == "investment") == [
        ("Kuehne+Nagel", 8_000_000),
        ("La Poste Suisse", 8_000_000),
    ]

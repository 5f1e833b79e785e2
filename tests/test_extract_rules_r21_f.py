"""Round 21 (f), investments: who put in a stated share of a round.

A sentence opening on a camel-case name ("aMoon invested…") is a sentence of its own, a coordination whose
first conjunct carries its own apposition ("menée par A, filiale de X, et par B, le fonds de Y, qui apportent
chacun…") gives the share to both, and well-known public investors are named (Enterprise Ireland, Invest-NL).
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind

from ai_deals.importers.extract.sentences import split_sentences


def _investments(facts):
    return sorted((fact.investor, fact.amount) for fact in of_kind(facts, "investment"))


def test_camel_case_name_after_a_full_stop_opens_a_sentence():
    text = (
        "The round drew Pontifax and the Israel Biotech Fund. eValora, the Swiss fund, invested $5 million."
    )
    sentences = split_sentences(text, 0, len(text), 0)
    assert [s.text for s in sentences][-1].startswith("eValora")


def test_investor_named_in_camel_case_gets_its_own_share():
    text = (
        "Tessaran Bio raised $40 million on Monday.\n\n"
        "The round was led by Orvel Partners, with participation from eValora Capital and Brightmoor Fund. "
        "eValora Capital, the Swiss life sciences fund, invested $9 million, the company said."
    )
    assert _investments(facts_of(text)) == [("eValora Capital", 9_000_000.0)]


def test_each_share_of_two_coordinated_backers_with_appositions_fr():
    text = (
        "La start-up nantaise Korvalis a annoncé mardi une levée de fonds de 20 millions d'euros.\n\n"
        "Le tour de table est co-mené par Brenau Capital Partners, filiale de Groupe Ostrel, et par Felvane "
        "Ventures, le fonds du groupe industriel Marvec, qui apportent chacun 6 millions d'euros."
    )
    facts = facts_of(text, language="fr")
    assert _investments(facts) == [
        ("Brenau Capital Partners", 6_000_000.0),
        ("Felvane Ventures", 6_000_000.0),
    ]


def test_apposed_antecedent_without_each_keeps_the_apposed_name_alone():
    text = (
        "Korvalis a annoncé mardi une levée de fonds de 20 millions d'euros.\n\n"
        "Le tour réunit Brenau Capital Partners et Felvane Ventures, le fonds du groupe Marvec, qui apporte "
        "6 millions d'euros."
    )
    facts = facts_of(text, language="fr")
    assert _investments(facts) == [("Felvane Ventures", 6_000_000.0)]


def test_state_agency_contributing_through_a_relative_clause():
    text = (
        "Dublin-based Quorlan raised €12 million on Tuesday.\n\n"
        "Frontline Ventures also took part in the round, as did Enterprise Ireland, the State's enterprise "
        "development agency, which contributed €2 million."
    )
    assert _investments(facts_of(text)) == [("Enterprise Ireland", 2_000_000.0)]


def test_stake_announced_then_priced_is_one_investment_with_its_percentage():
    text = (
        "Vortrel Systems has agreed to take a 15 per cent stake in Kalmira Optics, a Lyon-based chipmaker.\n\n"
        "Vortrel will invest €90mn as part of a €140mn funding round, according to people familiar with it."
    )
    investments = of_kind(facts_of(text), "investment")
    assert [(f.investor, f.amount, f.percentage) for f in investments] == [
        ("Vortrel Systems", 90_000_000.0, 15.0)
    ]


def test_round_word_inside_a_company_name_is_no_round_cue():
    text = (
        "Le distributeur Brovane a annoncé mardi qu'il acquérait une participation de 30 % dans Récolte "
        "Verdelle, une entreprise lavalloise de fermes verticales, pour 9 M$."
    )
    facts = facts_of(text, language="fr")
    assert not of_kind(facts, "round")
    assert _investments(facts) == [("Brovane", 9_000_000.0)]


def test_share_of_the_company_taken_for_a_sum_is_a_priced_stake_fr():
    text = (
        "L'éditeur toulousain Talvenor ouvre son capital.\n\n"
        "Pour accompagner sa croissance, Talvenor a ouvert son capital à Ostrane Capital Développement, le fonds "
        "régional, qui prend 25 % de la société pour 4 millions d'euros."
    )
    facts = facts_of(text, language="fr")
    assert _investments(facts) == [("Ostrane Capital Développement", 4_000_000.0)]


def test_named_backer_with_unnamed_angels_is_a_round_not_its_share_fr():
    text = (
        "La medtech lyonnaise Pravelis lève 20 millions d'euros auprès de Partech.\n\n"
        "Korvane Ventures et des business angels avaient déjà investi 3 millions d'euros dans la société en 2019."
    )
    facts = facts_of(text, language="fr")
    assert not [f for f in of_kind(facts, "investment") if f.amount == 3_000_000.0]
    rounds = [(f.company, f.amount, f.investors, f.date) for f in of_kind(facts, "round")]
    assert ("Pravelis", 3_000_000.0, ["Korvane Ventures"], "2019") in rounds


def test_round_an_investor_led_belongs_to_the_company_it_valued():
    text = (
        "Dravenor Security raised $60 million on Tuesday.\n\n"
        "Its backers include Tolland Partners, which led a $90 million Series B round in 2021 that valued "
        "Dravenor at $500 million."
    )
    rounds = [(f.company, f.amount) for f in of_kind(facts_of(text), "round")]
    assert ("Dravenor Security", 90_000_000.0) in rounds


def test_pronoun_buyer_after_a_time_adverbial_with_the_price_right_after_the_target():
    text = (
        "Glacera agreed to buy Pellwick, a data start-up, on Thursday.\n\n"
        "It's Glacera's second deal this year. In March, it bought database specialist Ormsby Data for about "
        "$120 million."
    )
    bought = [(f.company, f.investor, f.amount) for f in of_kind(facts_of(text), "acquisition")]
    assert ("Ormsby Data", "Glacera", 120_000_000.0) in bought


def test_price_reported_by_sources_fills_the_unpriced_acquisition():
    text = (
        "Glacera has agreed to acquire Pellwick, a San Diego data start-up.\n\n"
        "Terms weren't disclosed, but two people familiar with the deal put the price at between $80 million "
        "and $100 million."
    )
    bought = of_kind(facts_of(text), "acquisition")
    assert [(f.company, f.investor, f.amount, f.amount_max) for f in bought] == [
        ("Pellwick", "Glacera", 80_000_000.0, 100_000_000.0)
    ]
    assert not of_kind(facts_of(text), "investment")


def test_company_value_fixed_by_the_deal_is_a_valuation_fr():
    text = (
        "La start-up québécoise Orvalis lève 30 M$ auprès de Real Ventures.\n\n"
        "Selon nos informations, la transaction fixe la valeur de l'entreprise à 150 M$ après financement."
    )
    valuations = [(f.company, f.amount) for f in of_kind(facts_of(text, language="fr"), "valuation")]
    assert valuations == [("Orvalis", 150_000_000.0)]


def test_option_to_raise_a_stake_later_is_no_investment_fr():
    text = (
        "Generali France a annoncé mardi l'acquisition de 70 % du capital de Pavenor pour environ 90 millions "
        "d'euros.\n\n"
        "Les fondateurs conservent les 30 % restants. L'assureur dispose d'une option pour monter à 100 % du "
        "capital d'ici à 2027."
    )
    assert not of_kind(facts_of(text, language="fr"), "investment")


def test_valuation_participle_after_a_name_is_that_company_s_fr():
    text = (
        "La start-up lilloise Corvane lève 8 millions d'euros.\n\n"
        "Elle rejoint un écosystème dominé par Mistral AI, valorisée 11,7 milliards d'euros en septembre."
    )
    valuations = [(f.company, f.amount) for f in of_kind(facts_of(text, language="fr"), "valuation")]
    assert valuations == [("Mistral AI", 11_700_000_000.0)]

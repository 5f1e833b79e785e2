"""Round 25 (tuner2): each fact keeps its own backers, company, date and round.

Only the names after "menée par / led by" lead a round: the backers a relative clause says join it ("auquel
participent également X") take part; "auprès du fonds X" names a backer; "avant / après augmentation de capital"
gives a valuation's basis. A raise told in a relative clause after a rival's name is that rival's; spending by
countries or members is no company's; staked or deposited assets are no raise; the value of goods booked on a
platform is no valuation; two rounds in one sentence keep their own type, backers and date. The amount just
raised, restated in another currency, is no second round. A wire's dateline, the day an earlier article came
out, or the first verb's year before a second verb do not date a fact; an earlier round's valuation is dated
by that round, never by the story's day. "La société" a rival's round values is that rival; a rival named in
apposition ("Le concurrent de X, Y, avait levé") raised it; a market "worth €90 billion a year" is no valuation.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.dates import find_dates

# -- leads, participants, backers and basis ------------------------------------------------------------


def test_backers_a_relative_clause_says_join_the_round_are_no_leads():
    text = (
        "La medtech lyonnaise Cardiolux a bouclé une série B de 45 millions d'euros menée par Sofinnova, "
        "auquel participent également Kurma Partners et le fonds Elaia."
    )
    fact = only(facts_of(text, language="fr"), "round")
    assert fact.lead_investors == ["Sofinnova"]
    assert {"Kurma Partners", "Elaia"} <= set(fact.investors)


def test_investor_after_aupres_du_fonds_is_named():
    text = (
        "La start-up Vendrix a levé 20 millions d'euros. La société avait déjà levé 6 millions d'euros en "
        "2023 auprès du fonds Orbis Capital."
    )
    rounds = of_kind(facts_of(text, language="fr"), "round")
    earlier = next(f for f in rounds if f.amount == 6_000_000)
    assert earlier.investors == ["Orbis Capital"]


def test_valuation_before_capital_increase_is_pre_money_and_after_is_post_money():
    before = "Vendrix a levé 20 millions d'euros. L'opération valorise la société 90 M€ avant augmentation de capital."
    after = "Vendrix a levé 20 millions d'euros. L'opération valorise la société 110 M€ après augmentation de capital."
    assert only(facts_of(before, language="fr"), "valuation").basis == "pre_money"
    assert only(facts_of(after, language="fr"), "valuation").basis == "post_money"


def test_round_named_by_its_type_ahead_of_its_leads_takes_that_type():
    text = (
        "La start-up Vendrix a annoncé avoir levé 30 millions d'euros.\n\n"
        "Le tour de table, une série B, est mené par Eurazeo, avec la participation de Kima Ventures."
    )
    fact = only(facts_of(text, language="fr"), "round")
    assert fact.round_type == "Series B"
    assert fact.lead_investors == ["Eurazeo"]


# -- whose fact it is ----------------------------------------------------------------------------------


def test_plain_la_societe_recounting_a_past_raise_after_a_purchase_is_the_company_bought():
    text = (
        "Capgemini rachète Ombrelis, un éditeur rennais de logiciels pour les mutuelles.\n\n"
        "Le groupe entend doubler les revenus de sa nouvelle filiale. Ce rachat permet aux fondateurs de sortir. "
        "La société avait levé 12 millions d'euros en 2021 lors d'un tour mené par Serena."
    )
    assert only(facts_of(text, language="fr"), "round").company == "Ombrelis"


def test_raise_told_in_a_relative_clause_after_a_rival_is_the_rivals():
    text = (
        "Borealis Drones has raised $60 million in a Series B round.\n\n"
        "Its rivals include France's Volantis Systems, which raised $90 million last year."
    )
    rounds = of_kind(facts_of(text), "round")
    assert {f.company for f in rounds} == {"Borealis Drones", "Volantis Systems"}
    assert next(f for f in rounds if f.amount == 90_000_000).company == "Volantis Systems"


def test_name_governed_by_a_preposition_does_not_take_the_relative_clauses_raise():
    text = (
        "Axolune lève 20 millions d'euros en série A. Un beau parcours pour cette jeune pousse née dans un "
        "laboratoire du CNRS, qui avait levé 3 millions d'euros en amorçage en 2022."
    )
    assert {f.company for f in of_kind(facts_of(text, language="fr"), "round")} == {"Axolune"}


def test_spending_by_member_states_is_no_company_projection():
    text = (
        "Skyward Defence has raised £40mn. The EU estimates that its member states will spend about €300bn "
        "on defence this year."
    )
    facts = facts_of(text)
    assert not [f for f in facts if f.amount and f.amount >= 1e11]


def test_staked_assets_a_company_secures_are_no_round():
    text = (
        "Exchange Bitmora has agreed to acquire Nodewise, a staking provider.\n\n"
        "Nodewise runs validators on 12 networks and says it secures around $800 million in staked assets."
    )
    assert not of_kind(facts_of(text), "round")


def test_value_of_goods_booked_on_a_platform_is_a_volume_not_a_valuation():
    text = (
        "Freightly has raised $8 million in a Series A.\n\n"
        "The value of shipments booked on the platform reached $30 million last year."
    )
    facts = facts_of(text)
    assert not of_kind(facts, "valuation")
    assert [f.metric for f in facts if f.amount == 30_000_000] == ["gmv"]


def test_two_rounds_in_one_sentence_keep_their_own_type_backers_and_date():
    text = (
        "Nodewise raised a $4 million seed round led by Alpha Ventures in 2020, followed by a $16 million "
        "Series A led by Beta Capital, with participation from Gamma Partners, in 2022."
    )
    rounds = of_kind(facts_of(text), "round")
    seed = next(f for f in rounds if f.amount == 4_000_000)
    series_a = next(f for f in rounds if f.amount == 16_000_000)
    assert (seed.round_type, seed.date, seed.lead_investors) == ("Seed", "2020", ["Alpha Ventures"])
    assert (series_a.round_type, series_a.date) == ("Series A", "2022")
    assert series_a.lead_investors == ["Beta Capital"]
    assert set(series_a.investors) == {"Beta Capital", "Gamma Partners"}


# -- one raise, not two ------------------------------------------------------------------------------------


def test_amount_raised_restated_in_another_currency_is_the_same_round():
    text = (
        "La société genevoise Medivolt a bouclé un tour de financement de 30 millions de francs.\n\n"
        "Le montant levé représente environ 34 millions de dollars."
    )
    rounds = of_kind(facts_of(text, language="fr"), "round")
    assert [(f.amount, f.currency) for f in rounds] == [(30_000_000, "CHF")]


def test_round_worth_a_sum_in_another_currency_is_no_valuation():
    text = (
        "Gridwise has raised £70mn in a Series B.\n\n"
        "The round, worth about $88mn, was priced at a pre-money valuation of £250mn."
    )
    valuations = of_kind(facts_of(text), "valuation")
    assert [(f.amount, f.currency) for f in valuations] == [(250_000_000, "GBP")]


def test_acronym_after_an_institution_opening_a_sentence_names_it_as_a_backer():
    text = (
        "La medtech Dermalux a bouclé un tour de financement de 20 millions de francs.\n\n"
        "La Banque cantonale neuchâteloise (BCN) et Debiopharm ont également participé."
    )
    fact = only(facts_of(text, language="fr"), "round")
    assert "Banque cantonale neuchâteloise" in fact.investors


# -- dates ---------------------------------------------------------------------------------------------


def test_wire_dateline_does_not_date_the_facts_of_its_sentence():
    text = (
        "LYON, 4 mar 2026 (AFP) - La start-up Vendrix a annoncé lundi avoir levé 40 millions d'euros, "
        "une opération qui la valorise à 300 millions d'euros."
    )
    facts = facts_of(text, language="fr", published="2026-03-04")
    assert {f.date for f in facts if f.kind in ("round", "valuation")} == {"2026-03-02"}


def test_dateline_date_is_not_found_in_its_sentence():
    dates = find_dates("LONDON, March 3 (Reuters) - Orbex said on Monday it had raised $40 million.")
    assert all(d.span[0] > 30 for d in dates)


def test_day_an_earlier_article_was_published_does_not_date_the_round():
    text = (
        "Contrairement à ce que nous avons écrit dans notre article publié mardi, la fintech Quantix a levé "
        "30 millions de francs lors du tour de financement annoncé lundi."
    )
    fact = only(facts_of(text, language="fr", published="2026-03-05"), "round")
    assert fact.date == "2026-03-02"


def test_valuation_of_a_round_told_with_its_year_takes_that_year():
    text = (
        "Lumetra was valued at $2 billion in its new round.\n\n"
        "Its valuation has doubled since 2023, when it raised $80 million at a valuation of $1 billion."
    )
    earlier = next(f for f in of_kind(facts_of(text), "valuation") if f.amount == 1_000_000_000)
    assert earlier.date == "2023"


def test_previous_rounds_valuation_is_dated_by_that_round_not_the_story():
    text = (
        "L'opération valorise Capsio 150 millions d'euros, contre 220 millions d'euros lors de sa précédente "
        "levée, menée par Index Ventures en 2022."
    )
    earlier = next(f for f in of_kind(facts_of(text, language="fr"), "valuation") if f.amount == 220_000_000)
    assert earlier.date == "2022"


def test_second_verbs_figure_takes_the_year_written_after_it():
    text = (
        "Stackbot has raised $30 million. Stackbot was spun out of Delft University in 2017 and previously "
        "raised a $9 million Series A led by Northzone in 2019."
    )
    earlier = next(f for f in of_kind(facts_of(text), "round") if f.amount == 9_000_000)
    assert earlier.date == "2019"


def test_la_societe_a_rivals_round_values_is_that_rival():
    text = (
        "La start-up Paylune lève 12 millions d'euros. Son concurrent Salarium a bouclé en mars un tour de "
        "30 M€ mené par Partech, valorisant la société 180 M€."
    )
    valuation = only(facts_of(text, language="fr", published="2026-09-02"), "valuation")
    assert valuation.company == "Salarium"


def test_rival_named_in_apposition_before_its_raise_is_the_raiser():
    text = (
        "Veridia lève 50 millions d'euros. Le concurrent suédois de Veridia, Nordlyse, avait levé "
        "200 millions d'euros en 2024."
    )
    earlier = next(f for f in of_kind(facts_of(text, language="fr"), "round") if f.amount == 200_000_000)
    assert earlier.company == "Nordlyse"


def test_market_worth_a_sum_a_year_is_no_valuation():
    text = "Cargora has raised €20mn. European rail freight is worth around €90 billion a year."
    assert not of_kind(facts_of(text), "valuation")


def test_valuation_a_joined_round_was_struck_at_is_the_companys_not_its_backers():
    text = (
        "Medora has raised €25m in a Series A led by Atomico. Northzone and existing investor Kibo Ventures "
        "also joined the round, which was struck at a €120m pre-money valuation."
    )
    assert only(facts_of(text), "valuation").company == "Medora"

"""Session 18c, importer misreadings the last tuners noticed: a company named like a month read as a month,
names with "+" cut and a person-like company name unseen, purchases, stakes and contracts given the wrong
date, today's headcount made a projection, a round whose amount comes a sentence later. Each is proved on
sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.dates import find_dates


def test_a_company_named_like_a_french_month_is_a_backer_not_a_date():
    text = (
        "Terragrain, une start-up lyonnaise de robots de désherbage, lève 30 millions d'euros. "
        "Avril, le groupe agro-industriel, et Bpifrance y apportent chacun 8 M€."
    )
    facts = facts_of(text, "fr", published="2026-03-20")
    stakes = {f.investor: f for f in of_kind(facts, "investment")}
    assert set(stakes) == {"Avril", "Bpifrance"}
    assert stakes["Avril"].amount == 8_000_000
    assert all(f.date == "2026-03-20" for f in facts)


def test_the_group_named_like_a_month_invests_and_the_lowercase_month_still_dates():
    named = only(
        facts_of(
            "Le groupe Avril a investi 5 millions d'euros dans Terragrain, une start-up lyonnaise.", "fr"
        ),
        "investment",
    )
    assert (named.investor, named.amount) == ("Avril", 5_000_000)
    dated = only(
        facts_of(
            "Terragrain, une start-up lyonnaise, a levé 30 millions d'euros en avril.", "fr", "2026-03-20"
        ),
        "round",
    )
    assert (dated.date, dated.date_precision) == ("2025-04", "month")


def test_a_capitalised_month_after_a_day_or_before_a_year_is_still_a_date():
    assert [d.value for d in find_dates("Le contrat signé le 3 Avril 2025 court dix ans.")] == ["2025-04-03"]
    assert [d.value for d in find_dates("Avril 2025 : la start-up lève 3 M€.")] == ["2025-04"]


def test_a_name_joined_by_a_plus_is_whole():
    fact = only(
        facts_of("Kuehne+Nagel has invested $40 million in RouteMind, a logistics AI startup."), "investment"
    )
    assert fact.investor == "Kuehne+Nagel"


def test_a_firm_named_like_a_person_that_buys_a_company_is_the_buyer():
    for text in (
        "John Deere acquired Furrowbot, a Kansas farm robotics startup, for $250 million.",
        "Furrowbot, a Kansas farm robotics startup, was acquired by John Deere for $250 million.",
    ):
        fact = only(facts_of(text), "acquisition")
        assert (fact.company, fact.investor, fact.amount) == ("Furrowbot", "John Deere", 250_000_000), text


def test_a_person_investing_is_still_a_person():
    fact = only(
        facts_of(
            "Furrowbot, a Kansas farm robotics startup, raised $30 million. John Smith invested $5 million."
        ),
        "investment",
    )
    assert fact.investor == "John Smith"


def test_a_purchase_without_a_price_takes_the_year_the_sentence_gives():
    for text, date in (
        ("Halvercorp has acquired Routewise, a Dutch logistics software startup, in 2024.", "2024"),
        ("Halvercorp acquired Routewise, a Dutch logistics software startup, last year.", "2025"),
        ("Halvercorp a racheté Routewise, une start-up néerlandaise, en avril.", "2025-04"),
    ):
        language = "fr" if "racheté" in text else "en"
        fact = only(facts_of(text, language, "2026-03-20"), "acquisition")
        assert fact.date == date, text


def test_a_purchase_without_a_price_is_not_dated_by_its_targets_founding():
    fact = only(
        facts_of("Halvercorp acquired Routewise, which was founded in 2019.", published="2026-03-20"),
        "acquisition",
    )
    assert fact.date == "2026-03-20"


def test_the_horizon_of_what_a_round_pays_for_does_not_date_the_round_or_its_stakes():
    text = (
        "Glacéa, un exploitant montréalais de centres de données, a obtenu un financement de 300 millions de "
        "dollars pour doubler sa capacité d'ici 2029, a annoncé jeudi l'entreprise. Le Fonds Boréal mène le "
        "tour de table et y injecte à lui seul 180 millions."
    )
    facts = facts_of(text, "fr", "2026-03-20")
    round_ = only(facts, "round")
    assert (round_.amount, round_.date) == (300_000_000, "2026-03-19")
    assert all(f.date != "2029" for f in of_kind(facts, "investment"))


def test_a_contract_signed_earlier_this_month_is_dated_by_the_month():
    for text in (
        "Routewise, a Dutch logistics software startup, raised $30 million last year. Earlier this month it "
        "signed a contract with Maersk to deploy its software across 40 ports.",
        "Routewise, a Dutch logistics software startup, signed a contract with Maersk earlier this month.",
    ):
        fact = only(facts_of(text, published="2026-03-20"), "partnership")
        assert (fact.date, fact.date_precision) == ("2026-03", "month"), text


def test_a_headcount_that_should_double_is_todays_and_no_projection():
    for text, language in (
        (
            "Routewise, a Dutch logistics software startup, raised $30 million. Its 85 employees should "
            "roughly double by 2027.",
            "en",
        ),
        (
            "Routewise, une start-up néerlandaise, a levé 30 millions d'euros. Ses 85 salariés devraient "
            "doubler d'ici 2027.",
            "fr",
        ),
    ):
        facts = facts_of(text, language, "2026-03-20")
        assert not of_kind(facts, "projection"), text
        count = only(facts, "metric")
        assert (count.amount, count.date) == (85, "2026-03-20")


def test_a_round_announced_without_its_amount_takes_the_next_sentences_range():
    text = (
        "C'est le créneau de Loyeo, une application rennaise qui vient de boucler une levée de fonds en série A. "
        "Le montant n'a pas été officiellement communiqué, mais il est compris entre 20 et 25 millions d'euros, "
        "selon nos informations. L'opération est menée par le fonds Partech."
    )
    fact = only(facts_of(text, "fr"), "round")
    assert (fact.company, fact.amount, fact.amount_max, fact.bound) == (
        "Loyeo",
        20_000_000,
        25_000_000,
        "range",
    )
    assert (fact.round_type, fact.lead_investors) == ("Series A", ["Partech"])
    assert "compris entre 20 et 25" in fact.sentence


def test_an_english_round_announced_without_its_amount_takes_the_next_sentences_range():
    text = (
        "Loyeo, a Rennes-based app, has closed a Series A round. The amount was not disclosed, but it is "
        "between $20 million and $25 million, according to people familiar with the matter."
    )
    fact = only(facts_of(text), "round")
    assert (fact.company, fact.amount, fact.amount_max, fact.currency) == (
        "Loyeo",
        20_000_000,
        25_000_000,
        "USD",
    )


def test_a_round_not_announced_leaves_a_later_amount_alone():
    text = (
        "Loyeo, a Rennes-based app, has not closed a Series A round yet. The amount it seeks is between $20 "
        "million and $25 million."
    )
    assert not of_kind(facts_of(text), "round")


def test_a_product_developed_in_partnership_with_a_party_is_the_companys_partnership():
    for text, language in (
        (
            "Covera, une start-up parisienne, a levé 20 millions d'euros. Ses algorithmes, développés en "
            "partenariat avec l'Institut Curie depuis 2018, sont utilisés par 40 hôpitaux.",
            "fr",
        ),
        (
            "Covera, a Boston insurtech startup, raised $20 million. Its software was built in partnership "
            "with Allianz.",
            "en",
        ),
    ):
        fact = only(facts_of(text, language), "partnership")
        assert fact.company == "Covera" and fact.partner in ("Institut Curie", "Allianz"), text


def test_the_lead_putting_in_a_sum_of_its_own_is_its_stake_not_a_second_round():
    for text, language, lead, amount in (
        (
            "Vesto, une start-up lilloise, lève 30 millions d'euros. La SRIW mène le tour de table avec 8 "
            "millions d'euros, aux côtés de Noshaq.",
            "fr",
            "SRIW",
            8_000_000,
        ),
        (
            "Vesto, a Lille startup, raised $30 million. Index Ventures led the round with $12 million.",
            "en",
            "Index Ventures",
            12_000_000,
        ),
    ):
        facts = facts_of(text, language)
        round_ = only(facts, "round")
        assert (round_.amount, round_.lead_investors) == (30_000_000, [lead]), text
        stake = only(facts, "investment")
        assert (stake.company, stake.investor, stake.amount) == ("Vesto", lead, amount), text


def test_a_backer_investing_in_this_operation_funds_the_round_just_told():
    text = (
        "Vesto, une start-up lilloise, lève 30 millions d'euros. Partech, qui a investi 15 millions dans cette "
        "nouvelle opération, obtient un siège au conseil."
    )
    stake = only(facts_of(text, "fr"), "investment")
    assert (stake.company, stake.investor, stake.amount) == ("Vesto", "Partech", 15_000_000)


def test_an_arr_aim_written_right_after_the_sum_is_a_revenue_projection():
    text = (
        "Vesto, a Lille startup, raised $30 million. The company is aiming to hit €50m ARR by 2027 — a target "
        "its chief executive admits is ambitious."
    )
    fact = only(facts_of(text), "projection")
    assert (fact.amount, fact.currency, fact.date) == (50_000_000, "EUR", "2027")


def test_a_rate_of_launches_aimed_at_is_a_projection_of_that_count():
    for text, language, unit in (
        (
            "Vesto, une start-up lilloise, lève 30 millions d'euros. Elle vise une cadence de 12 lancements par "
            "an d'ici 2030.",
            "fr",
            "lancements",
        ),
        (
            "Vesto, a Lille startup, raised $30 million. It aims for a pace of 12 launches a year by 2030.",
            "en",
            "launches",
        ),
    ):
        fact = only(facts_of(text, language), "projection")
        assert (fact.amount, fact.unit, fact.date) == (12, unit, "2030"), text


def test_the_team_a_round_will_expand_is_counted_today():
    text = "Vesto, a Lille startup, raised $30 million. The money will be used to expand its team of 95 employees."
    facts = facts_of(text)
    assert not of_kind(facts, "projection")
    assert only(facts, "metric").amount == 95


def test_a_fleet_of_plural_nouns_with_a_complement_is_counted():
    text = (
        "Vesto, une start-up lilloise, lève 30 millions d'euros. Elle dispose d'une flotte de 120 vélos cargo "
        "et emploie 45 livreurs salariés."
    )
    counts = {f.unit: f.amount for f in of_kind(facts_of(text, "fr"), "metric")}
    assert counts == {"vélos": 120, "employees": 45}


def test_things_counted_with_a_participle_after_them_are_no_count_of_the_company():
    text = (
        "Vesto, a Lille startup, raised $30 million. The FDA's list now includes more than 390 products cleared "
        "for radiology."
    )
    assert not of_kind(facts_of(text), "metric")


def test_a_founders_past_employer_does_not_raise_the_round():
    text = (
        "Sentrywell, a Baltimore cybersecurity startup, was founded in 2015 by former NSA analyst Marcus Lee and "
        "raised a $3.2 million seed round last year."
    )
    fact = only(facts_of(text), "round")
    assert (fact.company, fact.amount) == ("Sentrywell", 3_200_000)


def test_a_stake_paid_in_tranches_told_after_the_round_still_names_a_backer_of_it():
    text = (
        "Vesto, une start-up lilloise, a annoncé mardi une levée de 90 millions d'euros auprès de deux groupes. "
        "Le groupe Dassault va investir 60 millions d'euros dans Vesto, tandis que Bpifrance apporte 30 "
        "millions. Dassault va d'abord débloquer une première tranche de 20 millions d'euros."
    )
    facts = facts_of(text, "fr", "2026-03-20")
    assert only(facts, "round").investors == ["Dassault", "Bpifrance"]

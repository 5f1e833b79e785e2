"""Session 18b, wrong figures a tester checked against the text: a bank loan read as a round, a national
target read as a company's projection, a round dated by a ranking's "this year", a conditional stake read
as committed, stakes told after their round left out of it, a contract's signing month. Each is proved on
sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_bank_financing_is_no_round_and_its_lender_backs_no_round():
    text = (
        "Vignoval, un développeur nîmois de serres photovoltaïques, a levé 12 millions d'euros auprès de "
        "Demeter. Vignoval a par ailleurs bouclé un financement bancaire de 80 millions d'euros auprès d'un "
        "pool mené par la Société Générale pour construire ses sites."
    )
    facts = facts_of(text, "fr")
    fact = only(facts, "round")
    assert fact.amount == 12_000_000
    assert "Société Générale" not in fact.investors
    assert all(f.amount != 80_000_000 for f in facts)


def test_credit_facility_and_debt_financing_are_no_round():
    for text in (
        "Brindlecore, a Leeds-based maker of battery software, has secured a $200 million credit facility "
        "from HSBC.",
        "Brindlecore, a Leeds-based maker of battery software, has closed $90 million in debt financing.",
        "Brindlecore, a Leeds-based maker of battery software, has secured bank financing of $70 million.",
    ):
        assert not [f for f in facts_of(text) if f.kind in ("round", "investment", "valuation")], text


def test_stake_taken_through_a_capital_increase_is_the_targets_round_and_the_stakes_amount():
    text = (
        "Engie poursuit ses achats. Le groupe a annoncé mardi une prise de participation de 30 % dans "
        "Vignoval, développeur nîmois de serres photovoltaïques, via une augmentation de capital de 45 "
        "millions d'euros qu'il souscrit seul. L'opération valorise la société à 150 millions d'euros "
        "post-money."
    )
    facts = facts_of(text, "fr")
    round_ = only(facts, "round")
    assert (round_.company, round_.investors, round_.amount) == ("Vignoval", ["Engie"], 45_000_000)
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount, stake.percentage) == (
        "Vignoval",
        "Engie",
        45_000_000,
        30,
    )
    assert only(facts, "valuation").company == "Vignoval"


def test_a_national_energy_plans_target_is_no_company_projection():
    text = (
        "Vignoval, un développeur nîmois de serres photovoltaïques, exploite aujourd'hui 300 MW en France. "
        "Le projet de programmation pluriannuelle de l'énergie vise "
        "entre 40 et 60 GW d'éolien d'ici 2035."
    )
    facts = facts_of(text, "fr")
    assert not of_kind(facts, "projection")
    assert [f.amount for f in of_kind(facts, "metric")] == [300]


def test_a_giga_range_reads_both_ends_in_megawatts():
    from ai_deals.importers.extract.amounts import parse_amounts

    (amount,) = parse_amounts("La société vise entre 4 et 6 GW d'ici 2030.", "fr")
    assert (amount.value, amount.amount_max, amount.unit) == (4_000, 6_000, "megawatts")


def test_this_year_of_a_ranking_does_not_date_the_round():
    text = (
        "Quillmark, a Manchester-based maker of legal software, has raised £40mn in a Series B round led "
        "by Atomico, in one of the largest legal-tech financings in Europe this year."
    )
    fact = only(facts_of(text, published="2026-05-14"), "round")
    assert (fact.date, fact.date_precision) == ("2026-05-14", "day")


def test_participation_said_conditional_in_the_next_sentence_makes_the_stake_conditional():
    text = (
        "Quillmark has raised £40mn in a Series B round led by Atomico. The British Business Bank has "
        "committed up to £10mn of the total. Its participation is conditional on Quillmark keeping its "
        "research team in Manchester."
    )
    stake = only(facts_of(text), "investment")
    assert stake.investor == "British Business Bank"
    assert stake.status == "conditional"
    assert "keeping its research team" in stake.condition


def test_stakes_told_after_the_round_join_it_on_its_date():
    text = (
        "OSAKA -- Hanabi Robotics, an Osaka-based maker of warehouse robots, said on Monday that it had "
        "raised 9 billion yen in a funding round led by Sony Innovation Fund. Sony Innovation Fund invested "
        "4 billion yen, while trading house Sojitz put in 1.5 billion yen."
    )
    facts = facts_of(text, published="2026-03-03")
    round_ = only(facts, "round")
    assert round_.date == "2026-03-02"
    assert "Sojitz" in round_.investors
    stakes = of_kind(facts, "investment")
    assert {f.investor for f in stakes} == {"Sony Innovation Fund", "Sojitz"}
    assert all(f.date == "2026-03-02" for f in stakes)


def test_a_contract_signed_in_a_month_is_dated_that_month():
    text = (
        "Vignoval, un développeur nîmois de serres photovoltaïques, a levé 12 millions d'euros auprès de "
        "Demeter. Vignoval a par ailleurs signé en mars un contrat d'achat d'électricité sur quinze ans avec la RATP, "
        "qui débutera en janvier 2027."
    )
    fact = only(facts_of(text, "fr", published="2026-06-10"), "partnership")
    assert (fact.partner, fact.date, fact.date_precision) == ("RATP", "2026-03", "month")


def test_the_deals_valuation_takes_the_day_of_the_round_it_values():
    text = (
        "Engie poursuit ses achats. Le groupe a annoncé mardi une prise de participation de 30 % dans "
        "Vignoval, développeur nîmois de serres photovoltaïques, via une augmentation de capital de 45 "
        "millions d'euros qu'il souscrit seul. L'opération valorise la société à 150 millions d'euros "
        "post-money."
    )
    facts = facts_of(text, "fr", published="2026-03-05")
    assert only(facts, "round").date == "2026-03-03"
    assert only(facts, "valuation").date == "2026-03-03"

"""Article readings a reviewer found wrong in this session's rules (mendB23): rankings and totals "to date",
stake sales and purchases, a market share, a round's own type, a bare "levée de", fund roles, partnerships
beside a stake, a French passive lead and a stake's worth dated by its sale. Each reviewer's sentence is
tested with the case its rule was made for."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.stake_purchases import STAKE_PURCHASE, STAKE_SALE

# -- 1. a round ranked "to date" is a round, not a running total -----------------------------------------------


def test_a_round_ranked_among_the_largest_to_date_is_announced_not_cumulative():
    facts = facts_of(
        "Zeta AI raised $500 million in a Series C led by Accel, one of the largest rounds for a European AI "
        "startup to date."
    )
    round_ = only(facts, "round")
    assert (round_.amount, round_.round_type, round_.status) == (500e6, "Series C", "announced")


def test_a_french_round_ranked_among_the_year_s_largest_to_date_is_announced_not_cumulative():
    facts = facts_of(
        "Kodaline a levé 20 M€ lors d'une série A menée par Partech, l'une des plus grosses levées de l'année "
        "à ce jour.",
        language="fr",
    )
    round_ = only(facts, "round")
    assert (round_.amount, round_.status) == (20e6, "announced")


def test_a_raise_told_to_date_is_still_the_total_to_date():
    facts = facts_of("Zeta AI, which has raised $118 million to date, sells software to banks.")
    assert not of_kind(facts, "round")
    assert only(facts, "metric").metric == "total_raised_to_date"


# -- 2. one set of "to date" words: a French total to date, a total of a round ------------------------------------


def test_a_french_raise_a_ce_jour_is_the_total_raised_to_date():
    facts = facts_of("Zeta AI a levé 118 M€ à ce jour.", language="fr")
    assert not of_kind(facts, "round")
    metric = only(facts, "metric")
    assert (metric.company, metric.amount, metric.metric) == ("Zeta AI", 118e6, "total_raised_to_date")


def test_a_total_of_a_round_named_in_its_clause_is_that_round():
    facts = facts_of("Zeta raised a total of $50 million in a Series B round led by Accel.")
    assert not of_kind(facts, "metric")
    round_ = only(facts, "round")
    assert (round_.amount, round_.round_type, round_.lead_investors, round_.status) == (
        50e6,
        "Series B",
        ["Accel"],
        "announced",
    )


def test_a_total_of_with_no_round_in_its_clause_is_the_total_raised_to_date():
    facts = facts_of("Zeta AI has raised a total of $50 million.")
    assert not of_kind(facts, "round")
    assert only(facts, "metric").metric == "total_raised_to_date"


def test_a_raise_since_a_year_stays_a_cumulative_sum_dated_from_that_year_as_an_investors_total_does():
    # As "Microsoft has invested $13 billion in total since 2019": a sum since a year, never counted.
    round_ = only(facts_of("Zeta AI has raised $300 million since 2019."), "round")
    assert (round_.amount, round_.status, round_.date) == (300e6, "cumulative", "2019")


def test_an_earlier_round_fronted_before_a_to_date_figure_of_another_verb_stays_a_counted_round():
    facts = facts_of(
        "Voltéa lève 10 M€ auprès de Partech. Après un amorçage de 2,5 M€ bouclé en 2021, l'entreprise a "
        "installé à ce jour 120 MWh de capacité de stockage.",
        language="fr",
    )
    assert not [f for f in facts if f.metric == "total_raised_to_date"]
    seed = next(f for f in of_kind(facts, "round") if f.amount == 2.5e6)
    assert (seed.date, seed.status) == ("2021", "completed")


def test_a_to_date_total_after_a_fronted_earlier_round_is_still_the_total_to_date():
    facts = facts_of("After a $2.5 million seed round in 2021, Voltea has raised $40 million to date.")
    assert [f.amount for f in of_kind(facts, "round")] == [2.5e6]
    assert only(facts, "metric").amount == 40e6


# -- 3. a stake sale is the sale of the stake's own company, at the sale's own amount -----------------------------


def test_a_stake_sold_in_another_company_in_a_relative_clause_leaves_the_investment_untyped():
    facts = facts_of("Nvidia, which sold its stake in Arm in 2020, invested $100 million in Mistral AI.")
    stake = only(facts, "investment")
    assert (stake.investor, stake.company, stake.amount) == ("Nvidia", "Mistral AI", 100e6)
    assert stake.round_type is None


def test_an_amount_in_another_act_after_a_sale_is_not_the_sales_price():
    facts = facts_of("SoftBank sold its entire stake in Nvidia to fund its $40 billion investment in OpenAI.")
    assert all(fact.round_type != STAKE_SALE for fact in facts)


def test_a_stake_sold_in_its_company_for_its_price_is_still_a_stake_sale():
    stake = only(
        facts_of("SoftBank said it sold its entire stake in Nvidia for $5.83 billion."), "investment"
    )
    assert (stake.investor, stake.company, stake.amount) == ("SoftBank", "Nvidia", 5.83e9)
    assert (stake.round_type, stake.status) == (STAKE_SALE, "completed")


def test_a_stake_sold_to_a_named_buyer_for_its_price_is_still_a_stake_sale():
    facts = facts_of("SoftBank sold its stake in Nvidia to Microsoft for $5.8 billion.")
    # The buyer's purchase is told too (qfF); the seller's record stays a sale.
    (stake,) = [fact for fact in facts if fact.kind == "investment" and fact.investor == "SoftBank"]
    assert (stake.investor, stake.company, stake.round_type) == ("SoftBank", "Nvidia", STAKE_SALE)


def test_a_french_sale_to_fund_another_investment_is_no_sale_at_that_investments_amount():
    facts = facts_of(
        "SoftBank a cédé sa participation dans Nvidia pour financer son investissement de 40 milliards de "
        "dollars dans OpenAI.",
        language="fr",
    )
    assert all(fact.round_type != STAKE_SALE for fact in facts)


# -- 4. a stake built with money invested is new money ------------------------------------------------------------


def test_a_stake_built_by_investing_in_the_company_is_no_stake_purchase():
    stake = only(
        facts_of("Nvidia invested $100 million in Zeta AI, building a 5% stake in the startup."), "investment"
    )
    assert (stake.investor, stake.company, stake.amount, stake.percentage) == (
        "Nvidia",
        "Zeta AI",
        100e6,
        5.0,
    )
    assert stake.round_type is None


def test_a_neighbours_invest_word_leaves_a_stake_bought_a_stake_purchase():
    facts = facts_of(
        "Eurazeo has acquired a 30% stake in Kappa Vision for €60 million. Eurazeo invests in mid-sized companies."
    )
    assert only(facts, "investment").round_type == STAKE_PURCHASE


def test_a_stake_built_on_the_market_is_still_a_stake_purchase():
    stake = only(facts_of("SoftBank had built a 4.9% stake in Nvidia worth about $4 billion."), "investment")
    assert stake.round_type == STAKE_PURCHASE


# -- 5. a market share is no stake ------------------------------------------------------------------------------


def test_a_french_market_share_raised_is_no_stake():
    facts = facts_of(
        "Kodaline a levé 20 M€. Google a augmenté sa part de marché à 90 % cette année.", language="fr"
    )
    assert not of_kind(facts, "investment")
    assert only(facts, "round").amount == 20e6


def test_a_french_holding_raised_in_the_company_is_still_a_stake():
    facts = facts_of(
        "Kodaline a levé 20 M€. Google a augmenté sa part au capital à 30 % cette année.", language="fr"
    )
    stake = only(facts, "investment")
    assert (stake.investor, stake.percentage) == ("Google", 30.0)


# -- 6. the new round's own year or month does not make it an earlier round ----------------------------------------


def test_a_round_named_with_its_year_keeps_its_type():
    round_ = only(facts_of("Zeta AI raised $50 million in its 2025 Series B led by Accel."), "round")
    assert round_.round_type == "Series B"


def test_a_round_named_with_its_month_keeps_its_type():
    round_ = only(facts_of("Zeta AI closed its June Series B of $50 million."), "round")
    assert round_.round_type == "Series B"


def test_an_earlier_round_a_new_one_is_compared_with_still_gives_no_type():
    facts = facts_of(
        "Zeta AI raised $80 million in a down round, below the $1 billion valuation of its October 2022 seed round."
    )
    assert [f.round_type for f in of_kind(facts, "round")] == [None]


def test_a_previous_round_named_with_its_year_still_gives_no_type():
    facts = facts_of("Zeta AI raised $80 million, twice its previous 2022 Series B.")
    assert [f.round_type for f in of_kind(facts, "round")] == [None]


# -- 7. a bare "levée de X M€ de Y" may name the backer ------------------------------------------------------------


def test_a_bare_levee_de_does_not_make_its_backer_the_company():
    facts = facts_of("Grâce à une levée de 5 M€ de Renault Group, Kodaline recrute.", language="fr")
    assert all(fact.company != "Renault Group" for fact in facts)


def test_a_bare_levee_de_a_described_startup_is_that_startups_round():
    facts = facts_of(
        "Grâce à une levée de 5 M€ de la start-up lyonnaise Kodaline, elle recrute.", language="fr"
    )
    round_ = only(facts, "round")
    assert (round_.company, round_.amount) == ("Kodaline", 5e6)


# -- 8. a role in a fund is no partnership ----------------------------------------------------------------------


def test_becoming_a_limited_partner_in_a_fund_is_no_partnership():
    assert not of_kind(facts_of("Sequoia became a limited partner in Accel's new fund."), "partnership")


def test_becoming_a_companys_training_partner_is_still_a_partnership():
    partnership = only(
        facts_of("Amazon Web Services will become Anthropic's primary training partner."), "partnership"
    )
    assert (partnership.company, partnership.partner) == ("Anthropic", "Amazon Web Services")


# -- 9. a partnership beside a stake is the stake's only when its "with" party is the stake's company --------------


def test_a_partnership_with_another_company_in_a_relative_clause_is_none_with_the_stakes_company():
    facts = facts_of("Nvidia, which has a partnership with Mistral AI, invested $100 million in Helixgrid.")
    assert only(facts, "investment").company == "Helixgrid"
    assert not of_kind(facts, "partnership")


def test_a_partnership_with_the_investor_that_invests_is_still_told_beside_its_stake():
    facts = facts_of(
        "La start-up Oskavo a signé un partenariat avec Microsoft, qui investit 15 millions d'euros dans Oskavo.",
        language="fr",
    )
    assert only(facts, "investment").investor == "Microsoft"
    partnership = only(facts, "partnership")
    assert {partnership.company, partnership.partner} == {"Oskavo", "Microsoft"}


def test_a_stake_made_as_part_of_a_partnership_still_tells_the_partnership():
    facts = facts_of(
        "Microsoft has agreed to invest 15 million euros in Mistral AI as part of a multi-year partnership."
    )
    partnership = only(facts, "partnership")
    assert {partnership.company, partnership.partner} == {"Mistral AI", "Microsoft"}


# -- 10. a French passive lead of an earlier round does not swallow the next round ---------------------------------


def test_a_round_after_a_french_passive_lead_of_an_earlier_one_is_kept():
    facts = facts_of(
        "Zeta AI avait levé 30 M€ lors d'un tour d'amorçage conduit par Partech, et elle a levé 100 M€ lors "
        "d'une série A en 2024.",
        language="fr",
    )
    assert sorted((f.amount, f.round_type) for f in of_kind(facts, "round")) == [
        (30e6, "Seed"),
        (100e6, "Series A"),
    ]


# -- 11. a stake's worth is not dated by the sale told after it -----------------------------------------------------


def test_a_stakes_worth_is_not_dated_by_its_later_sale():
    facts = facts_of(
        "SoftBank had built a 4.9% stake in Nvidia worth about $4 billion before selling it in early 2019."
    )
    # The later sale is its own (undated-price) record of 2019 (qfF); the stake bought keeps no 2019 date.
    (stake,) = [fact for fact in facts if fact.kind == "investment" and fact.amount is not None]
    assert (stake.amount, stake.percentage) == (4e9, 4.9)
    assert stake.date != "2019"

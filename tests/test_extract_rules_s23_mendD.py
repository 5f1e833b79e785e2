"""Session 23 (mendD): review mends on this session's extraction changes.

Each test holds the reviewer's sentence and the sentence the rule was made for, so both stay right: a debt part
is no tranche, a stake sale's clause runs past a date or an apposition, a lower-case brand after a trade noun is
no common noun, "a total of" is a round only when one round is told right after it, an investor's relative clause
tells no new money, a part of a told round with no backer named is the round's own, and one normaliser tells a
traded stake for the importer and the store alike.
"""

from __future__ import annotations

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.extract.stake_purchases import STAKE_PURCHASE, STAKE_SALE
from ai_deals.importers.traded_stakes import traded_kind
from ai_deals.store.formatting import is_stake_bought, is_stake_sold, is_stake_traded


def test_a_debt_part_of_a_raise_comes_off_the_round_and_is_no_tranche():
    raised = only(
        facts_of(
            "Quarrel raised $80 million, of which $30 million in venture debt conditional on milestones."
        ),
        "round",
    )
    assert (raised.amount, raised.tranches) == (50_000_000, [])
    split = only(
        facts_of(
            "Orbelle raised $60 million in a Series A led by Partech, of which $25 million is paid upfront and "
            "$35 million is conditional on milestones."
        ),
        "round",
    )
    assert [t.amount for t in split.tranches] == [25_000_000, 35_000_000]


def test_a_stake_sale_clause_runs_past_a_date_or_an_apposition_before_its_proceeds():
    for text in (
        "SoftBank sold its stake in Nvidia in 2019, for $3.6 billion.",
        "SoftBank sold its entire stake in Nvidia, the chipmaker, for $5.8 billion.",
    ):
        assert only(facts_of(text), "investment").round_type == STAKE_SALE, text
    other_act = only(
        facts_of("SoftBank sold its stake in Nvidia to fund its $40 billion investment in OpenAI."),
        "investment",
    )
    assert other_act.round_type != STAKE_SALE


def test_a_lowercase_word_after_a_determined_trade_noun_or_a_plural_is_no_company():
    for text in (
        "The French startup scene has raised €8 billion this year.",
        "Europe's biggest AI company sector raised $3 billion in 2025.",
        "The startup founders said it raised $40 million from Accel.",
    ):
        companies = {fact.company for fact in facts_of(text)}
        assert not companies & {"scene", "sector", "founders"}, text
    for text in (
        "French AI coding startup poolside raised $500 million from Nvidia.",
        "poolside, a French AI coding startup, said it raised $500 million.",
    ):
        assert only(facts_of(text), "round").company == "poolside", text


def test_a_total_over_several_rounds_or_after_has_raised_stays_a_running_total():
    for text in (
        "Quarrel has raised a total of $50 million across its seed and Series A rounds.",
        "Quarrel raised a total of $50 million in its Series A and Series B rounds, both led by Accel.",
        "Quarrel has raised a total of $50 million in its Series A round.",
    ):
        facts = facts_of(text)
        assert of_kind(facts, "round") == [], text
        assert only(facts, "metric").metric == "total_raised_to_date", text
    one_round = only(
        facts_of("Quarrel raised a total of $50 million in a Series B round led by Accel."), "round"
    )
    assert (one_round.amount, one_round.round_type) == (50_000_000, "Series B")


def test_an_investors_relative_clause_does_not_make_a_bought_stake_new_money():
    # Nvidia's own stake: SoftBank, which the stake is bought from, has its partial sale beside it (art26a).
    stakes = of_kind(
        facts_of(
            "Nvidia, which invests in dozens of startups, bought a 5% stake in Quarrel from SoftBank for $100 million."
        ),
        "investment",
    )
    bought = next(stake for stake in stakes if stake.investor == "Nvidia")
    assert bought.round_type == STAKE_PURCHASE
    invested = only(
        facts_of("Nvidia invested $100 million in Quarrel, building a 5% stake in the startup."), "investment"
    )
    assert invested.round_type is None


def test_a_part_of_a_told_round_with_no_backer_named_is_the_rounds_own():
    for backers in ("existing investors", "a group of angels"):
        text = f"Quarrel raised $40 million in a Series B led by Accel, including $5 million from {backers}."
        facts = facts_of(text)
        assert [(f.kind, f.amount) for f in facts] == [("round", 40_000_000)], text
    named = facts_of(
        "Quarrel raised $40 million in a Series B led by Accel, including $5 million from Nvidia."
    )
    assert (only(named, "investment").investor, only(named, "investment").amount) == ("Nvidia", 5_000_000)


def test_one_traded_kind_tells_a_traded_stake_for_the_importer_and_the_store():
    assert traded_kind("Stake-Sale") == traded_kind("Stake_Sale") == "stake sale"
    assert traded_kind("Secondary - Market") == "secondary market"
    assert traded_kind(None) == ""
    assert is_stake_sold("Stake-Sale") and is_stake_traded("Stake-Sale")
    assert is_stake_bought("Secondary - Market") and is_stake_traded("Secondary - Market")
    assert not is_stake_traded("Series B")

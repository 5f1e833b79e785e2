"""sec25: secondary sales and tender offers read whole names ("Meta" is not named inside "Metaculus", "Arm"
not inside "Armada"), and a tender offer's "the company" is the company whose shares are sold."""

from __future__ import annotations

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.stake_purchases import mark_stakes_held, mark_stakes_sold
from ai_deals.importers.models import Fact


def facts_of(text: str, language: str = "en"):
    """The facts a short wire story of `text`, published 2026-03-12, gives."""
    return parse_article(text, published="2026-03-12", language=language).facts


def purchases(facts):
    """(company, buyer, amount, round type) of each stake the facts tell."""
    return [(f.company, f.investor, f.amount, f.round_type) for f in facts if f.kind == "investment"]


# -- #1 whole names: a known name inside a longer word is no mention of it -----------------------------------


def test_employees_of_metaculus_selling_shares_sell_metaculus_not_meta_named_earlier():
    facts = facts_of(
        "Meta invested in Scale AI last year. Metaculus is a forecasting startup based in Toronto. "
        "Employees of Metaculus sold $100 million worth of shares to Thrive Capital in a tender offer."
    )
    assert purchases(facts) == [("Metaculus", "Thrive Capital", 100e6, "Stake purchase")]


def test_shares_of_an_unknown_metaculus_are_never_filed_under_meta():
    facts = facts_of(
        "Meta invested in Scale AI last year, Meta said. Employees of Metaculus sold $100 million worth of "
        "shares to Thrive Capital in a tender offer."
    )
    assert all(f.company != "Meta" for f in facts if f.kind in ("investment", "valuation"))


def test_the_buyer_is_the_company_named_whole_before_the_verb_not_a_name_inside_a_later_word():
    arm = facts_of(
        "Arm invested in Scale AI last year, Arm said. SoftBank, through its Armada unit, bought $100 million "
        "of Cohere shares from early investors in a secondary transaction."
    )
    meta = facts_of(
        "Meta invested in Scale AI last year, Meta said. SoftBank, a Metaverse pioneer, bought $100 million "
        "of Cohere shares from early investors in a secondary transaction."
    )
    assert purchases(arm) == purchases(meta) == [("Cohere", "SoftBank", 100e6, "Stake purchase")]


def test_shares_sold_to_an_unknown_armadillo_are_not_arm_s_purchase():
    facts = facts_of(
        "Arm invested in Scale AI last year, Arm said. Employees of Cohere sold $100 million worth of shares "
        "to Armadillo in a tender offer."
    )
    assert all(f.investor != "Arm" for f in facts if f.kind == "investment")


# -- #2 a tender offer's "the company" is the company whose shares are sold ----------------------------------


def valuations(facts):
    """(company, amount, currency) of each valuation the facts tell."""
    return [(f.company, f.amount, f.currency) for f in facts if f.kind == "valuation"]


def test_a_tender_offer_valuing_the_company_values_the_company_whose_shares_are_sold_not_the_story_s_first():
    facts = facts_of(
        "OpenAI is in talks to raise money at a $300 billion valuation. Employees of Databricks sold $1 billion "
        "worth of shares to Thrive Capital in a tender offer that valued the company at $62 billion."
    )
    assert valuations(facts) == [("OpenAI", 300e9, "USD"), ("Databricks", 62e9, "USD")]
    assert purchases(facts) == [("Databricks", "Thrive Capital", 1e9, "Stake purchase")]


def test_a_tender_offer_for_a_company_s_shares_valuing_it_values_that_company():
    facts = facts_of(
        "OpenAI is in talks to raise new funds. Thrive Capital led a tender offer for shares of Databricks that "
        "valued it at $62 billion."
    )
    assert valuations(facts) == [("Databricks", 62e9, "USD")]


def test_a_french_tender_offer_to_a_company_s_employees_values_that_company():
    facts = facts_of(
        "OpenAI négocie une nouvelle levée de fonds. Thrive Capital a mené une offre de rachat d'actions aux "
        "salariés de Databricks valorisant l'entreprise à 62 milliards de dollars.",
        "fr",
    )
    assert valuations(facts) == [("Databricks", 62e9, "USD")]


def test_shares_bought_in_a_french_tender_offer_are_a_stake_purchase_not_an_acquisition_of_the_company():
    facts = facts_of(
        "OpenAI négocie une nouvelle levée de fonds. General Catalyst a racheté 100 millions d'euros d'actions "
        "dans le cadre d'une offre de rachat d'actions aux salariés de Databricks valorisant l'entreprise à 62 "
        "milliards de dollars.",
        "fr",
    )
    assert [f for f in facts if f.kind == "acquisition"] == []
    assert purchases(facts) == [("Databricks", "General Catalyst", 100e6, "Stake purchase")]
    assert valuations(facts) == [("Databricks", 62e9, "USD")]


def test_french_employees_selling_shares_for_a_price_after_pour_are_the_buyer_s_stake_purchase():
    facts = facts_of(
        "OpenAI négocie une nouvelle levée de fonds. Des salariés de Databricks ont cédé pour 1 milliard de "
        "dollars d'actions à Thrive Capital, dans le cadre d'une offre de rachat d'actions valorisant "
        "l'entreprise à 62 milliards de dollars.",
        "fr",
    )
    assert purchases(facts) == [("Databricks", "Thrive Capital", 1e9, "Stake purchase")]
    assert valuations(facts) == [("Databricks", 62e9, "USD")]


# -- #3 the same whole-name reading where stakes are sold, sold to a buyer, or held --------------------------


def stake_told(sentence: str, company: str, investor: str, amount: float | None = None) -> Fact:
    """An announced stake of `investor` in `company` stated by `sentence`, as the extractor gives it."""
    return Fact(
        kind="investment",
        company=company,
        investor=investor,
        amount=amount,
        currency="USD" if amount else None,
        sentence=sentence,
        start=0,
        end=len(sentence),
        status="announced",
    )


def test_money_invested_in_meta_is_not_sold_by_selling_a_stake_in_metaculus():
    facts = facts_of(
        "Metaculus is a forecasting startup. SoftBank invested $2 billion in Meta in 2024 and sold its stake "
        "in Metaculus last year."
    )
    (stake,) = [f for f in facts if f.kind == "investment"]
    assert (stake.company, stake.investor, stake.amount) == ("Meta", "SoftBank", 2e9)
    assert stake.round_type is None


def test_a_stake_sold_to_a_buyer_names_the_buyer_past_a_longer_word_holding_the_company_s_name():
    facts = facts_of(
        "Arm invested in Scale AI last year, Arm said. Tiger Global, an Armada shareholder, sold its 5% stake "
        "in Arm to General Catalyst for $40 million."
    )
    assert ("Arm", "General Catalyst", 40e6, "Stake purchase") in purchases(facts)


def test_a_stake_armada_sold_is_not_arm_s_sale():
    stake = stake_told("Armada Capital sold its stake in Cohere for $40 million.", "Cohere", "Arm")
    mark_stakes_sold([stake])
    assert stake.round_type is None


def test_a_stake_metaculus_holds_is_not_meta_s_stake_held():
    held = [
        stake_told("Metaculus owns a 10% stake in Zorgly worth about $3 billion.", "Zorgly", "Meta", 3e9),
        stake_told("SoftMeta's 10% stake in Zorgly is now worth $3 billion.", "Zorgly", "Meta", 3e9),
        stake_told(
            "La participation de Metaculus dans Zorgly vaut 3 milliards de dollars.", "Zorgly", "Meta", 3e9
        ),
    ]
    mark_stakes_held(held)
    assert [stake.round_type for stake in held] == [None, None, None]


def test_a_running_total_of_the_company_is_not_the_backer_s_because_a_longer_word_holds_its_name():
    facts = facts_of(
        "A Berlin startup said it raised $40 million in a round led by Meta. The company, a Metaculus rival, "
        "has raised $118 million so far."
    )
    assert [f for f in facts if f.company == "Meta" and f.amount == 118e6] == []

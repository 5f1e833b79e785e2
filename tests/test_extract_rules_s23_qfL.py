"""Stakes in more wordings (tester qa40): a possessive stake's worth ("Google's 14% stake in Anthropic is valued
at $3 billion") is a "Stake held", never money raised; a stake lifted or trimmed to a share ("to 90% from 75%")
is its own event at the new share, a reduction being a "Partial stake sale" that reads as a reduction on the timeline;
and a holder's shares dumped, sold on an exit or "revendues" are a "Stake sale"."""

from __future__ import annotations

import pytest
from cli_helpers import import_article, run_ok

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import Fact


def stake_of(sentence: str, language: str = "en") -> Fact:
    facts = parse_article(sentence, published="2025-11-11", language=language).facts
    assert not [fact for fact in facts if fact.kind in ("valuation", "projection", "round")]
    (stake,) = [fact for fact in facts if fact.kind == "investment"]
    return stake


@pytest.mark.parametrize(
    ("sentence", "holder", "company", "share", "amount"),
    [
        ("Google's 14% stake in Anthropic is valued at $3 billion.", "Google", "Anthropic", 14, 3e9),
        ("Amazon's stake in Anthropic is now worth about $60 billion.", "Amazon", "Anthropic", None, 60e9),
        ("Microsoft's 27% stake in OpenAI was worth $135 billion.", "Microsoft", "OpenAI", 27, 135e9),
    ],
)
def test_a_possessive_stakes_worth_is_a_stake_held(sentence, holder, company, share, amount):
    stake = stake_of(sentence)
    assert (stake.investor, stake.company, stake.percentage, stake.amount) == (holder, company, share, amount)
    assert (stake.round_type, stake.status) == ("Stake held", "completed")


@pytest.mark.parametrize(
    ("sentence", "holder", "company", "amount"),
    [
        (
            "La participation de Google dans Anthropic vaut désormais 3 milliards de dollars.",
            "Google",
            "Anthropic",
            3e9,
        ),
        (
            "La participation de Microsoft dans OpenAI est valorisée à 135 milliards de dollars.",
            "Microsoft",
            "OpenAI",
            135e9,
        ),
    ],
)
def test_a_french_stakes_worth_told_of_its_holder_is_a_stake_held(sentence, holder, company, amount):
    stake = stake_of(sentence, "fr")
    assert (stake.investor, stake.company, stake.amount) == (holder, company, amount)
    assert (stake.round_type, stake.status) == ("Stake held", "completed")


def test_a_possessive_stakes_worth_is_no_money_raised(capsys, tmp_path, monkeypatch):
    article = "title: v6\ndate: 2025-11-11\nlanguage: en\n\nGoogle's 14% stake in Anthropic is valued at $3 billion.\n"
    db = import_article(capsys, tmp_path, monkeypatch, article)
    page = run_ok(capsys, db, "show", "Anthropic")
    assert "$3B" in page
    assert "raised" not in page


@pytest.mark.parametrize(
    ("sentence", "holder", "company", "share"),
    [
        ("SoftBank lifted its stake in Arm to 90% from 75%.", "SoftBank", "Arm", 90),
        ("Nvidia boosted its stake in CoreWeave to 7% from 5%.", "Nvidia", "CoreWeave", 7),
    ],
)
def test_a_stake_lifted_to_a_share_is_shares_bought_at_the_new_share(sentence, holder, company, share):
    stake = stake_of(sentence)
    assert (stake.investor, stake.company, stake.percentage, stake.amount) == (holder, company, share, None)
    assert (stake.round_type, stake.status) == ("Stake purchase", "completed")


@pytest.mark.parametrize(
    ("sentence", "language", "holder", "company", "share"),
    [
        ("Microsoft trimmed its stake in OpenAI to 27% from 32%.", "en", "Microsoft", "OpenAI", 27),
        ("SoftBank cut its stake in T-Mobile to 3% from 7%.", "en", "SoftBank", "T-Mobile", 3),
        ("SoftBank a réduit sa participation dans Mistral AI à 17 %.", "fr", "SoftBank", "Mistral AI", 17),
    ],
)
def test_a_stake_reduced_to_a_share_is_a_partial_stake_sale_at_the_share_left(
    sentence, language, holder, company, share
):
    stake = stake_of(sentence, language)
    assert (stake.investor, stake.company, stake.percentage, stake.amount) == (holder, company, share, None)
    # The holder keeps the share left: part of its stake sold, no exit (mend25a).
    assert (stake.round_type, stake.status) == ("Partial stake sale", "completed")


def test_a_stake_reduced_reads_as_a_reduction_on_the_timeline(capsys, tmp_path, monkeypatch):
    article = "title: w12\ndate: 2025-11-11\nlanguage: en\n\nMicrosoft trimmed its stake in OpenAI to 27% from 32%.\n"
    db = import_article(capsys, tmp_path, monkeypatch, article)
    timeline = run_ok(capsys, db, "timeline", "--company", "OpenAI")
    assert "Microsoft reduces its stake in OpenAI to 27%" in timeline
    assert "sells its 27% stake" not in timeline


@pytest.mark.parametrize(
    ("sentence", "language", "seller", "company", "amount"),
    [
        (
            "SoftBank dumped its Nvidia shares for $5.83 billion in October.",
            "en",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        ("Tiger Global dumped its Arm shares for $40 million.", "en", "Tiger Global", "Arm", 40e6),
        (
            "SoftBank cashed out of Nvidia, selling its shares for $5.83 billion.",
            "en",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        (
            "Tiger Global exited Mistral AI, selling its shares for $40 million.",
            "en",
            "Tiger Global",
            "Mistral AI",
            40e6,
        ),
        (
            "SoftBank a revendu ses actions Nvidia pour 5,83 milliards de dollars.",
            "fr",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        (
            "Tiger Global a vendu ses actions Mistral AI pour 40 millions d'euros.",
            "fr",
            "Tiger Global",
            "Mistral AI",
            40e6,
        ),
        (
            "SoftBank s'est désengagé de Nvidia en cédant ses titres pour 5,83 milliards de dollars.",
            "fr",
            "SoftBank",
            "Nvidia",
            5.83e9,
        ),
        (
            "Tiger Global est sorti du capital de Mistral AI en cédant ses actions pour 40 millions d'euros.",
            "fr",
            "Tiger Global",
            "Mistral AI",
            40e6,
        ),
    ],
)
def test_shares_dumped_resold_or_sold_on_an_exit_are_a_completed_stake_sale(
    sentence, language, seller, company, amount
):
    stake = stake_of(sentence, language)
    assert (stake.investor, stake.company, stake.amount) == (seller, company, amount)
    assert (stake.round_type, stake.status) == ("Stake sale", "completed")

"""Session 22 (mendB22): what a review found in this session's article rules.

A French when-clause is future only by a lowercase verb ("atteindra"), never a name ending in -ra (Kyra,
Sierra) or caméra/opéra; "held"/"holds" near an amount bought or sold is no assets under management; "the
company's rival X" / "la société X" is X, not the story's company; a conditional sum "from <backer>" is that
backer's stake, not an added tranche; "a second and final tranche" keeps its ordinal.
"""

from __future__ import annotations

from cli_helpers import private_default_db  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind, only


def test_a_french_when_clause_naming_a_company_ending_in_ra_is_no_condition():
    for text in (
        "Kyra a levé 10 millions d'euros en 2023, quand Kyra comptait 20 salariés.",
        "Kyra a levé 10 millions d'euros auprès de Sierra Ventures quand Sierra Ventures a rejoint le capital.",
        "Kyra a levé 10 millions d'euros quand la caméra de Kyra est sortie.",
    ):
        raised = only(facts_of(text, "fr"), "round")
        assert raised.status == "announced" and raised.condition is None, text


def test_a_french_future_when_clause_still_makes_an_added_sum_conditional():
    text = "Ferrix a levé 600 millions d'euros, plus jusqu'à 1 milliard d'euros quand Ferrix atteindra ses objectifs."
    raised = only(facts_of(text, "fr"), "round")
    assert [t.condition for t in raised.tranches] == [None, "quand Ferrix atteindra ses objectifs"]


def _aum(facts) -> list:
    return [m for m in of_kind(facts, "metric") if m.metric == "assets_under_management"]


def test_assets_bought_near_held_or_holds_are_no_assets_under_management():
    raised = "Ferrix raised $20 million from Accel. "
    for text, amount in (
        ("Ferrix held talks to buy $2 billion of assets from Orsted.", 2e9),
        ("Ferrix, which holds a banking licence, bought $500 million of assets from Kyra.", 500e6),
        ("Ferrix, which manages a fund, bought $500 million of assets from Kyra.", 500e6),
    ):
        facts = facts_of(raised + text)
        assert _aum(facts) == [], text
        assert [a.amount for a in of_kind(facts, "acquisition")] == [amount], text


def test_the_companys_rival_or_la_societe_named_is_not_the_storys_company():
    for text, language in (
        (
            "Ferrix raised $20 million from Accel. Tesco, a partner of the company's rival Ocado since 2021, also invested.",
            "en",
        ),
        (
            "Ferrix a levé 20 millions d'euros auprès d'Accel. Carrefour, partenaire de la société Danone depuis 2022, a aussi investi.",
            "fr",
        ),
    ):
        assert of_kind(facts_of(text, language), "partnership") == [], text


def test_la_societe_alone_still_names_the_storys_company():
    text = "Ferrix a levé 20 millions d'euros auprès d'Accel. Carrefour, partenaire de la société depuis 2022, a aussi investi."
    partnership = only(facts_of(text, "fr"), "partnership")
    assert (partnership.company, partnership.partner) == ("Ferrix", "Carrefour")


def test_a_conditional_sum_from_a_named_backer_is_its_stake_not_an_added_tranche():
    for text, language in (
        ("Ferrix raised $20 million, with $5 million from Index Ventures if milestones are met.", "en"),
        (
            "Ferrix a levé 20 millions d'euros, avec 5 millions d'euros de la part d'Index Ventures "
            "si les objectifs sont atteints.",
            "fr",
        ),
    ):
        facts = facts_of(text, language)
        stake = only(facts, "investment")
        assert (stake.investor, stake.amount, stake.status) == ("Index Ventures", 5e6, "conditional"), text
        assert only(facts, "round").tranches == [], text


def test_a_second_and_final_tranche_keeps_its_ordinal():
    for text in (
        "Ferrix raised $45 million in two tranches: a first tranche of $30 million and a second and final "
        "tranche of $15 million in 2027.",
        "Ferrix raised $45 million. The money comes in a first tranche of $30 million and a second and final "
        "tranche of $15 million in 2027.",
    ):
        raised = only(facts_of(text), "round")
        assert [(t.amount, t.label) for t in raised.tranches] == [(30e6, "first"), (15e6, "second")], text

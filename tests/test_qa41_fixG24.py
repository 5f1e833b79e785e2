"""qa41 #11: deal types read as the wrong kind, or dropped (a raise in progress, convertibles, a bridge,
a SPAC's PIPE, joint ventures, grants)."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.models import BRIDGE, CONVERTIBLE_NOTE, GRANT, IN_TALKS, PIPE


def test_raise_in_progress_is_in_talks_not_raised():
    text = (
        "Helsing, the Munich-based defence AI company, is raising €600 million in a round led by General "
        "Catalyst, the Financial Times reported on Monday."
    )
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.status) == ("Helsing", 600e6, IN_TALKS)


def test_french_raise_in_progress_is_in_talks():
    text = "La start-up parisienne Ombrelle est en train de lever 20 millions d'euros auprès de Partech."
    assert only(facts_of(text, "fr"), "round").status == IN_TALKS


def test_english_convertible_note_is_a_round_typed_convertible_note():
    text = (
        "Paris-based Zéphyr-Labs, which builds small language models for banks, has secured a €40 million "
        "convertible note from Bpifrance and Eurazeo, the company said on Wednesday."
    )
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.round_type) == ("Zéphyr-Labs", 40e6, CONVERTIBLE_NOTE)
    assert round_.investors == ["Bpifrance", "Eurazeo"]


def test_french_convertible_bonds_are_a_round_typed_convertible_note():
    text = (
        "La start-up parisienne Ombrelle a émis des obligations convertibles pour 20 millions d'euros, "
        "souscrites par Eurazeo."
    )
    round_ = only(facts_of(text, "fr"), "round")
    assert (round_.company, round_.amount, round_.round_type) == ("Ombrelle", 20e6, CONVERTIBLE_NOTE)


def test_investor_subscribing_convertible_bonds_is_the_round_investor():
    text = (
        "La start-up parisienne Ombrelle a émis des obligations convertibles pour 20 millions d'euros, "
        "souscrites par Eurazeo."
    )
    assert only(facts_of(text, "fr"), "round").investors == ["Eurazeo"]


def test_bridge_ahead_of_a_series_b_is_typed_bridge():
    text = "Paris-based Ombrelle has raised $20 million in a bridge round ahead of a larger Series B, sources said."
    round_ = only(facts_of(text), "round")
    assert (round_.amount, round_.round_type) == (20e6, BRIDGE)


def test_spac_pipe_is_a_round_led_by_its_anchor_and_no_partnership():
    text = (
        "Quantix AI, a Boston-based developer of AI drug-discovery software, said on Wednesday it would go "
        "public through a merger with blank-check company Apex Horizon Acquisition Corp in a deal that values "
        "the combined company at $2.4 billion.\n\n"
        "The deal is expected to provide Quantix with $300 million in gross proceeds, including a $150 million "
        "PIPE anchored by Casdin Capital."
    )
    facts = facts_of(text)
    assert of_kind(facts, "partnership") == []
    round_ = only(facts, "round")
    assert (round_.company, round_.amount, round_.round_type) == ("Quantix AI", 150e6, PIPE)
    assert round_.lead_investors == ["Casdin Capital"]


def test_money_put_in_a_joint_venture_is_the_parents_partnership_not_spending():
    text = (
        "Japan's SoftBank will invest ¥150 billion ($1 billion) in a joint venture with OpenAI called SB "
        "OpenAI Japan, in which each side holds a 50% stake."
    )
    facts = facts_of(text)
    assert of_kind(facts, "projection") == []
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount, deal.currency) == ("SoftBank", "OpenAI", 150e9, "JPY")


def test_joint_venture_formed_by_two_parents_is_their_partnership():
    text = (
        "Swisscom and Ericsson said on Tuesday they would form a joint venture for AI in telecom networks, "
        "with Swisscom holding 51% and Ericsson 49%."
    )
    deal = only(facts_of(text), "partnership")
    assert (deal.company, deal.partner, deal.partnership_kind) == ("Swisscom", "Ericsson", "joint venture")


def test_french_coentreprise_is_a_partnership_of_its_parents():
    text = (
        "Berne (awp/ats) - Swisscom et Ericsson ont annoncé mardi la création d'une coentreprise consacrée à "
        "l'intelligence artificielle pour les réseaux, baptisée Nexa-Réseau SA."
    )
    deal = only(facts_of(text, "fr"), "partnership")
    assert (deal.company, deal.partner) == ("Swisscom", "Ericsson")


def test_combined_sum_in_a_joint_venture_is_the_partnership_amount():
    text = "Swisscom and Ericsson will invest a combined CHF 120 million over three years in a new AI joint venture."
    deal = only(facts_of(text), "partnership")
    assert (deal.company, deal.partner, deal.amount) == ("Swisscom", "Ericsson", 120e6)
    assert of_kind(facts_of(text), "round") == []


def test_grant_received_is_a_round_typed_grant_from_its_body():
    text = "Geneva-based AI startup Calyx-Bio received a CHF 1.5 million grant from Innosuisse on Monday."
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.round_type) == ("Calyx-Bio", 1.5e6, GRANT)
    assert round_.investors == ["Innosuisse"]


def test_grant_of_an_amount_told_later_in_a_story_is_typed_grant():
    text = (
        "Zurich (Keystone-SDA) - AI start-up Aleph-Tech has raised CHF 25 million in a Series A financing "
        "round. In December, Aleph-Tech had received a grant of CHF 2.5 million from Innosuisse."
    )
    grants = [f for f in of_kind(facts_of(text), "round") if f.round_type == GRANT]
    assert [(f.company, f.amount, f.investors) for f in grants] == [("Aleph-Tech", 2.5e6, ["Innosuisse"])]


def test_french_grant_goes_to_its_recipient_not_the_giver_nor_a_programme_year():
    text = (
        "Le gouvernement français a accordé une subvention de 30 millions d'euros à la start-up toulousaine "
        "Aérolia dans le cadre de France 2030."
    )
    round_ = only(facts_of(text, "fr", published="2026-03-12"), "round")
    assert (round_.company, round_.amount, round_.round_type, round_.date) == (
        "Aérolia",
        30e6,
        GRANT,
        "2026-03-12",
    )


def test_grant_to_an_unknown_recipient_is_not_the_story_company():
    text = (
        "Swisscom Ventures invested CHF 5 million in Zurich-based start-up Quadrium.\n\n"
        "La Confédération a par ailleurs accordé une subvention de 8 millions de francs à l'EPFL pour un projet."
    )
    assert [f for f in facts_of(text, "fr") if f.amount == 8e6] == []


def test_sum_the_parents_put_in_the_venture_next_sentence_is_its_amount():
    text = (
        "Berne (awp/ats) - Swisscom et Ericsson ont annoncé mardi la création d'une coentreprise consacrée à "
        "l'intelligence artificielle pour les réseaux, baptisée Nexa-Réseau SA. Swisscom détiendra 51 % de la "
        "société commune et Ericsson 49 %.\n\nLes deux groupes y injecteront au total 120 millions de francs sur "
        "trois ans."
    )
    facts = facts_of(text, "fr")
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount, deal.currency) == ("Swisscom", "Ericsson", 120e6, "CHF")
    assert of_kind(facts, "round") == of_kind(facts, "investment") == []

"""Round 25: attribution clauses, names closed by a letter or a number, descriptions within one story.

A publisher credited after a list of backers ("led by X, Axios reported", "…, rapporte Les Echos") is the
source of the news, never one more backer; a lead named after its verb in a relative clause ("un tour qu'a
mené X") is a lead. A capital letter or a small number closing a name ("Project A", "Point 72") belongs to
it, but never a round's letter ("Series A", "série B"). In a digest of several stories, a description with a
place ("the London-based group", "le groupe lyonnais") designates a company of the current story, not the
one a previous story described so.
"""

from __future__ import annotations

from extract_helpers import facts_of, only

from ai_deals.importers.article import parse_article


def test_publisher_credited_after_a_lead_is_no_investor():
    text = "Zelmora, a Berlin-based payments startup, raised $40 million in a Series B round led by Ribbit Capital, Axios reported."
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Ribbit Capital"] and round_.lead_investors == ["Ribbit Capital"]


def test_publisher_after_a_list_of_backers_is_no_investor():
    text = (
        "Quillon raised $25 million from Accel and Lakestar, Bloomberg reported on Tuesday, citing people "
        "familiar with the matter."
    )
    assert only(facts_of(text), "round").investors == ["Accel", "Lakestar"]


def test_french_inverted_attribution_is_no_investor():
    text = (
        "La start-up bordelaise Vitalis a levé 12 millions d'euros auprès de Partech et Elaia, rapporte "
        "Les Echos."
    )
    assert only(facts_of(text, "fr"), "round").investors == ["Partech", "Elaia"]


def test_lead_named_after_its_verb_in_a_relative_clause():
    text = (
        "La start-up lyonnaise Zelmora a levé 40 millions d'euros lors d'un tour de table qu'a mené "
        "Ribbit Capital, selon Les Echos."
    )
    round_ = only(facts_of(text, "fr"), "round")
    assert round_.investors == ["Ribbit Capital"] and round_.lead_investors == ["Ribbit Capital"]


def test_french_present_relative_lead_verb():
    text = (
        "La start-up nantaise Ombrel boucle une série A de 12 millions d'euros que pilotent Serena et Elaia."
    )
    assert only(facts_of(text, "fr"), "round").lead_investors == ["Serena", "Elaia"]


def test_name_closed_by_a_single_letter_keeps_it():
    text = "Zelmora raised $20 million in a round led by Project A and Point 72."
    round_ = only(facts_of(text), "round")
    assert round_.investors == ["Project A", "Point 72"]


def test_round_letter_is_never_part_of_a_name():
    text = "Zelmora raised $20 million in a Series A round led by Accel, with Station F alumni Kima also investing."
    round_ = only(facts_of(text), "round")
    assert round_.round_type == "Series A" and "Accel" in round_.investors
    assert not any(name.endswith(" A") for name in round_.investors)
    french = only(
        facts_of(
            "Zelmora a bouclé un tour de table de série C de 50 millions d'euros mené par Partech.", "fr"
        ),
        "round",
    )
    assert french.investors == ["Partech"] and french.round_type == "Series C"


def test_a_number_then_an_amount_word_is_no_name():
    text = "Le tour de table valorise Fluxia 2 milliards d'euros, selon la société."
    valuation = only(facts_of(text, "fr"), "valuation")
    assert valuation.company == "Fluxia" and valuation.amount == 2_000_000_000


def test_letter_before_a_french_preposition_closes_a_name():
    text = "En avril, Marelog a signé un partenariat avec Système U pour équiper ses entrepôts."
    assert only(facts_of(text, "fr"), "partnership").partner == "Système U"


def test_description_stays_within_its_story_in_english():
    text = (
        "Kestova, a London-based logistics group, raised $5 million from Seedcamp.\n\n"
        "Ondalis has bought the startup Vektis for $8 million. The London-based group expects revenue of "
        "$10 million in 2027."
    )
    assert only(facts_of(text), "projection").company == "Ondalis"


def test_description_stays_within_its_story_in_french():
    text = (
        "Kelbrane, un groupe lyonnais de logistique, a levé 5 millions d'euros auprès de Partech.\n\n"
        "Ondalis a racheté la start-up Vektis pour 8 millions d'euros. Le groupe lyonnais vise 10 millions "
        "d'euros de chiffre d'affaires en 2027."
    )
    assert only(facts_of(text, "fr"), "projection").company == "Ondalis"


def test_headline_grabs_presents_the_company():
    text = (
        "If you ever waited for a build, Tarnwick wants to help. The Denver startup said it has raised a "
        "$6 million seed round led by Accel.\n\nTarnwick has 12 employees today."
    )
    facts = parse_article(
        text, title="Tarnwick grabs $6M seed to speed up builds", published="2026-03-02"
    ).facts
    assert only(facts, "round").company == "Tarnwick"
    assert only(facts, "metric").company == "Tarnwick"


def test_firm_a_person_worked_at_is_no_backer():
    text = (
        "Pellucid raised $3 million from Accel, along with a group of angel investors that includes Stripe "
        "alum Nora Vance."
    )
    assert only(facts_of(text), "round").investors == ["Accel"]


def test_rival_round_does_not_take_over_the_story():
    text = (
        "Ferrolink, a Lima-based freight startup, has closed a $12 million Series A led by Kaszek.\n\n"
        "Its closest competitor, Quito-based Cargana, raised $20 million earlier this year.\n\n"
        "With the new money, the 90-person company wants to expand to Chile."
    )
    facts = facts_of(text)
    assert {f.company for f in facts if f.kind == "metric"} == {"Ferrolink"}


def test_french_rival_subject_is_not_the_topic():
    text = (
        "La start-up lilloise Vendalis a levé 6 millions d'euros auprès de Partech.\n\n"
        "Son concurrent Mobilon a levé 10 millions d'euros en janvier.\n\n"
        "Elle emploie 45 salariés."
    )
    assert only(facts_of(text, "fr"), "metric").company == "Vendalis"


def test_french_firm_named_after_its_trade_is_a_company():
    text = (
        "Nouveau changement d'actionnaire pour les Ateliers Morvan. Le fonds Vauclair Capital a annoncé "
        "l'acquisition de 60 % du capital de cette PME, dans une opération qui valorise l'entreprise autour "
        "de 90 millions d'euros."
    )
    assert only(facts_of(text, "fr"), "valuation").company == "Ateliers Morvan"


def test_name_given_between_commas_after_a_description():
    text = (
        "La start-up Vendalis a levé 6 millions d'euros auprès de Partech. Le concurrent allemand de Vendalis, "
        "Mobrek, avait levé 40 millions d'euros en 2024."
    )
    rounds = {f.company: f.amount for f in facts_of(text, "fr") if f.kind == "round"}
    assert rounds == {"Vendalis": 6_000_000, "Mobrek": 40_000_000}


def test_place_after_a_description_is_no_name():
    text = (
        "Halvern Health, the hospital software company based in Austin, Texas, said Monday it has agreed to "
        "buy Radilink for $300 million."
    )
    acquisition = only(facts_of(text), "acquisition")
    assert acquisition.company == "Radilink" and acquisition.investor == "Halvern Health"


def test_company_bought_is_named_by_the_purchase_verb():
    text = "Norvane agreed to acquire Lumetric for $300 million on Monday."
    acquisition = only(facts_of(text), "acquisition")
    assert (acquisition.company, acquisition.investor) == ("Lumetric", "Norvane")


def test_trade_word_before_the_name_bought_is_no_name():
    text = "In June, Corvell bought database specialist Tallow Data for about $90 million."
    assert only(facts_of(text), "acquisition").company == "Tallow Data"


def test_past_purchase_does_not_become_the_story_target():
    text = (
        "Okarin has agreed to acquire Veltrix, a five-year-old startup that sells login software, for about "
        "$400 million, the companies said Wednesday.\n\n"
        "The deal would be one of the identity giant's biggest purchases since Okarin bought Pendle for $2 billion "
        "in 2019.\n\n"
        "Veltrix told Reuters it has about 150 customers. All 80 of its employees will join Okarin.\n\n"
        "The startup raised a $12 million seed round led by Accel in 2021."
    )
    facts = facts_of(text)
    assert {f.company for f in facts if f.kind in ("metric", "round")} == {"Veltrix"}


def test_partnership_legal_form_closes_a_known_name():
    text = "Quorvel raised $30 million from Blackstone Group LP and Accel."
    assert only(facts_of(text), "round").investors == ["Blackstone", "Accel"]


def test_stake_priced_by_the_next_sentence_ticket():
    text = (
        "Le fonds Vauclair Capital a annoncé vendredi prendre une participation minoritaire de 15 % dans "
        "Maison Sorel, jeune marque parisienne de bijoux. Le ticket s'élève à 8 millions d'euros."
    )
    investment = only(facts_of(text, "fr"), "investment")
    assert (investment.investor, investment.amount) == ("Vauclair Capital", 8_000_000)


def test_stake_priced_by_the_next_sentence_investment():
    text = "Vauclair Capital has taken a 15% stake in Sorel, a Paris jewellery brand. The investment totals €8 million."
    assert only(facts_of(text), "investment").amount == 8_000_000


def test_trade_initials_before_a_name_are_not_part_of_it():
    text = "Halvane raised €20 million from Accel. Spanish VC Norcia Ventures and Kibo Ventures also joined the round."
    assert only(facts_of(text), "round").investors == ["Accel", "Norcia Ventures", "Kibo Ventures"]


def test_backer_joining_the_capital_invests_in_the_story_company():
    text = (
        "La start-up rennaise Marnova lève 6 millions d'euros. Le tour de table est mené par Go Capital, aux "
        "côtés de l'équipementier Sorelec, qui entre au capital à hauteur de 8 %."
    )
    investments = [f for f in facts_of(text, "fr") if f.kind == "investment"]
    assert [(f.company, f.investor) for f in investments] == [("Marnova", "Sorelec")]


def test_backer_joining_the_capital_keeps_the_partnership_it_signs():
    text = (
        "La start-up Quantelys a levé 20 millions d'euros auprès de Partech et du groupe Sorelec. Sorelec, qui "
        "entre au capital, a par ailleurs noué un partenariat technique avec Quantelys."
    )
    facts = facts_of(text, "fr")
    assert only(facts, "partnership").partner in ("Sorelec", "Quantelys")
    assert any(f.kind == "investment" and f.investor == "Sorelec" for f in facts)

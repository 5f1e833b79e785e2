"""Round 22, partnerships: deals told without a plain "with X" right after the deal noun.

A deal's size, length or kind may come between its noun and "with/avec", and still name the other side; a
lowercase descriptor before the "with" party keeps it the party ("avec l'équipementier Valtren"); "ce dernier
tour" is an adjective, not a pronoun; a deal between the story's company and one other party is the company's
whoever signs it; a deal with no "with" party at all is the company's with the one other organisation that
acts on its product as the clause's subject.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_contract_with_its_length_and_value_before_with_names_the_counterpart():
    text = (
        "Clinora, a London startup that reads chest scans, has raised £20mn.\n\n"
        "Clinora has also won a four-year contract worth £9mn with Harwick Valley Health Board to screen "
        "patients, starting in May."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Clinora", "Harwick Valley Health Board")
    assert (fact.amount, fact.currency) == (9e6, "GBP")


def test_partnership_with_an_adjective_before_avec_names_the_counterpart():
    text = (
        "La start-up grenobloise Photalis a levé 30 millions d'euros.\n\n"
        "L'entreprise a par ailleurs noué un partenariat industriel avec Semivorn, qui fabriquera ses puces "
        "à partir de 2027."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Photalis", "Semivorn")


def test_lowercase_descriptor_before_the_with_party_keeps_the_company_side():
    text = (
        "Le groupe Arvenne rachète Moldix, une PME lyonnaise, pour 40 millions d'euros.\n\n"
        "Le rachat intervient après la signature par Moldix d'un contrat d'environ 6 millions d'euros sur trois "
        "ans avec l'équipementier ferroviaire Tralvo, pour équiper ses usines."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Moldix", "Tralvo")
    assert fact.amount == 6e6


def test_ce_dernier_before_a_noun_is_no_pronoun():
    text = (
        "La start-up Vocanto lève 12 millions d'euros auprès de Kelso Ventures.\n\n"
        "Ce dernier tour s'accompagne d'un accord de distribution avec Orange Business, qui proposera la "
        "solution à ses clients."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Vocanto", "Orange Business")


def test_deal_signed_by_the_other_side_is_the_story_company_s():
    text = (
        "Skyloom, a satellite imagery startup, has raised $60 million in a Series B round.\n\n"
        "In January, Harbor Freightlines, a shipping firm, signed a $20 million multiyear contract to buy "
        "Skyloom imagery to track its vessels."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Skyloom", "Harbor Freightlines")
    assert fact.amount == 20e6


def test_deal_without_with_party_is_made_with_the_subject_acting_on_the_product():
    text = (
        "Le groupe Veltis prend 20 % du capital de Cybernox, une PME spécialisée dans la cybersécurité, "
        "pour 15 millions d'euros.\n\n"
        "Cette prise de participation s'accompagne d'un accord commercial : Veltis distribuera les logiciels de "
        "la PME auprès de ses clients dans l'énergie."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Cybernox", "Veltis")


def test_under_a_separate_agreement_the_subject_is_the_partner():
    text = (
        "Brightwell, a New York startup that insures bakeries, has raised $25 million led by Lakemont Re.\n\n"
        "Under a separate agreement, Lakemont Re will begin reinsuring a portion of Brightwell's policies in "
        "January."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Brightwell", "Lakemont Re")


def test_other_side_buying_a_stake_under_an_agreement_is_no_partnership():
    text = (
        "Brightwell, a New York startup that insures bakeries, has raised $25 million.\n\n"
        "Under the agreement, Lakemont Re will own 18 percent of Brightwell."
    )
    assert of_kind(facts_of(text), "partnership") == []

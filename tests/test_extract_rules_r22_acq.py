"""Round 22, acquisitions: who buys whom in the wordings journalists use.

A pronoun after a time adverbial ("Last year, it bought X, …, for an undisclosed sum") is the previous topic,
unless that topic is a fund; a present deal verb ends a French description ("la société rachète X" names the
buyer, not X); "absorbe", "snaps up" and "passe sous le contrôle de" state purchases; a count of the company
bought does not hide the purchase its sentence states; "L'opération apporte une trentaine d'ingénieurs"
counts the people of the company bought.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_dated_pronoun_buyer_with_undisclosed_price():
    text = (
        "Norvik, a Berlin software firm, raised $20 million on Monday.\n\n"
        "Last year, it bought Fjellpay, an Oslo-based maker of checkout software, for an undisclosed amount."
    )
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Fjellpay", "Norvik", None)


def test_dated_pronoun_without_comma_is_the_previous_topic():
    text = (
        "Norvik, a Berlin software firm, raised $20 million on Monday.\n\n"
        "In May it acquired Quillbase, a Vancouver startup that automates research, for an undisclosed sum."
    )
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor) == ("Quillbase", "Norvik")


def test_pronoun_after_a_fund_is_not_a_buyer():
    text = (
        "Norvik raised $20 million on Monday. Its backers include the venture capital firm Redwing Ventures.\n\n"
        "Last year, it bought Fjellpay, an Oslo-based maker of checkout software, for an undisclosed amount."
    )
    assert all(f.investor != "Redwing Ventures" for f in of_kind(facts_of(text), "acquisition"))


def test_present_deal_verb_ends_the_french_description():
    text = (
        "Routalo lève 40 millions d'euros.\n\n"
        "Dans la foulée, la société annonce le rachat du belge Immovia, spécialiste de la gestion locative."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor) == ("Immovia", "Routalo")


def test_start_up_rachete_a_company_counted_in_staff():
    text = (
        "Routalo lève 40 millions d'euros.\n\n"
        "Dans la foulée, la start-up rachète Frachtling, une jeune pousse hambourgeoise de 40 salariés."
    )
    facts = facts_of(text, language="fr")
    fact = only(facts, "acquisition")
    assert (fact.company, fact.investor) == ("Frachtling", "Routalo")
    assert only(facts, "metric").company == "Frachtling"


def test_absorbe_and_snaps_up_are_purchases():
    fr = only(
        facts_of(
            "Routalo lève 40 millions d'euros. La jeune pousse absorbe Immovia, une start-up belge.",
            language="fr",
        ),
        "acquisition",
    )
    assert (fr.company, fr.investor) == ("Immovia", "Routalo")
    en = only(facts_of("Datadog snaps up Polish dev tools startup Gitweave"), "acquisition")
    assert (en.company, en.investor) == ("Gitweave", "Datadog")


def test_passe_sous_le_controle_de_names_the_buyer_after():
    text = "La fintech genevoise Lémanor passe sous le contrôle d'UBS. Elle emploie 40 personnes."
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor) == ("Lémanor", "UBS")


def test_deal_brings_engineers_of_the_company_bought():
    text = (
        "Photalys lève 140 millions d'euros.\n\n"
        "Dans le même temps, la société annonce l'acquisition de Lumora, une start-up de Louvain. "
        "L'opération apporte une trentaine d'ingénieurs."
    )
    facts = facts_of(text, language="fr")
    assert only(facts, "acquisition").investor == "Photalys"
    assert only(facts, "metric").company == "Lumora"


def test_majority_stake_acquired_without_price_is_an_acquisition():
    fr = only(
        facts_of(
            "Le groupe Formalis a finalisé lundi le rachat de 70 % du capital de Skillora, une edtech "
            "lyonnaise.",
            language="fr",
        ),
        "acquisition",
    )
    assert (fr.company, fr.investor, fr.percentage) == ("Skillora", "Formalis", 70)
    en = facts_of("French energy group Engie has acquired a 30% stake in Voltara, a Brussels start-up.")
    assert not of_kind(en, "acquisition") and only(en, "investment").investor == "Engie"


def test_price_of_majority_stake_and_company_value_after_it():
    text = (
        "Le groupe Saint-Gobain a annoncé lundi l'acquisition de 70 % du capital de Charpelia, PME d'Anglet. "
        "Le montant de l'opération s'élève à 42 millions d'euros, ce qui valorise l'entreprise à 60 millions "
        "d'euros."
    )
    facts = facts_of(text, language="fr")
    fact = only(facts, "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Charpelia", "Saint-Gobain", 42_000_000)
    assert only(facts, "valuation").company == "Charpelia"


def test_price_that_may_reach_a_sum():
    text = (
        "Le gestionnaire de fortune zurichois Vontobel rachète la fintech genevoise Pecuna. "
        "Le prix pourra atteindre 75 millions de francs, a annoncé mercredi le groupe."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.amount, fact.currency) == ("Pecuna", 75_000_000, "CHF")


def test_buyer_is_paying_a_reported_sum():
    text = (
        "Munich Re has agreed to acquire Clearply, a New York-based startup. The terms weren't disclosed, but "
        "a person familiar with the deal told Business Insider that the German reinsurer is paying between "
        "$190 million and $220 million in cash."
    )
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Clearply", "Munich Re", 190_000_000)


def test_source_tells_a_publication_the_price():
    text = (
        "Pinterest is buying Mirrorfit, an AI styling app. Pinterest didn't say how much it's paying, but a "
        "person familiar with the deal tells The Verge the price is about $260 million in cash and stock."
    )
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Mirrorfit", "Pinterest", 260_000_000)


def test_product_that_secures_keys_is_no_round():
    text = (
        "Okta said Tuesday it has agreed to acquire Vaultix, a Tel Aviv-based startup that secures the API keys "
        "of large companies, for about $180 million in cash and stock."
    )
    facts = facts_of(text)
    assert not of_kind(facts, "round")
    fact = only(facts, "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Vaultix", "Okta", 180_000_000)


def test_fronted_phrase_before_pronoun_buyer():
    text = (
        "Kryptora raised $20 million on Monday.\n\n"
        "Alongside the round, it announced the acquisition of Lisbon-based startup Vigilo for an undisclosed sum."
    )
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor) == ("Vigilo", "Kryptora")


def test_et_elle_a_rachete():
    text = "Satelio lève 20 millions de francs. Et elle a racheté la start-up bernoise Geolink, spécialisée en images."
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor) == ("Geolink", "Satelio")


def test_second_verb_after_a_round_shares_its_subject():
    text = (
        "Pixelward is a game studio. Pixelward raised a $7M seed round led by Bitforge Ventures in 2024, and last "
        "year bought Estonian animation-tools startup Kujuly for an undisclosed sum."
    )
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Kujuly", "Pixelward", None)


def test_named_acquisition_noun_does_not_make_its_name_a_buyer():
    text = (
        "Shiftly raised $30 million. Alongside the raise, Shiftly is acquiring Rotalo, a London-based startup.\n\n"
        "The new funding will go toward Europe, where the Rotalo acquisition gives Shiftly its first customers."
    )
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor) == ("Rotalo", "Shiftly")


def test_bought_by_a_long_description_then_its_name():
    text = (
        "Selon nos informations, Cortexia, la start-up parisienne qui aide les avocats, va être rachetée par "
        "l'éditeur américain de logiciels juridiques Clerio. L'accord a été signé lundi, pour un montant compris "
        "entre 550 et 650 millions d'euros, selon deux sources proches du dossier."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor, fact.amount) == ("Cortexia", "Clerio", 550_000_000)


def test_pronoun_after_colon_is_the_subject_before_it():
    text = (
        "Cargolia lève 9 millions d'euros.\n\n"
        "« Nous sommes à l'équilibre », affirme la fondatrice.\n\n"
        "Cargolia profite aussi de la levée pour grandir : elle rachète la coopérative lyonnaise Roue Verte "
        "Logistique, active à Lyon, pour un montant non communiqué."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor) == ("Roue Verte Logistique", "Cargolia")

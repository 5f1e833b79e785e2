"""Round 20, whose fact it is: the story's own company against the other organisations it names.

A legal form closes a company's name even after a first name ("Astrid Robotique SAS"); a grade or a model's
designation ("K-12", "F-35") is no company; the outlet a speaker talks to ("told VentureBeat") is no subject;
a name a preposition and its article govern ("aux côtés de la Banque X") is no subject either; "Inc." before
"It" ends a sentence; what an acquisition verb buys is in its own clause; "the startup" in a story about a
purchase is the company bought, not its buyer.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article


def test_legal_form_after_a_first_name_makes_a_company_not_a_person():
    text = (
        "La société nantaise Victor Imagerie SAS annonce une levée de fonds de 18 millions d'euros en série A.\n\n"
        "Fondée en 2019, Victor Imagerie conçoit des scanners. L'entreprise a réalisé un chiffre d'affaires de "
        "4,2 millions d'euros en 2025."
    )
    facts = facts_of(text, language="fr")
    assert only(facts, "round").company == "Victor Imagerie"
    assert only(facts, "revenue").company == "Victor Imagerie"


def test_grade_designation_before_a_noun_is_no_company():
    text = "Mathwise, a Denver startup that helps K-12 teachers grade homework, has raised a $7 million seed round."
    assert only(facts_of(text), "round").company == "Mathwise"


def test_outlet_a_speaker_told_is_not_the_topic():
    text = (
        "Clinora, which builds software for nurses, has raised $30 million.\n\n"
        '"We are hiring," chief executive Ana Ruiz told TechWire in an interview.\n\n'
        "Annual recurring revenue reached $8 million in June, the company said."
    )
    assert only(facts_of(text), "revenue").company == "Clinora"


def test_name_after_a_preposition_and_article_is_not_the_subject():
    text = (
        "La start-up grenobloise Nivalis a levé 9 millions d'euros.\n\n"
        "Le tour est mené par Alpes Ventures, aux côtés de la Caisse Régionale Dauphiné.\n\n"
        "Selon nos informations, la société était valorisée 40 millions d'euros."
    )
    assert only(facts_of(text, language="fr"), "valuation").company == "Nivalis"


def test_legal_form_before_a_pronoun_ends_the_sentence():
    text = (
        "Tessaro Grid Corp. raised $300 million on Monday.\n\n"
        "Tessaro was founded in 2020 by former engineers of utility Northwind Power Inc. It raised $50 million "
        "in a 2023 round."
    )
    rounds = of_kind(facts_of(text), "round")
    assert {fact.company for fact in rounds} == {"Tessaro Grid"}


def test_name_in_a_later_clause_is_not_what_is_bought():
    text = (
        "Pellucid AI said it would use the money to buy computing power, and that it had signed a deal with "
        "cloud provider Lambdaworks to rent chips."
    )
    assert of_kind(facts_of(text), "acquisition") == []


def test_startup_in_a_purchase_story_is_the_company_bought():
    text = (
        "German machine maker Holtmann Werke AG has agreed to buy British sensor designer Lumisense Ltd for "
        "90 million pounds.\n\n"
        "Lumisense, based in Bristol, makes optical sensors for factories.\n\n"
        "The startup's revenue rose to 6 million pounds in 2025."
    )
    assert only(facts_of(text), "revenue").company == "Lumisense"


def test_startup_right_after_a_sentence_about_the_buyer_stays_the_buyer():
    text = (
        "Orvane rachète l'allemand Baukraft pour 50 millions d'euros.\n\n"
        "Fondé en 2015 à Lille, Orvane édite un logiciel de chantier. La pépite revendique 9 000 clients."
    )
    assert only(facts_of(text, language="fr"), "metric").company == "Orvane"


def test_company_the_headline_names_is_la_societe_when_the_body_gives_no_subject():
    text = (
        "Les capteurs de Nivalis équipent déjà 40 usines.\n\n"
        "Le tour de table est mené par Alpes Ventures, aux côtés de la Caisse Régionale Dauphiné (CRD).\n\n"
        "Selon nos informations, la société était valorisée 40 millions d'euros."
    )
    facts = parse_article(
        text, title="La start-up Nivalis lève 9 millions d'euros", published="2026-03-02", language="fr"
    ).facts
    assert only(facts, "valuation").company == "Nivalis"


def test_city_a_company_was_founded_in_is_no_company():
    text = (
        "Zaytoun AI, une start-up fondée à Tripolia en 2021, a levé 5 millions de dollars.\n\n"
        "L'essentiel de ses 30 ingénieurs travaillent toujours à Tripolia."
    )
    facts = facts_of(text, language="fr")
    assert {fact.company for fact in facts} == {"Zaytoun AI"}


def test_place_of_a_new_plant_is_no_company():
    text = (
        "La start-up Aeronivo a levé 20 millions d'euros.\n\n"
        "Fondée en 2019, Aeronivo emploie 90 personnes. La société construit une nouvelle usine d'assemblage à "
        "Blagnac-Ouest, qui devrait produire jusqu'à 500 drones par an à partir de 2027."
    )
    facts = facts_of(text, language="fr")
    assert {fact.company for fact in facts} == {"Aeronivo"}


def test_acronym_spelt_out_in_lowercase_is_a_term_not_a_company():
    text = (
        "Nanoflex SA, jeune entreprise qui conçoit des capteurs LIDAR (détection par laser) pour les robots, a "
        "annoncé avoir levé 9 millions de francs."
    )
    assert only(facts_of(text, language="fr"), "round").company == "Nanoflex"


def test_deal_closing_is_no_round_of_the_buyer():
    text = (
        "Vantec has agreed to acquire Sylvio AG for up to $90 million.\n\n"
        "Vantec will pay $60 million when the deal closes, and up to $30 million more if Sylvio meets targets."
    )
    assert of_kind(facts_of(text), "round") == []


def test_fund_in_a_definite_apposition_is_an_investor_not_the_company():
    text = (
        "La scale-up namuroise Ferrilog annonce une levée de fonds de 9 millions d'euros.\n\n"
        "Le tour réunit Meusinvest, le fonds d'investissement namurois, et la Région.\n\n"
        "Fondée en 2017, la jeune entreprise équipe aujourd'hui 40 sites industriels."
    )
    assert only(facts_of(text, language="fr"), "metric").company == "Ferrilog"


def test_le_groupe_is_the_group_the_story_described_so():
    text = (
        "La start-up Ferrilog lève 12 millions d'euros, qui fait entrer à son capital le groupe John Kessel.\n\n"
        "Le groupe basé à Namur met sur la table 4 millions d'euros et détiendra 15 % du capital."
    )
    fact = only(facts_of(text, language="fr"), "investment")
    assert (fact.company, fact.investor) == ("Ferrilog", "John Kessel")


def test_young_company_after_the_startup_named_earlier_in_the_sentence_is_that_startup():
    text = (
        "Bouygues Telecom a signé un contrat de 50 millions d'euros avec la start-up française Radiovia, "
        "spécialiste des antennes logicielles (vRAN), a annoncé mardi la jeune société, qui boucle dans le même "
        "temps une levée de fonds de 20 millions d'euros."
    )
    assert only(facts_of(text, language="fr"), "round").company == "Radiovia"


def test_reference_governed_by_dans_after_the_subject_is_the_other_company():
    text = (
        "L'opérateur Telvane entre au capital de Glacier Data.\n\n"
        "L'opérateur investit 30 millions de francs dans l'exploitant bernois de centres de données."
    )
    fact = only(facts_of(text, language="fr"), "investment")
    assert (fact.company, fact.investor) == ("Glacier Data", "Telvane")

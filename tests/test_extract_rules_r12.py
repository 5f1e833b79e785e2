"""Structures understood in round 12 of the importer's tuning (partnerships: their parties and their value),
each proved on sentences written for these tests (not taken from any corpus)."""

from extract_helpers import facts_of as _facts
from extract_helpers import of_kind as _kind
from extract_helpers import only as _one

# -- a partner named after a lowercase descriptor ------------------------------------------------------------


def test_a_contract_with_a_described_partner_is_a_partnership():
    facts = _facts(
        "Brellow, a Lisbon startup that plans grid batteries, raised $12 million in a seed round. "
        "Last month, Brellow signed an agreement with Spanish grid operator Redesa to test its units.",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.amount) == ("Brellow", "Redesa", None)


def test_a_french_agreement_with_a_plural_article_partner():
    facts = _facts(
        "La start-up Quaystone a levé 4 millions d'euros auprès de Kima Ventures. "
        "Elle a par ailleurs conclu un accord avec les Transports Lémaniques pour équiper ses dépôts.",
        language="fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner) == ("Quaystone", "Transports Lémaniques")


def test_support_from_a_backer_is_not_a_counterpart():
    facts = _facts(
        "La start-up Quaystone a levé 4 millions d'euros auprès de Kima Ventures. "
        "Son premier contrat a été obtenu avec le soutien de Bpifrance.",
        language="fr",
    )
    assert not _kind(facts, "partnership")


# -- a contract's value stated in the next sentence ------------------------------------------------------------


def test_the_value_of_a_contract_in_the_following_sentence():
    facts = _facts(
        "La société Vernalys a signé un contrat avec le groupe Ondine pour la maintenance de ses barrages. "
        "Cet accord, conclu pour quatre ans, pourrait atteindre jusqu'à 3 millions d'euros.",
        language="fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.amount, fact.currency) == ("Vernalys", "Ondine", 3e6, "EUR")
    assert fact.bound == "maximum"
    assert "3 millions" in fact.sentence


def test_a_fronted_value_phrase_prices_the_contract_just_named():
    facts = _facts(
        "La société Vernalys a décroché un contrat avec le groupe Ondine pour ses barrages. "
        "D'une valeur de 8 millions de francs sur cinq ans, il débutera en mars.",
        language="fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.amount, fact.currency) == (8e6, "CHF")


def test_a_value_without_a_contract_just_before_is_left_alone():
    facts = _facts(
        "Vernalys builds software for dam operators. "
        "The agreement could reach $5 million, a person familiar with the matter said.",
    )
    assert not _kind(facts, "partnership")


# -- a deal stated in the same sentence as one of the company's figures ----------------------------------------


def test_a_contract_after_the_companys_revenue_is_still_a_partnership():
    facts = _facts(
        "La start-up Ferralis a levé 3 millions d'euros auprès de Kima Ventures. "
        "Elle a réalisé 2 M€ de chiffre d'affaires en 2025 et a signé un accord de fourniture avec Stellantis.",
        language="fr",
    )
    assert _one(facts, "revenue").amount == 2e6
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner) == ("Ferralis", "Stellantis")


def test_a_sum_after_the_agreement_keeps_the_sentence_to_its_figure():
    facts = _facts(
        "Ferralis, a Lyon startup, raised $9 million. "
        "Ferralis has 40 engineers and signed a multiyear agreement with Oracle under which it will spend "
        "up to $20 million on hosting.",
    )
    assert not [f for f in _kind(facts, "partnership") if f.amount is None]


def test_a_short_form_of_the_company_is_not_its_partner():
    facts = _facts(
        "La start-up lausannoise Oberwald Robotics a levé 12 millions de francs. "
        "Le géant orange a également signé avec Oberwald un contrat portant sur 40 robots.",
        language="fr",
    )
    assert not [f for f in _kind(facts, "partnership") if f.partner == "Oberwald"]


# -- a partner named after a descriptor or after "signer avec" -------------------------------------------------


def test_a_partnership_with_a_lowercase_described_newcomer():
    facts = _facts(
        "Pallwick, a Leeds startup, raised $6 million in a seed round. "
        "Pallwick also announced a partnership with bakery chain Crumbhall to test its ovens in 40 shops.",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner) == ("Pallwick", "Crumbhall")


def test_signing_with_a_party_names_it_before_the_contract():
    facts = _facts(
        "La start-up Tramelis a levé 5 millions d'euros auprès d'Elaia. "
        "Tramelis vient de signer avec Boulangeries Verdier un contrat pour équiper 60 magasins.",
        language="fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner) == ("Tramelis", "Boulangeries Verdier")


def test_the_party_after_with_is_the_counterpart():
    facts = _facts(
        "La start-up Tramelis a levé 5 millions d'euros auprès d'Elaia. "
        "Son carnet de commandes est porté notamment par un contrat de 30 MW signé avec Engie pour une usine.",
        language="fr",
    )
    assert [f.partner for f in _kind(facts, "partnership")] in ([], ["Engie"])


# -- a contract awarded by a party; a pronoun subject after a fronted time phrase ---------------------------------


def test_a_contract_won_from_an_agency_is_a_paid_partnership():
    facts = _facts(
        "La start-up Terragone a levé 8 millions d'euros auprès d'Elaia. "
        "Elle a par ailleurs décroché en mars un contrat de 5 millions d'euros auprès de l'Ifremer pour "
        "cartographier les fonds marins.",
        language="fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.amount) == ("Terragone", "Ifremer", 5e6)


def test_a_pronoun_after_a_fronted_month_is_the_companys():
    facts = _facts(
        "Wavelock, a Boston startup, raised $30 million in a Series A round led by Accel. "
        "In May it won a $7 million contract from the Naval Research Laboratory to test its sensors.",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.amount) == ("Wavelock", "Naval Research Laboratory", 7e6)


# -- a standing relationship named by a role noun ------------------------------------------------------------------


def test_a_partner_of_the_company_since_a_year_in_apposition():
    facts = _facts(
        "La start-up Cimalys a levé 9 millions de francs auprès de Swisscom Ventures. "
        "Sunrise, partenaire de Cimalys depuis 2020, revend ses capacités de stockage à ses clients.",
        language="fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Cimalys", "Sunrise", "2020")


def test_a_fronted_partner_phrase_before_the_pronoun():
    facts = _facts(
        "La start-up Cimalys a levé 9 millions de francs auprès de Swisscom Ventures. "
        "Partenaire d'Oracle depuis 2018, elle compte une vingtaine de banques parmi ses clients.",
        language="fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner) == ("Cimalys", "Oracle")


def test_a_role_without_a_start_is_no_partnership():
    facts = _facts(
        "La start-up Cimalys a levé 9 millions de francs auprès de Swisscom Ventures. "
        "Sunrise, partenaire de longue date du secteur, n'a pas commenté.",
        language="fr",
    )
    assert not _kind(facts, "partnership")


# -- names listed as examples are not the sentence's subject ---------------------------------------------------------


def test_customers_listed_as_examples_do_not_take_the_next_possessive():
    facts = _facts(
        "La start-up Cimalys a levé 9 millions d'euros auprès d'Elaia. "
        "La plateforme compte 300 clients, parmi lesquels Carrefour et Danone. "
        "Son chiffre d'affaires atteint 3 millions d'euros.",
        language="fr",
    )
    assert _one(facts, "revenue").company == "Cimalys"


# -- well-known institutions named by their usual form ------------------------------------------------------------


def test_the_space_agency_is_known_by_its_long_name():
    # Round 21: a known institution is reported by the long name the article gives it (the blind corpora's
    # convention); the knowledge file's acronym stays the company's alias.
    facts = _facts(
        "La start-up Astrelle a levé 6 millions d'euros auprès d'Elaia. "
        "Elle a signé un contrat avec le Centre national d'études spatiales pour fournir des images.",
        language="fr",
    )
    assert _one(facts, "partnership").partner == "Centre national d'études spatiales"


def test_the_foundry_long_name_is_known():
    facts = _facts(
        "Corlith, a chip startup, raised $40 million. "
        "Corlith signed a supply agreement with Taiwan Semiconductor Manufacturing Co. for 3-nanometer wafers.",
    )
    assert _one(facts, "partnership").partner == "Taiwan Semiconductor Manufacturing Co"

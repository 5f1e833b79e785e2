"""A company's description is a whole description ("Dutch maker of drones for farm inspections"), or none:
never a fragment cut at its head noun ("Dutch maker")."""

from extract_helpers import company_named

from ai_deals.importers.article import parse_article


def test_english_apposition_keeps_the_complement_of_its_head():
    text = (
        "Velbrook Systems, a Dutch maker of drones for farm inspections, said on Monday it had raised "
        "$40 million in a Series B round led by Index Ventures."
    )
    company = company_named(text, "Velbrook Systems", "en")
    assert company.description == "Dutch maker of drones for farm inspections"
    assert company.country == "NL"


def test_a_comma_inside_a_number_does_not_end_the_description():
    text = (
        "Harbourline Freight, a Belgian platform with around 2,300 registered carriers, raised $15 million "
        "in a Series A round led by Point Nine."
    )
    company = company_named(text, "Harbourline Freight", "en")
    assert company.description == "Belgian platform with around 2,300 registered carriers"


def test_a_description_too_long_to_read_whole_is_not_kept_as_a_fragment():
    text = (
        "Velbrook Systems, a Dutch maker of drones for farm inspections that also sells mapping software to "
        "growers across the whole of northern Europe and beyond, said on Monday it had raised $40 million in "
        "a Series B round led by Index Ventures."
    )
    company = company_named(text, "Velbrook Systems", "en")
    assert company.description is None
    assert company.country == "NL"  # what the description says is still read


def test_a_description_with_no_complement_is_kept_as_it_is():
    text = (
        "Velbrook Systems, a Dutch startup, said it had raised $40 million in a round led by Index Ventures."
    )
    assert company_named(text, "Velbrook Systems", "en").description == "Dutch startup"


def test_french_apposition_keeps_the_complement_of_its_head():
    text = (
        "Velbrook, un fabricant néerlandais de drones pour l'inspection agricole, a levé 40 millions d'euros "
        "lors d'une série B menée par Index Ventures."
    )
    company = company_named(text, "Velbrook", "fr")
    assert company.description == "fabricant néerlandais de drones pour l'inspection agricole"


def test_a_description_too_long_to_keep_still_tells_what_a_later_reference_means():
    """ "La PME" two paragraphs on is the company described as "une PME spécialisée dans…", though that
    description ran too long to be kept whole (its partner was given to the buyer)."""

    text = (
        "title: Valmont rachète Ondaxis\ndate: 2025-02-18\nlanguage: fr\n\n"
        "Le groupe Valmont a annoncé lundi l'acquisition d'Ondaxis, une PME spécialisée dans les capteurs et "
        "les puces optiques pour les réseaux ferroviaires et les centres de données de la région, pour environ "
        "90 millions d'euros.\n\n"
        "La PME fournit depuis 2021 des capteurs à Alstom pour ses trains régionaux, un contrat qui a fait "
        "décoller son activité.\n"
    )
    article = parse_article(text)
    ondaxis = next(company for company in article.companies if company.name == "Ondaxis")
    assert ondaxis.description is None  # too long to read whole: no fragment kept
    partnerships = [fact for fact in article.facts if fact.kind == "partnership"]
    assert [(fact.company, fact.partner) for fact in partnerships] == [("Ondaxis", "Alstom")]

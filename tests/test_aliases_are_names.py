"""An alias an article gives a company is a name for it, never an English description of it ("the
Munich-based firm"); the French press's "le groupe de Redmond" stays an alias, as the README says."""

from extract_helpers import company_named


def test_an_english_definite_description_is_not_an_alias():
    text = (
        "Velbrook Systems, a Dutch maker of drones for farm inspections, said on Monday it had raised "
        "$40 million in a Series B round led by Index Ventures.\n\n"
        "The Rotterdam-based firm said it would use the money to hire engineers, Velbrook said.\n\n"
        "The Amsterdam company plans to double its staff, Velbrook said."
    )
    company = company_named(text, "Velbrook Systems", "en")
    assert company.aliases == ["Velbrook"]
    assert not [alias for alias in company.aliases if alias.lower().startswith("the ")]


def test_a_french_place_epithet_is_still_an_alias():
    text = (
        "Microsoft a investi 2 milliards de dollars dans Mistral AI.\n\n"
        "Le groupe de Redmond devient ainsi l'un des premiers actionnaires de la start-up."
    )
    assert "le groupe de Redmond" in company_named(text, "Microsoft", "fr").aliases

"""Round 19: a French institution's name runs on past its capitalised head noun in lower case."""

from ai_deals.importers.article import parse_article


def _facts(text: str):
    return parse_article(text, language="fr").facts


def test_french_institution_name_keeps_its_link_and_noun():
    facts = _facts(
        "Brumelis a signé avec l'Agence de l'innovation de défense un contrat de 6 millions d'euros."
    )
    assert "Agence de l'innovation de défense" in {fact.partner for fact in facts}


def test_french_institution_name_keeps_its_adjectives_before_an_acronym():
    (fact,) = _facts(
        "Brumelis a signé un partenariat de 9 millions d'euros avec le Commissariat à l'énergie "
        "atomique et aux énergies alternatives (CEA), pour tester ses puces."
    )
    assert fact.partner.startswith("Commissariat à l'énergie atomique et aux énergies alternatives")


def test_french_institution_name_joins_a_bare_noun_after_et():
    (fact,) = _facts(
        "La Caisse de dépôt et placement du Québec (CDPQ) investit 20 millions de dollars dans Brumelis."
    )
    assert fact.investor == "Caisse de dépôt et placement du Québec"


def test_french_institution_name_stops_before_a_second_party_after_et():
    (fact,) = _facts(
        "Brumelis a signé un partenariat de 3 millions d'euros avec l'Agence spatiale européenne et Vantoria."
    )
    assert fact.partner == "Agence spatiale européenne"


def test_french_institution_name_stops_before_a_verb_with_an_adjective_ending():
    facts = _facts("La Fondation Corvelle indique avoir investi 2 millions d'euros dans Brumelis.")
    assert all(fact.investor in (None, "Fondation Corvelle") for fact in facts)
    assert all("indique" not in (fact.investor or "") for fact in facts)

"""Public plans, programmes and laws, and the public money they aim at, are nobody's funding round; a body's
short form of the headline's name is the headline's company, not a new one."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import facts_of

from ai_deals.importers.article import parse_article
from ai_deals.importers.reading import read_document

FIXTURE = Path(__file__).parent / "fixtures" / "articles_holdout6" / "fr_usinedigitale_axiome.txt"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zeta AI a levé 20 millions d'euros en 2023. Le Chips Act européen vise à porter la part de l'Europe "
            "dans la production mondiale de semi-conducteurs à 20 % d'ici 2030, avec 43 milliards d'euros de "
            "financements publics et privés.",
            "fr",
        ),
        (
            "Zeta AI a levé 20 millions d'euros en 2023. Le gouvernement a fait de l'IA une priorité du plan "
            "d'investissement France 2030, qui prévoit 2,5 milliards d'euros pour le secteur.",
            "fr",
        ),
        (
            "Zeta AI a levé 20 millions d'euros en 2023. La stratégie nationale quantique, lancée en 2021, "
            "prévoyait 1,8 Md€ de financements publics et privés sur cinq ans.",
            "fr",
        ),
        (
            "Zeta AI raised €20 million in 2023. The Commission aims to mobilise €200bn of public and private "
            "investment by 2030.",
            "en",
        ),
        (
            "Zeta AI raised $20 million in 2023. The Inflation Reduction Act raised a tax credit for captured "
            "carbon to $180 a ton.",
            "en",
        ),
    ],
)
def test_a_public_plan_or_its_money_is_no_round(text, language):
    facts = facts_of(text, language=language)
    assert [(fact.kind, fact.company, fact.amount) for fact in facts] == [("round", "Zeta AI", 20_000_000)]


def test_a_programme_the_company_won_money_from_still_gives_its_round():
    facts = facts_of(
        "Zeta AI, lauréate du programme i-Nov, a levé 3 millions d'euros auprès de Partech.", language="fr"
    )
    assert [(fact.kind, fact.company, fact.amount) for fact in facts] == [("round", "Zeta AI", 3_000_000)]


def test_the_body_short_form_of_the_headline_name_is_the_same_company():
    doc = read_document(FIXTURE)
    source = parse_article(doc.text, title=doc.title, published=doc.published, language=doc.language)
    assert {fact.company for fact in source.facts} == {"Axiome Semi"}
    assert "Axiome" not in {company.name for company in source.companies}
    assert not [fact for fact in source.facts if fact.amount == 43_000_000_000]

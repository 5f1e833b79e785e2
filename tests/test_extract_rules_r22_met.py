"""Round 22, metrics and revenue: what counts are the company's, and whose revenue a sentence gives.

A contract's, a study's or an agreement's scope and a disease's toll are no company count; the figure a
count grows from ("from 140 today", "against 95 today", "de 35 à 70 salariés") is today's count; in a
funding story "la start-up" is the story's company, not another start-up named in passing, and right after a
sentence about the company that raised, "the start-up" is that company; French "le groupe" is the large
company beside the start-up; a price per month or a subscription's is no revenue; "That's up from $14
million" is the previous sentence's company's earlier revenue.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

FR_LEAD = "La start-up lyonnaise Ferrolab lève 20 millions d'euros auprès d'Eurazeo. "
EN_LEAD = "Quarrytide, a Leeds-based start-up, has raised $30 million in a Series B round led by Balderton. "


def _counts(facts, kind="metric"):
    return {(f.company, f.amount) for f in of_kind(facts, kind)}


def test_count_a_contract_is_said_to_cover_is_no_company_count():
    text = FR_LEAD + (
        "Ferrolab a signé avec un transporteur un contrat de déploiement portant sur 150 robots à Lille. "
        "Elle mène aussi une étude clinique portant sur 2 000 patients."
    )
    assert _counts(facts_of(text, language="fr")) == set()


def test_count_an_agreement_will_deploy_is_no_company_count():
    text = EN_LEAD + (
        "Quarrytide has signed a three-year agreement with a grocer to deploy up to 300 of its robots "
        "across its warehouses. The company now has 85 employees."
    )
    assert _counts(facts_of(text)) == {("Quarrytide", 85.0)}


def test_people_a_disease_touches_are_no_company_count():
    fr = FR_LEAD + (
        "L'insuffisance rénale touche environ 3 millions de personnes en France. "
        "En Belgique, environ 40 000 personnes vivent avec la maladie."
    )
    en = EN_LEAD + "Sepsis is a condition that kills around 48,000 people a year in Britain."
    assert _counts(facts_of(fr, language="fr")) == set()
    assert _counts(facts_of(en)) == set()


def test_country_counting_companies_is_no_company_count():
    text = FR_LEAD + "La Suisse comptait 480 entreprises fintech à fin 2025."
    assert _counts(facts_of(text, language="fr")) == set()


def test_count_a_headcount_target_grows_from_is_todays_count():
    text = EN_LEAD + "Headcount is set to rise to 260 by the end of 2027 from 130 today."
    facts = facts_of(text)
    assert _counts(facts) == {("Quarrytide", 130.0)}
    assert _counts(facts, "projection") == {("Quarrytide", 260.0)}


def test_count_compared_against_today_or_earlier_is_a_count_too():
    en = EN_LEAD + "It expects to employ 240 people by the end of 2027, against 90 today."
    fr = FR_LEAD + "L'entreprise emploie désormais 190 salariés, contre moins de 80 fin 2025."
    assert ("Quarrytide", 90.0) in _counts(facts_of(en))
    assert _counts(facts_of(fr, language="fr")) == {("Ferrolab", 190.0), ("Ferrolab", 80.0)}


def test_doubling_staff_from_one_count_to_another_gives_todays_count():
    text = (
        FR_LEAD
        + "Elle doit permettre à Ferrolab de doubler ses effectifs, de 40 à 80 salariés d'ici fin 2027."
    )
    facts = facts_of(text, language="fr")
    assert _counts(facts) == {("Ferrolab", 40.0)}
    assert _counts(facts, "projection") == {("Ferrolab", 80.0)}


def test_la_start_up_is_the_funded_company_not_a_start_up_it_bought():
    text = (
        "Selon nos informations, la fintech nantaise Caissela a bouclé une série A de 15 millions d'euros. "
        "Le tour est mené par Partech.\n\n"
        "En mars, elle a racheté pour environ 2 M€ la start-up rennaise Factoval.\n\n"
        "Caissela a aussi signé un partenariat avec une banque régionale.\n\n"
        "La start-up, qui compte 70 salariés, entend porter ses effectifs à 140 personnes d'ici fin 2027."
    )
    facts = facts_of(text, language="fr")
    assert {f.company for f in of_kind(facts, "metric")} == {"Caissela"}


def test_the_start_up_after_a_sentence_about_the_raiser_is_the_raiser():
    text = (
        "Tidefarm, a Jakarta agritech firm, has raised US$40 million in a Series B round led by Openspace.\n\n"
        "Tidefarm said it has agreed to acquire Cropwing, a Manila-based operator of spraying drones.\n\n"
        "Tidefarm raised US$8 million in a Series A round in 2023. The start-up now has 150 employees."
    )
    assert only(facts_of(text), "metric").company == "Tidefarm"


def test_le_groupe_is_the_large_company_beside_the_start_up():
    text = (
        "La start-up parisienne Vetrino, qui développe des agents d'IA pour les juristes, lève 25 millions "
        "d'euros auprès de Frst.\n\n"
        "Elle a aussi signé un partenariat de distribution avec l'américain Dorrance.\n\n"
        "Le marché du droit reste très fragmenté en Europe.\n\n"
        "Le groupe, qui revendique 5 milliards de dollars de chiffre d'affaires annuel, n'avait jusqu'ici "
        "qu'une présence marginale en Europe."
    )
    assert only(facts_of(text, language="fr"), "revenue").company == "Dorrance"


def test_price_per_month_or_of_a_subscription_is_no_revenue():
    en = EN_LEAD + "Revenues, mostly from a £5.99-a-month premium subscription, reached £21m in 2025."
    fr = FR_LEAD + (
        "Ses revenus annuels récurrents dépassent 30 millions d'euros, grâce à un abonnement à 8,99 euros par mois."
    )
    assert {f.amount for f in of_kind(facts_of(en), "revenue")} == {21_000_000}
    assert {f.amount for f in of_kind(facts_of(fr, language="fr"), "revenue")} == {30_000_000}


def test_thats_up_from_is_the_previous_sentences_earlier_revenue():
    text = EN_LEAD + (
        "Quarrytide's annual recurring revenue crossed $40 million in January, its chief executive said. "
        "That's up from $12 million at the end of 2024."
    )
    revenue = of_kind(facts_of(text), "revenue")
    assert {(f.company, f.amount) for f in revenue} == {
        ("Quarrytide", 40_000_000),
        ("Quarrytide", 12_000_000),
    }


def test_whole_market_sales_an_institution_reports_are_no_company_revenue():
    text = EN_LEAD + (
        "Global robot sales rose 12% to a record $41 billion in 2025, according to the International "
        "Federation of Robotics. Revenue at Quarrytide reached $9 million last year."
    )
    assert {f.amount for f in of_kind(facts_of(text), "revenue")} == {9_000_000}


def test_platform_a_count_is_made_on_is_not_its_owner():
    text = EN_LEAD + (
        "Its open models have been downloaded more than 3 million times on Hugging Face, according to "
        "the company."
    )
    assert only(facts_of(text), "metric").company == "Quarrytide"

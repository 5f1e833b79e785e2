"""Round 24, company figures: whose counts, and which counts.

A French retailer or brand presented as "la chaîne de …", "l'enseigne", "une marque de …" is an organisation,
so its later counts and revenue are its own, not the investor's; a company's reach counted in countries
("used in 140 hospitals in 11 countries", "présente dans 12 pays") is a metric; a year quoted before a target
("« Rentables depuis 2022 », souligne X, qui vise …") does not date the target.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_chain_presented_in_apposition_owns_its_counts():
    text = (
        "Le fonds Bertin Capital a pris une participation de 70 % dans Fournée Dorval, la chaîne de "
        "boulangeries fondée à Nantes.\n\n"
        "Fournée Dorval compte aujourd'hui 85 boutiques et emploie 900 salariés."
    )
    metrics = of_kind(facts_of(text, "fr"), "metric")
    assert {(f.company, f.amount) for f in metrics} == {("Fournée Dorval", 85), ("Fournée Dorval", 900)}


def test_brand_presented_in_apposition_owns_its_revenue():
    text = (
        "Le fonds Valmy Ventures a pris 20 % dans Opaline Paris, jeune marque de soins pour la peau.\n\n"
        "Opaline a réalisé un chiffre d'affaires de 7 millions d'euros en 2025."
    )
    revenue = only(facts_of(text, "fr"), "revenue")
    assert revenue.company == "Opaline Paris" and revenue.amount == 7_000_000


def test_countries_after_another_count_are_the_company_reach():
    text = "Kestova, the Oslo startup, said its software is used in 140 hospitals in 11 countries."
    amounts = {f.amount for f in of_kind(facts_of(text), "metric")}
    assert amounts == {140, 11}


def test_countries_a_product_is_sold_in_are_counted_in_french():
    text = "La start-up Brivane, qui a levé 4 millions d'euros, voit ses capteurs distribués dans 12 pays."
    metrics = of_kind(facts_of(text, "fr"), "metric")
    assert [(f.company, f.amount) for f in metrics] == [("Brivane", 12)]


def test_countries_as_a_mere_circumstance_are_no_count():
    text = "Kestova, the Oslo startup, raised $12 million from investors in 14 countries."
    assert of_kind(facts_of(text), "metric") == []


def test_states_are_no_reach_count():
    text = "Kestova, the Denver startup, said its software is used in 300 school districts across 19 states."
    assert {f.amount for f in of_kind(facts_of(text), "metric")} == {300}


def test_year_quoted_before_a_target_does_not_date_it():
    text = (
        "La start-up Quorelle a levé 5 millions d'euros. « Nous sommes rentables depuis 2022 », souligne "
        "sa dirigeante, qui vise 250 millions d'euros de chiffre d'affaires d'ici 2029."
    )
    facts = facts_of(text, "fr")
    target = only(facts, "projection")
    assert target.amount == 250_000_000 and target.date == "2029"
    assert of_kind(facts, "revenue") == []


def test_countries_a_company_operates_in_are_no_count():
    text = "Kestova, the Oslo startup, which raised $12 million last year, operates in 14 countries."
    assert of_kind(facts_of(text), "metric") == []


def test_volume_of_a_supply_contract_is_no_projection():
    text = (
        "La start-up Hydrova a levé 5 millions d'euros. La société a par ailleurs signé avec Valtis un contrat "
        "de fourniture de 200 mégawatts d'électrolyseurs, avec des premières livraisons à partir de 2028."
    )
    facts = facts_of(text, "fr")
    assert of_kind(facts, "projection") == []
    assert only(facts, "partnership").partner == "Valtis"


def test_volume_a_company_will_deliver_under_an_agreement_is_no_projection():
    text = (
        "Hydrova, the Bergen startup, raised $5 million. Valtis also signed a supply agreement under which "
        "Hydrova will deliver 150 megawatts of electrolysers, with first deliveries due in 2027."
    )
    facts = facts_of(text)
    assert of_kind(facts, "projection") == []


def test_downloads_on_a_named_platform_are_the_company_own():
    text = (
        "La start-up Lyrava a levé 5 millions d'euros. Son premier modèle a été téléchargé plus de 1,5 million "
        "de fois sur la plateforme Hugging Face."
    )
    metric = only(facts_of(text, "fr"), "metric")
    assert (metric.company, metric.amount) == ("Lyrava", 1_500_000)


def test_index_named_with_its_region_is_no_count():
    text = (
        "Kestova, the Oslo startup, raised $5 million. Its partner's shares rose 0.8% while the STOXX "
        "Europe 600 index was flat."
    )
    assert of_kind(facts_of(text), "metric") == []


def test_the_company_right_after_a_sentence_about_the_startup_bought_is_that_startup():
    text = (
        "Harlan Tractor Co said on Monday it would acquire Soilvane, an Omaha-based maker of soil sensors, "
        "for about $180 million in cash.\n\n"
        "The deal includes up to $40 million in additional payments if Soilvane hits sales targets, Harlan "
        "said.\n\n"
        "Soilvane's probes, pushed into the ground at planting, report moisture readings every ten minutes. "
        "They covered 2 million acres last "
        "season, the company said.\n\n"
        "Its chief executive said the company expects revenue of $30 million this year."
    )
    facts = facts_of(text)
    assert only(facts, "projection").company == "Soilvane"


def test_size_range_of_customers_is_no_headcount():
    text = (
        "La start-up Paylia a levé 3 millions d'euros. Elle propose un logiciel de paie destiné aux "
        "entreprises de 10 à 500 salariés."
    )
    assert of_kind(facts_of(text, "fr"), "metric") == []


def test_aimed_count_before_a_second_aim_takes_their_shared_horizon():
    text = (
        "La start-up Vignexa a levé 2 millions d'euros. Après une première levée réalisée en 2024 auprès de "
        "business angels, elle vise désormais 2 000 domaines clients et 5 millions d'euros de chiffre "
        "d'affaires d'ici 2028."
    )
    facts = facts_of(text, "fr")
    targets = {(f.amount, f.date) for f in of_kind(facts, "projection")}
    assert (2000, "2028") in targets and (5_000_000, "2028") in targets
    assert of_kind(facts, "metric") == []


def test_retailer_whose_shops_will_carry_the_products_under_a_partnership_is_the_partner():
    text = (
        "La start-up Glanéo a levé 2 millions d'euros. À partir de juin, l'application sera déployée dans 150 "
        "supermarchés et hypermarchés Carrefour de la région Bretagne, dans le cadre d'un partenariat d'un an."
    )
    fact = only(facts_of(text, "fr"), "partnership")
    assert (fact.company, fact.partner) == ("Glanéo", "Carrefour")


def test_products_sold_from_a_month_in_a_retailer_shops_under_an_agreement_make_a_partnership():
    text = (
        "La start-up Roulavélo a levé 4 millions d'euros. En vertu d'un accord signé en mars, ses modèles "
        "seront vendus à partir de septembre dans 120 magasins Decathlon en France."
    )
    fact = only(facts_of(text, "fr"), "partnership")
    assert (fact.company, fact.partner) == ("Roulavélo", "Decathlon")

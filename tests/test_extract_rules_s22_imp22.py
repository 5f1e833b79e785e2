"""Session 22 (imp22): metrics and partnerships the article importer missed.

A count after "for" is mostly a circumstance ("for two years"), but after a verb of service it counts the
clients served ("manages 250,000 units for roughly 1,300 landlords"). A bare number set against a count with
"contre … un an plus tôt" is the same count, a year earlier; "of whom 180,000 pay" its paying part. Assets a
company manages for clients are a metric, a backer's are not. A tie-up, a joint venture or a trial with a named
party is a partnership, and so is a standing partner told with an adverb ("est par ailleurs partenaire d'EDF")
or of the company named by a reference ("partenaire de la société").
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind


def amounts_of(facts, kind="metric"):
    return sorted(fact.amount for fact in of_kind(facts, kind))


def test_clients_served_after_a_verb_of_service_and_for_are_a_count():
    text = (
        "Tenantly raised $30 million from Accel. "
        "Tenantly's software now manages about 250,000 rental units for roughly 1,300 landlords."
    )
    assert amounts_of(facts_of(text)) == [1_300, 250_000]


def test_clients_served_after_a_sum_processed_are_a_count():
    text = (
        "Paylattice raised $40 million from Accel. "
        "Paylattice now processes more than $8 billion in payment volume for over 400 software platforms."
    )
    metrics = of_kind(facts_of(text), "metric")
    assert [(m.company, m.amount, m.unit) for m in metrics if m.currency is None] == [
        ("Paylattice", 400, "software platforms")
    ]


def test_clients_served_pour_le_compte_de_are_a_count_in_french():
    text = (
        "Cyclopole a levé 5 millions d'euros auprès de Bpifrance. "
        "Cyclopole livre colis et courses pour le compte de quelque 300 commerces et enseignes."
    )
    metrics = of_kind(facts_of(text, language="fr"), "metric")
    assert [(m.company, m.amount, m.unit) for m in metrics] == [("Cyclopole", 300, "commerces")]


def test_a_time_or_a_place_after_a_verb_of_service_is_no_count():
    text = (
        "Acme Logistics raised $5 million from Accel. "
        "Acme Logistics handled deliveries for two years and manages the data for 12 countries."
    )
    assert of_kind(facts_of(text), "metric") == []


def test_count_set_against_one_a_year_earlier_is_the_same_count_in_french():
    text = (
        "Pivot Paie a levé 20 millions d'euros auprès de Bpifrance. "
        "Pivot Paie revendique aujourd'hui 4 000 entreprises clientes, contre 1 500 un an plus tôt."
    )
    metrics = of_kind(facts_of(text, language="fr"), "metric")
    assert sorted((m.amount, m.unit) for m in metrics) == [(1_500, "customers"), (4_000, "customers")]
    assert all(m.company == "Pivot Paie" for m in metrics)


def test_count_set_against_one_before_an_event_is_the_same_count():
    text = (
        "Tabula a levé 10 millions d'euros auprès de Bpifrance. "
        "Tabula compte 4 000 établissements clients, contre 900 avant le premier confinement."
    )
    assert amounts_of(facts_of(text, language="fr")) == [900, 4_000]


def test_assets_under_management_of_the_company_are_a_metric_in_french():
    text = (
        "Patrimo a levé 20 millions de francs auprès de Swisscom Ventures. "
        "Patrimo revendiquait à fin mars 18 000 clients et 1,3 milliard de francs d'actifs sous gestion."
    )
    aum = [m for m in of_kind(facts_of(text, language="fr"), "metric") if m.currency]
    assert [(m.company, m.amount, m.currency, m.metric) for m in aum] == [
        ("Patrimo", 1_300_000_000, "CHF", "assets_under_management")
    ]


def test_assets_a_company_manages_told_before_the_sum_are_a_metric():
    text = (
        "Pecunex a levé 20 millions de francs auprès de Swisscom Ventures. "
        "Elle compte 42 000 clients et gère des actifs de 1,8 milliard de francs."
    )
    aum = [m for m in of_kind(facts_of(text, language="fr"), "metric") if m.currency]
    assert [(m.company, m.amount, m.metric) for m in aum] == [
        ("Pecunex", 1_800_000_000, "assets_under_management")
    ]


def test_client_assets_a_company_holds_are_a_metric():
    text = (
        "Stackvault raised $20 million from Accel. "
        "Stackvault holds about $3.4 billion in client assets and serves around 150 institutional clients."
    )
    aum = [m for m in of_kind(facts_of(text), "metric") if m.currency]
    assert [(m.company, m.amount, m.metric) for m in aum] == [
        ("Stackvault", 3_400_000_000, "assets_under_management")
    ]


def test_assets_a_backer_manages_are_no_metric_of_the_company():
    text = (
        "Pennylane a levé 75 millions d'euros auprès de TCV. "
        "TCV, qui gère plus de 19 milliards de dollars d'actifs, réalise là l'un de ses plus gros investissements."
    )
    assert [m for m in of_kind(facts_of(text, language="fr"), "metric") if m.currency] == []


def test_assets_sold_are_no_assets_under_management():
    text = (
        "Acme a levé 20 millions d'euros auprès de Bpifrance. "
        "Le groupe Zeta a cédé 2 milliards d'euros d'actifs à Acme."
    )
    assert [m for m in of_kind(facts_of(text, language="fr"), "metric") if m.currency] == []


def partners_of(facts):
    return [(f.company, f.partner) for f in of_kind(facts, "partnership")]


def test_a_tie_up_with_a_named_party_is_a_partnership():
    text = (
        "Patchfold raised $12 million from Accel. "
        "On Monday the startup also announced a tie-up with GitLab, which will bundle its analysis into its tier."
    )
    assert partners_of(facts_of(text)) == [("Patchfold", "GitLab")]


def test_a_trial_run_with_a_named_party_is_a_partnership():
    text = (
        "Fettle Robotics raised $12 million from Accel. "
        "The company has been running a trial with Tesco at a distribution centre in Daventry since the spring."
    )
    assert partners_of(facts_of(text)) == [("Fettle Robotics", "Tesco")]


def test_a_joint_venture_with_a_named_party_is_a_partnership_in_french():
    text = (
        "Hexaterre a levé 40 millions d'euros auprès de Bpifrance. "
        "Elle a créé une coentreprise avec Schneider Electric pour construire des centres de données."
    )
    assert partners_of(facts_of(text, language="fr")) == [("Hexaterre", "Schneider Electric")]


def test_a_trial_with_patients_is_no_partnership():
    text = (
        "Fettle Health raised $12 million from Accel. "
        "The company is running a clinical trial with 300 patients in Cambridge."
    )
    assert partners_of(facts_of(text)) == []


def test_the_paying_part_of_a_count_is_a_count_of_paying_users():
    text = (
        "Lovable raised $200 million from Accel. "
        "It now has more than 2.3 million active users, of whom about 180,000 pay for a subscription."
    )
    metrics = of_kind(facts_of(text), "metric")
    assert sorted((m.amount, m.unit) for m in metrics) == [(180_000, "paying users"), (2_300_000, "users")]


def test_a_standing_partner_told_with_an_adverb_is_a_partnership_in_french():
    text = (
        "Mécanova a levé 10 millions d'euros auprès de Bpifrance. "
        "La société est par ailleurs partenaire d'EDF depuis 2021 : ses capteurs équipent plusieurs centrales."
    )
    facts = of_kind(facts_of(text, language="fr"), "partnership")
    assert [(f.company, f.partner, f.date) for f in facts] == [("Mécanova", "EDF", "2021")]


def test_a_strategic_partner_of_a_party_is_a_partnership():
    text = (
        "Mécanova raised $10 million from Accel. "
        "The company is also a strategic partner of Corvane Grid since 2021."
    )
    assert partners_of(facts_of(text)) == [("Mécanova", "Corvane Grid")]


def test_a_partner_of_the_company_named_by_reference_is_a_partnership_in_french():
    text = (
        "Rayonix a levé 10 millions d'euros auprès de Bpifrance. "
        "Carrefour, partenaire de la société depuis 2022, teste ses caméras dans 40 magasins."
    )
    facts = of_kind(facts_of(text, language="fr"), "partnership")
    assert [(f.company, f.partner, f.date) for f in facts] == [("Rayonix", "Carrefour", "2022")]


def test_things_handled_by_the_company_platform_are_a_count_in_french():
    text = (
        "Tallyo a levé 10 millions d'euros auprès de Bpifrance. "
        "Plus de 250 000 candidatures ont déjà été analysées par sa plateforme."
    )
    metrics = of_kind(facts_of(text, language="fr"), "metric")
    assert [(m.company, m.amount, m.unit) for m in metrics] == [("Tallyo", 250_000, "candidatures")]


def test_users_placed_in_countries_before_their_verb_of_use_are_a_count():
    text = (
        "Tallyhaus raised $10 million from Accel. Today, 3,200 SMEs in Austria and Germany use the software."
    )
    metrics = of_kind(facts_of(text), "metric")
    assert [(m.company, m.amount, m.unit) for m in metrics] == [("Tallyhaus", 3_200, "SMEs")]


def test_things_handled_by_another_party_are_no_count_of_the_company():
    text = (
        "Tallyo a levé 10 millions d'euros auprès de Bpifrance. "
        "Plus de 250 000 candidatures ont été déposées par des étudiants."
    )
    assert of_kind(facts_of(text, language="fr"), "metric") == []

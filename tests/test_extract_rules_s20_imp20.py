"""Session 20 (imp20): the article importer's common misses on metrics and partnerships."""

from __future__ import annotations

from extract_helpers import facts_of


def _counts(facts, amount):
    return [f for f in facts if f.kind in ("metric", "projection") and f.amount == amount]


def _one_count(facts, amount):
    found = _counts(facts, amount)
    assert len(found) == 1, [f.model_dump(exclude_defaults=True) for f in facts]
    return found[0]


# -- a company's staff named by its possessive is today's headcount, the company's own ------------------


def test_staff_a_bought_company_keeps_is_its_headcount_today_not_a_projection():
    facts = facts_of(
        "Harlow Systems has agreed to buy Quarrytech for $60 million. Quarrytech will keep its brand and its "
        "62 employees in Leeds, Harlow said."
    )
    fact = _one_count(facts, 62)
    assert (fact.kind, fact.company, fact.unit) == ("metric", "Quarrytech", "employees")


def test_staff_named_by_a_company_possessive_are_that_companys_even_when_they_move_to_the_buyer():
    facts = facts_of(
        "Harlow Systems has agreed to buy Quarrytech Labs for $60 million. Quarrytech Labs's 47 staff will "
        "move to Harlow Systems, itself owned by a private equity firm."
    )
    fact = _one_count(facts, 47)
    assert (fact.kind, fact.company) == ("metric", "Quarrytech Labs")


def test_french_staff_named_by_a_possessive_is_a_current_headcount():
    facts = facts_of(
        "Le groupe Ardelis rachète la start-up nantaise Vaporia pour 30 millions d'euros. Vaporia gardera "
        "ses 41 salariés, qui rejoindront la division logistique d'Ardelis en 2026.",
        "fr",
    )
    fact = _one_count(facts, 41)
    assert (fact.kind, fact.company) == ("metric", "Vaporia")


def test_staff_a_hiring_plan_adds_to_is_todays_headcount_and_the_hires_stay_a_projection():
    facts = facts_of(
        "Quarrytech raised $20 million. The company plans to hire 80 people by 2027, on top of its 30 employees."
    )
    hires, staff = _one_count(facts, 80), _one_count(facts, 30)
    assert (hires.kind, hires.metric) == ("projection", "new_hires")
    assert (staff.kind, staff.unit) == ("metric", "employees")


def test_all_of_its_employees_after_a_plural_customer_count_are_still_the_companys_headcount():
    facts = facts_of(
        "Datadog has agreed to acquire Logvane, the companies said. More than 150 banks use its software, and "
        "all 64 of its employees will join Datadog."
    )
    fact = _one_count(facts, 64)
    assert (fact.kind, fact.company, fact.unit) == ("metric", "Logvane", "employees")


# -- "the two companies" reach back past the deal's terms to the deal that names them ----------------------


def test_the_two_groups_partnership_reaches_back_past_the_stake_terms_in_french():
    facts = facts_of(
        "Natixis a annoncé mardi l'acquisition d'une participation de 15 % au capital de Quantivo, une "
        "fintech lyonnaise, pour un montant de 30 M€. L'opération valorise la jeune pousse à 200 M€. "
        "La banque disposera d'une option pour monter à 40 % du capital d'ici à 2029. Les fondateurs "
        "gardent la majorité. En parallèle, les deux groupes ont signé un accord de distribution : Quantivo "
        "fournira ses outils aux clients de Natixis.",
        "fr",
    )
    partnerships = [(f.company, f.partner) for f in facts if f.kind == "partnership"]
    assert partnerships == [("Quantivo", "Natixis")]


def test_the_two_companies_partnership_reaches_back_past_the_stake_terms_in_english():
    facts = facts_of(
        "Siemens has taken a 10% stake in Boltline, a Munich start-up, for €25 million. The deal values "
        "Boltline at €250 million. Siemens can raise its holding to 30% by 2028. The founders keep control. "
        "Boltline was founded in 2021. The two companies also signed a distribution agreement covering Europe."
    )
    partnerships = [(f.company, f.partner) for f in facts if f.kind == "partnership"]
    assert partnerships == [("Boltline", "Siemens")]


def test_the_two_companies_still_name_no_partnership_when_the_deal_is_far_back():
    sentences = " ".join(f"Boltline hired engineer number {n} in Munich this spring." for n in range(1, 9))
    facts = facts_of(
        "Siemens has taken a 10% stake in Boltline, a Munich start-up, for €25 million. "
        + sentences
        + " The two companies also signed a distribution agreement covering Europe."
    )
    assert not [f for f in facts if f.kind == "partnership"]


# -- a network operator named by its trade ("le gestionnaire de réseau X") is a company -------------------


def test_a_contract_signed_with_the_grid_operator_named_by_its_trade_is_a_partnership_with_it():
    facts = facts_of(
        "La start-up liégeoise Voltigrid a levé 8 millions d'euros. En mars, Voltigrid a signé avec le "
        "gestionnaire de réseau wallon Resa un contrat de trois ans pour prévoir la charge des postes.",
        "fr",
    )
    partnerships = [(f.company, f.partner) for f in facts if f.kind == "partnership"]
    assert partnerships == [("Voltigrid", "Resa")]

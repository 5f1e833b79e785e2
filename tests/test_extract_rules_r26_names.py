"""Round 26, who a fact is about: names, descriptions and places of companies.

Tags around each word of a name do not split it; a French city adjective ("zurichoise") or "une start-up de
<Ville>" gives the company's city; a fronted phrase describes a company only when its first word is a whole
word ("Alongside it, …" is no description); a trade's plural head joins its place ("Les Fermes de Loire").
"""

from __future__ import annotations

from extract_helpers import company_named, facts_of, only

from ai_deals.importers.extract.sentences import readable


def test_each_word_of_a_name_tagged_apart_reads_as_one_name():
    text = (
        "Ostravia backed three startups this year. <b>Quarry</b> <b>Capital</b> led a $6 million seed round "
        "in Fennic, a robotics startup."
    )
    fact = only(facts_of(text), "round")
    assert fact.lead_investors == ["Quarry Capital"]


def test_names_tagged_apart_in_a_list_are_each_whole():
    text = "Fennic raised $6 million from <i>Quarry</i> <i>Capital</i>, <b>Brenner</b> <b>Ventures</b> and Kestrel."
    fact = only(facts_of(text), "round")
    assert fact.investors[:2] == ["Quarry Capital", "Brenner Ventures"]


def test_marks_of_tags_between_words_keep_every_word_in_place():
    text = "from <b>Quarry</b> <b>Capital</b>."
    masked = readable(text)
    assert len(masked) == len(text)
    assert masked.index("Capital") == text.index("Capital") and masked.index("Quarry") == text.index("Quarry")


def test_french_city_adjective_gives_the_company_its_city():
    text = "La start-up genevoise Pictalys a levé 12 millions de francs auprès du fonds Alpora Capital."
    company = company_named(text, "Pictalys", "fr")
    assert (company.country, company.city) == ("CH", "Genève")


def test_startup_de_an_unknown_town_is_its_city_and_description():
    text = (
        "Le groupe Verdanis annonce l'acquisition de Mirabel, une start-up de Wavre. L'opération est close."
    )
    assert only(facts_of(text, "fr"), "acquisition").company == "Mirabel"
    company = company_named(text, "Mirabel", "fr")
    assert (company.city, company.description) == ("Wavre", "start-up de Wavre")


def test_adverbial_phrase_before_a_reference_is_no_description():
    text = (
        "Coldharbour Energy, a British developer of solar farms, won a contract from the grid operator. "
        "Alongside it, the Leeds-based company said it had raised £30mn led by Aviva."
    )
    company = company_named(text, "Coldharbour Energy", "en")
    assert company.description == "British developer of solar farms"


def test_trade_plural_head_joins_its_place_and_keeps_its_capital_article():
    text = (
        "Les Vergers de Garonne ont levé 2 millions d'euros auprès de Sud Invest. "
        "Les Vergers de Garonne emploient 30 salariés."
    )
    fact = only(facts_of(text, "fr"), "round")
    assert (fact.company, fact.investors) == ("Les Vergers de Garonne", ["Sud Invest"])


def test_trade_plural_head_after_lowercase_article_keeps_the_bare_name():
    text = "Selon Sud Invest, les Moulins de Beauce ont levé 2 millions d'euros auprès de ses fonds."
    fact = only(facts_of(text, "fr"), "round")
    assert fact.company == "Moulins de Beauce"


def test_number_right_after_a_company_noun_opens_its_name():
    text = "Lantern Retail bought warehouse software firm 4 Harbor Systems for $90 million in 2024."
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor) == ("4 Harbor Systems", "Lantern Retail")


def test_known_group_then_its_division_words_is_the_division():
    text = "Kestrine a signé un contrat-cadre avec Thales Avionics Systems pour fournir des capteurs."
    fact = only(facts_of(text, "fr"), "partnership")
    assert fact.partner == "Thales Avionics Systems"


def test_port_of_a_city_is_one_party():
    text = "Dockwise Labs will begin a pilot with the Port of Antwerp in July."
    fact = only(facts_of(text), "partnership")
    assert fact.partner == "Port of Antwerp"


def test_ministry_name_keeps_its_lowercase_adjective():
    text = "La start-up Scolaria a signé un contrat de 3 M€ avec le ministère de l'Agriculture biologique."
    fact = only(facts_of(text, "fr"), "partnership")
    assert fact.partner == "ministère de l'Agriculture biologique"


def test_fund_a_backer_invests_through_is_no_party_of_its_own():
    text = (
        "Ventalis a bouclé un tour de table de 12 millions d'euros. L'opération est menée par Kima Ventures, "
        "le fonds lancé par un industriel, et par Bpifrance, via son fonds Large Venture, qui apportent chacun "
        "5 millions d'euros."
    )
    investors = {f.investor for f in facts_of(text, "fr") if f.kind == "investment"}
    assert investors == {"Kima Ventures", "Bpifrance"}


def test_technology_capitals_before_a_name_qualify_the_trade():
    text = (
        "Le fabricant de batteries LFP Voltaris a annoncé mardi une série B de 40 millions d'euros menée par "
        "Eurazeo. Voltaris emploie 120 salariés. Voltaris vise une usine en 2028."
    )
    assert only(facts_of(text, "fr"), "round").company == "Voltaris"


def test_demonstrative_object_is_the_other_company_and_a_fund_is_no_manufacturer():
    text = (
        "Nouveau changement d'actionnaire pour les Forges Martel. Le fonds Aubrac Capital a annoncé mercredi "
        "l'acquisition de 55 % du capital de cette PME de mécanique. Fondé en 1971, l'industriel fabrique des "
        "pièces de moteurs. Son chiffre d'affaires a atteint 40 millions d'euros en 2024."
    )
    facts = facts_of(text, "fr")
    assert only(facts, "acquisition").company == "Forges Martel"
    assert only(facts, "revenue").company == "Forges Martel"


def test_the_target_is_the_company_being_bought():
    text = (
        "Halvard Systems has agreed to buy Ostrel Analytics for $300 million. "
        "The target had told investors it expected revenue to reach $50 million by 2026. "
        "It last raised money in 2022, when Brindle Capital led a $30 million Series B round."
    )
    facts = facts_of(text)
    assert {f.company for f in facts if f.kind == "round"} == {"Ostrel Analytics"}


def test_feminine_rival_named_in_apposition_and_french_a_is_a_verb():
    text = "La concurrente de Lunelle, Mirabo Skin, a été rachetée en 2019 par Henkel pour un montant non dévoilé."
    fact = only(facts_of(text, "fr"), "acquisition")
    assert (fact.company, fact.investor) == ("Mirabo Skin", "Henkel")


def test_fund_of_an_owner_is_the_name_apposed_after_the_owner():
    text = (
        "Le fonds d'investissement de Kering, Kering Impact Ventures, a pris une participation de 15 % dans "
        "Soléna, jeune marque de soins. Selon les informations de Challenges, le fonds a investi 6 millions "
        "d'euros."
    )
    fact = next(f for f in facts_of(text, "fr") if f.kind == "investment" and f.amount)
    assert (fact.company, fact.investor, fact.amount) == ("Soléna", "Kering Impact Ventures", 6e6)


def test_product_called_by_a_name_is_never_a_company():
    text = (
        "Lantern Games raised $6 million in a seed round led by Tessera Ventures. The studio's debut title, a "
        "puzzle game called Moonwick, has been downloaded 3 million times. The studio signed a deal with "
        "Microsoft to bring Moonwick to its cloud service."
    )
    facts = facts_of(text)
    assert "Moonwick" not in {f.company for f in facts} | {f.partner for f in facts}


def test_what_a_buyer_values_is_the_company_it_buys():
    text = (
        "Harlow Capital has agreed to buy a majority stake in Quillon Health, a Denver company, in a deal "
        "that values the business at about $900 million."
    )
    assert only(facts_of(text), "valuation").company == "Quillon Health"


def test_capitalised_business_in_a_name_is_no_reference():
    text = (
        "Dataly a signé un contrat de 2 M€ avec Orange Business, qui proposera sa plateforme à ses clients."
    )
    assert only(facts_of(text, "fr"), "partnership").partner == "Orange Business"


def test_rival_given_as_an_example_raised_its_own_round():
    text = (
        "Orbalis lève 30 M€ auprès de Kurma. La concurrence s'intensifie, avec notamment le suédois Nordsat, "
        "qui a bouclé un tour de 50 M€ au printemps."
    )
    rounds = {f.amount: f.company for f in facts_of(text, "fr") if f.kind == "round"}
    assert rounds == {30e6: "Orbalis", 50e6: "Nordsat"}


def test_investor_named_by_one_word_is_a_firm_not_a_person():
    text = (
        "Trayform raised €5m in a round led by Nordic fund Aurora Blue, with early-stage investor Brambl "
        "also participating."
    )
    fact = only(facts_of(text), "round")
    assert fact.investors == ["Aurora Blue", "Brambl"]


def test_backer_then_an_owners_possessive_apposition_put_in_its_sum():
    text = (
        "Pagora raised $40 million in a Series B led by Mesa Growth Fund. Kaszek also took part, alongside new "
        "investor Banco Rivera, Chile's largest private lender, which put in $8 million."
    )
    fact = only(facts_of(text), "investment")
    assert (fact.company, fact.investor, fact.amount) == ("Pagora", "Banco Rivera", 8e6)


def test_owners_possessive_then_its_fund_is_the_fund_named_before():
    text = (
        "Pagora raised $40 million in a Series B led by Mesa Andes Fund. "
        "Mesa's Andes fund, which has backed more than 60 companies, slowed its pace in 2024."
    )
    fact = only(facts_of(text), "metric")
    assert fact.company == "Mesa Andes Fund"

"""Round 21, whose fact it is: the story's own company against investors, buyers and others it names.

A name after a fronted founders' clause is the company, not one more founder; a well-known group buying a
company leaves "la société" to the company bought; a deal that values "the company" values the one a stake is
bought in; "the investment, announced Monday, is part of a round"; a cue word inside a name gives way to one
outside it; "la levée qu'il avait menée" is the story company's round; the story company is the side of a deal
made with another; a definite apposition with a place belongs to the name before it; nationality adjectives
are no names; counts made for others, a place's whole industry, "à l'EPFL Innovation Park", "told TechCabal"
say nothing of whose figure it is; the total a joining team brings is the joined company's; "le studio" is
the company whose name holds that word.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_name_after_fronted_founders_clause_is_the_company():
    text = (
        "Nouvelle étape pour Solvigne. La société, qui installe des ombrières, lève 30 millions d'euros.\n\n"
        "Fondée en 2015 par l'ingénieure Anne Morel et le chimiste Paul Roux, Solvigne avait levé 5 millions "
        "d'euros en 2018 auprès de Demeter. Son chiffre d'affaires a atteint 12 millions d'euros en 2021."
    )
    facts = facts_of(text, language="fr")
    assert {f.company for f in of_kind(facts, "round")} == {"Solvigne"}
    assert only(facts, "revenue").company == "Solvigne"


def test_well_known_buyer_leaves_la_societe_to_the_company_bought():
    text = (
        "Le groupe pharmaceutique Novartis a annoncé lundi le rachat de Belvia Bio, une biotech genevoise, "
        "pour 200 millions de francs.\n\n"
        "Fondée en 2016 par la chimiste Eva Roth, Belvia Bio développe une molécule contre l'asthme.\n\n"
        "«Nous avions le choix», explique la fondatrice.\n\n"
        "La société emploie 30 personnes. Elle avait levé 20 millions de francs en 2021."
    )
    facts = facts_of(text, language="fr")
    assert only(facts, "metric").company == "Belvia Bio"
    assert only(facts, "round").company == "Belvia Bio"


def test_deal_valuing_the_company_values_the_one_a_stake_is_bought_in():
    text = (
        "Swiss Re AG is buying a 10% stake in Tidewell Inc., a Boston startup that insures boats, for $20 million, "
        "in a deal that values the company at about $200 million.\n\n"
        "The investment, announced Monday, is part of a $35 million Series B round led by the Zurich-based reinsurer."
    )
    facts = facts_of(text)
    assert only(facts, "valuation").company == "Tidewell"
    assert only(facts, "round").company == "Tidewell"


def test_cue_word_inside_a_name_gives_way_to_a_stake_cue():
    text = (
        "L'épicier Metro a annoncé mardi qu'il acquérait une participation de 20 % dans Récolte Verte, une "
        "entreprise qui cultive des fraises, pour 8 M$."
    )
    facts = facts_of(text, language="fr")
    assert not of_kind(facts, "round")
    investment = only(facts, "investment")
    assert (investment.company, investment.investor, investment.amount) == (
        "Récolte Verte",
        "Metro",
        8_000_000,
    )


def test_round_the_subject_had_led_is_the_story_companys():
    text = (
        "Arkema a annoncé le rachat de Lumivia, start-up lyonnaise, pour 90 millions d'euros.\n\n"
        "Parmi les vendeurs figure Elaia Partners, qui détient 15 % de Lumivia depuis la levée de 12 millions d'euros "
        "qu'il avait menée en 2020."
    )
    assert only(facts_of(text, language="fr"), "round").company == "Lumivia"


def test_story_company_is_the_side_of_a_deal_made_with_another():
    text = (
        "Rockmere raised a $15 million Series A.\n\n"
        "The funding comes alongside a deal with Google, which has agreed to buy 20,000 tonnes of carbon "
        "removal from Rockmere over three years."
    )
    partnership = only(facts_of(text), "partnership")
    assert (partnership.company, partnership.partner) == ("Rockmere", "Google")


def test_bought_company_is_the_side_of_its_partnerships():
    text = (
        "Le groupe Fives a annoncé le rachat de Weldix, un intégrateur stéphanois, pour 30 millions d'euros.\n\n"
        "Client historique, Renault a signé avec Weldix en 2015 un contrat-cadre pour ses usines."
    )
    partnership = only(facts_of(text, language="fr"), "partnership")
    assert (partnership.company, partnership.partner) == ("Weldix", "Renault")


def test_definite_apposition_with_a_place_belongs_to_the_name_before_it():
    text = (
        "Zynga is buying Maple Hill Games, the Seattle studio behind a puzzle hit, for $80 million.\n\n"
        "Maple Hill was founded in 2014. The studio brought in $21 million in revenue in 2016."
    )
    assert only(facts_of(text), "revenue").company == "Maple Hill Games"


def test_nationality_adjective_is_no_company():
    text = "Yamato Holdings will acquire a 60% stake in Thai delivery startup Ban Express for $40 million."
    assert only(facts_of(text), "acquisition").company == "Ban Express"


def test_count_made_for_customers_named_after_it_is_the_subjects():
    text = (
        "Ban Express raised $10 million.\n\n"
        "Ban Express delivers about 90,000 parcels a day for online marketplaces such as Lazada and Shopee."
    )
    assert only(facts_of(text), "metric").company == "Ban Express"


def test_place_whole_industry_owns_no_revenue():
    text = (
        "Moonbit Games said it had raised 20 billion won in a Series A round led by Korea Investment "
        "Partners.\n\n"
        "Korea's game industry posted sales of about 17 trillion won last year, according to estimates."
    )
    assert not of_kind(facts_of(text), "revenue")


def test_staff_count_at_a_campus_is_the_subjects():
    text = (
        "La start-up Quantix a levé 8 millions de francs.\n\n"
        "L'entreprise, qui compte 23 collaborateurs à l'EPFL Innovation Park, vise 50 personnes en 2027."
    )
    assert only(facts_of(text, language="fr"), "metric").company == "Quantix"


def test_total_headcount_after_a_team_joins_is_the_joined_companys():
    text = (
        "Kvarta raised a €20 million Series A.\n\n"
        "Kvarta confirmed it has acquired Qubitline, a Munich-based startup, for an undisclosed amount. "
        "Qubitline's team will join Kvarta, bringing total headcount to 64."
    )
    metric = only(facts_of(text), "metric")
    assert (metric.company, metric.amount) == ("Kvarta", 64)


def test_outlet_told_is_no_owner_of_a_figure():
    text = (
        "Trukly raised a $9 million Series A.\n\n"
        "Its annualised revenue run-rate stands at $2 million, Otieno told TechWire, up from $500,000 a year ago."
    )
    assert {f.company for f in of_kind(facts_of(text), "revenue")} == {"Trukly"}


def test_head_noun_in_a_company_name_designates_it():
    text = (
        "Focus Entertainment, l'éditeur parisien, a annoncé le rachat de 70 % de la start-up Brume Studio pour 20 millions "
        "d'euros.\n\n"
        "L'opération valorise le studio à 30 millions d'euros. Le studio a réalisé 6 M€ de chiffre d'affaires "
        "l'an dernier."
    )
    facts = facts_of(text, language="fr")
    assert only(facts, "valuation").company == "Brume Studio"
    assert only(facts, "revenue").company == "Brume Studio"

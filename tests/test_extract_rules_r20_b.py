"""Round 20, rounds, investments and prices: sums the extractor missed or built wrong.

Money whose count is spelled out ("five billion yen"); a lede that describes the raiser before naming it
("A Japanese chip start-up … said it had raised"); backers each putting in a sum in a reported clause with
no "that" ("said carmaker X, Y and Z had each invested"); one backer's share in an absolute construction
("with X contributing…").
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.amounts import parse_amounts


def test_spelled_out_count_of_billions_is_money_with_its_currency():
    found = [(a.value, a.currency, a.bound) for a in parse_amounts("values it at around six billion euros")]
    assert found == [(6e9, "EUR", "approx")]
    found = [(a.value, a.currency) for a in parse_amounts("a levé cinq millions d'euros en 2021")]
    assert found == [(5e6, "EUR")]


def test_spelled_out_count_without_currency_is_no_money():
    assert all(a.currency is None for a in parse_amounts("the app has three million users"))


def test_lede_describing_the_raiser_takes_the_company_named_next():
    text = (
        "A Danish battery start-up backed by some of Europe's largest utilities said Tuesday it had raised "
        "90 million euros.\n\n"
        "Voltrana Energy, founded in 2021 in Aarhus, said the utility Orsted had invested 20 million euros."
    )
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.amount, round_.currency) == ("Voltrana Energy", 90e6, "EUR")


def test_backers_each_investing_in_a_clause_reported_without_that():
    text = (
        "Halvorn Robotics said carmaker Toyota, electronics giant Sony Group and telecoms operator NTT "
        "had each invested 4 billion yen."
    )
    found = {(f.company, f.investor, f.amount) for f in of_kind(facts_of(text), "investment")}
    assert found == {
        ("Halvorn Robotics", "Toyota", 4e9),
        ("Halvorn Robotics", "Sony Group", 4e9),
        ("Halvorn Robotics", "NTT", 4e9),
    }


def test_backer_named_in_a_with_construction_gets_its_share():
    text = (
        "Norvik Automation raised 12 billion yen in a round led by SoftBank. Toyota and Mitsubishi UFJ "
        "Financial Group also took part, with Toyota contributing five billion yen."
    )
    fact = only(facts_of(text), "investment")
    assert (fact.company, fact.investor, fact.amount) == ("Norvik Automation", "Toyota", 5e9)


def test_known_groups_subsidiary_keeps_its_own_name():
    text = "Kestrix Mobility raised $40 million from Toyota Tsusho and Sony Interactive Entertainment."
    round_ = only(facts_of(text), "round")
    assert set(round_.investors) == {"Toyota Tsusho", "Sony Interactive Entertainment"}


def test_undisclosed_price_then_reported_estimate_prices_the_acquisition():
    text = (
        "Le groupe allemand Kaltwerk a racheté la start-up lilloise Orvanel, a annoncé mardi la jeune pousse. "
        "Le montant de la transaction n'a pas été dévoilé, mais selon le quotidien Les Echos, il avoisinerait "
        "les 45 millions d'euros."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.investor, fact.amount, fact.bound) == ("Orvanel", "Kaltwerk", 45e6, "approx")


def test_stake_priced_in_the_next_sentence_gets_the_amount():
    text = (
        "Helvetia Asset Management prend une participation de 30% dans Glaciera SA, exploitant de centres de "
        "données basé à Sion. Le montant de la transaction s'élève à environ 400 millions de francs, a indiqué "
        "jeudi l'entreprise."
    )
    fact = only(facts_of(text, language="fr"), "investment")
    assert (fact.investor, fact.amount, fact.currency) == ("Helvetia Asset Management", 400e6, "CHF")


def test_deal_valuing_the_company_does_not_price_the_stake():
    text = (
        "Helvetia Asset Management prend une participation de 30% dans Glaciera SA, exploitant basé à Sion. "
        "L'opération valorise Glaciera à quelque 1,2 milliard de francs."
    )
    facts = facts_of(text, language="fr")
    assert all(f.amount is None for f in of_kind(facts, "investment"))
    assert only(facts, "valuation").amount == 1.2e9


def test_belgian_public_investors_each_investing_are_read():
    text = (
        "La Société fédérale de participations et d'investissement (SFPI) et Wallonie Entreprendre ont "
        "chacune investi 8 millions d'euros dans Lumenor."
    )
    found = {(f.investor, f.amount) for f in of_kind(facts_of(text, language="fr"), "investment")}
    assert found == {
        ("Société fédérale de participations et d'investissement", 8e6),
        ("Wallonie Entreprendre", 8e6),
    }


def test_stake_taken_for_an_amount_is_the_stakes_price_not_a_figure_of_the_description():
    text = (
        "Le groupe Crédit Agricole prend une participation de 30 % dans Finelio, une fintech qui automatise "
        "la gestion de trésorerie des PME, pour un montant de 40 millions d'euros."
    )
    facts = facts_of(text, language="fr")
    fact = only(facts, "investment")
    assert (fact.company, fact.investor, fact.amount) == ("Finelio", "Crédit Agricole", 40e6)
    assert not of_kind(facts, "burn") and not of_kind(facts, "metric")


def test_sector_plural_raising_money_is_an_aggregate_not_a_round():
    text = (
        "Finelio lève 10 millions d'euros. En 2021, les fintechs françaises avaient levé 2,7 milliards "
        "d'euros selon l'association France Fintech."
    )
    assert [f.amount for f in of_kind(facts_of(text, language="fr"), "round")] == [10e6]


def test_price_said_to_lie_between_two_sums_prices_the_acquisition():
    text = (
        "Le groupe Fermont a annoncé jeudi l'acquisition de Calvex Software, éditeur nantais de logiciels. "
        "Le montant de la transaction n'a pas été dévoilé, mais il serait compris entre 40 et 50 millions "
        "d'euros selon nos informations."
    )
    fact = only(facts_of(text, language="fr"), "acquisition")
    assert (fact.company, fact.amount, fact.amount_max, fact.bound) == (
        "Calvex Software",
        40e6,
        50e6,
        "range",
    )


def test_earlier_round_named_by_tour_de_with_backer_apposed_is_the_subjects():
    text = (
        "Calvex Software lève 10 millions d'euros. Calvex était détenu par ses fondateurs et par Ouest "
        "Partenaires, entré au capital en 2018 lors d'un tour de 2 millions d'euros."
    )
    found = {(f.company, f.amount) for f in of_kind(facts_of(text, language="fr"), "round")}
    assert found == {("Calvex Software", 10e6), ("Calvex Software", 2e6)}


def test_money_gathered_earlier_is_a_round():
    text = (
        "La start-up Velaris lève 8 millions d'euros. En 2021, la société avait réuni 1,5 million d'euros "
        "auprès de business angels."
    )
    found = {(f.company, f.amount) for f in of_kind(facts_of(text, language="fr"), "round")}
    assert found == {("Velaris", 8e6), ("Velaris", 1.5e6)}


def test_first_of_coordinated_backers_with_an_apposition_invests_too():
    text = (
        "La start-up Velaris lève 8 millions d'euros. Breizh Ouest, le fonds d'investissement de la Région, "
        "et Crédit Mutuel Arkéa ont chacun apporté 1 million d'euros."
    )
    found = {f.investor for f in of_kind(facts_of(text, language="fr"), "investment")}
    assert found == {"Breizh Ouest", "Crédit Mutuel Arkéa"}


def test_lede_reference_to_the_raiser_takes_the_one_company_of_the_headline():
    text = (
        "Les drones de Nivalift pourraient bientôt ravitailler les cabanes. La jeune entreprise de Renens, "
        "issue de l'EPFL, a annoncé mardi avoir levé 9 millions de francs."
    )
    facts = parse_article(
        text, published="2026-03-02", language="fr", title="La start-up vaudoise Nivalift lève 9 millions"
    ).facts
    fact = only(facts, "round")
    assert (fact.company, fact.amount, fact.currency) == ("Nivalift", 9e6, "CHF")


def test_well_known_acquirer_is_read_without_introduction():
    text = "Datadog has agreed to acquire Pipecrest, a startup that fixes build pipelines, for about $300 million."
    fact = only(facts_of(text), "acquisition")
    assert (fact.company, fact.investor, fact.amount, fact.bound) == ("Pipecrest", "Datadog", 300e6, "approx")

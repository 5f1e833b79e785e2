"""Round 23, attribution: figures filed under the company they belong to, deals told through a reference.

A list of brands' people inside an apposition ("Uber drivers, Lyft couriers and other…") does not close the
apposition; "L'opération valorise l'entreprise", "the deal values the company" values the company the deal
is about, not its buyer; "Ce tour de 85 millions avait été mené par…" is the round the sentence before spoke
of; "la start-up" right after a sentence about the start-up a start-up bought is the one bought; "sa levée"
after the one company a sentence names is that company's; "dans 300 magasins X" does not make X the subject.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def test_branded_list_inside_apposition_keeps_the_subject():
    text = (
        "Tallyfold, a Denver startup that lets Uber drivers, Instacart shoppers and other gig workers share "
        "tax filings, has raised a $15 million Series A led by Accel."
    )
    fact = only(facts_of(text), "round")
    assert (fact.company, fact.amount) == ("Tallyfold", 15_000_000)


def test_deal_values_a_described_company_bought():
    text = (
        "Holcim a annoncé mardi l'acquisition de Brisalys, une société lyonnaise qui recycle le béton, "
        "pour 90 millions d'euros.\n\n"
        "Le montant n'est pas tout. L'opération valorise l'entreprise à 120 millions d'euros."
    )
    fact = only(facts_of(text, language="fr"), "valuation")
    assert (fact.company, fact.amount) == ("Brisalys", 120_000_000)


def test_transaction_pronoun_values_the_company_bought():
    text = (
        "Kering a annoncé lundi l'acquisition de 55 % du capital de Maison Celadine, une marque de bougies "
        "fondée à Grasse.\n\n"
        "Le montant de la transaction n'a pas été dévoilé, mais selon nos sources, elle valorise la maison "
        "autour de 80 millions d'euros."
    )
    valuations = of_kind(facts_of(text, language="fr"), "valuation")
    assert [(f.company, f.amount) for f in valuations] == [("Maison Celadine", 80_000_000)]


def test_demonstrative_round_is_the_one_just_mentioned():
    text = (
        "Sanofi rachète la biotech lyonnaise Cellivra pour 900 millions d'euros.\n\n"
        "Le géant pharmaceutique avait déjà pris une participation de 10 % dans Cellivra lors de sa série B, "
        "en 2021. Ce tour de 40 millions d'euros avait été mené par Sofinnova Partners."
    )
    rounds = of_kind(facts_of(text, language="fr"), "round")
    assert [(f.company, f.amount) for f in rounds] == [("Cellivra", 40_000_000)]


def test_startup_after_a_sentence_about_the_startup_bought():
    text = (
        "Qonto n'a rien annoncé. Selon nos informations, la licorne française a racheté Comptalis, une jeune "
        "pousse nantaise. Fondée en 2018, Comptalis revendique 2 000 clients.\n\n"
        "Elle employait 30 salariés au moment du rachat, dont la plupart rejoignent Qonto. "
        "La start-up avait levé 3 millions d'euros en 2019 auprès de Kima Ventures."
    )
    rounds = of_kind(facts_of(text, language="fr", published="2024-05-02"), "round")
    assert [(f.company, f.amount) for f in rounds] == [("Comptalis", 3_000_000)]


def test_possessive_round_belongs_to_the_one_company_named():
    text = (
        "Alan a racheté la start-up Medikey. La start-up avait levé 2 millions d'euros en 2020.\n\n"
        "Pour Alan, valorisée 4 milliards d'euros depuis sa levée de 183 millions d'euros en avril 2024, ce "
        "rachat complète son offre."
    )
    rounds = {f.amount: f.company for f in of_kind(facts_of(text, language="fr"), "round")}
    assert rounds.get(183_000_000) == "Alan"


def test_counted_brand_is_not_the_subject():
    text = (
        "Cyclonix, fabricant stéphanois de vélos, lève 20 millions d'euros.\n\n"
        "Ses modèles seront vendus dans 200 magasins Intersport en France. "
        "Les effectifs, 150 salariés aujourd'hui, devraient doubler d'ici 2026."
    )
    counts = {f.amount: f.company for f in of_kind(facts_of(text, language="fr"), "metric")}
    assert counts.get(150) == "Cyclonix"


def test_capital_entry_gives_the_next_sentences_sum_its_company():
    text = (
        "Safran a annoncé jeudi son entrée au capital de Vectrys, une start-up bordelaise de drones. "
        "Le groupe investit 12 millions d'euros pour 15 % du capital, dans le cadre d'un tour de table de "
        "30 millions d'euros."
    )
    facts = facts_of(text, language="fr")
    investment = only(facts, "investment")
    assert (investment.company, investment.investor, investment.amount) == ("Vectrys", "Safran", 12_000_000)
    assert [(f.company, f.amount) for f in of_kind(facts, "round")] == [("Vectrys", 30_000_000)]


def test_round_led_by_the_company_that_just_entered_the_capital():
    text = (
        "Le groupe Bouygues a annoncé mardi son entrée au capital de Rouliflow, une jeune société lyonnaise.\n\n"
        "Bouygues mène une augmentation de capital de 5 millions d'euros."
    )
    rounds = of_kind(facts_of(text, language="fr"), "round")
    assert [(f.company, f.amount) for f in rounds] == [("Rouliflow", 5_000_000)]


def test_fintech_of_a_city_is_not_the_bank_of_that_city():
    text = (
        "BNP Paribas entre au capital de Payvolt.\n\n"
        "La fintech parisienne a bouclé un tour de financement de 25 millions d'euros."
    )
    rounds = of_kind(facts_of(text, language="fr"), "round")
    assert [(f.company, f.amount) for f in rounds] == [("Payvolt", 25_000_000)]


def test_round_in_the_company_whose_shareholder_led_it():
    text = (
        "Siemens has agreed to buy Dartwell Robotics, a Leeds maker of warehouse robots, for £200 million.\n\n"
        "Siemens said the deal would close in May. Venture firm Northzone, Dartwell's largest outside "
        "shareholder with a 25% stake, led a 30 million pound Series B round in the company in 2022."
    )
    facts = facts_of(text)
    rounds = of_kind(facts, "round")
    assert [(f.company, f.amount) for f in rounds] == [("Dartwell Robotics", 30_000_000)]
    stakes = [(f.company, f.investor) for f in of_kind(facts, "investment")]
    assert stakes == [("Dartwell Robotics", "Northzone")]


def test_name_joined_to_a_governed_backer_is_not_the_raiser():
    text = (
        "Unity has acquired Pixelmoor, a Montreal maker of 3D tools.\n\n"
        "Pixelmoor had raised $12 million from Real Ventures and Inovia Capital, including a $9 million "
        "Series A led by Inovia in 2019."
    )
    rounds = {f.amount: f.company for f in of_kind(facts_of(text), "round")}
    assert rounds.get(9_000_000) == "Pixelmoor"


def test_examples_of_the_customers_counted_own_no_count():
    text = (
        "Tabulo a levé 6 millions d'euros. Tabulo revendique aujourd'hui 1,5 M€ d'ARR, 280 clients – dont "
        "Carrefour et Accor – et 30 collaborateurs."
    )
    counts = {f.amount: f.company for f in of_kind(facts_of(text, language="fr"), "metric")}
    assert counts.get(280) == "Tabulo"

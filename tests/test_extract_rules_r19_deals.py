"""Round 19, partnerships: which side a deal is filed under when the clause's subject is the buyer.

"Siemens signed a deal to deploy Veridian's robots": the party whose product the deal is about (named as
its owner, "X's robots", "les capteurs de X") provides it; when that party is the story's start-up and the
subject is not, the start-up is the company and the buyer its partner. A start-up that runs on a large
group's product ("its tools on Google's cloud") stays the company of its own deal.
"""

from __future__ import annotations

from extract_helpers import facts_of, only


def test_buyer_deploying_a_startups_product_is_the_partner():
    text = (
        "Corvalis Robotics, a Munich start-up, raised €40 million on Monday.\n\n"
        "Belmont Industrie AG signed a three-year agreement to deploy Corvalis's robots in its warehouses, "
        "a contract worth as much as €20 million."
    )
    fact = only(facts_of(text), "partnership")
    assert (fact.company, fact.partner) == ("Corvalis Robotics", "Belmont Industrie")


def test_french_group_deploying_the_startups_chips_is_the_partner():
    text = (
        "La jeune pousse lyonnaise Quantelis lève 30 millions d'euros.\n\n"
        "Le groupe Telvora a signé un contrat de 5 millions d'euros pour déployer les puces de Quantelis dans "
        "ses centres de données."
    )
    fact = only(facts_of(text, language="fr"), "partnership")
    assert (fact.company, fact.partner) == ("Quantelis", "Telvora")


def test_startup_running_on_a_large_groups_product_stays_the_company():
    text = (
        "Harlowe Security, a Boston start-up, raised $25 million on Monday.\n\n"
        "Harlowe last year signed a five-year agreement with Google Cloud worth $300 million to run its "
        "products on Google's infrastructure."
    )
    fact = only(facts_of(text), "partnership")
    assert fact.company == "Harlowe Security"

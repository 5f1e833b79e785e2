"""Round 21, the company's current counts (metrics): an insurer's premiums are a money metric; what a company
has shipped, sold or enrolled so far is today's count; the year a company was founded is no date of its
count; a client or place named after a count owns nothing; products sold in shops count the shops; a count
in words beside a sum of money is a count of its own; "two years ago" dates a count; "phase II" is no company.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind

from ai_deals.importers.extract.amounts import parse_amounts


def _metrics(text, language="en", published="2024-05-14"):
    return [f for f in of_kind(facts_of(text, language=language, published=published), "metric")]


def test_premiums_an_insurer_writes_are_a_money_metric():
    text = (
        "Covella, an online insurer for freelancers, has raised $20 million.\n\n"
        "Covella wrote $48 million in gross premiums in 2023, up from $15 million in 2022."
    )
    metrics = {(f.amount, f.currency, f.date) for f in _metrics(text)}
    assert (48_000_000, "USD", "2023") in metrics
    assert (15_000_000, "USD", "2022") in metrics


def test_premiums_of_a_market_are_no_company_metric():
    text = (
        "Covella, an online insurer for freelancers, has raised $20 million.\n\n"
        "Insurers in the specialty market wrote more than $90 billion of premiums last year."
    )
    assert not [f for f in _metrics(text) if f.amount == 90_000_000_000]


def test_primes_encaissees_are_a_money_metric_in_french():
    text = (
        "L'assureur en ligne Protéa lève 12 millions d'euros.\n\n"
        "Protéa a encaissé 30 millions d'euros de primes en 2023, contre 18 millions un an plus tôt."
    )
    metrics = {(f.amount, f.currency) for f in _metrics(text, language="fr")}
    assert (30_000_000, "EUR") in metrics


def test_chips_a_chipmaker_has_shipped_are_its_count_dated_today():
    text = (
        "Lumivolt, a chip designer spun out of a Dutch university in 2019, has raised €20 million.\n\n"
        "Lumivolt, spun out of Delft University in 2019, has shipped more than 3 million chips to carmakers."
    )
    chips = [f for f in _metrics(text) if f.amount == 3_000_000]
    assert chips and chips[0].date == "2024-05-14"


def test_patients_a_trial_has_enrolled_are_a_count_not_a_plan():
    text = (
        "Oravia Therapeutics has raised $40 million.\n\n"
        "Its lead trial, which has enrolled 180 patients in Spain and Italy, is expected to report results next year."
    )
    patients = [f for f in of_kind(facts_of(text, published="2024-05-14"), "metric") if f.amount == 180]
    assert patients and patients[0].date == "2024-05-14"


def test_client_named_after_a_count_does_not_own_it():
    text = (
        "Parcelo, a Jakarta delivery startup, has raised $15 million.\n\n"
        "Parcelo, founded in Jakarta in 2017, delivers about 90,000 parcels a day for marketplaces such as "
        "Tokopedia."
    )
    parcels = [f for f in _metrics(text) if f.amount == 90_000]
    assert parcels and parcels[0].company == "Parcelo"
    assert parcels[0].date == "2024-05-14"


def test_shops_a_product_is_sold_in_are_counted():
    assert parse_amounts("Its sauces are stocked in 1,200 shops across Ireland.", "en")[0].unit == "shops"
    assert parse_amounts("Ses yaourts sont vendus dans 300 épiceries.", "fr")[0].unit == "épiceries"


def test_count_in_words_beside_a_sum_is_kept_but_not_a_contract_object():
    sold = parse_amounts("The company has sold three systems and booked €2 million in revenue in 2023.", "en")
    assert any(a.value == 3 and a.unit == "systems" for a in sold)
    contract = parse_amounts(
        "L'entreprise a signé un contrat de 4 millions d'euros pour équiper deux usines du groupe.", "fr"
    )
    assert not [a for a in contract if a.value == 2]


def test_years_ago_dates_an_earlier_count():
    text = "Brightkeel, a Busan shipbuilder, has raised $30 million.\n\nIt now employs 310 people, up from 120 three years ago."
    earlier = [f for f in _metrics(text) if f.amount == 120]
    assert earlier and earlier[0].date == "2021"


def test_trial_phase_numeral_is_no_company():
    text = (
        "La biotech genevoise Lysane lève 25 millions de francs.\n\n"
        "Un essai de phase II mené auprès de 60 patients a livré des résultats prometteurs."
    )
    patients = [f for f in _metrics(text, language="fr") if f.amount == 60]
    assert patients and patients[0].company == "Lysane"


def test_count_coordinated_with_another_count_is_kept():
    amounts = parse_amounts("La plateforme compte 30 000 élèves inscrits et 900 tuteurs.", "fr")
    assert any(a.value == 900 and a.unit == "tuteurs" for a in amounts)


def test_two_adjectives_joined_by_and_before_a_unit():
    amounts = parse_amounts("Its chips serve 12 cloud and enterprise customers.", "en")
    assert [(a.value, a.unit) for a in amounts] == [(12, "customers")]


def test_copies_of_a_quoted_game_belong_to_the_studio_bought():
    text = (
        "L'éditeur Ludiverse rachète le studio lyonnais Pixelmare pour 20 millions d'euros.\n\n"
        "Sorti en mars 2022, « Les Ombres de Fourvière », qui se déroule dans les années 1980, s'est vendu à "
        "plus de 800 000 exemplaires."
    )
    copies = [f for f in _metrics(text, language="fr") if f.amount == 800_000]
    assert copies and copies[0].company == "Pixelmare"
    assert copies[0].date == "2024-05-14"


def test_appointments_booked_are_a_count():
    amounts = parse_amounts("Plus de 2 millions de rendez-vous y ont été pris en 2023.", "fr")
    assert amounts[0].unit == "rendez-vous"


def test_count_in_a_tranche_condition_is_no_metric():
    text = (
        "Robotek has raised €40m.\n\n"
        "The second tranche is released only if the company has 300 robots deployed by June 2025."
    )
    assert not [f for f in _metrics(text) if f.amount == 300]


def test_ranking_of_companies_is_no_count():
    text = (
        "Maintenix lève 10 millions d'euros.\n\n"
        "Les pannes coûtent chaque année des milliards aux 500 plus grandes entreprises industrielles."
    )
    assert not [f for f in _metrics(text, language="fr") if f.amount == 500]


def test_users_subscribed_or_using_it_are_counted():
    fr = parse_amounts("Plus de 3 000 notaires y sont aujourd'hui abonnés.", "fr")
    assert [(a.value, a.unit) for a in fr] == [(3000, "notaires")]
    en = parse_amounts("About 1,500 clinics use its software.", "en")
    assert [(a.value, a.unit) for a in en] == [(1500, "clinics")]

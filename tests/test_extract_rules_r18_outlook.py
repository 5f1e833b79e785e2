"""Round 18, outlook: counts and forecasts that belong to no company.

A count whose subject is a territory or a whole sector ("La région Bretagne compte…", "the sector now
counts…") is a public statistic; a forecast of a whole market's spending ("global spending on X will
reach…", "les dépenses mondiales en X devraient atteindre…") is an analyst's figure for everyone. Neither
is the story's company's metric or projection, while the company's own count or target still is.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def _figures(text: str, language: str) -> list:
    facts = facts_of(text, language)
    return of_kind(facts, "metric") + of_kind(facts, "projection")


def test_a_region_counting_firms_gives_no_metric_in_french() -> None:
    text = (
        "La start-up nantaise Brumelin lève 4 millions d'euros auprès de Galet Capital. "
        "La région Bretagne compte plus de 2 000 entreprises dans le numérique."
    )
    assert _figures(text, "fr") == []


def test_a_sector_counted_by_an_agency_gives_no_metric_in_english() -> None:
    text = (
        "Tarnwick, a Dublin drone startup, raised €6 million from Quayline Ventures. "
        "The Irish Aviation Authority says the sector now counts more than 120 companies."
    )
    assert _figures(text, "en") == []


def test_a_canton_target_is_no_projection_of_the_company() -> None:
    text = (
        "La société lausannoise Solvane lève 8 millions de francs auprès de Lac Invest. "
        "Le canton de Vaud vise 900 mégawatts de puissance solaire d'ici 2030."
    )
    assert _figures(text, "fr") == []


def test_the_company_own_headcount_is_still_a_metric() -> None:
    text = (
        "La start-up nantaise Brumelin lève 4 millions d'euros auprès de Galet Capital. "
        "Brumelin compte 45 salariés dans la région."
    )
    metric = only(facts_of(text, "fr"), "metric")
    assert (metric.company, metric.amount) == ("Brumelin", 45)


def test_global_spending_forecast_is_no_projection_in_english() -> None:
    text = (
        "Quillory, a Boston security startup, raised $30 million from Northbeam Capital. "
        "Research firm Stratmark expects global spending on cloud security to reach $90 billion by 2028."
    )
    assert of_kind(facts_of(text, "en"), "projection") == []


def test_worldwide_spending_forecast_is_no_projection_in_french() -> None:
    text = (
        "La start-up lyonnaise Quillory lève 30 millions d'euros auprès de Rhône Capital. "
        "Selon le cabinet Stratmark, les dépenses mondiales en sécurité du cloud devraient atteindre "
        "90 milliards de dollars en 2028."
    )
    assert of_kind(facts_of(text, "fr"), "projection") == []


def test_the_company_own_spending_plan_is_still_a_projection() -> None:
    text = (
        "Quillory, a Boston security startup, raised $30 million from Northbeam Capital. "
        "Quillory expects its spending on data centers to reach $200 million by 2028."
    )
    projection = only(facts_of(text, "en"), "projection")
    assert (projection.company, projection.amount) == ("Quillory", 200_000_000)

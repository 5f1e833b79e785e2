"""Where a company is based, said next to its name without a description to carry it, is its city.

"Berlin-based Ferrix AI", "Ferrix AI, based in Berlin,", "Ferrix AI, basée à Berlin", "Ferrix AI, une start-up
basée à Berlin": the company gets the city (and the country the knowledge file gives it), as
"la start-up berlinoise Ferrix AI" already did.
"""

from __future__ import annotations

import pytest
from extract_helpers import company_named


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Berlin-based Ferrix AI raised €20 million in a seed round led by Index Ventures.", "en"),
        ("Ferrix AI, based in Berlin, raised €20 million from Index Ventures.", "en"),
        ("Ferrix AI, a startup based in Berlin, raised €20 million from Index Ventures.", "en"),
        ("Ferrix AI, basée à Berlin, a levé 20 millions d'euros auprès d'Index Ventures.", "fr"),
        ("Ferrix AI, une start-up basée à Berlin, a levé 20 millions d'euros auprès d'Index Ventures.", "fr"),
        ("La start-up berlinoise Ferrix AI a levé 20 millions d'euros auprès d'Index Ventures.", "fr"),
    ],
)  # fmt: skip
def test_a_company_said_to_be_based_in_a_city_gets_that_city(text, language):
    company = company_named(text, "Ferrix AI", language)
    assert (company.city, company.country) == ("Berlin", "DE")


def test_a_two_word_city_before_based_is_the_whole_city():
    company = company_named("San Francisco-based Ferrix AI raised $20 million.", "Ferrix AI", "en")
    assert (company.city, company.country) == ("San Francisco", "US")


def test_a_place_the_knowledge_file_does_not_know_leaves_the_city_empty():
    company = company_named("Ferrix AI, based in Nowhereville, raised $20 million.", "Ferrix AI", "en")
    assert company.city is None

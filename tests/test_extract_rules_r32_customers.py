"""Round 32: a customer that has relied on the company's product since a date is its partner.

"Siemens has relied on Ploverly's software since 2023"; the customer may be the antecedent of a relative
clause ("…including Siemens, which has used its software since 2023"), beside a count of customers.
"""

from __future__ import annotations

from extract_helpers import facts_of, only

_ROUND = "Ploverly, a shift-planning startup, raised $11 million from Accel on Monday. "


def _partner(text: str) -> tuple[str | None, str | None, str | None]:
    fact = only(facts_of(text), "partnership")
    return fact.company, fact.partner, fact.date


def test_customer_relying_on_the_named_product_since_a_year_is_a_partner():
    text = _ROUND + "Siemens has relied on Ploverly's software since 2023 in four plants."
    assert _partner(text) == ("Ploverly", "Siemens", "2023")


def test_customer_in_a_relative_clause_after_a_count_of_customers_is_a_partner():
    text = _ROUND + (
        "It is used by 40 manufacturers, including Siemens, which has used its software since 2023 to plan shifts."
    )
    assert _partner(text) == ("Ploverly", "Siemens", "2023")

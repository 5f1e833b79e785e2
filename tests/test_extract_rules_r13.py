"""Structures understood in round 13 of the importer's tuning, each proved on sentences written for these
tests (not taken from any corpus)."""

from extract_helpers import facts_of as _facts
from extract_helpers import of_kind as _kind
from extract_helpers import only as _one

# -- a company's own counts --------------------------------------------------------------------------------


def test_a_count_after_a_subject_pronoun_is_the_company_s():
    facts = _facts(
        "Ovelta Freight raised $30 million from Accel on Tuesday. "
        "It has delivered 2.4 million parcels and runs a fleet of 420 vans, its founder said."
    )
    counts = sorted(fact.amount for fact in _kind(facts, "metric"))
    assert counts == [420, 2_400_000]
    assert {fact.company for fact in _kind(facts, "metric")} == {"Ovelta Freight"}


def test_a_french_count_after_a_subject_pronoun_is_the_company_s():
    facts = _facts(
        "La société Brivane a levé 5 millions d'euros auprès de Kima Ventures. "
        "Elle équipe déjà 300 boulangeries en France.",
        language="fr",
    )
    fact = _one(facts, "metric")
    assert (fact.company, fact.amount) == ("Brivane", 300)


def test_customers_a_company_works_with_are_counted():
    facts = _facts(
        "Parcelwise raised $8 million from Index Ventures on Monday. "
        "Parcelwise works with about 1,300 retailers and has 90 employees."
    )
    assert sorted(fact.amount for fact in _kind(facts, "metric")) == [90, 1_300]


def test_sites_a_product_runs_in_are_counted():
    facts = _facts(
        "Verdalis raised $15 million from Balderton on Monday. "
        "Verdalis says its sensors run in more than 3,500 orchards."
    )
    fact = _one(facts, "metric")
    assert (fact.company, fact.amount, fact.bound) == ("Verdalis", 3_500, "minimum")


# -- the investors of equal shares -------------------------------------------------------------------------


def test_each_share_of_an_absolute_with_clause_goes_to_every_investor():
    facts = _facts(
        "Marlowe Robotics has raised $60 million, with Accel and Index Ventures each investing $20 million, "
        "the company said on Monday."
    )
    shares = {(fact.investor, fact.amount) for fact in _kind(facts, "investment")}
    assert shares == {("Accel", 20_000_000), ("Index Ventures", 20_000_000)}


def test_a_relative_after_a_described_second_investor_covers_both():
    facts = _facts(
        "La start-up Ordalis a levé 50 millions d'euros. Le tour est mené par Eurazeo et le fonds "
        "britannique Balderton, qui ont chacun apporté 20 millions d'euros.",
        language="fr",
    )
    shares = {(fact.investor, fact.amount) for fact in _kind(facts, "investment")}
    assert shares == {("Eurazeo", 20_000_000), ("Balderton", 20_000_000)}


# -- standing relationships ------------------------------------------------------------------------------


def test_a_partner_named_before_the_role_noun():
    facts = _facts(
        "Quorvel raised $14 million from Accel on Monday. "
        "Quorvel has been an Oracle partner since 2020, and sells through its marketplace."
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Quorvel", "Oracle", "2020")


def test_a_customer_using_the_product_since_a_year_is_a_partner():
    facts = _facts(
        "La start-up Tervalis a levé 9 millions d'euros auprès de Kima Ventures. "
        "Airbus utilise la plateforme depuis 2022 sur deux de ses sites.",
        language="fr",
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Tervalis", "Airbus", "2022")


def test_an_english_customer_using_the_software_since_a_year_is_a_partner():
    facts = _facts(
        "Ploverly raised $11 million from Accel on Monday. Siemens has used its software since 2023 in four plants."
    )
    fact = _one(facts, "partnership")
    assert (fact.company, fact.partner, fact.date) == ("Ploverly", "Siemens", "2023")


def test_the_company_using_a_technology_itself_has_no_partner():
    facts = _facts(
        "Ploverly raised $11 million from Accel on Monday. Ploverly has used the technology since 2023 in its labs."
    )
    assert _kind(facts, "partnership") == []

"""Round 21, where a party's name starts and ends: an acronym the article defined names the full name it
follows; an ampersand joins the words of one name ("Legal & General"); a capitalised "The" inside a sentence
opens a name ("The Phoenix"); "Centre of Finland" goes on through "of" and the place; a number opens an
investor's name before its head word ("50 Partners"); "Research" after a known group names its own arm.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def _investors(facts) -> set[str]:
    return {fact.investor for fact in of_kind(facts, "investment")}


def test_acronym_defined_in_brackets_reports_the_full_name_later():
    text = (
        "La start-up genevoise Ondalys lève 9 millions de francs. Le tour est mené par la Banque cantonale "
        "neuchâteloise (BCN) et le fonds Redwood Alpha.\n\n"
        "La BCN a apporté 4 millions de francs, précise la société."
    )
    assert _investors(facts_of(text, language="fr")) == {"Banque cantonale neuchâteloise"}


def test_acronym_opening_a_longer_name_is_not_the_acronym_alone():
    text = (
        "La start-up Ondalys, issue de l'Ecole polytechnique fédérale de Zurich (EPFZ), lève 9 millions de "
        "francs.\n\nL'EPFZ Science Park accueille 23 collaborateurs de la société."
    )
    facts = facts_of(text, language="fr")
    assert all(fact.company != "Ecole polytechnique fédérale de Zurich" for fact in facts)


def test_ampersand_joins_one_firm_name():
    text = (
        "Brinewell Power, a Hull battery developer, has raised £45m.\n\n"
        "Marsh & Weller and the pension investor PFA will provide the money. Marsh & Weller will own about 9% "
        "of the company."
    )
    assert "Marsh & Weller" in _investors(facts_of(text))


def test_capitalised_the_inside_a_sentence_belongs_to_the_name():
    text = (
        "Tamar Grid, an Israeli storage startup, raised $50 million led by Pitango.\n\n"
        "Harel and The Beacon each invested $8 million, the company said."
    )
    assert "The Beacon" in _investors(facts_of(text))


def test_centre_of_a_country_is_one_name():
    text = (
        "Frostline, a Helsinki quantum startup, raised €20 million in a Series A round.\n\n"
        "The company has also signed a two-year agreement with Nordic Technical Research Centre of Finland "
        "to build larger systems."
    )
    partners = {fact.partner for fact in of_kind(facts_of(text), "partnership")}
    assert partners == {"Nordic Technical Research Centre of Finland"}


def test_number_opens_an_investor_name():
    text = (
        "La start-up parisienne Juralis lève 12 millions d'euros. L'opération est menée par Elaia, avec la "
        "participation de 42 Ventures, qui a investi 3 M€."
    )
    assert "42 Ventures" in _investors(facts_of(text, language="fr"))


def test_research_arm_after_a_known_group_is_its_own_name():
    text = (
        "Qubix, a Zurich quantum startup, raised $10 million.\n\n"
        "Qubix has also partnered with IBM Research to test its error-correction codes."
    )
    partners = {fact.partner for fact in of_kind(facts_of(text), "partnership")}
    assert "IBM" not in partners


def test_plain_the_opening_a_sentence_stays_out_of_the_name():
    text = "The Paris startup Helvane raised €5 million led by Partech."
    assert only(facts_of(text), "round").company == "Helvane"


def test_known_acronym_spelt_out_is_reported_as_the_article_spells_it():
    text = (
        "Silvane Chips, a Dutch chip designer, raised €40 million in a Series B round.\n\n"
        "In March, the startup signed a manufacturing agreement with Taiwan Semiconductor Manufacturing Co. to "
        "produce its chips on TSMC's 7-nanometer process."
    )
    facts, companies = _facts_and_companies(text)
    partners = {fact.partner for fact in of_kind(facts, "partnership")}
    assert partners == {"Taiwan Semiconductor Manufacturing Co"}
    assert "TSMC" in companies["Taiwan Semiconductor Manufacturing Co"].aliases


def _facts_and_companies(text: str):
    from ai_deals.importers.article import parse_article

    parsed = parse_article(text, path="test.txt", language="en", published="2026-03-02")
    return parsed.facts, {company.name: company for company in parsed.companies}


def test_name_with_lower_case_first_letter_opens_a_sentence():
    text = (
        "Tavor Bio, an Israeli drug developer, raised $40 million led by Pitango and eFund Health. "
        "eFund, the Israeli health fund, invested $9 million, the company said."
    )
    amounts = {fact.investor: fact.amount for fact in of_kind(facts_of(text), "investment")}
    assert amounts.get("eFund") == 9_000_000


def test_entente_with_names_a_partner():
    text = (
        "La start-up montréalaise Brumal Quantique lève 8 millions de dollars.\n\n"
        "Elle a aussi conclu une entente de deux ans avec Hydro-Laurentides pour tester ses algorithmes."
    )
    partners = {fact.partner for fact in of_kind(facts_of(text, language="fr"), "partnership")}
    assert partners == {"Hydro-Laurentides"}


def test_hyphenated_adjective_before_a_listed_backer():
    text = (
        "Ferrolux, a Dutch photonics startup, raised €60 million. The round drew existing backers Kiemfonds "
        "and state-owned Invest-Oost, which contributed €10 million."
    )
    amounts = {fact.investor: fact.amount for fact in of_kind(facts_of(text), "investment")}
    assert amounts.get("Invest-Oost") == 10_000_000


def test_acronym_taking_one_inner_letter_still_names_its_institution():
    text = (
        "Kumoto Orbital, a Tokyo satellite startup, raised 5 billion yen. Its founder worked at the Korea "
        "Aerospace Exploration Institute (KAXI) for ten years.\n\n"
        "Last year the company signed a data-sharing agreement with KAXI worth 1.2 billion yen."
    )
    partners = {fact.partner for fact in of_kind(facts_of(text), "partnership")}
    assert partners == {"Korea Aerospace Exploration Institute"}


def test_possessive_opening_a_hospital_name_is_part_of_it():
    text = (
        "La start-up Medalis lève 5 millions d'euros.\n\n"
        "Elle a noué un partenariat avec le réseau Children's Hospital Boston, qui a déployé l'outil."
    )
    partners = {fact.partner for fact in of_kind(facts_of(text, language="fr"), "partnership")}
    assert partners == {"Children's Hospital Boston"}

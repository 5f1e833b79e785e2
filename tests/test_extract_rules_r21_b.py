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

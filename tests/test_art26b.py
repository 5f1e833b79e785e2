"""Session 26 (art26b): round-ups with no comma, leads ending in a digit, money given "to" a company, pesos,
grants to unknown recipients and French teasers in mid-line (qa47 and earlier rewordings).

Each clause of a round-up ("X raised … led by Y, Z landed … from W and V pulled in … from U") is its own raise
with its own backers; "Fund 7" is a name; "pledged $90 million to Lynx AI" / « a promis 90 millions d'euros à
Lynx IA » is the giver's stake, committed; pesos are Mexican unless said or told otherwise; "Kestrel received a
€5 million grant" is Kestrel's grant; a teaser label after a sentence ends the article's prose on its line.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article

ROUNDUP = (
    "In a busy week, Gull AI raised $12 million led by Harbor Ventures, Plover AI landed a $40 million Series A "
    "from Quill Capital and Sterne IA pulled in €8 million from Albion Growth."
)


def test_a_round_up_without_a_comma_before_and_gives_each_clause_its_own_raise_and_backers():
    rounds = {f.company: f for f in of_kind(facts_of(ROUNDUP), "round")}
    assert set(rounds) == {"Gull AI", "Plover AI", "Sterne IA"}
    gull, plover, sterne = rounds["Gull AI"], rounds["Plover AI"], rounds["Sterne IA"]
    assert (gull.amount, gull.investors, gull.lead_investors) == (
        12e6,
        ["Harbor Ventures"],
        ["Harbor Ventures"],
    )
    assert (plover.amount, plover.investors, plover.round_type) == (40e6, ["Quill Capital"], "Series A")
    assert (sterne.amount, sterne.currency, sterne.investors, sterne.round_type) == (
        8e6,
        "EUR",
        ["Albion Growth"],
        None,
    )


def test_a_french_round_up_without_a_comma_before_et_gives_each_clause_its_own_raise():
    text = (
        "Gull IA a levé 12 millions d'euros auprès de Harbor Ventures, Plover IA a bouclé une série A de 40 "
        "millions de dollars auprès de Quill Capital et Sterne IA a levé 8 millions d'euros auprès d'Albion Growth."
    )
    rounds = {f.company: f.investors for f in of_kind(facts_of(text, "fr"), "round")}
    assert rounds == {
        "Gull IA": ["Harbor Ventures"],
        "Plover IA": ["Quill Capital"],
        "Sterne IA": ["Albion Growth"],
    }


@pytest.mark.parametrize("verb", ["pulled in", "landed", "nabbed", "raked in"])
def test_a_headline_synonym_of_raised_before_its_sum_tells_a_raise(verb):
    raised = only(facts_of(f"Sterne IA {verb} €8 million from Albion Growth."), "round")
    assert (raised.company, raised.amount, raised.investors) == ("Sterne IA", 8e6, ["Albion Growth"])


@pytest.mark.parametrize("lead", ["Fund 7", "Growth Fund 3"])
def test_a_lead_whose_name_ends_in_a_number_after_fund_is_a_name(lead):
    raised = only(facts_of(f"Co7 AI said it raised $8 million in a Series A round led by {lead}."), "round")
    assert (raised.company, raised.lead_investors) == ("Co7 AI", [lead])


@pytest.mark.parametrize(
    ("language", "text", "company", "currency"),
    [
        ("en", "Nimbra Cloud pledged $90 million to Lynx AI.", "Lynx AI", "USD"),
        ("en", "Nimbra Cloud promised $90 million to Lynx.", "Lynx", "USD"),
        ("en", "Nimbra Cloud has pledged up to $90 million to the start-up Lynx AI.", "Lynx AI", "USD"),
        ("fr", "Nimbra Cloud a promis 90 millions d'euros à Lynx7 IA.", "Lynx7 IA", "EUR"),
    ],
)
def test_money_promised_to_a_company_is_the_giver_s_committed_stake(language, text, company, currency):
    stake = only(facts_of(text, language), "investment")
    assert (stake.investor, stake.company, stake.amount, stake.currency, stake.status) == (
        "Nimbra Cloud",
        company,
        90e6,
        currency,
        "committed",
    )


@pytest.mark.parametrize(
    ("language", "text", "currency"),
    [
        ("en", "Acme AI raised 300 million pesos.", "MXN"),
        ("en", "Acme AI raised 300 millones de pesos.", "MXN"),
        ("fr", "Acme IA a levé 300 millions de pesos.", "MXN"),
        ("en", "Acme AI raised 300 million Argentine pesos.", "ARS"),
        ("en", "Acme AI raised 300 million Colombian pesos.", "COP"),
        ("fr", "Acme IA a levé 300 millions de pesos chiliens.", "CLP"),
        ("en", "Buenos Aires-based Acme AI raised 300 million pesos.", "ARS"),
        ("en", "Buenos Aires-based Acme AI raised 300 million Mexican pesos.", "MXN"),
    ],
)
def test_pesos_are_mexican_unless_the_words_or_the_story_s_place_say_otherwise(language, text, currency):
    raised = only(facts_of(text, language), "round")
    assert (raised.company[:4], raised.amount, raised.currency) == ("Acme", 300e6, currency)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kestrel received a €5 million grant from the EU."),
        ("en", "Kestrel won a €5 million grant from the European Commission."),
        ("en", "Kestrel was awarded a €5 million grant by the EU."),
        ("en", "Kestrel got a €5 million grant from the EU."),
        ("fr", "Kestrel a reçu une subvention de 5 millions d'euros de l'Union européenne."),
    ],
)
def test_a_grant_an_unknown_name_received_is_that_company_s_grant(language, text):
    grant = only(facts_of(text, language), "round")
    assert (grant.company, grant.amount, grant.currency, grant.round_type) == ("Kestrel", 5e6, "EUR", "Grant")


@pytest.mark.parametrize("label", ["À LIRE AUSSI :", "Lire aussi »", "Read more:"])
def test_a_teaser_label_after_a_sentence_on_the_same_line_is_no_part_of_the_article(label):
    text = f"Nova IA a levé 5 millions d'euros auprès de Kima Ventures. {label} Orca IA lève 900 millions d'euros"
    source = parse_article(text, published="2026-03-02", language="fr")
    assert [(f.company, f.amount) for f in source.facts] == [("Nova IA", 5e6)]
    assert "Orca IA" not in [c.name for c in source.companies]


def test_money_pledged_for_a_programme_is_no_one_s_stake():
    text = (
        "Apennine Compute SpA raised €50 million. The European Union has pledged 20 billion euros for so-called "
        "AI gigafactories."
    )
    assert [f for f in facts_of(text) if f.amount == 20e9] == []


@pytest.mark.parametrize(
    ("text", "company", "amount"),
    [
        ("Kestrel AI has received a €5 million EU grant.", "Kestrel AI", 5e6),
        ("Kestrel won a $2 million NIH grant.", "Kestrel", 2e6),
    ],
)
def test_a_grant_named_by_its_giver_s_initials_is_a_grant(text, company, amount):
    grant = only(facts_of(text), "round")
    assert (grant.company, grant.amount, grant.round_type) == (company, amount, "Grant")


def test_a_round_up_clause_opened_by_a_bare_while_backs_only_its_own_raise():
    text = "Gull AI raised $12 million led by Harbor Ventures while Plover AI landed $40 million from Quill Capital."
    rounds = {f.company: f.investors for f in of_kind(facts_of(text), "round")}
    assert rounds == {"Gull AI": ["Harbor Ventures"], "Plover AI": ["Quill Capital"]}


def test_a_market_s_total_pulled_in_by_unnamed_startups_is_no_raise():
    text = "PitchBook data shows AI startups pulled in more than $100 billion globally in the first half of the year."
    assert of_kind(facts_of(text), "round") == []


def test_a_lead_named_once_for_both_rounds_of_a_round_up_leads_each():
    text = (
        "Tern AI raised NT$1.2 billion and Tern2 AI raised MX$250 million, both in Series A rounds led by "
        "Harbor Ventures."
    )
    rounds = {f.company: (f.currency, f.lead_investors) for f in of_kind(facts_of(text), "round")}
    assert rounds == {"Tern AI": ("TWD", ["Harbor Ventures"]), "Tern2 AI": ("MXN", ["Harbor Ventures"])}

"""Gaps a tester found (qa35): names with a colon, elided and personal investors, French valuation bases,
ARR, conditional commitments, partnership values and terms."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article
from ai_deals.store import Store

# -- a colon between letters is part of a name -------------------------------------------------------


def test_a_name_with_a_colon_between_letters_is_kept_whole_as_the_acquired_company():
    facts = facts_of(
        "Nvidia has agreed to acquire Run:ai, a Tel Aviv-based startup that helps developers manage AI "
        "computing infrastructure, for about $700 million, the companies said on Wednesday."
    )
    acquisition = only(facts, "acquisition")
    assert (acquisition.company, acquisition.investor) == ("Run:ai", "Nvidia")


def test_a_company_named_with_a_colon_that_opens_the_sentence_raises_its_round():
    facts = facts_of(
        "Run:ai, a Tel Aviv-based AI infrastructure startup, said it raised $75 million in a Series C round "
        "led by Tiger Global and Insight Partners."
    )
    round_ = only(facts, "round")
    assert round_.company == "Run:ai"
    assert round_.lead_investors == ["Tiger Global", "Insight Partners"]


def test_a_label_colon_followed_by_a_space_still_ends_the_word():
    facts = facts_of("Update: Zorvane Robotics raised $12 million in a seed round led by Harrow Capital.")
    assert only(facts, "round").company == "Zorvane Robotics"


def test_the_store_finds_a_colon_name_by_its_spelling_and_run_together(tmp_path):
    source = parse_article(
        "Run:ai had raised $118 million from investors including Insight Partners and Tiger Global.",
        published="2024-04-24",
        language="en",
    )
    with Store.open(tmp_path / "deals.db") as store:
        store.import_sources([source])
        for query in ("run:ai", "runai", "Run AI"):
            assert [hit.matched for hit in store.search(query, 3)][:1] == ["Run:ai"], query


# -- every backer of a list: after an elided cue, and a person among firms -----------------------------


def test_an_elided_first_backer_of_a_list_after_avec_la_participation_is_an_investor():
    facts = facts_of(
        "Pigment annonce une levée de fonds de 145 M$ menée par ICONIQ Growth, avec la participation d'IVP, "
        "Greenoaks et Meritech Capital.",
        "fr",
    )
    assert only(facts, "round").investors == ["ICONIQ Growth", "IVP", "Greenoaks", "Meritech Capital"]


def test_a_person_closing_a_list_of_firms_joined_by_et_de_is_an_investor():
    source = parse_article(
        "La start-up H Company a bouclé un tour d'amorçage de 220 millions de dollars. Le tour est mené par "
        "Accel et UiPath, avec la participation d'Amazon, de Samsung et de Xavier Niel.",
        published="2026-03-02",
        language="fr",
    )
    assert only(source.facts, "round").investors == ["Accel", "UiPath", "Amazon", "Samsung", "Xavier Niel"]
    assert next(c for c in source.companies if c.name == "Xavier Niel").investor_kind == "person"


def test_a_new_name_in_the_middle_of_a_list_after_de_is_an_investor_too():
    facts = facts_of(
        "Orvane lève 12 millions d'euros auprès de Kima Ventures, de Léa Durand et de Harrow Capital.", "fr"
    )
    assert only(facts, "round").investors == ["Kima Ventures", "Léa Durand", "Harrow Capital"]


# -- French valuation bases; ARR told in words ------------------------------------------------------------


def test_a_french_valuation_before_the_investment_is_pre_money():
    facts = facts_of(
        "Pigment lève 145 millions de dollars. Cette opération valorise l'entreprise à plus de 1 milliard de "
        "dollars avant l'investissement, selon nos informations.",
        "fr",
    )
    assert only(facts, "valuation").basis == "pre_money"


def test_a_french_valuation_after_the_transaction_is_post_money():
    facts = facts_of(
        "Pigment lève 145 millions de dollars. La transaction valorise l'entreprise à 1 milliard de dollars "
        "après la transaction.",
        "fr",
    )
    assert only(facts, "valuation").basis == "post_money"


def test_annual_recurring_revenue_written_out_is_revenue_as_an_arr():
    facts = facts_of(
        "Pigment raised $145 million. Its annual recurring revenue tripled in a year to $100 million."
    )
    revenue = only(facts, "revenue")
    # fixF24: an ARR is its own metric, no longer the run-rate's (qa41 #12).
    assert (revenue.amount, revenue.metric) == (100_000_000, "annual_recurring_revenue")


def test_chiffre_d_affaires_recurrent_annuel_is_revenue_as_an_arr():
    facts = facts_of(
        "Pigment lève 145 millions de dollars. Le chiffre d'affaires récurrent annuel de Pigment a triplé en "
        "un an pour atteindre 100 millions de dollars.",
        "fr",
    )
    assert only(facts, "revenue").metric == "annual_recurring_revenue"


# -- a conditional commitment: dated the story's day, its deadline in its condition -------------------------


def test_a_conditional_stake_is_dated_the_story_s_day_not_its_condition_s_deadline():
    facts = facts_of(
        "Le groupe Iliad, maison mère de Free, pourrait investir jusqu'à 200 millions d'euros supplémentaires "
        "dans le laboratoire Kyutai si celui-ci atteint ses objectifs de recherche d'ici 2027, a appris l'AFP.",
        "fr",
        published="2025-11-05",
    )
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.date) == ("Kyutai", "Iliad", "2025-11-05")
    assert stake.status == "conditional"
    assert "d'ici 2027" in stake.condition


def test_up_to_a_sum_more_in_a_company_on_a_condition_is_a_conditional_stake_in_it():
    facts = facts_of(
        "Iliad could invest up to €200 million more in Kyutai if the lab meets its research goals by 2027, "
        "AFP learned.",
        published="2025-11-05",
    )
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount, stake.bound) == (
        "Kyutai",
        "Iliad",
        200_000_000,
        "maximum",
    )
    assert (stake.date, stake.condition) == ("2025-11-05", "if the lab meets its research goals by 2027")
    assert not of_kind(facts, "projection")


def test_a_further_sum_invested_in_a_company_names_the_company():
    facts = facts_of(
        "Iliad could invest a further €200 million in Kyutai if the lab meets its research goals."
    )
    assert only(facts, "investment").company == "Kyutai"


# -- a partnership's value and term --------------------------------------------------------------------------


def test_a_french_partnership_of_five_years_ends_five_years_after_the_story_s_day():
    facts = facts_of(
        "L'armateur marseillais CMA CGM a signé un partenariat de cinq ans avec Mistral AI, d'un montant de "
        "100 millions d'euros, pour déployer l'IA générative dans ses activités de logistique.",
        "fr",
        published="2025-04-14",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner, deal.amount, deal.currency) == (
        "CMA CGM",
        "Mistral AI",
        100_000_000,
        "EUR",
    )
    assert (deal.date, deal.until) == ("2025-04-14", "2030-04-14")


def test_a_five_year_dollar_partnership_reads_its_value_and_its_term():
    deal = only(
        facts_of("Helsing signed a five-year, $100 million partnership with Mistral AI."), "partnership"
    )
    assert (deal.amount, deal.currency, deal.date, deal.until) == (
        100_000_000,
        "USD",
        "2026-03-02",
        "2031-03-02",
    )


def test_a_partnership_running_until_a_year_starts_on_the_story_s_day_and_ends_that_year():
    deal = only(
        facts_of("Helsing signed a $100 million partnership with Mistral AI running until 2030."),
        "partnership",
    )
    assert (deal.date, deal.until) == ("2026-03-02", "2030")


def test_a_five_year_old_partner_gives_the_partnership_no_term():
    deal = only(
        facts_of("Helsing signed a partnership with Mistral AI, a five-year-old startup, on Monday."),
        "partnership",
    )
    assert deal.until is None


# -- markup-like tokens in an article are formatting noise, not part of a name -------------------------------


def test_bracketed_markup_around_a_backer_in_an_article_is_no_part_of_its_name():
    text = (
        "Kairo, a Lyon-based AI startup, said it raised $10 million in a Series A round led by "
        "[bold]Saab Ventures[/], with participation from [red]Evil[/] Capital."
    )
    source = parse_article(text, published="2025-03-03", language="en")
    round_ = only(source.facts, "round")
    assert (round_.lead_investors, round_.investors) == (["Saab Ventures"], ["Saab Ventures", "Evil Capital"])
    assert source.text == text  # the stored text keeps what was written

"""Round 26 (wordings): wrong figures a hands-on tester checked against the text.

"X, which led the company's earlier round, and Y are each contributing $5 million" gives both a stake in the
new round, dated by it (the year of the earlier round told in the relative clause is that round's only). "Grow
from 28 employees to about 70" states today's headcount first. "Last fall", "l'automne dernier" is the
autumn before publication. "Axios has learned" credits the news to a publisher, no backer. "A bank with 40
employees can't…" is any bank, no company's count. "The round, announced on Tuesday" dates the round just
told. A deal verb ("agreed to buy British software company X") is no part of X's description. A relative clause
after a round ("in which Y also took part") or a backer's verb before it ("Y, which backed X's seed round") names
a backer of that round.
"""

from __future__ import annotations

from extract_helpers import company_named, facts_of, of_kind, only

from ai_deals.importers.extract.dates import find_dates

# -- stakes of a new round, not of the earlier round a relative clause names --------------------------------


def test_each_contributing_gives_both_coordinated_backers_a_stake_in_the_new_round():
    text = (
        "Quarrylane raised a $60 million Series B led by Index Ventures. Brightfield Capital, which led "
        "Quarrylane's $9 million Series A in 2023, and Osprey Ventures, the bank's investment arm, are each "
        "contributing $4 million."
    )
    facts = facts_of(text)
    stakes = {f.investor: f for f in of_kind(facts, "investment")}
    assert set(stakes) == {"Brightfield Capital", "Osprey Ventures"}
    assert all(f.amount == 4_000_000 and f.date == "2026-03-02" for f in stakes.values())
    earlier = next(f for f in of_kind(facts, "round") if f.amount == 9_000_000)
    assert earlier.investors == ["Brightfield Capital"]
    assert earlier.date == "2023"


def test_year_of_a_round_told_in_a_relative_clause_does_not_date_the_main_clause_stake():
    text = (
        "Velorial a levé 30 millions d'euros. Le fonds Keystone Partners, qui avait mené la série A de "
        "Velorial en 2022, apporte 6 millions d'euros."
    )
    stake = next(f for f in of_kind(facts_of(text, language="fr"), "investment") if f.amount == 6_000_000)
    assert stake.date == "2026-03-02"


# -- today's headcount before a planned one -----------------------------------------------------------------


def test_headcount_a_company_grows_from_is_today_s_count_not_a_projection():
    text = (
        "Pebblewise, a Lisbon startup, raised $10 million. Pebblewise plans to grow from 35 employees to about "
        "90 by the end of the year, its founder said."
    )
    facts = facts_of(text)
    today = only(facts, "metric")
    assert (today.amount, today.is_projection) == (35, False)
    assert only(facts, "projection").amount == 90


def test_french_headcount_passing_from_one_figure_to_another_starts_from_today_s():
    text = "La société Corvalis veut passer de 40 salariés à environ 100 d'ici à fin 2027."
    facts = facts_of(text, language="fr")
    assert only(facts, "metric").amount == 40
    assert only(facts, "projection").amount == 100


# -- seasons named relative to publication ------------------------------------------------------------------


def test_last_fall_is_the_autumn_before_publication():
    published = __import__("datetime").date(2026, 3, 2)
    assert [d.value for d in find_dates("It raised $12 million last fall.", published)] == ["2025"]
    assert [d.value for d in find_dates("Elle a levé 3 M€ l'automne dernier.", published)] == ["2025"]
    # A season already over this year is this year's.
    late = __import__("datetime").date(2026, 12, 10)
    assert [d.value for d in find_dates("It launched last summer.", late)] == ["2026"]


def test_rival_round_raised_last_fall_is_dated_the_previous_year():
    text = "Rival Tallowbird raised $12 million last fall, and larger vendors have added similar features."
    assert only(facts_of(text), "round").date == "2025"


# -- publishers are no backers ------------------------------------------------------------------------------


def test_publisher_that_has_learned_of_the_round_is_no_investor():
    text = "Harbinly raised $30 million in Series B funding led by Norrow Capital, Axios has learned."
    fact = only(facts_of(text), "round")
    assert fact.investors == ["Norrow Capital"]


def test_publisher_that_has_learnt_of_the_round_is_no_investor():
    text = "Fenwell has raised £20mn in a funding round led by Balmoral Partners and Kestrand, Sifted has learnt."
    fact = only(facts_of(text), "round")
    assert set(fact.investors) == {"Balmoral Partners", "Kestrand"}


# -- a figure of speech is no company count -----------------------------------------------------------------


def test_headcount_of_any_company_in_a_quote_is_no_metric():
    text = (
        'Tollgrid raised $15 million. "A lender with 60 employees can\'t build a risk team of ten," '
        "chief executive Ana Ruiz told Axios."
    )
    assert of_kind(facts_of(text), "metric") == []


def test_french_headcount_of_any_pme_is_no_metric():
    text = "Valmora a levé 5 millions d'euros. « Une PME de 30 salariés ne peut pas s'offrir un juriste », dit sa fondatrice."
    assert of_kind(facts_of(text, language="fr"), "metric") == []


def test_a_company_described_with_its_headcount_keeps_the_metric():
    text = "Tollgrid, a startup with 60 employees, raised $15 million."
    assert only(facts_of(text), "metric").amount == 60


# -- a round dated by the next sentence ---------------------------------------------------------------------


def test_round_announced_on_a_weekday_in_the_next_sentence_takes_that_day():
    text = (
        "Brimwell has raised $90mn in a series C round led by Tiger Global that values it at $900mn. "
        "The round, announced on Thursday, also drew existing backers Index Ventures and Accel."
    )
    facts = facts_of(text)
    assert only(facts, "round").date == "2026-02-26"
    assert only(facts, "valuation").date == "2026-02-26"


def test_french_operation_annoncee_a_weekday_dates_the_round_just_told():
    text = (
        "La start-up lyonnaise Velorial a levé 30 millions d'euros auprès de Partech. L'opération, annoncée "
        "mardi, associe aussi Elaia."
    )
    assert only(facts_of(text, language="fr"), "round").date == "2026-02-24"


def test_a_round_its_own_sentence_dates_keeps_that_date():
    text = (
        "Brimwell raised $90 million in a Series C in January. The round, announced on Thursday, also drew "
        "Accel."
    )
    assert only(facts_of(text), "round").date == "2026-01"


# -- a deal verb is no description --------------------------------------------------------------------------


def test_description_of_a_company_bought_does_not_start_with_the_verb():
    text = (
        "Siltmoor has agreed to buy Dutch logistics software company Tramveld for 200 million euros, the "
        "companies said on Monday."
    )
    assert company_named(text, "Tramveld", "en").description == "Dutch logistics software company"


# -- backers of an earlier round --------------------------------------------------------------------------


def test_backer_a_relative_clause_says_took_part_in_the_round_is_its_investor():
    text = (
        "Quillon, a Leeds software start-up, has raised £50mn. Venture firm Larkspur Capital led a 30 million "
        "pound Series B round in the company in 2022, in which Heronbay Ventures also took part."
    )
    fact = next(f for f in of_kind(facts_of(text), "round") if f.amount == 30_000_000)
    assert fact.lead_investors == ["Larkspur Capital"]
    assert set(fact.investors) == {"Larkspur Capital", "Heronbay Ventures"}


def test_backer_that_backed_the_company_s_seed_round_is_its_investor():
    text = (
        "Quillon raised £20m. Heronbay Ventures, which backed Quillon's £1.5m seed round in 2019, put in a "
        "further £3m."
    )
    facts = facts_of(text)
    seed = next(f for f in of_kind(facts, "round") if f.amount == 1_500_000)
    assert seed.investors == ["Heronbay Ventures"]
    assert seed.date == "2019"
    # The further stake is today's, not the seed round's year.
    assert only(facts, "investment").date == "2026-03-02"


def test_backer_that_led_the_company_s_earlier_round_leads_that_round():
    text = (
        "Harbinly, a Boston startup, raised $30 million in Series B funding led by Norrow Capital. Tidemark "
        "Partners, which led the company's $8 million Series A in 2023, returned for the new round."
    )
    earlier = next(f for f in of_kind(facts_of(text), "round") if f.amount == 8_000_000)
    assert earlier.lead_investors == ["Tidemark Partners"]


def test_backers_that_returned_for_the_new_round_as_did_another_back_the_new_round():
    text = (
        "Harbinly, a Boston startup, raised $30 million in Series B funding led by Norrow Capital. Tidemark "
        "Partners, which led the company's $8 million Series A in 2023, returned for the new round, as did "
        "Selkirk Ventures."
    )
    rounds = of_kind(facts_of(text), "round")
    new = next(f for f in rounds if f.amount == 30_000_000)
    earlier = next(f for f in rounds if f.amount == 8_000_000)
    assert {"Norrow Capital", "Tidemark Partners", "Selkirk Ventures"} <= set(new.investors)
    assert "Selkirk Ventures" not in earlier.investors

"""Round 33 (tuner7), article misreadings a hands-on tester found: a round given to the backer that invests in
it, a planned raise read as a round. Each is proved on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.article import parse_article


def test_a_backer_investing_in_a_company_as_part_of_a_round_leaves_the_round_to_the_company():
    for text in (
        "Samsung has agreed to invest up to $300 million in Quillwork as part of a $700 million round.",
        "Acme Capital invested $40 million in Brindlepath as part of a $90 million funding round.",
    ):
        facts = facts_of(text)
        backer = text.split(" ha")[0].split(" invested")[0]
        raised = only(facts, "round")
        stake = only(facts, "investment")
        assert raised.company == stake.company != backer, text
        assert stake.investor == backer, text
        assert raised.amount > stake.amount, text


def test_the_sum_a_backer_invests_names_what_it_funds():
    stake = only(facts_of("Helios Partners invested $25 million in Marrowind."), "investment")
    assert (stake.investor, stake.company, stake.amount) == ("Helios Partners", "Marrowind", 25_000_000)


def test_a_raise_still_planned_is_no_round_and_never_the_backers():
    for text, language in (
        (
            "Tindra raised $80 million in 2024 from Accel, Index and Nvidia, and plans to raise $40 million more.",
            "en",
        ),
        (
            "Tindra a levé 80 millions d'euros auprès d'Accel et prévoit de lever 40 millions d'euros en 2027.",
            "fr",
        ),
    ):
        rounds = of_kind(facts_of(text, language), "round")
        # A raise planned (planned31; in talks before) is never counted: the rounds made are the raised $80 million.
        made = [r for r in rounds if r.status != "planned"]
        assert [(r.company, r.amount) for r in made] == [("Tindra", 80_000_000)], text
        assert all(not r.investors for r in rounds if r.status == "planned"), text


def _bases(text: str, language: str = "en") -> dict[float, str | None]:
    return {f.amount: f.basis for f in of_kind(facts_of(text, language), "valuation")}


def test_pre_and_post_money_told_together_each_keep_their_own_basis():
    cases = (
        (
            "Orlenta raised $30 million. The deal values it at $900 million post-money, up from a pre-money "
            "valuation of $870 million.",
            "en",
        ),
        (
            "Orlenta raised $30 million at a pre-money valuation of $870 million, or $900 million post-money.",
            "en",
        ),
        (
            "Orlenta raised $30 million at a valuation of $900 million post-money and $870 million pre-money.",
            "en",
        ),
        (
            "Orlenta a levé 30 millions d'euros sur une valorisation pré-money de 870 millions d'euros, soit "
            "900 millions post-money.",
            "fr",
        ),
    )
    for text, language in cases:
        assert _bases(text, language) == {900_000_000: "post_money", 870_000_000: "pre_money"}, text


def test_a_single_basis_word_still_names_the_basis():
    assert _bases("Orlenta raised $30 million at a $900 million post-money valuation.") == {
        900_000_000: "post_money"
    }


def test_a_conditional_part_of_a_round_is_its_tranche_not_a_second_round():
    for text, language in (
        (
            "La start-up lyonnaise Ferronde a levé 60 millions d'euros lors d'un tour de série A, dont "
            "25 millions sous forme de financement conditionnel. Le tour a été mené par Partech et Eurazeo, "
            "avec la participation de Bpifrance.",
            "fr",
        ),
        (
            "Ferronde raised $60 million in a Series A, of which $25 million is conditional. The round was led "
            "by Partech and Eurazeo, with participation from Bpifrance.",
            "en",
        ),
    ):
        raised = only(facts_of(text, language), "round")
        assert raised.amount == 60_000_000, text
        assert set(raised.investors) == {"Partech", "Eurazeo", "Bpifrance"}, text
        assert [(t.amount, bool(t.condition)) for t in raised.tranches] == [(25_000_000, True)], text


def test_a_sum_split_into_equity_and_debt_is_the_equity_round_and_keeps_its_backers():
    for text, language, backers in (
        (
            "Quarrel raised $90 million, including $40 million in venture debt, from Balderton.",
            "en",
            {"Balderton"},
        ),
        ("Quarrel a levé 90 millions d'euros, dont 40 millions d'euros de dette bancaire.", "fr", set()),
    ):
        raised = only(facts_of(text, language), "round")
        assert (raised.company, raised.amount) == ("Quarrel", 50_000_000), text
        assert set(raised.investors) == backers, text


def test_a_backers_share_of_a_round_is_no_tranche():
    facts = facts_of("Quarrel raised $90 million, including $40 million from Nvidia.")
    assert only(facts, "round").amount == 90_000_000
    assert not only(facts, "round").tranches


def test_a_raise_in_talks_keeps_a_status_money_raised_does_not_count():
    for text, language in (
        ("Dutch startup Kelvane is in talks to raise $400 million, Reuters reported.", "en"),
        ("Kelvane, a Dutch robotics startup, is in advanced discussions to raise $400 million.", "en"),
        ("La start-up Kelvane serait en discussions pour lever 400 millions d'euros.", "fr"),
    ):
        raised = only(facts_of(text, language), "round")
        assert (raised.company, raised.amount, raised.status) == ("Kelvane", 400_000_000, "in_talks"), text
    done = only(facts_of("Kelvane raised $400 million in a round led by Accel."), "round")
    assert done.status != "in_talks"


def test_a_valuation_above_a_sum_is_at_least_it_and_below_at_most():
    above = only(facts_of("Kelvane raised $40 million at a valuation above $1.8 billion."), "valuation")
    below = only(facts_of("Kelvane raised $40 million at a valuation just below $1 billion."), "valuation")
    assert (above.amount, above.bound) == (1_800_000_000, "minimum")
    assert (below.amount, below.bound) == (1_000_000_000, "maximum")


def test_a_name_between_rich_tags_closed_by_a_bare_close_reads_as_its_words():
    for text in (
        "[green]Nimbo[/] Robotics, a Lyon-based AI startup, has raised $9 million in a seed round led by "
        "[italic]Frost[/italic] Capital.",
        "[green]Nimbo[/] Robotics Inc, a Lyon-based AI startup, has raised $9 million in a seed round led by "
        "[italic]Frost[/italic] Capital.",
    ):
        raised = only(facts_of(text), "round")
        assert (raised.company, raised.amount) == ("Nimbo Robotics", 9_000_000), text
        assert raised.lead_investors == ["Frost Capital"], text


def test_an_existing_backer_that_led_an_earlier_round_joins_the_current_one():
    text = (
        "Pellucid, a Lisbon-based AI startup, raised $60 million in a Series B led by Index Ventures. "
        "Existing investor Kibo Capital, which led Pellucid's $20 million Series A in 2024, also participated."
    )
    source = parse_article(text, published="2026-03-02", language="en")
    rounds = {f.round_type: f for f in of_kind(source.facts, "round")}
    assert "Kibo Capital" in rounds["Series B"].investors
    assert rounds["Series A"].date == "2024"
    kibo = next(c for c in source.companies if c.name == "Kibo Capital")
    assert kibo.description is None  # "Existing investor" is its part in the deal, not what it is.


def test_a_persons_acronym_fund_is_the_backer_not_the_person():
    raised = only(
        facts_of(
            "Orvane, a Paris-based AI startup, raised $30 million in a round led by Balderton and Ines Varga's KVR fund."
        ),
        "round",
    )
    assert set(raised.lead_investors) == {"Balderton", "KVR"}


def test_a_hiring_plan_counts_new_hires_not_a_headcount():
    for text, language in (
        (
            "Zelvio, une start-up nantaise, a levé 8 millions d'euros. La société compte 30 salariés et prévoit d'en "
            "embaucher 70 d'ici fin 2027.",
            "fr",
        ),
        (
            "Zelvio, a Nantes startup, raised $8 million. It has 30 employees and plans to hire 70 more by 2027.",
            "en",
        ),
    ):
        facts = facts_of(text, language)
        plan = only(facts, "projection")
        assert (plan.amount, plan.metric) == (70, "new_hires"), text
        assert only(facts, "metric").metric == "employees", text


def test_a_pre_money_valuation_told_after_a_dated_round_takes_its_day():
    facts = facts_of(
        "La start-up nantaise Zelvio a bouclé jeudi un tour de table de 40 millions d'euros mené par Eurazeo. "
        "La valorisation pré-money s'élève à 300 millions d'euros.",
        "fr",
        published="2026-03-02",
    )
    raised, value = only(facts, "round"), only(facts, "valuation")
    assert raised.date == "2026-02-26"
    assert (value.date, value.basis) == ("2026-02-26", "pre_money")

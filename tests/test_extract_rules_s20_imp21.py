"""Session 20 (imp21): money and parties the article importer read wrong.

A round paid in parts without the word "tranche" ("$30 million now, and $15 million once …") is one round with
tranches, never extra rounds adding up.
"""

from __future__ import annotations

from extract_helpers import facts_of, of_kind


def test_sums_paid_now_and_later_are_tranches_of_the_round_just_told():
    text = (
        "Zeta AI raised a $45 million Series B led by Accel, the company said on Monday. "
        "Zeta AI will receive $30 million now, and $15 million once it reaches its revenue targets."
    )
    rounds = of_kind(facts_of(text), "round")
    assert [r.amount for r in rounds] == [45_000_000]
    assert [t.amount for t in rounds[0].tranches] == [30_000_000, 15_000_000]
    assert rounds[0].tranches[1].condition == "once it reaches its revenue targets"


def test_sums_paid_immediately_and_later_are_tranches_in_french():
    text = (
        "Zeta AI, une start-up parisienne, lève 45 millions d'euros auprès de Serena. La société recevra "
        "30 millions d'euros immédiatement, et 15 millions d'euros lorsqu'elle atteindra ses objectifs."
    )
    rounds = of_kind(facts_of(text, "fr"), "round")
    assert [r.amount for r in rounds] == [45_000_000]
    assert [t.amount for t in rounds[0].tranches] == [30_000_000, 15_000_000]


def test_sums_paid_now_that_do_not_add_up_to_the_round_are_no_tranches_of_it():
    text = (
        "Zeta AI raised a $45 million Series B led by Accel. "
        "Zeta AI will receive $30 million now, and $25 million once it reaches its revenue targets."
    )
    rounds = of_kind(facts_of(text), "round")
    assert all(not r.tranches for r in rounds if r.amount == 45_000_000)


def _partnerships(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    return [(f.company, f.partner) for f in of_kind(facts_of(text, language), "partnership")]


def test_the_one_who_signs_a_contract_with_another_is_the_company():
    text = "CoreWeave signed a $11.9 billion contract with OpenAI to provide AI infrastructure."
    assert _partnerships(text) == [("CoreWeave", "OpenAI")]


def test_a_signer_told_with_an_appositive_and_auxiliary_is_the_company():
    text = "CoreWeave, a cloud provider, has signed a five-year, $11.9 billion contract with OpenAI in March."
    assert _partnerships(text) == [("CoreWeave", "OpenAI")]


def test_a_start_up_the_contract_is_signed_with_stays_the_company():
    text = "Orange a signé un contrat d'environ 200 millions d'euros sur sept ans avec la start-up française Hertzia."
    assert _partnerships(text, "fr") == [("Hertzia", "Orange")]


def test_under_an_agreement_the_supplier_and_the_party_supplied_are_partners():
    text = "Under a multiyear agreement, Nscale will supply Microsoft with about 200,000 Nvidia GPUs."
    assert _partnerships(text) == [("Nscale", "Microsoft")]


def test_a_name_supplying_a_named_party_with_something_is_an_organisation():
    text = "Zorvex will provide Microsoft with GPU capacity in Norway under a five-year contract."
    assert _partnerships(text) == [("Zorvex", "Microsoft")]


def _entities(text: str) -> dict[str, str]:
    from ai_deals.importers.article import parse_article

    source = parse_article(text, published="2026-03-02", language="en")
    return {company.name: company.entity for company in source.companies}


def test_an_investor_title_before_a_name_opening_with_no_first_name_is_a_firm():
    text = "Nova has raised $60 million from Accel. Existing investor Durable Gifford also took part."
    assert _entities(text)["Durable Gifford"] == "organisation"


def test_an_angel_investor_title_still_names_a_person():
    text = "Nova has raised $60 million from Accel. Angel investor Durable Gifford also took part."
    assert _entities(text)["Durable Gifford"] == "person"


def test_known_investor_firms_named_like_people_are_firms():
    text = "Nova has raised $60 million from Jane Street and Baillie Gifford."
    entities = _entities(text)
    assert (entities["Jane Street"], entities["Baillie Gifford"]) == ("organisation", "organisation")


def _sector(text: str, name: str) -> str | None:
    from ai_deals.importers.article import parse_article

    source = parse_article(text, published="2026-03-02", language="fr")
    return next(c.sector for c in source.companies if c.name == name)


def test_a_relative_clause_of_the_apposition_gives_the_trade_of_the_customers_served():
    text = (
        "Kairos, une jeune pousse française qui développe un assistant d'IA pour les médecins urgentistes, "
        "lève 10 millions d'euros auprès de Serena."
    )
    assert _sector(text, "Kairos") == "health"


def test_agents_for_finance_departments_are_a_finance_trade_though_ai():
    text = (
        "Kaïros, une jeune pousse française qui développe des agents d'IA pour les directions financières, "
        "lève 5 millions d'euros auprès de Partech."
    )
    assert _sector(text, "Kaïros") == "finance"


def test_a_relative_clause_naming_no_customers_gives_the_trade_of_what_is_made():
    text = (
        "Vortal, une start-up nantaise qui conçoit des puces pour l'IA embarquée, lève 8 millions d'euros "
        "auprès de Serena."
    )
    assert _sector(text, "Vortal") == "chips"


def test_same_name_companies_of_different_trades_told_by_relative_clauses_are_noted(capsys, tmp_path):
    from cli_helpers import run

    header = "title: {0} lève des fonds\ndate: 2026-0{1}-02\nurl: https://example.com/{1}\nlanguage: fr\n\n"
    first = tmp_path / "first.txt"
    first.write_text(
        header.format("Kairos", 3) + "Kairos, une jeune pousse française qui développe un assistant d'IA "
        "pour les médecins urgentistes, lève 10 millions d'euros auprès de Serena.\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.txt"
    second.write_text(
        header.format("Kaïros", 4) + "Kaïros, une jeune pousse française qui développe des agents d'IA "
        "pour les directions financières, lève 5 millions d'euros auprès de Partech.\n",
        encoding="utf-8",
    )
    db = tmp_path / "deals.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(first), str(second))
    assert code == 0, err
    assert "joined Kaïros (finance) with Kairos (health)" in out


def test_a_part_paid_at_signing_is_the_first_tranche_of_the_round():
    text = "Zeta AI lève 45 millions d'euros auprès de Serena, dont 15 millions à la signature."
    rounds = of_kind(facts_of(text, "fr"), "round")
    assert [r.amount for r in rounds] == [45_000_000]
    assert [(t.amount, t.label) for t in rounds[0].tranches] == [(15_000_000, "first")]


def test_a_part_from_a_backer_is_still_no_tranche():
    text = "Zeta AI raised $45 million, including $20 million from Nvidia."
    rounds = of_kind(facts_of(text), "round")
    assert [r.tranches for r in rounds] == [[]]

"""Several earlier rounds told in one sentence ("avait levé 105 M€ lors d'un tour d'amorçage mené par X, puis
385 M€ lors d'une série A menée par Y, et enfin 15 M€ de Z"): each clause keeps its own round type, lead, date
and backer. A round type named in a comparison with an earlier round is that earlier round's."""

from __future__ import annotations

import json

from cli_helpers import run, run_ok
from extract_helpers import facts_of, of_kind, only

MISTRAL_RUN = (
    "Fondée en avril 2023, Mistral AI avait levé 105 millions d'euros en juin 2023 lors d'un tour d'amorçage "
    "mené par Lightspeed Venture Partners, puis 385 millions d'euros en décembre 2023 lors d'une série A menée "
    "par Andreessen Horowitz, et enfin 15 millions d'euros de Microsoft en février 2024."
)


def round_of(facts, amount: float):
    return next(f for f in of_kind(facts, "round") if f.amount == amount)


def test_each_raise_of_a_french_run_keeps_its_own_type_lead_and_date():
    facts = facts_of(MISTRAL_RUN, language="fr")
    seed, series_a = round_of(facts, 105_000_000), round_of(facts, 385_000_000)
    assert (seed.round_type, seed.date, seed.lead_investors) == (
        "Seed",
        "2023-06",
        ["Lightspeed Venture Partners"],
    )
    assert seed.investors == ["Lightspeed Venture Partners"]
    assert (series_a.round_type, series_a.date) == ("Series A", "2023-12")
    assert (series_a.lead_investors, series_a.investors) == (["Andreessen Horowitz"], ["Andreessen Horowitz"])


def test_last_raise_of_a_run_from_a_named_backer_is_that_backers_stake_of_no_round_type():
    facts = facts_of(MISTRAL_RUN, language="fr")
    assert not [f for f in of_kind(facts, "round") if f.amount == 15_000_000]
    stake = only(facts, "investment")
    assert (stake.company, stake.investor, stake.amount, stake.currency) == (
        "Mistral AI",
        "Microsoft",
        15e6,
        "EUR",
    )
    assert (stake.date, stake.round_type) == ("2024-02", None)


def test_sum_after_then_is_its_backers_stake_not_the_earlier_seed_rounds():
    text = (
        "Mistral AI raised $105 million in June 2023 in a seed round led by Lightspeed, then $15 million from "
        "Microsoft in February 2024."
    )
    facts = facts_of(text)
    seed = only(facts, "round")
    assert (seed.amount, seed.round_type, seed.investors) == (105e6, "Seed", ["Lightspeed Venture Partners"])
    stake = only(facts, "investment")
    assert (stake.investor, stake.amount, stake.date, stake.round_type) == (
        "Microsoft",
        15e6,
        "2024-02",
        None,
    )


def test_first_raise_of_a_run_takes_no_type_told_only_of_a_later_raise():
    text = (
        "Mistral AI a levé 105 millions d'euros, puis 385 millions d'euros en décembre 2023 lors d'une série A "
        "menée par Andreessen Horowitz."
    )
    facts = facts_of(text, language="fr")
    assert round_of(facts, 105_000_000).round_type is None
    assert round_of(facts, 385_000_000).round_type == "Series A"


def test_stake_told_as_the_next_raise_of_a_run_is_no_backer_of_the_earlier_round():
    text = "Mistral AI a levé 105 millions d'euros lors d'un tour d'amorçage, puis 15 millions d'euros de Microsoft."
    facts = facts_of(text, language="fr")
    assert round_of(facts, 105_000_000).investors == []
    assert only(facts, "investment").investor == "Microsoft"


def test_raise_after_puis_with_its_backer_after_aupres_de_is_a_round_of_its_own():
    text = (
        "Mistral AI avait levé 105 millions d'euros en juin 2023, puis 15 millions d'euros auprès de Microsoft "
        "en février 2024."
    )
    facts = facts_of(text, language="fr")
    assert round_of(facts, 105_000_000).investors == []
    later = round_of(facts, 15_000_000)
    assert (later.investors, later.date) == (["Microsoft"], "2024-02")


def test_each_raise_joined_by_and_keeps_its_own_round_type_and_year():
    text = (
        "In 2022 Wayve raised £160 million in a Series B round led by Eclipse Ventures, and it raised £20 million "
        "in a Series A in 2019 and £2.5 million in a seed round in 2017."
    )
    rounds = of_kind(facts_of(text), "round")
    told = [(f.amount, f.round_type, f.date, f.lead_investors) for f in rounds]
    assert told == [
        (160e6, "Series B", "2022", ["Eclipse Ventures"]),
        (20e6, "Series A", "2019", []),
        (2.5e6, "Seed", "2017", []),
    ]


def test_round_type_of_the_earlier_round_a_down_round_is_compared_with_is_not_the_new_rounds():
    text = (
        "Stability AI raised $80 million in a down round that valued the company at $500 million, below the "
        "$1 billion valuation of its October 2022 seed round, people familiar with the matter said on Tuesday."
    )
    fact = only(facts_of(text), "round")
    assert (fact.amount, fact.round_type) == (80e6, None)


def test_round_type_after_a_possessive_of_the_round_itself_stays_its_own():
    fact = only(facts_of("Zorgly raised $50 million in its Series B led by Accel."), "round")
    assert fact.round_type == "Series B"


# -- end to end: the run beside another source's telling of one of its rounds ------------------------------

REUTERS = (
    "title: Microsoft takes minority stake in Mistral AI in multi-year partnership\ndate: 2024-02-26\n"
    "publisher: Reuters\n\n"
    "Mistral AI raised 385 million euros in December 2023 in a Series A round led by Andreessen Horowitz, with "
    "participation from Lightspeed Venture Partners, Nvidia and Salesforce.\n"
)
LES_ECHOS = (
    "title: Mistral AI lève 600 millions d'euros\ndate: 2024-06-11\npublisher: Les Echos\nlanguage: fr\n\n"
    + MISTRAL_RUN
    + "\n"
)


def imported_both(capsys, tmp_path, monkeypatch) -> str:
    """A new database (no seed) holding both stories, its tables printed 200 columns wide."""
    monkeypatch.setenv("COLUMNS", "200")
    paths = []
    for name, article in (("reuters.txt", REUTERS), ("lesechos.txt", LES_ECHOS)):
        path = tmp_path / name
        path.write_text(article, encoding="utf-8")
        paths.append(str(path))
    db = str(tmp_path / "mistral.db")
    code, _, err = run(capsys, "--db", db, "--empty", "import", *paths)
    assert code == 0, err
    return db


def test_series_a_told_in_a_run_is_one_raise_with_the_other_sources_series_a(capsys, tmp_path, monkeypatch):
    db = imported_both(capsys, tmp_path, monkeypatch)
    page = run_ok(capsys, db, "show", "Mistral AI")
    assert not [line for line in page.splitlines() if "€385M" in line and "Seed" in line]
    assert "2 sources" in next(line for line in page.splitlines() if "Series A" in line and "€385M" in line)
    timeline = run_ok(capsys, db, "timeline", "--company", "Mistral AI")
    told = [line for line in timeline.splitlines() if "€385M" in line]
    assert told and all("(Series A)" in line for line in told)


def test_lightspeed_leads_the_run_seed_not_the_series_a_it_joined(capsys, tmp_path, monkeypatch):
    db = imported_both(capsys, tmp_path, monkeypatch)
    out = tmp_path / "all.json"
    run_ok(capsys, db, "export", "--format", "json", "--out", str(out))
    rounds = [
        r for r in json.loads(out.read_text(encoding="utf-8"))["records"] if r["record_type"] == "round"
    ]
    assert {r["round"] for r in rounds if r["amount"] == 385e6} == {"Series A"}
    led_by_lightspeed = {r["round"] for r in rounds if "Lightspeed" in (r["lead_investors"] or "")}
    assert led_by_lightspeed == {"Seed"}
    page = run_ok(capsys, db, "show", "Lightspeed Venture Partners")
    assert "lead" not in next(line for line in page.splitlines() if "Series A" in line)


ROUNDUP_EN = (
    "Gull AI raised $12 million in a seed round led by Harbor Ventures. Separately, Plover Robotics closed a $40 "
    "million Series A from Quill Capital, and French start-up Sterne IA secured €8 million from Albion Growth."
)
ROUNDUP_FR = (
    "Par ailleurs, Plover Robotics a bouclé une série A de 40 millions de dollars auprès de Quill Capital, et la "
    "start-up française Sterne IA a levé 8 millions d'euros auprès d'Albion Growth."
)


def test_a_round_ups_next_company_is_no_backer_of_the_round_before_and_takes_no_round_type_from_it():
    for text, language in ((ROUNDUP_EN, "en"), (ROUNDUP_FR, "fr")):
        rounds = {f.company: f for f in of_kind(facts_of(text, language=language), "round")}
        plover, sterne = rounds["Plover Robotics"], rounds["Sterne IA"]
        assert (plover.investors, plover.round_type) == (["Quill Capital"], "Series A"), language
        assert (sterne.investors, sterne.amount, sterne.currency) == (["Albion Growth"], 8e6, "EUR"), language
        assert sterne.round_type is None, language

"""An article's stake takes the round type its own sentence states ("participated in Zorgly's $20M
Series B", "a mené le tour de série A"): the store then puts it in its company's round of that type
that day, its investor one of the round's investors."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import facts_of, only

from ai_deals.cli import main
from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.facts import _only_round_type
from ai_deals.store import Store


def test_a_stake_takes_the_round_type_its_sentence_states():
    facts = facts_of(
        "Acme Ventures invested $5 million in Zorgly AI's Series B, the company said on March 1, 2026."
    )
    assert only(facts, "investment").round_type == "Series B"


def test_a_stake_beside_its_round_in_one_sentence_takes_the_rounds_type():
    text = (
        "Zorgly AI raised $20 million in a Series B led by Lead Capital on March 1, 2026. "
        "Acme Ventures participated in Zorgly's $20M Series B, investing $5 million."
    )
    stake = only(facts_of(text), "investment")
    assert (stake.investor, stake.round_type) == ("Acme Ventures", "Series B")


def test_a_french_stake_takes_the_series_its_sentence_names():
    text = (
        "La start-up parisienne Zorgly a levé 20 millions d'euros le 1er mars 2026. "
        "Partech a mené le tour de série A de Zorgly avec un ticket de 8 millions d'euros."
    )
    stake = only(facts_of(text, "fr"), "investment")
    assert (stake.investor, stake.round_type) == ("Partech", "Series A")


def test_a_stake_whose_sentence_names_no_round_type_or_two_takes_none():
    assert (
        only(
            facts_of("Acme Ventures invested $5 million in Zorgly AI on March 1, 2026."), "investment"
        ).round_type
        is None
    )
    assert _only_round_type("Acme led its seed round and now joins its Series A") is None
    # the relative clause tells Acme's earlier round: the stake is in the Series A
    assert _only_round_type("Acme, which led its seed round, now joins its Series A") == "Series A"
    assert _only_round_type("a mené le tour de série A") == "Series A"


def test_an_articles_typed_stake_joins_a_deal_files_round_of_that_type(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("AI_DEALS_DB", str(tmp_path / "default.db"))
    deals, db = tmp_path / "round.csv", tmp_path / "t.db"
    deals.write_text(
        "company,investor,kind,amount,currency,date,round_type\n"
        "Zorgly AI,Lead Capital,round,20000000,USD,2026-03-01,Series B\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db), "--empty", "import", str(deals)]) == 0
    text = "Acme Ventures invested $5 million in Zorgly AI's Series B, the company said on March 1, 2026."
    with Store.open(db) as store:
        store.import_source(
            parse_article(text, title="Zorgly", url="https://example.org/z", published="2026-03-02")
        )
        page = store.company(store.find_company("Zorgly AI").id)
        (round_,) = page.rounds
        (stake,) = [s for s in page.investors if s.investor == "Acme Ventures"]
        assert stake.round_id == round_.id
        assert sorted(round_.investors) == ["Acme Ventures", "Lead Capital"]


def test_a_type_told_of_an_investors_earlier_round_is_not_the_stakes():
    text = (
        "Crewline raised A$45 million in a Series B led by Blackbird Ventures on November 22, 2023. "
        "AirTree Ventures, which led Crewline's $12 million Series A in 2021, returned for the round, "
        "while Salesforce Ventures invested US$10 million."
    )
    stakes = [
        fact
        for fact in facts_of(text)
        if fact.kind == "investment" and fact.investor == "Salesforce Ventures"
    ]
    assert stakes and all(stake.round_type != "Series A" for stake in stakes)
    assert _only_round_type("AirTree, which led its Series A in 2021, returned") is None
    assert _only_round_type("Acme invested $5 million in the Series A in 2021 and its Series B") == "Series B"

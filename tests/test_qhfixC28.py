"""Fixes from tester qh28: many ways of saying "a fund closed" read as a round of the VC firm (its backers made
co-investors, its name cut or lost, "third fund" taken for the firm's description), and the knowledge file's
spellings named a company only in one exact case."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, private_default_db  # noqa: F401 (autouse: no command touches the default db)
from extract_helpers import facts_of, of_kind

from ai_deals.importers.article import parse_article
from ai_deals.importers.models import FUND_CLOSED
from ai_deals.store import Store
from ai_deals.store.known_names import folded_knowledge_names, knowledge_names, known_name

_CLOSED = "Eclair Ventures has closed its third fund, {name}, at €300 million."


def _the_fund(text: str):
    facts = facts_of(text)
    assert not of_kind(facts, "round"), [f.model_dump(exclude_defaults=True) for f in facts]
    [fund] = of_kind(facts, "metric")
    assert (fund.company, fund.metric) == ("Eclair Ventures", FUND_CLOSED)
    return fund


def test_a_fund_closed_backed_by_its_limited_partners_is_no_round_and_its_backers_no_coinvestors():
    fund = _the_fund(
        "Eclair Ventures has closed its third fund, Fund III, at €300 million, backed by Bpifrance and the "
        "European Investment Fund."
    )
    assert (fund.amount, fund.currency, fund.description, fund.investors) == (300e6, "EUR", "Fund III", [])


def test_a_company_raising_for_its_new_fund_led_by_backers_still_raises_a_round():
    [round_] = of_kind(
        facts_of("Kestrel Motors raised $50 million for its new fund led by Sequoia."), "round"
    )
    assert round_.company == "Kestrel Motors"


@pytest.mark.parametrize(
    ("name", "saved"),
    [
        ('"Eclair Growth"', "Eclair Growth"),
        ("Eclair Fund No. 3", "Eclair Fund No. 3"),
        ("Eclair AI & Data Fund", "Eclair AI & Data Fund"),
        ("Eclair Fund III (Opportunity)", "Eclair Fund III (Opportunity)"),
        ("Eclair Fund 3.0", "Eclair Fund 3.0"),
        ("Eclair Fund III-A", "Eclair Fund III-A"),
        ("[red]Fund III[/]", "[red]Fund III[/]"),
        ("Fund `III`", "Fund `III`"),
    ],
)
def test_a_fund_named_with_punctuation_is_the_firms_fund_under_its_whole_name(name, saved):
    assert _the_fund(_CLOSED.format(name=name)).description == saved


def test_an_aside_saying_who_reported_the_fund_is_no_name_of_it():
    assert (
        _the_fund(
            "Eclair Ventures has closed its latest fund, Reuters reported, at €300 million."
        ).description
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Eclair Ventures secured $500 million for a new fund.",
        "Eclair Ventures has raised $400 million across two new funds.",
        "Eclair Ventures closed Fund IV at $400 million.",
        "Eclair Ventures announced the final close of its $400 million Fund IV.",
        "[red]Eclair[/] Ventures has closed its third fund, Fund III, at €300 million.",
    ],
)
def test_other_phrasings_of_a_fund_closed_are_the_firms_fund(text):
    _the_fund(text)


def test_the_firms_third_fund_is_no_description_of_the_firm():
    source = parse_article(_CLOSED.format(name="Eclair Fund No. 3"), language="en")
    [firm] = [c for c in source.companies if c.name == "Eclair Ventures"]
    assert firm.description is None


# -- #2 the knowledge file's spellings in any case --------------------------------------------------------------

_HEADER = "company,investors,round_type,amount,currency,date\n"


def _companies(db) -> set[str]:
    with Store(db, readonly=True) as store:
        return {row[0] for row in store.db.execute("SELECT name FROM companies")}


def test_a_deal_files_known_spellings_name_the_known_company_in_any_case(capsys, tmp_path):
    db = import_files(
        capsys,
        tmp_path,
        (
            "kn3.csv",
            _HEADER + "K0 AI,Andreessen Horowitz,Seed,1000000,USD,2025-01-01\n"
            "K1 AI,A16Z,Seed,2000000,USD,2025-02-01\n"
            "K2 AI,SEQUOIA,Seed,2000000,USD,2025-02-01\n"
            "K3 AI,Sequoia Capital,Seed,2000000,USD,2025-02-02\n"
            "K4 AI,A16z,Seed,2000000,USD,2025-02-03\n",
        ),
    )
    investors = _companies(db) - {f"K{n} AI" for n in range(5)}
    assert investors == {"Andreessen Horowitz", "Sequoia Capital"}


def test_a_deal_file_writing_a_known_fund_in_capitals_does_not_rename_it(capsys, tmp_path):
    rows = "".join(f"K{n} AI,SEQUOIA CAPITAL,Seed,{n + 1}000000,USD,2025-03-0{n + 1}\n" for n in range(3))
    db = import_files(
        capsys,
        tmp_path,
        ("first.csv", _HEADER + "K9 AI,Sequoia Capital,Seed,1000000,USD,2025-01-01\n"),
        ("caps1.csv", _HEADER + rows),
        ("caps2.csv", _HEADER + rows.replace("K", "L")),
    )
    assert "Sequoia Capital" in _companies(db) and "SEQUOIA CAPITAL" not in _companies(db)


def test_a_spelling_in_another_case_is_one_dict_hit_more_and_keeps_the_short_forms_refusals():
    def known(cell: str):
        return known_name(knowledge_names(), folded_knowledge_names(), cell)

    assert known("A16Z").name == known("a16z").name == "Andreessen Horowitz"
    assert known("SEQUOIA").name == "Sequoia Capital" and known("ANDREESSEN").short_form
    assert known("INDEX") is None and known("TIGER") is None

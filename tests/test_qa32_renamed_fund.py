"""A fund named with the name it had or took ("led by Amberline Capital, then called Oakfield Ventures", « menée
par Amberline Capital, alors appelé Oakfield Ventures ») is one backer, not two co-leads, and the other name is
its alias: a deal file listing "Oakfield Ventures" finds the same fund (qa32)."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_files, run_ok
from extract_helpers import only

from ai_deals.importers.article import parse_article

RENAMED = [
    ("en", "Kestrow raised a $25 million Series A in 2022 led by Amberline Capital, then called Oakfield Ventures."),
    ("en", "Kestrow raised a $25 million Series A in 2022 led by Amberline Capital, formerly known as Oakfield "
     "Ventures."),
    ("en", "Kestrow raised a $25 million Series A in 2022 led by Amberline Capital, the fund formerly known as "
     "Oakfield Ventures."),
    ("fr", "Kestrow a levé 25 millions de dollars en série A en 2022, menée par Amberline Capital, alors appelé "
     "Oakfield Ventures."),
    ("fr", "Kestrow a levé 25 millions de dollars en série A en 2022, menée par Amberline Capital, anciennement "
     "Oakfield Ventures."),
]  # fmt: skip


def parsed(language: str, sentence: str):
    return parse_article(f"Kestrow raises money\n\n{sentence}", published="2026-02-10", language=language)


@pytest.mark.parametrize(
    ("language", "sentence"), RENAMED, ids=[f"{lang}{i}" for i, (lang, _) in enumerate(RENAMED)]
)
def test_a_fund_named_with_its_former_name_leads_the_round_alone(language, sentence):
    source = parsed(language, sentence)
    round_ = only(source.facts, "round")
    assert (round_.investors, round_.lead_investors) == (["Amberline Capital"], ["Amberline Capital"])
    fund = next(company for company in source.companies if company.name == "Amberline Capital")
    assert "Oakfield Ventures" in fund.aliases


def test_a_fund_named_then_its_new_name_is_one_backer_under_the_first():
    source = parsed("fr", "Kestrow a levé 25 millions de dollars en série A en 2022, menée par Oakfield Ventures, "
                    "devenu Amberline Capital.")  # fmt: skip
    assert only(source.facts, "round").investors == ["Oakfield Ventures"]


def test_two_backers_a_comma_apart_stay_two():
    source = parsed("en", "Kestrow raised a $25 million Series A in 2022 led by Amberline Capital, Index Ventures "
                    "and Elaia.")  # fmt: skip
    assert only(source.facts, "round").investors == ["Amberline Capital", "Index Ventures", "Elaia"]


def test_a_deal_files_row_naming_the_former_name_joins_the_renamed_fund(capsys, tmp_path):
    wire = "Kestrow raises money\n\n" + RENAMED[0][1]
    row = {"Company": "Kestrow", "Deal Date": "2024-04-02", "Round Type": "Series B", "Amount": 45000000,
           "Currency": "USD", "Investors": "Index Ventures; Oakfield Ventures"}  # fmt: skip
    db = import_files(capsys, tmp_path, ("kestrow.txt", wire), ("deals.ndjson", json.dumps(row) + "\n"))
    page = json.loads(run_ok(capsys, db, "coinvestors", "Index Ventures", "--json"))
    assert [entry["name"] for entry in page["co_investors"]] == ["Amberline Capital"]

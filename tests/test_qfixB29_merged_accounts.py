"""What tester qa54 (a pension-fund analyst) found shown wrongly once an article and a deal file tell one deal:
an article's "more than $500 million" shown as the file's exact "$500M", and one investor's €15M told both as
its stake and as the file's one-investor "Corporate Round", counted twice."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_files, run_ok

# -- #3 an article's "more than" / "at least" / « plus de » round wins over a deal file's bare copy ------------

ROUND_ROW = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors
Nordlicht AI,Series B,500000000,USD,2023-11-06,Bosch Ventures
"""


def _bounded_round_story(sentence: str, language: str) -> str:
    return f"""title: Nordlicht AI funding
date: 2023-11-06
language: {language}

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Nordlicht AI said on Monday it had raised more than $500 million in a Series B round led by "
         "Bosch Ventures.", "en"),
        ("Nordlicht AI said on Monday it had raised at least $500 million in a Series B round led by "
         "Bosch Ventures.", "en"),
        ("Nordlicht AI a annoncé lundi avoir levé plus de 500 millions de dollars lors d'une série B menée par "
         "Bosch Ventures.", "fr"),
    ],
)
@pytest.mark.parametrize("order", ["article first", "deal file first"])
def test_an_articles_lower_bound_is_shown_over_a_deal_files_bare_copy_of_its_round(
    capsys, tmp_path, sentence, language, order
):
    files = [("story.txt", _bounded_round_story(sentence, language)), ("vendor.csv", ROUND_ROW)]
    db = import_files(capsys, tmp_path, *(files if order == "article first" else files[::-1]))
    page = run_ok(capsys, db, "show", "Nordlicht AI")
    rounds_table = page.split("Rounds told by several sources")[0]
    assert "≥$500M" in rounds_table and "│ $500M" not in rounds_table
    exported = json.loads(
        run_ok(capsys, db, "export", "--company", "Nordlicht AI", "--one-per-deal", "--format", "json")
    )
    (round_,) = [row for row in exported["records"] if row["record_type"] == "round"]
    assert (round_["amount"], round_["bound"]) == (500e6, "minimum")
    assert round_["other_figures"].startswith("$500M (")


# -- #2 a sole investor's stake and a deal file's round of it, that month, same amount: one deal -------------

SOLE_INVESTOR_STORY = """title: Ventoux AI raises €100 million
date: 2024-06-11
language: en

PARIS, June 11 (Wire) - French start-up Ventoux AI said on Tuesday it has raised €100 million in a Series A \
round led by Accel.

Ventoux AI also said it had signed a partnership with Microsoft in February, under which Microsoft invested \
€15 million in the company.
"""
SOLE_INVESTOR_ROW = """Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Lead Investors
Ventoux AI,Corporate Round,15000000,EUR,2024-02-26,Microsoft
"""


@pytest.mark.parametrize("order", ["article first", "deal file first"])
def test_a_sole_investors_stake_and_its_round_that_month_are_counted_once(capsys, tmp_path, order):
    files = [("story.txt", SOLE_INVESTOR_STORY), ("vendor.csv", SOLE_INVESTOR_ROW)]
    db = import_files(capsys, tmp_path, *(files if order == "article first" else files[::-1]))
    page = run_ok(capsys, db, "show", "Ventoux AI")
    assert "raised €115M\n" in page
    exported = json.loads(run_ok(capsys, db, "export", "--company", "Ventoux AI", "--format", "json"))
    counted = sorted((row["record_type"], row["counted"]) for row in exported["records"] if row.get("counted"))
    assert counted == [("round", 15e6), ("round", 100e6)]


def test_a_sole_investors_stake_of_another_amount_still_counts_on_its_own(capsys, tmp_path):
    story = SOLE_INVESTOR_STORY.replace("€15 million", "€20 million")
    db = import_files(capsys, tmp_path, ("story.txt", story), ("vendor.csv", SOLE_INVESTOR_ROW))
    assert "raised €135M\n" in run_ok(capsys, db, "show", "Ventoux AI")

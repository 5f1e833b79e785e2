"""One round told in two currencies is one raise when its own source gave the other figure: an article's
"£40m ($51m) Series A" and a deal file's $51M Series A of that day (qa32 item 4; store/same_raise.py
`_attach_stated_equivalents`, store/conflicts.py `_without_stated_equivalents`)."""

from __future__ import annotations

import json

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

ARTICLE = """title: Brennic raises £40m Series A led by Amberline
date: 2024-11-14
publisher: Sifted
language: en
url: https://example.org/en/sifted_brennic

London-based Brennic, which uses AI to design and run clinical trials, has raised a £40m ($51m) Series A \
led by Amberline Capital, with participation from Index Ventures and Elaia.
"""

DEALS = (
    '{"Deal Date": "2024-11-14", "Deal Size (USD M)": %s, "Investors": "Amberline Capital; Index Ventures; '
    'Elaia", "Company": "Brennic", "Round Type": "Series A", "Lead Investors": "Amberline Capital"}\n'
)


def brennic(capsys, tmp_path, usd_millions: str) -> dict:
    db = import_files(capsys, tmp_path, ("en5.txt", ARTICLE), ("deals.ndjson", DEALS % usd_millions))
    return json.loads(run_ok(capsys, db, "show", "--json", "Brennic"))


def test_a_deal_files_figure_equal_to_the_articles_stated_equivalent_is_the_same_round(capsys, tmp_path):
    page = brennic(capsys, tmp_path, "51")
    assert [(r["amount"], r["currency"]) for r in page["rounds"]] == [(40e6, "GBP")]
    assert page["raised"] == {"GBP": 40e6}
    assert page["conflicts"] == []


def test_a_figure_far_from_the_stated_equivalent_stays_a_round_of_its_own(capsys, tmp_path):
    """No exchange rate is assumed: $80M is not what the article said £40m was."""
    page = brennic(capsys, tmp_path, "80")
    assert sorted((r["amount"], r["currency"]) for r in page["rounds"]) == [(40e6, "GBP"), (80e6, "USD")]


def test_co_investors_of_a_round_told_in_two_currencies_share_one_round(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("en5.txt", ARTICLE), ("deals.ndjson", DEALS % "51"))
    page = json.loads(run_ok(capsys, db, "show", "--json", "Amberline Capital"))
    assert {c["name"]: c["rounds"] for c in page["co_investors"]} == {"Index Ventures": 1, "Elaia": 1}


def test_the_timeline_shows_a_round_told_in_two_currencies_once(capsys, tmp_path):
    """review32: the page folded the deal file's $51M into the article's £40M, the timeline still listed both
    ("raises $51M (Series A)" and "raises £40M (Series A)"): its fold candidates paired rounds of one currency."""
    db = import_files(capsys, tmp_path, ("en5.txt", ARTICLE), ("deals.ndjson", DEALS % "51"))
    events = json.loads(run_ok(capsys, db, "timeline", "--json"))["events"]
    titles = [event["title"] for event in events if "Series A" in event["title"]]
    assert len(titles) == 1 and "£40M" in titles[0], titles
    assert "$51M" not in run_ok(capsys, db, "timeline", "--company", "Brennic")

"""Fixes from tester qa48's report (fixE26): every figure and party traces to the sentence telling it."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401
from extract_helpers import facts_of, only
from nordwind_stories import TECHCRUNCH

BLOOMBERG_SENTENCES = (
    "Quantia Labs, a New York-based AI startup, raised $300 million in a Series C round led by Lightspeed "
    "Venture Partners. General Catalyst and Eurazeo also invested."
)


def test_co_investors_of_the_next_sentence_cite_that_sentence():
    round_ = only(facts_of(BLOOMBERG_SENTENCES, published="2026-10-01"), "round")
    assert "General Catalyst" in round_.investors
    assert [more.sentence for more in round_.more_evidence] == ["General Catalyst and Eurazeo also invested."]


def test_exported_round_keeps_the_sentence_naming_its_co_investors(capsys, tmp_path: Path):
    db = import_files(capsys, tmp_path, ("tc.txt", TECHCRUNCH))
    out = run_ok(capsys, db, "export", "--kind", "round", "--format", "json")
    (round_,) = [r for r in json.loads(out)["records"] if r["record_type"] == "round"]
    assert "Eurazeo" in round_["counterpart"]
    more = (
        json.loads(round_["more_evidence"])
        if isinstance(round_["more_evidence"], str)
        else round_["more_evidence"]
    )
    assert [m["sentence"] for m in more] == [
        "NVentures, Nvidia's venture capital arm, and Eurazeo also participated in the round."
    ]


LES_ECHOS_URL = "https://www.lesechos.fr/tech-medias/heliade-leve-120-millions-2026"
VENDOR_ROW = (
    "company,investor,amount,currency,date,source_url\n"
    f"Heliade,Eurazeo,120000000,EUR,2026-11-17,{LES_ECHOS_URL}\n"
)
LES_ECHOS = f"""title: Héliade lève 120 millions d'euros
date: 2026-11-17
url: {LES_ECHOS_URL}
publisher: Les Echos
language: fr

La start-up Héliade a levé 120 millions d'euros lors d'une série B menée par Eurazeo.
"""
BLOOMBERG = """title: Quantia raises $300 million
date: 2026-10-01
url: https://www.bloomberg.com/news/quantia
publisher: Bloomberg

Quantia Labs, a New York-based AI startup, raised $300 million in a Series C round led by Eurazeo.
"""


def test_a_deal_file_row_citing_only_a_url_exports_no_title_but_the_url(capsys, tmp_path: Path):
    db = import_files(capsys, tmp_path, ("vendor.csv", VENDOR_ROW))
    out = run_ok(capsys, db, "export", "--kind", "investment", "--format", "json")
    (row,) = [r for r in json.loads(out)["records"] if r["record_type"] != "company"]
    assert row["source_url"] == LES_ECHOS_URL
    assert row["source_title"] is None  # not the URL a second time


def test_the_sources_of_a_page_stay_in_date_order_once_a_cited_url_gives_way_to_its_article(
    capsys, tmp_path: Path
):
    db = import_files(
        capsys, tmp_path, ("vendor.csv", VENDOR_ROW), ("bloomberg.txt", BLOOMBERG), ("echos.txt", LES_ECHOS)
    )
    page = json.loads(run_ok(capsys, db, "show", "Eurazeo", "--json"))
    dates = [source["published"] for source in page["sources"]]
    assert dates == sorted(dates, key=lambda d: d or "")
    assert "2026-11-17" in dates and "2026-10-01" in dates

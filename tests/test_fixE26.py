"""Fixes from tester qa48's report (fixE26): every figure and party traces to the sentence telling it."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401
from extract_helpers import facts_of, only

TECHCRUNCH = """title: Nordwind Robotics grabs $45M Series A
date: 2026-11-12
url: https://techcrunch.com/2026/11/12/nordwind-robotics-series-a/
publisher: TechCrunch

Nordwind Robotics, a Berlin-based startup that builds foundation models for warehouse robots, has raised \
$45 million in a Series A round led by Lightspeed Venture Partners.

NVentures, Nvidia's venture capital arm, and Eurazeo also participated in the round.
"""

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

"""Fixes from tester qa48 (a data journalist checking every figure): how accounts are grouped into one
raise and one company."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

TECHCRUNCH = """title: Nordwind Robotics grabs $45M Series A to teach warehouse robots to reason
date: 2026-11-12
url: https://techcrunch.example/nordwind-series-a/
publisher: TechCrunch

Nordwind Robotics, a Berlin-based startup that builds foundation models for warehouse robots, has raised $45 million in a Series A round led by Lightspeed Venture Partners.

NVentures, Nvidia's venture capital arm, and Eurazeo also participated in the round.
"""
HANDELSBLATT = """title: Berlin's Nordwind raises $48 million
date: 2026-11-13
url: https://handelsblatt.example/nordwind-raises-48-million/
publisher: Handelsblatt
language: en

Nordwind Robotics GmbH said on Wednesday it had closed a $48 million Series A round led by Lightspeed Venture Partners, with NVentures and Eurazeo.
"""
FOLLOWUP = """title: Heliade hires former Mistral exec
date: 2026-11-26
language: en
url: https://example.org/heliade-hire

Heliade, the Paris AI startup that closed a €120 million Series B last week, has hired a former Mistral AI executive as chief revenue officer.

The hire comes as rivals race for capital: New York-based Quantia Labs raised $300 million in October, while Berlin's Nordwind Robotics secured $45 million this month.
"""
NORDWIND = [("tc.txt", TECHCRUNCH), ("hb.txt", HANDELSBLATT), ("followup.txt", FOLLOWUP)]

LES_ECHOS = """title: L'IA française Héliade lève 120 millions d'euros
date: 2026-11-17
url: https://lesechos.example/heliade-leve-120-millions
publisher: Les Echos
language: fr

La start-up parisienne Héliade, qui développe des modèles de langage pour l'industrie, a annoncé mardi une levée de fonds de 120 millions d'euros en série B, menée par Eurazeo, avec la participation de Bpifrance et d'Index Ventures.
"""
MADDYNESS = """title: Héliade boucle une série B de 125 M€
date: 2026-11-18
url: https://maddyness.example/heliade-serie-b
publisher: Maddyness
language: fr

La pépite française Héliade a finalisé une série B de 125 M€ menée par Eurazeo, aux côtés de Bpifrance et Index Ventures.
"""
SIFTED = """title: Heliade signs Airbus deal a week after its mega-round
date: 2026-11-25
url: https://sifted.example/heliade-airbus-deal
publisher: Sifted
language: en

Heliade, the Paris AI startup that raised €120m last week, has signed a multi-year partnership with Airbus to deploy its models in aircraft maintenance.
"""
HELIADE = [("lesechos.txt", LES_ECHOS), ("maddyness.txt", MADDYNESS), ("sifted.txt", SIFTED)]


def page(capsys, db: Path, name: str) -> dict:
    return json.loads(run_ok(capsys, db, "show", "--json", name))


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_a_later_storys_passing_mention_of_a_raise_never_splits_it_in_two(capsys, tmp_path, order):
    """TechCrunch's $45M and Handelsblatt's $48M Series A are one raise; a later story's "secured $45
    million this month" (dated to the month) joins it, not TechCrunch's alone: one round, $48M raised."""
    db = import_files(capsys, tmp_path, *(NORDWIND[index] for index in order))
    shown = page(capsys, db, "Nordwind Robotics")
    assert len(shown["rounds"]) == 1
    assert len(shown["rounds"][0]["same_raise_ids"]) == 2
    assert shown["raised"] == {"USD": 48_000_000.0}


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0)])
def test_a_last_week_mention_joins_the_raise_two_reports_with_different_figures_tell(capsys, tmp_path, order):
    """Les Echos' €120M and Maddyness' €125M Series B, then Sifted's "raised €120m last week": one
    Series B, not €120M and €125M (€245M)."""
    db = import_files(capsys, tmp_path, *(HELIADE[index] for index in order))
    shown = page(capsys, db, "Héliade")
    assert [r["amount"] for r in shown["rounds"]] == [120_000_000.0]
    assert shown["raised"] == {"EUR": 120_000_000.0}


REUTERS = """title: French AI startup Heliade raises 120 million euros led by Eurazeo
date: 2026-11-17
url: https://reuters.example/french-ai-startup-heliade-raises-120-million-euros
publisher: Reuters
language: en

PARIS, Nov 17 (Reuters) - Heliade AI, a Paris-based startup building language models for manufacturers, said on Tuesday it had raised 120 million euros ($139 million) in a Series B funding round led by Eurazeo.

The company had 85 employees at the end of October, chief executive Claire Morvan told Reuters.
"""


def companies_called(capsys, db: Path, query: str) -> list[str]:
    found = json.loads(run_ok(capsys, db, "search", "--json", query))["results"]
    return sorted(hit["name"] for hit in found if hit["hit_type"] == "company")


@pytest.mark.parametrize("reuters_first", [False, True])
def test_a_short_name_only_the_headline_uses_joins_the_company_called_so(capsys, tmp_path, reuters_first):
    """Reuters' "Heliade AI" under the headline "French AI startup Heliade raises…" is Les Echos'
    "Héliade", in either order: one company, €120M raised once."""
    articles = [("lesechos.txt", LES_ECHOS), ("reuters.txt", REUTERS)]
    db = import_files(capsys, tmp_path, *(reversed(articles) if reuters_first else articles))
    assert companies_called(capsys, db, "heliade") == ["Heliade AI"]
    assert page(capsys, db, "Heliade AI")["raised"] == {"EUR": 120_000_000.0}


AFP_ORIGINAL = """title: French AI firm Heliade raises 102 million euros
date: 2026-11-17
url: https://afp.example/heliade-raises-funds
publisher: AFP
language: en

Heliade, a French artificial intelligence startup, said on Tuesday it had raised 102 million euros in a Series B round led by Eurazeo.

Bpifrance and Index Ventures also invested, the company said.
"""
AFP_CORRECTED = """title: CORRECTED-French AI firm Heliade raises 102 million euros
date: 2026-11-18
url: https://afp.example/heliade-raises-funds-corrected
publisher: AFP
language: en

(Corrects amount raised in paragraph 1 to 120 million euros from 102 million euros)

Heliade, a French artificial intelligence startup, said on Tuesday it had raised 120 million euros in a Series B round led by Eurazeo.

An earlier version of this story misstated the amount of the round.

Bpifrance and Index Ventures also invested, the company said.
"""
WITH_CORRECTION = [("lesechos.txt", LES_ECHOS), ("afp-fix.txt", AFP_CORRECTED), ("afp.txt", AFP_ORIGINAL)]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (0, 2, 1)])
def test_a_figure_its_own_outlet_corrected_is_marked_retracted_and_no_source_of_its_own(
    capsys, tmp_path, order
):
    """AFP's €102M, which AFP's correction puts at €120M, beside Les Echos' €120M: one Series B of two
    sources (Les Echos, AFP), the €102M pointed out as retracted on the page, its conflict line and the
    timeline, whichever came first."""
    db = import_files(capsys, tmp_path, *(WITH_CORRECTION[index] for index in order))
    shown = page(capsys, db, "Heliade")
    [series_b] = [r for r in shown["rounds"] if r["round_type"] == "Series B"]
    assert series_b["amount"] == 120_000_000.0
    assert len(series_b["withdrawn_ids"]) == 1
    assert [c["values"] for c in shown["conflicts"] if c["what"] == "round 2026-11-17"] == [
        ["€102M (retracted)", "€120M"]
    ]
    out = run_ok(capsys, db, "show", "Heliade")
    assert "│ 2 sources │" in out
    assert "€102M (retracted)" in out.split("each source's words")[1]
    timeline = run_ok(capsys, db, "timeline", "--company", "Heliade", "--json")
    [event] = [e for e in json.loads(timeline)["events"] if "(Series B)" in e["title"]]
    assert event["title"].endswith("· 2 sources · conflict: €102M (retracted) vs €120M")


def test_a_dispatch_of_another_outlet_is_no_figure_a_correction_retracts(capsys, tmp_path):
    """Les Echos' €102M beside AFP's correction to €120M: AFP corrected its own dispatch, not Les Echos'
    story, so €102M stays an ordinary figure and Les Echos a source of its own."""
    other_outlet = AFP_ORIGINAL.replace("publisher: AFP", "publisher: Les Echos").replace(
        "afp.example", "lesechos.example"
    )
    db = import_files(capsys, tmp_path, ("afp-fix.txt", AFP_CORRECTED), ("echos.txt", other_outlet))
    shown = page(capsys, db, "Heliade")
    [series_b] = [r for r in shown["rounds"] if r["round_type"] == "Series B"]
    assert series_b["withdrawn_ids"] == []
    assert [c["values"] for c in shown["conflicts"] if c["what"] == "round 2026-11-17"] == [
        ["€102M", "€120M"]
    ]


def test_an_investors_page_counts_a_corrected_dispatch_and_its_correction_as_one_source(capsys, tmp_path):
    """Eurazeo's portfolio lists Heliade's Series B as AFP's account, told once: "1 source"."""
    db = import_files(capsys, tmp_path, ("afp.txt", AFP_ORIGINAL), ("afp-fix.txt", AFP_CORRECTED))
    out = run_ok(capsys, db, "show", "Eurazeo")
    [row] = [line for line in out.splitlines() if "Heliade" in line and "€120M" in line]
    assert "1 source" in row and "2 sources" not in row


@pytest.mark.parametrize("followup_first", [False, True])
def test_a_passing_mention_with_another_figure_is_the_raise_of_its_month_with_a_conflict(
    capsys, tmp_path, followup_first
):
    """Handelsblatt's $48M Series A and a later story's "secured $45 million this month": one raise of
    two sources, its figures a conflict, $48M raised (not $93M), on the page and on the timeline."""
    articles = [("hb.txt", HANDELSBLATT), ("followup.txt", FOLLOWUP)]
    db = import_files(capsys, tmp_path, *(reversed(articles) if followup_first else articles))
    shown = page(capsys, db, "Nordwind Robotics")
    assert len(shown["rounds"]) == 1 and shown["raised"] == {"USD": 48_000_000.0}
    assert [c["values"] for c in shown["conflicts"] if c["what"].startswith("round")] == [["$45M", "$48M"]]
    events = json.loads(run_ok(capsys, db, "timeline", "--json"))["events"]
    assert len([e for e in events if "Nordwind Robotics raises" in e["title"]]) == 1


def test_a_passing_mention_fitting_two_raises_of_its_month_stays_a_round_of_its_own(capsys, tmp_path):
    """ "Secured $45 million this month" beside a $44M seed and a $48M Series A of that month: which raise it
    tells is unknown, so it joins neither."""
    seed = HANDELSBLATT.replace("$48 million Series A", "$44 million Seed round").replace(
        "handelsblatt.example/nordwind-raises-48-million/", "other.example/nordwind-seed"
    )
    db = import_files(
        capsys, tmp_path, ("hb.txt", HANDELSBLATT), ("seed.txt", seed), ("followup.txt", FOLLOWUP)
    )
    amounts = sorted(r["amount"] for r in page(capsys, db, "Nordwind Robotics")["rounds"])
    assert amounts == [44_000_000.0, 45_000_000.0, 48_000_000.0]

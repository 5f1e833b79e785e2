"""What tester qa54 (a pension-fund analyst) found counted that was never money raised: a newspaper's rumour
credited to the newspaper as its own raise, employees' secondary sale read as the company's round, a recalled
raise given to the fund that backed it, and a denied takeover rumour recorded as an acquisition."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run, run_ok
from extract_helpers import facts_of, of_kind, only

from ai_deals.importers.models import IN_TALKS, PLANNED

# -- #1 the newspaper telling a rumour is no party; a raise only considered is planned (planned31) --------------

HELSING = """title: Défense : Helsing lève 600 millions d'euros
date: 2025-06-17
language: fr

MUNICH, 17 juin 2025 - La société allemande de défense Helsing a annoncé mardi une levée de 600 millions \
d'euros, menée par Prima Materia.

D'après le quotidien Handelsblatt, le groupe envisagerait une nouvelle levée d'un milliard d'euros d'ici 2026, \
une information que l'entreprise n'a pas souhaité commenter.
"""
RAISED_FR = "Helsing a annoncé mardi une levée de 600 millions d'euros menée par Prima Materia. "
RAISED_EN = "Helsing raised €600 million on Tuesday in a round led by Prima Materia. "


@pytest.mark.parametrize(
    ("rumour", "language", "status"),
    [
        (
            "D'après le quotidien Handelsblatt, le groupe envisagerait une nouvelle levée d'un milliard d'euros.",
            "fr",
            PLANNED,
        ),
        ("Selon le journal économique Handelsblatt, le groupe pourrait lever un milliard d'euros.", "fr", IN_TALKS),
        (
            "Selon le journal Handelsblatt, le groupe serait en discussions pour lever un milliard d'euros.",
            "fr",
            IN_TALKS,
        ),
        (
            "According to newspaper Handelsblatt, the company is said to be considering a new raise of €1 billion.",
            "en",
            PLANNED,
        ),
        (
            "According to German business daily Handelsblatt, the group reportedly plans a new €1 billion round.",
            "en",
            PLANNED,
        ),
    ],
)
def test_a_rumoured_raise_told_by_a_newspaper_is_the_company_s_raise_in_talks_or_planned(rumour, language, status):
    opening = RAISED_FR if language == "fr" else RAISED_EN
    facts = facts_of(opening + rumour, language=language)
    assert all("Handelsblatt" not in (f.company, f.investor, *f.investors) for f in facts)
    rumoured = [f for f in of_kind(facts, "round") if f.amount == 1e9]
    assert [(f.company, f.status) for f in rumoured] == [("Helsing", status)]


def test_a_newspaper_s_rumour_is_neither_its_raise_nor_counted(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("helsing.txt", HELSING))
    code, _, err = run(capsys, "--db", str(db), "show", "Handelsblatt")
    assert code != 0 and "no company or investor matches" in err
    page = run_ok(capsys, db, "show", "Helsing")
    assert "raised €600M" in page
    assert "€1B (planned)" in page  # « envisagerait une nouvelle levée »: planned31, was in talks
    assert "Handelsblatt raises" not in run_ok(capsys, db, "timeline")


# -- #2 employees selling shares to a buyer: a stake bought from them, no money for the company -----------------

DEEPL = """title: DeepL raises $300 million at $2 billion valuation
date: 2024-05-22
language: en

COLOGNE, May 22 (Wire) - German translation company DeepL said on Wednesday it has raised $300 million in new \
funding at a $2 billion valuation, in a round led by Index Ventures.

Separately, some early employees sold shares worth $50 million to Atomico in a secondary sale, a person familiar \
with the matter said. DeepL received none of that money.
"""


@pytest.mark.parametrize(
    "sale",
    [
        "Separately, some early employees sold shares worth $50 million to Atomico in a secondary sale, a person "
        "familiar with the matter said.",
        "Early employees sold shares worth $50 million to Atomico.",
        "Existing shareholders sold shares worth $50 million to Atomico in a secondary sale.",
        "Some early employees sold $50 million worth of shares to Atomico in a secondary sale.",
    ],
)
def test_holders_selling_shares_to_a_buyer_is_the_buyer_s_stake_purchase_not_a_round(sale):
    text = (
        "German translation company DeepL said on Wednesday it has raised $300 million in a round led by Index "
        f"Ventures. {sale} DeepL received none of that money."
    )
    facts = facts_of(text)
    assert [f.amount for f in of_kind(facts, "round")] == [300e6]
    stake = only(facts, "investment")
    assert (stake.investor, stake.company, stake.amount, stake.round_type) == (
        "Atomico",
        "DeepL",
        50e6,
        "Stake purchase",
    )


def test_a_company_selling_its_own_shares_worth_a_sum_still_raises_it():
    text = "Orca9 AI raised fresh capital, selling shares worth $50 million to Quill Capital."
    assert only(facts_of(text), "round").amount == 50e6


def test_employees_secondary_sale_is_not_counted_in_money_raised(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("deepl.txt", DEEPL))
    page = run_ok(capsys, db, "show", "DeepL")
    assert "raised $300M" in page
    assert "Atomico buys a stake in DeepL ($50M)" in run_ok(capsys, db, "timeline")


# -- #3 a raise a relative clause tells after an apposition is the named company's, recalled --------------------

BPIFRANCE = """title: Bpifrance boucle son fonds Large Venture 2 à 1 milliard d'euros
date: 2025-10-14
language: fr

PARIS, 14 octobre 2025 - Bpifrance a annoncé mardi le closing final de son fonds Large Venture 2, doté de 1 \
milliard d'euros, destiné aux start-up technologiques en phase de croissance.

Le précédent fonds de la banque publique avait notamment accompagné H Company, la start-up parisienne d'agents \
IA qui avait levé 220 millions de dollars en amorçage en mai 2024.
"""
FUND_CLOSED_FR = (
    "Bpifrance a annoncé mardi le closing final de son fonds Large Venture 2, doté de 1 milliard d'euros. "
)


@pytest.mark.parametrize(
    "backed",
    [
        "Le précédent fonds de la banque publique avait notamment accompagné H Company, la start-up parisienne "
        "d'agents IA qui avait levé 220 millions de dollars en amorçage en mai 2024.",
        "La banque publique avait accompagné H Company, la start-up parisienne qui avait levé 220 millions de "
        "dollars en mai 2024.",
        "Le fonds de Bpifrance avait notamment accompagné H Company, la start-up parisienne, qui avait levé 220 "
        "millions de dollars en mai 2024.",
    ],
)
def test_a_raise_told_in_a_relative_after_an_apposition_is_the_named_company_s_recalled(backed):
    round_ = only(facts_of(FUND_CLOSED_FR + backed, language="fr"), "round")
    assert (round_.company, round_.amount, round_.date, round_.recalled) == (
        "H Company",
        220e6,
        "2024-05",
        True,
    )


def test_an_english_raise_after_an_apposition_is_the_named_company_s_recalled():
    text = (
        "Its previous fund backed H Company, the Paris AI-agent startup that raised $220 million in a seed round in "
        "May 2024."
    )
    round_ = only(facts_of(text), "round")
    assert (round_.company, round_.recalled) == ("H Company", True)


def test_the_fund_backing_a_company_is_not_credited_its_raise(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("bpifrance.md", BPIFRANCE))
    timeline = run_ok(capsys, db, "timeline")
    assert "H Company raises $220M (Seed)" in timeline
    assert "Bpifrance raises" not in timeline


# -- #4 a takeover only rumoured is in talks at most; denied, it is nothing --------------------------------------

MISTRAL = """title: Mistral AI lève 1,7 milliard d'euros
date: 2025-09-09
language: fr

PARIS, 9 septembre 2025 - La start-up française Mistral AI a annoncé mardi avoir levé 1,7 milliard d'euros lors \
d'une levée de fonds de série C menée par ASML.

Selon plusieurs médias, Apple aurait envisagé un rachat de Mistral AI au printemps. La société a démenti toute \
discussion en ce sens.
"""
RAISED_MISTRAL_FR = "Mistral AI a levé 1,7 milliard d'euros mardi. "
RAISED_MISTRAL_EN = "Mistral AI raised €1.7 billion on Tuesday. "


@pytest.mark.parametrize(
    ("rumour", "language"),
    [
        ("Selon plusieurs médias, Apple aurait envisagé un rachat de Mistral AI au printemps.", "fr"),
        ("Apple envisagerait de racheter Mistral AI.", "fr"),
        ("Apple serait en discussions pour racheter Mistral AI.", "fr"),
        ("Apple is said to be considering an acquisition of Mistral AI.", "en"),
        ("Apple reportedly considered buying Mistral AI in the spring.", "en"),
        (
            "Apple was in talks to acquire Mistral AI. Mistral AI declined to confirm or deny the report.",
            "en",
        ),
    ],
)
def test_a_rumoured_takeover_is_in_talks(rumour, language):
    opening = RAISED_MISTRAL_FR if language == "fr" else RAISED_MISTRAL_EN
    takeover = only(facts_of(opening + rumour, language=language), "acquisition")
    assert (takeover.investor, takeover.company, takeover.status) == ("Apple", "Mistral AI", IN_TALKS)


@pytest.mark.parametrize(
    ("rumour", "language"),
    [
        (
            "Selon plusieurs médias, Apple aurait envisagé un rachat de Mistral AI au printemps. La société a "
            "démenti toute discussion en ce sens.",
            "fr",
        ),
        ("Apple rachèterait Mistral AI, ce que la société a démenti.", "fr"),
        ("Apple reportedly considered buying Mistral AI; Mistral AI denied.", "en"),
        ("Apple reportedly considered buying Mistral AI in the spring. The company denied any talks.", "en"),
    ],
)
def test_a_rumoured_takeover_then_denied_is_no_acquisition(rumour, language):
    opening = RAISED_MISTRAL_FR if language == "fr" else RAISED_MISTRAL_EN
    assert of_kind(facts_of(opening + rumour, language=language), "acquisition") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Apple a racheté Mistral AI au printemps.", "fr"),
        (
            "Apple acquired Mistral AI in the spring, in what was considered the largest deal of the year.",
            "en",
        ),
        ("Apple said it would acquire Mistral AI.", "en"),
    ],
)
def test_a_takeover_told_as_made_stays_announced(text, language):
    assert only(facts_of(text, language=language), "acquisition").status == "announced"


def test_a_denied_takeover_rumour_is_not_on_the_timeline(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("mistral.txt", MISTRAL))
    assert "Apple acquires" not in run_ok(capsys, db, "timeline")

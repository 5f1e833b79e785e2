"""French phrasings that gave nothing or the wrong thing (art27b): a raise being readied or meant (« prépare une
levée de », « prépare un tour de table de », « compte lever ») is a raise planned (planned31: no longer "in
talks"), never money raised; another
holder's stake bought, whole or in part (« a racheté la participation de Pelican Capital dans Kestrel IA », « a
repris une partie des parts de … dans … »), is the buyer's purchase and the holder's sale; money put in a company
told after a descriptor (« a apporté 90 M€ à la start-up Lynx IA ») or staked on it (« a misé 10 M€ sur Lynx IA »)
is the backer's stake; a round « réalisée » or its lead told « (chef de file) » keeps its backers."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, run_ok  # noqa: F401 (autouse fixture private_default_db)
from extract_helpers import facts_of, of_kind

STORY_DAY = "2024-10-15"


def _story(title: str, sentence: str) -> str:
    return f"title: {title}\ndate: {STORY_DAY}\npublisher: TestWire\n\n{sentence}\n"


def _french(sentence: str):
    return facts_of(sentence, language="fr", published=STORY_DAY)


# -- #1 a raise being readied or meant is planned, one about to be made in talks --------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount", "status"),
    [
        ("Ibis IA prépare une levée de 200 millions d'euros.", 2e8, "planned"),
        ("Ibis IA prépare un tour de table de 50 M€.", 5e7, "planned"),
        ("Ibis IA prépare une levée de fonds de 200 millions d'euros auprès d'Albion Growth.", 2e8, "planned"),
        ("Ibis IA préparerait une nouvelle levée de 200 millions d'euros.", 2e8, "planned"),
        ("Selon nos informations, Ibis IA prépare une levée de fonds d'environ 200 millions d'euros.", 2e8, "planned"),
        ("Ibis IA prépare un tour de table de près de 50 M€.", 5e7, "planned"),
        ("Ibis IA serait en train de préparer une levée de 200 millions d'euros.", 2e8, "planned"),
        ("Ibis IA compte lever 80 millions d'euros.", 8e7, "planned"),
        ("Ibis IA compterait lever 80 millions d'euros d'ici l'été.", 8e7, "planned"),
        ("Ibis IA est en passe de lever 80 millions d'euros.", 8e7, "in_talks"),
        ("Ibis IA chercherait à lever 80 millions d'euros.", 8e7, "planned"),
    ],
)  # fmt: skip
def test_a_french_raise_being_readied_or_meant_is_planned_and_one_about_to_be_made_in_talks(sentence, amount, status):
    rounds = of_kind(_french(sentence), "round")
    assert [(f.company, f.amount, f.status) for f in rounds] == [("Ibis IA", amount, status)]


@pytest.mark.parametrize(
    "sentence", ["Ibis IA a levé 200 millions d'euros.", "Ibis IA vient de lever 200 millions d'euros."]
)
def test_a_french_raise_made_stays_announced(sentence):
    rounds = of_kind(_french(sentence), "round")
    assert [(f.company, f.amount, f.status) for f in rounds] == [("Ibis IA", 2e8, "announced")]


def test_a_raise_being_readied_is_not_counted_and_its_valuation_is_planned(capsys, tmp_path):
    story = _story(
        "Prépare",
        "Ibis IA prépare une levée de 200 millions d'euros sur la base d'une valorisation de 1 milliard d'euros.",
    )
    db = import_files(capsys, tmp_path, ("p1.txt", story))
    timeline = run_ok(capsys, db, "timeline", "--company", "Ibis IA")
    assert "Ibis IA raises €200M (planned)" in timeline
    assert "Ibis IA valuation: €1B (planned)" in timeline
    assert "raised €200M" not in run_ok(capsys, db, "show", "Ibis IA")


# -- #2 another holder's stake bought is the buyer's purchase and the holder's sale ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "sale"),
    [
        ("Orchard Lane Partners a repris une partie des parts de Pelican Capital dans Kestrel IA pour 30 millions "
         "d'euros.", "Partial stake sale"),
        ("Orchard Lane Partners a racheté une partie de la participation de Pelican Capital dans Kestrel IA pour 30 "
         "millions d'euros.", "Partial stake sale"),
        ("Orchard Lane Partners a racheté la moitié des parts détenues par Pelican Capital dans Kestrel IA pour 30 "
         "millions d'euros.", "Partial stake sale"),
        ("Orchard Lane Partners a racheté la participation de Pelican Capital dans Kestrel IA pour 30 millions "
         "d'euros.", "Stake sale"),
        ("Orchard Lane Partners a racheté les parts de Pelican Capital dans Kestrel IA pour 30 millions d'euros.",
         "Stake sale"),
        ("Orchard Lane Partners a repris la participation de 12 % de Pelican Capital dans Kestrel IA pour 30 "
         "millions d'euros.", "Stake sale"),
        ("Le fonds Orchard Lane Partners a racheté la participation détenue par Pelican Capital dans la start-up "
         "Kestrel IA pour 30 millions d'euros.", "Stake sale"),
    ],
)  # fmt: skip
def test_another_holders_stake_bought_in_french_is_its_sale_and_the_buyers_purchase(sentence, sale):
    stakes = of_kind(_french(sentence), "investment")
    assert {(s.investor, s.company, s.amount, s.round_type, s.status) for s in stakes} == {
        ("Orchard Lane Partners", "Kestrel IA", 30e6, "Stake purchase", "completed"),
        ("Pelican Capital", "Kestrel IA", 30e6, sale, "completed"),
    }
    assert not of_kind(_french(sentence), "round")


def test_part_of_a_holders_stake_bought_is_no_money_raised_by_its_company(capsys, tmp_path):
    story = _story(
        "Repris",
        "Orchard Lane Partners a repris une partie des parts de Pelican Capital dans Kestrel IA pour 30 millions "
        "d'euros.",
    )
    db = import_files(capsys, tmp_path, ("p2.txt", story))
    shown = run_ok(capsys, db, "show", "Kestrel IA")
    assert "Partial stake sale" in shown and "Stake purchase" in shown
    assert "raised" not in shown
    assert "Pelican Capital sells part of its stake in Kestrel IA (€30M)" in run_ok(capsys, db, "timeline")


# -- #3 money put in a company told after a descriptor, or staked on it, is the backer's stake ---------------------


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("Nimbra Cloud a apporté 90 M€ à la start-up Lynx IA.", 90e6),
        ("Nimbra Cloud a apporté 90 millions d'euros à la jeune pousse parisienne Lynx IA.", 90e6),
        ("Nimbra Cloud a injecté 40 millions d'euros dans Lynx IA.", 40e6),
        ("Nimbra Cloud a investi 25 M€ dans la pépite lyonnaise Lynx IA.", 25e6),
        ("Nimbra Cloud a misé 10 millions d'euros sur Lynx IA.", 10e6),
        ("Nimbra Cloud mise 10 M€ sur Lynx IA.", 10e6),
        ("Nimbra Cloud a également misé 10 M€ sur la pépite lyonnaise Lynx IA.", 10e6),
    ],
)  # fmt: skip
def test_money_put_in_or_staked_on_a_french_company_is_the_backers_stake(sentence, amount):
    facts = _french(sentence)
    assert [(f.kind, f.investor, f.company, f.amount) for f in facts] == [
        ("investment", "Nimbra Cloud", "Lynx IA", amount)
    ]


def test_a_stake_given_to_a_described_company_shows_in_the_backers_portfolio(capsys, tmp_path):
    db = import_files(
        capsys, tmp_path, ("p3.txt", _story("Apport", "Nimbra Cloud a apporté 90 M€ à la start-up Lynx IA."))
    )
    assert "Nimbra Cloud invests €90M in Lynx IA" in run_ok(capsys, db, "timeline")
    assert "Lynx IA" in run_ok(capsys, db, "show", "Nimbra Cloud")


# -- #4 a French round keeps every backer and its lead -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "investors", "leads"),
    [
        ("Lynx IA boucle un tour de table de 12 M€ mené par Partech, avec Kima Ventures et Bpifrance.",
         ["Partech", "Kima Ventures", "Bpifrance"], ["Partech"]),
        ("Lynx IA annonce une levée de fonds de 12 millions d'euros auprès de Partech et d'Elaia.",
         ["Partech", "Elaia"], []),
        ("Lynx IA annonce une levée de fonds de 12 millions d'euros réalisée auprès de Partech et d'Elaia.",
         ["Partech", "Elaia"], []),
        ("Lynx IA réalise une levée de fonds de 12 millions d'euros menée par Partech avec la participation de Kima "
         "Ventures et Bpifrance.", ["Partech", "Kima Ventures", "Bpifrance"], ["Partech"]),
        ("Lynx IA a réalisé une levée de fonds de 12 millions d'euros auprès de Partech et d'Elaia.",
         ["Partech", "Elaia"], []),
        ("Lynx IA officialise une levée de fonds de 12 millions d'euros auprès de Partech et d'Elaia.",
         ["Partech", "Elaia"], []),
        ("Lynx IA annonce avoir levé 12 millions d'euros auprès de Partech (chef de file), Elaia et Kima Ventures.",
         ["Partech", "Elaia", "Kima Ventures"], ["Partech"]),
        ("Lynx IA lève 12 millions d'euros auprès de Partech (chef de file), d'Elaia et de Kima Ventures.",
         ["Partech", "Elaia", "Kima Ventures"], ["Partech"]),
        ("Lynx IA lève 12 millions d'euros auprès d'Elaia, Kima Ventures et Partech (investisseur principal).",
         ["Partech", "Elaia", "Kima Ventures"], ["Partech"]),
        ("Lynx IA lève 12 millions d'euros auprès de Partech, qui mène le tour, et d'Elaia.",
         ["Partech", "Elaia"], ["Partech"]),
        ("Lynx IA lève 12 millions d'euros auprès de Partech, Kima Ventures, et d'Elaia.",
         ["Partech", "Kima Ventures", "Elaia"], []),
    ],
)  # fmt: skip
def test_a_french_round_keeps_every_backer_and_its_lead(sentence, investors, leads):
    rounds = of_kind(_french(sentence), "round")
    assert [(f.company, f.amount, f.investors, f.lead_investors) for f in rounds] == [
        ("Lynx IA", 12e6, investors, leads)
    ]


def test_a_lead_told_in_brackets_leads_the_round_on_the_company_page(capsys, tmp_path):
    story = _story(
        "Chef de file",
        "Lynx IA annonce avoir levé 12 millions d'euros auprès de Partech (chef de file), Elaia et Kima Ventures.",
    )
    db = import_files(capsys, tmp_path, ("p4.txt", story))
    assert "Partech (lead), Elaia, Kima Ventures" in run_ok(capsys, db, "show", "Lynx IA")

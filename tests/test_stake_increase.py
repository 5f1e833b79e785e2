"""A holder raising its stake to a share ("Microsoft raised its stake in G42 to 49%", "SoftBank a porté sa
participation dans Arm Holdings à 90%") is a stake event of its own: that share, its own sentence, the date
its words give (else the story's day), never merged into a stake told before nor lost beside a purchase."""

from __future__ import annotations

import json

from extract_helpers import facts_of, of_kind

from ai_deals.cli import main

G42 = (
    "Microsoft will invest $1.5 billion in G42, the Abu Dhabi-based AI company, taking a minority stake and a "
    "seat on its board, the companies said on Tuesday. Microsoft raised its stake in G42 to 49% in a later "
    "transaction, according to a filing reviewed by Reuters."
)
ARM = (
    "Le groupe japonais SoftBank a porté sa participation dans le concepteur britannique de puces Arm Holdings à "
    "90%, après son rachat pour 24 milliards de livres sterling annoncé en juillet. SoftBank a acquis Arm pour 24 "
    "milliards de livres, soit environ 3 300 milliards de yens, la plus importante acquisition de son histoire."
)


def stakes(text: str, language: str = "en") -> list[tuple]:
    return [
        (f.investor, f.company, f.amount, f.percentage, f.date, f.status, f.sentence.split()[0:3])
        for f in of_kind(facts_of(text, language), "investment")
    ]


def test_a_stake_raised_to_a_share_is_its_own_event_not_the_earlier_stakes_share():
    (invested, raised) = stakes(G42)
    assert invested[:4] == ("Microsoft", "G42", 1.5e9, None)
    assert raised == ("Microsoft", "G42", None, 49, "2026-03-02", "completed", ["Microsoft", "raised", "its"])


def test_a_stake_raised_takes_the_date_its_sentence_gives():
    text = "Microsoft invested $1.5 billion in G42 in April. Microsoft raised its stake in G42 to 49% in September 2025."
    (invested, raised) = stakes(text)
    assert (invested[4], raised[3], raised[4]) == ("2025-04", 49, "2025-09")


def test_a_french_stake_raised_beside_the_purchase_keeps_its_share():
    facts = facts_of(ARM, "fr")
    (raised,) = of_kind(facts, "investment")
    assert (raised.investor, raised.company, raised.percentage, raised.date) == (
        "SoftBank",
        "Arm",
        90,
        "2026-03-02",
    )
    assert raised.sentence.startswith("Le groupe japonais SoftBank a porté sa participation")
    assert [f.amount for f in of_kind(facts, "acquisition")] == [24e9]


def test_a_stake_raised_from_one_share_to_another_is_the_new_share():
    text = (
        "Le fonds Bpifrance a relevé sa participation dans la start-up Vektis de 10 % à 15 % en mars 2024, "
        "a annoncé la société."
    )
    assert [(s[0], s[1], s[3], s[4]) for s in stakes(text, "fr")] == [("Bpifrance", "Vektis", 15, "2024-03")]


def test_an_option_to_raise_a_stake_is_no_stake_event():
    text = "Microsoft has an option to raise its stake in G42 to 100% by 2030, the companies said on Tuesday."
    assert [s for s in stakes(text) if s[3] == 100] == []


def test_a_stake_raised_by_the_investment_its_sentence_tells_is_that_investments_share():
    text = "Nvidia invested $250 million in Helixgrid Compute, taking its stake in Helixgrid Compute to about 7%."
    assert [(s[2], s[3]) for s in stakes(text)] == [(250e6, 7)]


def stake_timeline(capsys, tmp_path, sentence: str) -> list[str]:
    """The timeline lines of a one-sentence article dated 2025-07-10."""
    path = tmp_path / "story.txt"
    path.write_text(f"title: stake story\ndate: 2025-07-10\nlanguage: en\n\n{sentence}\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "--empty", "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "timeline", "--json"]) == 0
    return [event["title"] for event in json.loads(capsys.readouterr().out)["events"]]


def test_a_stake_raised_to_a_share_reads_as_raising_its_stake_on_the_timeline(capsys, tmp_path):
    """It read "Microsoft invests (49%) in G42", as if 49% were bought that day."""
    titles = stake_timeline(
        capsys, tmp_path, "Microsoft increased its stake in G42 to 49% in a later transaction."
    )
    assert titles == ["Microsoft raises its stake in G42 to 49%"]


def test_a_stake_raised_for_a_price_names_the_price(capsys, tmp_path):
    titles = stake_timeline(
        capsys,
        tmp_path,
        "SoftBank raised its stake in Arm to 90%, paying $8 billion for the additional shares.",
    )
    assert titles == ["SoftBank raises its stake in Arm to 90% for $8B"]


def test_a_new_stake_with_a_share_still_invests(capsys, tmp_path):
    titles = stake_timeline(capsys, tmp_path, "Nvidia invested $250 million in Helixgrid for a 7% stake.")
    assert titles and all("raises its stake" not in title for title in titles), titles

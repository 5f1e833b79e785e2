"""A round whose stakes (those joined to it, in its currency) add up to more than its amount: the
company page and `show` say so, as they point out other figures that cannot both be right; the
import writes both as stated."""

from __future__ import annotations

import json

from cli_helpers import import_deals, private_default_db, run  # noqa: F401  (autouse)

HEADER = "kind,company,investor,amount,currency,round_type,date\n"
ROUND = "round,Zeta,,{amount},USD,Series A,2025-01-10\n"
STAKE = "investment,Zeta,{investor},{amount},{currency},Series A,2025-01-10\n"


def _deals(round_amount: str, *stakes: tuple[str, str, str]) -> str:
    rows = [STAKE.format(investor=i, amount=a, currency=c) for i, a, c in stakes]
    return HEADER + ROUND.format(amount=round_amount) + "".join(rows)


def _show(capsys, db) -> tuple[str, dict]:
    code, out, err = run(capsys, "--db", str(db), "show", "Zeta")
    assert code == 0, err
    code, data, err = run(capsys, "--db", str(db), "show", "Zeta", "--json")
    assert code == 0, err
    return " ".join(out.split()), json.loads(data)


def test_stakes_adding_up_to_more_than_their_round_are_pointed_out(capsys, tmp_path):
    db = import_deals(
        capsys, tmp_path, _deals("100000000", ("Xcap", "70000000", "USD"), ("Yfund", "50000000", "USD"))
    )
    out, data = _show(capsys, db)
    assert (
        "CONFLICT round 2025-01-10 over-subscribed: stakes add up to $120M per deals.csv:3; deals.csv:4"
        " vs $100M round per deals.csv:2" in out  # each row at its line (exp28)
    )
    assert {
        "what": "round 2025-01-10 over-subscribed",
        "values": ["stakes add up to $120M", "$100M round"],
        "sources": ["deals.csv:3", "deals.csv:4", "deals.csv:2"],
        "stated": [
            {"value": "stakes add up to $120M", "sources": ["deals.csv:3", "deals.csv:4"]},
            {"value": "$100M round", "sources": ["deals.csv:2"]},
        ],
    } in data["conflicts"]


def test_stakes_within_their_round_are_no_conflict(capsys, tmp_path):
    db = import_deals(
        capsys, tmp_path, _deals("100000000", ("Xcap", "70000000", "USD"), ("Yfund", "30000000", "USD"))
    )
    out, data = _show(capsys, db)
    assert "over-subscribed" not in out
    assert data["conflicts"] == []


def test_a_stake_in_another_currency_is_not_added_to_the_round(capsys, tmp_path):
    db = import_deals(
        capsys, tmp_path, _deals("100000000", ("Xcap", "70000000", "USD"), ("Yfund", "50000000", "EUR"))
    )
    out, _ = _show(capsys, db)
    assert "over-subscribed" not in out


def test_a_round_of_more_than_its_amount_has_no_ceiling_to_exceed(capsys, tmp_path):
    deals = _deals("100000000", ("Xcap", "70000000", "USD"), ("Yfund", "50000000", "USD"))
    deals = deals.replace("kind,company", "bound,kind,company").replace("\nround,", "\nminimum,round,")
    deals = deals.replace("\ninvestment,", "\nexact,investment,")
    db = import_deals(capsys, tmp_path, deals)
    out, _ = _show(capsys, db)
    assert "more than $100M" in out or ">$100M" in out or "≥$100M" in out
    assert "over-subscribed" not in out


def test_one_backers_stake_told_with_two_figures_by_a_story_and_its_correction_is_one_stake(capsys, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "title: Zorgly lève 20 millions d'euros\ndate: 2025-09-09\nlanguage: fr\n\n"
        "La start-up lyonnaise Zorgly a levé 20 millions d'euros lors d'une série A menée par Halvor Capital, "
        "qui investit 12 millions d'euros.\n",
        encoding="utf-8",
    )
    correction = tmp_path / "correction.txt"
    correction.write_text(
        "title: CORRECTION - Zorgly: Halvor Capital investit 15 millions d'euros\ndate: 2025-09-10\n"
        "language: fr\n\n"
        "Dans une dépêche publiée mardi, nous indiquions que Halvor Capital investissait 12 millions d'euros. "
        "Le fonds Halvor Capital investit en réalité 15 millions d'euros dans la série A de 20 millions "
        "d'euros de Zorgly.\n",
        encoding="utf-8",
    )
    db = tmp_path / "articles.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(story), str(correction))
    assert code == 0, err
    code, data, err = run(capsys, "--db", str(db), "show", "Zorgly", "--json")
    assert code == 0, err
    whats = [conflict["what"] for conflict in json.loads(data)["conflicts"]]
    # The two figures disagree on the one stake; they are not two stakes over-subscribing the €20M round.
    assert "Halvor Capital → Zorgly 2025-09-09" in whats
    assert not any("over-subscribed" in what for what in whats)

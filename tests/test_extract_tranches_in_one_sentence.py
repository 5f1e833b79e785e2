"""Tranches told in the deal's own sentence (qa46 item 4): a stake or round split "$30 million now and $60
million once …" keeps each tranche with its own condition, so money raised counts the part paid now and
tells the rest as conditional. The sentences are the tester's."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import import_files, private_default_db  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, only

from ai_deals.store import Store

U4 = (
    "Nimbra Cloud will invest $90 million in Lynx8 AI, $30 million now and $60 million once Lynx8 AI reaches"
    " agreed milestones."
)
U2 = (
    "Nimbra Cloud will invest $90 million in Lynx6 AI, $30 million immediately and $60 million contingent on"
    " Lynx6 AI hitting revenue targets."
)
T2 = (
    "Le groupe Nimbra Cloud va investir 90 millions d'euros dans Lynx2 IA, dont 30 millions d'euros versés"
    " immédiatement, le solde de 60 millions d'euros étant conditionné à l'atteinte d'objectifs commerciaux."
)
T4 = (
    "Lynx4 AI raised $45 million in a Series A led by Harbor Ventures: $30 million now and $15 million upon"
    " reaching revenue milestones."
)
U1 = (
    "Lynx5 AI raised $45 million in a Series A led by Harbor Ventures: $30 million upfront, with a further $15"
    " million tied to product milestones."
)


def _tranches(fact) -> list[tuple[float, str | None]]:
    return [(t.amount, t.condition) for t in fact.tranches]


def test_a_stake_told_with_its_tranches_in_one_sentence_keeps_the_part_paid_now_and_the_conditional_rest():
    for text, condition in (
        (U4, "once Lynx8 AI reaches agreed milestones"),
        (U2, "contingent on Lynx6 AI hitting revenue targets"),
    ):
        stake = only(facts_of(text), "investment")
        assert (stake.investor, stake.amount) == ("Nimbra Cloud", 90e6), text
        assert _tranches(stake) == [(30e6, None), (60e6, condition)], text


def test_a_french_stake_with_its_balance_conditioned_in_one_sentence_keeps_the_condition():
    stake = only(facts_of(T2, language="fr"), "investment")
    assert stake.amount == 90e6
    assert _tranches(stake) == [(30e6, None), (60e6, "conditionné à l'atteinte d'objectifs commerciaux")]
    assert stake.status == "conditional"


def test_a_round_s_later_tranche_upon_or_tied_to_milestones_is_conditional():
    for text, condition in (
        (T4, "upon reaching revenue milestones"),
        (U1, "tied to product milestones"),
    ):
        raised = only(facts_of(text), "round")
        assert _tranches(raised) == [(30e6, None), (15e6, condition)], text
        assert raised.status == "conditional", text


def test_money_raised_counts_only_the_part_of_a_one_sentence_stake_paid_now(capsys, tmp_path: Path):
    story = f"title: T\ndate: 2023-04-20\npublisher: Wire\n\n{U4}\n"
    db = import_files(capsys, tmp_path, ("u4.txt", story))
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Lynx8 AI").id)
        assert page.raised == {"USD": 30e6}
        assert page.raised_conditional == {"USD": (60e6, False)}

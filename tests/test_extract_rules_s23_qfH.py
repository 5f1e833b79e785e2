"""Session 23 (qfH): tranches told in one sentence, English partnership terms, partnership descriptions.

A deal split in its own sentence ("of which $25 million is paid upfront and $35 million is conditional on
milestones", "with a first tranche of $25 million and the rest to come once …", "avec une première tranche de
25 millions, le solde …") gets the tranches the same split told over two sentences gets; a tranche's words read
clean ("$25 million tranche", never "first release a $25 million").
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind, only

PUBLISHED = "2026-03-02"  # the day `facts_of` publishes its texts


def _tranches(fact) -> list[tuple]:
    return [(t.label, t.amount, t.computed, t.condition) for t in fact.tranches]


def test_a_round_paid_part_upfront_part_on_a_condition_in_its_own_sentence_is_split_so():
    for text, condition in (
        (
            "Orbelle, a Lyon-based AI startup, raised $60 million in a Series A led by Partech, of which $25 "
            "million is paid upfront and $35 million is conditional on milestones.",
            "conditional on milestones",
        ),
        (
            "Kestrel raised €80 million in a Series B led by Index Ventures, of which €50 million is paid at "
            "closing and €30 million is contingent on regulatory approval.",
            "contingent on regulatory approval",
        ),
    ):
        raised = only(facts_of(text), "round")
        assert raised.tranches[0].amount + raised.tranches[1].amount == raised.amount, text
        assert [(t.amount, t.condition) for t in raised.tranches] == [
            (raised.tranches[0].amount, None),
            (raised.tranches[1].amount, condition),
        ], text
        assert raised.tranches[0].date == PUBLISHED, text


def test_a_round_paid_part_upfront_shows_only_that_part_as_raised(capsys, tmp_path: Path):
    path = tmp_path / "orbelle.txt"
    path.write_text(
        "title: Orbelle raises $60 million\ndate: 2025-07-10\nlanguage: en\n\n"
        "Orbelle, a Lyon-based AI startup, raised $60 million in a Series A led by Partech, of which $25 million "
        "is paid upfront and $35 million is conditional on milestones.\n",
        encoding="utf-8",
    )
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db), "show", "Orbelle")
    assert code == 0 and "raised $25M (+ $35M conditional)" in out.splitlines()


def test_a_first_tranche_and_the_balance_told_in_the_deals_own_sentence_split_it():
    for text, language, kind, condition in (
        (
            "Nvidia va investir 60 millions de dollars dans Orbelle, avec une première tranche de 25 millions de "
            "dollars, le solde étant versé une fois certaines conditions remplies.",
            "fr",
            "investment",
            "une fois certaines conditions remplies",
        ),
        (
            "Orbelle, a Lyon-based AI startup, raised $60 million in a Series A led by Partech, with a first "
            "tranche of $25 million and the rest to come once certain conditions are met.",
            "en",
            "round",
            "once certain conditions are met",
        ),
        (
            "Kestrel a levé 80 millions d'euros auprès de Serena, avec une première tranche de 50 millions "
            "d'euros et le solde à condition qu'elle atteigne ses objectifs.",
            "fr",
            "round",
            "à condition qu'elle atteigne ses objectifs",
        ),
    ):
        deal = only(facts_of(text, language), kind)
        first, balance = deal.tranches
        assert (first.label, first.condition, first.computed) == ("first", None, False), text
        assert (balance.label, balance.condition, balance.computed) == ("balance", condition, True), text
        assert first.amount + balance.amount == deal.amount, text
        assert (deal.status, deal.condition) == ("conditional", condition), text


def test_a_part_paid_upfront_with_the_rest_to_follow_is_the_told_rounds_first_tranche():
    for text, condition in (
        (
            "Orbelle, a Lyon-based AI startup, raised $60 million in a Series A led by Partech. Partech invested "
            "$25 million upfront, with the rest to follow once Orbelle hits revenue milestones.",
            "once Orbelle hits revenue milestones",
        ),
        (
            "Kestrel raised €80 million in a Series B led by Index Ventures. Index Ventures will pay €50 million "
            "at signing, and the balance if Kestrel wins its license.",
            "if Kestrel wins its license",
        ),
    ):
        facts = facts_of(text)
        raised = only(facts, "round")
        assert [(t.label, t.computed, t.condition) for t in raised.tranches] == [
            ("first", False, None),
            ("balance", True, condition),
        ], text
        assert raised.tranches[0].date == PUBLISHED, text
        assert sum(t.amount for t in raised.tranches) == raised.amount, text
        assert not of_kind(facts, "investment"), text


def test_a_tranche_whose_ordinal_belongs_to_the_verb_reads_as_its_sum_and_noun():
    for text, phrase in (
        (
            "Nvidia will invest $60 million in Orbelle, a Lyon-based AI startup. Nvidia will first release a $25 "
            "million tranche, with the balance due in a few months once certain conditions are met.",
            "$25 million tranche",
        ),
        (
            "SoftBank will invest $900 million in Kestrel. SoftBank will initially disburse a $400 million "
            "tranche, with the balance due once Kestrel lists its shares.",
            "$400 million tranche",
        ),
        (
            "Amazon va investir 50 milliards de dollars dans OpenAI. Amazon va d'abord débloquer une première "
            "tranche de 15 milliards de dollars, le solde une fois certaines conditions remplies.",
            "première tranche de 15 milliards de dollars",
        ),
    ):
        stake = only(facts_of(text, "fr" if "Amazon" in text else "en"), "investment")
        assert stake.tranche == phrase, text


def test_a_partnership_for_a_term_of_years_ends_that_many_years_after_it_starts():
    for text, until in (
        (
            "Google and Anthropic signed a cloud partnership for a term of three years; no financial terms were "
            "disclosed.",
            "2029-03-02",
        ),
        ("Kestrel signed a supply agreement with Siemens for an initial term of 5 years.", "2031-03-02"),
        ("Kestrel a signé avec Siemens un partenariat de trois ans.", "2029-03-02"),
    ):
        deal = only(facts_of(text, "fr" if "signé" in text else "en"), "partnership")
        assert (deal.date, deal.until) == (PUBLISHED, until), text
        assert "term of" not in deal.description or deal.description == text, text


def test_a_partnership_is_described_by_its_aim_not_by_who_announced_it():
    for text, description in (
        (
            "Nvidia and Mistral AI announced a partnership on Wednesday to build an AI computing platform in "
            "France, called Mistral Compute, using 18,000 Grace Blackwell chips.",
            "to build an AI computing platform in France, called Mistral Compute, using 18,000 Grace Blackwell "
            "chips",
        ),
        (
            "Siemens and Kestrel Robotics announced a partnership on Tuesday to jointly develop robots for car "
            "factories.",
            "to jointly develop robots for car factories",
        ),
    ):
        deal = only(facts_of(text), "partnership")
        assert deal.description == description, text


def test_a_partnership_told_by_its_relative_clause_is_described_by_it_not_by_the_said_clause():
    for text, description in (
        (
            'Microsoft Corp said on Monday it was making a "multiyear, multibillion dollar" investment in '
            "OpenAI, extending a partnership that began in 2019 with a $1 billion investment.",
            "a partnership that began in 2019 with a $1 billion investment",
        ),
        (
            "Google said on Friday it was making a new $2 billion investment in Anthropic, extending a "
            "partnership which started in 2022 with a $300 million stake.",
            "a partnership which started in 2022 with a $300 million stake",
        ),
    ):
        deal = only(facts_of(text, published="2023-01-23"), "partnership")
        assert deal.description == description, text


def test_a_backer_the_round_does_not_name_paying_upfront_keeps_its_own_stake():
    text = (
        "Kestrel raised €80 million in a Series B led by Index Ventures. Nvidia invested €20 million upfront, "
        "with the rest to follow once Kestrel hits its targets."
    )
    facts = facts_of(text)
    assert only(facts, "investment").investor == "Nvidia"
    assert not only(facts, "round").tranches

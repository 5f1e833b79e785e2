"""English round sentences typed or attached wrong (eng33): a type told in a relative clause about an earlier raise,
"Other investors include X" after a recalled round, a credit facility's extension, a person's bracketed initials."""

from __future__ import annotations

from ai_deals.importers.article import parse_article


def facts_of(body: str, title: str = "Zorglab raises money"):
    return parse_article(f"{title}\n\n{body}", published="2025-12-01", language="en").facts


def rounds_of(body: str) -> list[tuple[float | None, str | None, list[str]]]:
    return [(f.amount, f.round_type, f.investors) for f in facts_of(body) if f.kind == "round"]


def parties_of(body: str):
    return {c.name: c for c in parse_article(f"Trevolt raises money\n\n{body}", published="2025-12-01").companies}


# 1. A type told in a relative clause about an earlier raise.


def test_a_series_a_told_in_a_which_clause_about_an_earlier_raise_does_not_type_the_new_sum():
    body = "Zorglab, which raised a Series A led by Index last year, has now raised $40 million led by Accel."
    assert rounds_of(body) == [(40e6, None, ["Accel"])]


def test_the_earlier_raise_with_its_own_sum_keeps_its_type_and_the_new_sum_gets_none():
    body = (
        "Zorglab, which raised $10 million in a Series A led by Index last year, has now raised $40 million led by "
        "Accel."
    )
    assert sorted(rounds_of(body)) == [(10e6, "Series A", ["Index"]), (40e6, None, ["Accel"])]


def test_a_new_sums_own_type_after_a_which_clause_is_still_read():
    body = (
        "Zorglab, which raised a Series A led by Index last year, has now raised $40 million in a Series B led by "
        "Accel."
    )
    assert rounds_of(body) == [(40e6, "Series B", ["Accel"])]


# 2. "Other investors include X" joins the round the story reports, not a recalled one told in between.

SERIES_A_LEAD = "Lumora has raised $30 million in a Series A round led by Balderton Capital."
RECALLED_PRE_SEED = "The company raised a $4 million pre-seed round led by Seedcamp in 2022."


def lumora_rounds(body: str) -> dict[str | None, list[str]]:
    facts = facts_of(body, "Lumora raises $30 million Series A")
    return {f.round_type: f.investors for f in facts if f.kind == "round"}


def test_other_investors_include_after_a_recalled_pre_seed_join_the_series_a_the_story_leads_with():
    body = f"{SERIES_A_LEAD} {RECALLED_PRE_SEED} Other investors include Crane Venture Partners."
    assert lumora_rounds(body) == {
        "Series A": ["Balderton Capital", "Crane Venture Partners"],
        "Pre-seed": ["Seedcamp"],
    }


def test_other_investors_in_the_round_include_after_a_recalled_pre_seed_join_the_series_a():
    body = f"{SERIES_A_LEAD} {RECALLED_PRE_SEED} Other investors in the round include Crane Venture Partners."
    assert lumora_rounds(body)["Series A"] == ["Balderton Capital", "Crane Venture Partners"]


def test_other_investors_include_after_the_series_a_told_last_join_it():
    body = (
        "Lumora raised a $4 million pre-seed round led by Seedcamp in 2022. Lumora has now raised $30 million in a "
        "Series A round led by Balderton Capital. Other investors include Crane Venture Partners."
    )
    assert lumora_rounds(body) == {
        "Series A": ["Balderton Capital", "Crane Venture Partners"],
        "Pre-seed": ["Seedcamp"],
    }


def test_a_backer_that_also_participated_right_after_the_recalled_pre_seed_still_joins_it():
    # Past tense right after the pre-seed's own sentence: a reader takes it as that round's (the rule kept).
    body = f"{SERIES_A_LEAD} {RECALLED_PRE_SEED} Crane Venture Partners also participated."
    assert lumora_rounds(body)["Pre-seed"] == ["Seedcamp", "Crane Venture Partners"]


# 3. A credit facility's extension is debt: no round, its lender no backer.


def test_an_extension_of_a_credit_facility_is_no_seed_round_and_its_lender_no_investor():
    body = "Zorglab secured a $50M extension of its credit facility from HSBC, a year after its seed round."
    assert rounds_of(body) == []


def test_a_credit_facility_extension_beside_a_round_lends_the_round_no_backer():
    body = (
        "Zorglab raised $40M in a Series A led by Accel and secured a $50M extension of its credit facility from "
        "HSBC."
    )
    assert rounds_of(body) == [(40e6, "Series A", ["Accel"])]


def test_a_seed_rounds_extension_is_still_a_round():
    assert rounds_of("Zorglab raised a $50M extension of its seed round from HSBC.") == [(50e6, "Seed", ["HSBC"])]


# 4. A person the knowledge file does not know keeps her bracketed initials out of her short names.

ROUND = "Trevolt raised $12 million in a Series A."
FOUNDER_SPEAKS = '"We are thrilled," said Zephyrin Quarmby (ZQ), its founder.'


def zq_names(body: str) -> tuple[list[str], list[str]]:
    party = parties_of(body)["Zephyrin Quarmby"]
    return party.aliases, party.short_names


def test_initials_of_an_unknown_person_said_to_be_its_founder_are_no_short_name():
    assert zq_names(f"{ROUND} {FOUNDER_SPEAKS} Zephyrin Quarmby (ZQ) led the round.") == ([], [])


def test_initials_of_a_person_leading_the_round_before_the_article_says_she_is_its_founder_are_no_short_name():
    assert zq_names(f"{ROUND} Zephyrin Quarmby (ZQ) led the round. {FOUNDER_SPEAKS}") == ([], [])


def test_initials_of_a_backer_in_a_list_later_said_to_speak_are_no_short_name():
    body = (
        "Trevolt raised $12 million in a Series A from Zephyrin Quarmby (ZQ) and Accel. "
        '"We are thrilled," said Zephyrin Quarmby (ZQ).'
    )
    assert zq_names(body) == ([], [])


def test_initials_of_an_unknown_backer_with_nothing_telling_a_person_are_still_kept():
    # "Harbor Ventures (HV)" and "Zephyrin Quarmby (ZQ)" read alike when nothing says the second is a person.
    body = "Trevolt raised $12 million in a Series A from Zephyrin Quarmby (ZQ) and Accel."
    assert zq_names(body) == (["ZQ"], ["ZQ"])


def test_other_investors_include_join_the_series_a_in_an_undated_article_too():
    # No publication day: the story's round is the one told without a date, the pre-seed has its year.
    body = f"{SERIES_A_LEAD} {RECALLED_PRE_SEED} Other investors include Crane Venture Partners."
    facts = parse_article(f"Lumora raises $30 million Series A\n\n{body}", language="en").facts
    assert {f.round_type: f.investors for f in facts if f.kind == "round"} == {
        "Series A": ["Balderton Capital", "Crane Venture Partners"],
        "Pre-seed": ["Seedcamp"],
    }

"""Round 34 (tuner8), article misses: two backers each with their own sum in one sentence, a backer named
right after an elided "auprès d'", a pronoun standing for the company whose founders the sentence before
named. Each is proved on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind, only


def _stakes(text: str, language: str = "en") -> list[tuple[str | None, str | None, float | None]]:
    return [(f.investor, f.company, f.amount) for f in of_kind(facts_of(text, language), "investment")]


def test_two_backers_each_with_their_own_sum_in_one_sentence_give_two_stakes():
    cases = (
        (
            "Vellora raised $13 million. Harbor Ventures invested $8 million and Point Nine invested $5 million.",
            "en",
        ),
        ("Vellora raised $13 million. Harbor Ventures invested $8 million and Point Nine $5 million.", "en"),
        (
            "Vellora raised $13 million, with $8 million from Harbor Ventures and $5 million from Point Nine.",
            "en",
        ),
        (
            "Vellora a levé 13 millions d'euros. Harbor Ventures a investi 8 millions d'euros et Point Nine "
            "5 millions d'euros.",
            "fr",
        ),
        (
            "Vellora a levé 13 millions d'euros. Harbor Ventures a investi 8 millions d'euros et Point Nine a "
            "apporté 5 millions d'euros.",
            "fr",
        ),
        (
            "Vellora a levé 13 millions d'euros, dont 8 millions d'euros de Harbor Ventures et 5 millions "
            "d'euros de Point Nine.",
            "fr",
        ),
    )
    for text, language in cases:
        assert _stakes(text, language) == [
            ("Harbor Ventures", "Vellora", 8_000_000),
            ("Point Nine", "Vellora", 5_000_000),
        ], text


def test_a_sum_from_a_backer_inside_a_round_is_that_backers_stake():
    text = "Vellora raised $100 million, including $20 million from Nvidia."
    assert _stakes(text) == [("Nvidia", "Vellora", 20_000_000)]
    assert only(facts_of(text), "round").amount == 100_000_000


def test_a_sum_bigger_than_the_round_is_never_a_backers_stake_of_it():
    # "from" after a sum does not make a backer's stake of anything but a part of the round told before.
    text = "Vellora raised $10 million in 2025, after $40 million from Harbor Ventures in 2023."
    assert all(stake[2] != 40_000_000 for stake in _stakes(text))


def test_a_backer_named_right_after_an_elided_aupres_d_backs_the_round():
    for text in (
        "La start-up Vellora a annoncé mardi avoir levé 5 millions d'euros auprès d'Elaia.",
        "Vellora a levé 5 millions d'euros auprès d'Axeleo et de Kima.",
        "Vellora a levé 5 millions d'euros auprès d'investisseurs dont Elaia.",
    ):
        raised = only(facts_of(text, "fr"), "round")
        assert raised.company == "Vellora", text
        assert raised.investors and raised.investors[0] in ("Elaia", "Axeleo"), text


def test_they_after_a_sentence_about_a_companys_founders_is_that_company():
    cases = (
        (
            "Vellora, une start-up lyonnaise, lève 7 millions d'euros. GitHub revendique 100 millions de "
            "développeurs. Le journal avait rencontré les fondateurs de Vellora à "
            "Station F. Ils avaient alors bouclé un pre-seed de 1,2 million d'euros auprès de Kima Ventures.",
            "fr",
        ),
        (
            "Vellora, a Lyon startup, raised €7 million. GitHub claims 100 million developers."
            " We first met Vellora's founders at Station F. They had then closed a €1.2 million "
            "pre-seed round from Kima Ventures.",
            "en",
        ),
    )
    for text, language in cases:
        rounds = [(r.company, r.amount) for r in of_kind(facts_of(text, language), "round")]
        assert ("Vellora", 1_200_000) in rounds, (text, rounds)
        assert all(company != "GitHub" for company, _ in rounds), (text, rounds)


def test_the_seabed_is_no_fund_a_pronoun_could_designate():
    facts = facts_of(
        "La start-up Vellora a levé 8 millions d'euros auprès d'Elaia. Elle a par ailleurs décroché un contrat "
        "de 5 millions d'euros auprès de l'Ifremer pour cartographier les fonds marins.",
        "fr",
    )
    deal = only(facts, "partnership")
    assert (deal.company, deal.partner) == ("Vellora", "Ifremer")

"""French phrasings session 29's testers saw read wrong (fr29): extra money given to a company (« 2 milliards de
dollars supplémentaires à Anthropic », « une rallonge de 2 milliards »), a raise only recalled (« Après sa levée
de 20 millions d'euros », « Forte d'un tour de table de 15 M€ »), a person's family name taken for a company
(« a déclaré Arthur Mensch… Mensch et Nvidia ont signé »), money placed in a company (« a placé »)."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of, of_kind

from ai_deals.store import Store


def _stakes(text: str, language: str = "fr") -> set[tuple]:
    return {
        (f.investor, f.company, f.amount, f.currency) for f in of_kind(facts_of(text, language), "investment")
    }


# -- 1. extra money given to a company -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Google va apporter 2 milliards de dollars supplémentaires à Anthropic.",
        "Google apportera 2 milliards de dollars supplémentaires à Anthropic.",
        "Google accorde une rallonge de 2 milliards de dollars à Anthropic.",
        "Google a accordé une nouvelle rallonge de 2 milliards de dollars à Anthropic.",
    ],
)
def test_extra_money_given_to_a_company_is_the_givers_investment_in_it(text):
    assert _stakes(text) == {("Google", "Anthropic", 2e9, "USD")}


def test_future_extra_money_is_announced_like_apportera():
    """« va apporter … supplémentaires » follows the rule of « apportera »: announced, dated the story's day."""
    [fact] = of_kind(
        facts_of("Google va apporter 2 milliards de dollars supplémentaires à Anthropic.", "fr"), "investment"
    )
    [plain] = of_kind(facts_of("Google apportera 2 milliards de dollars à Anthropic.", "fr"), "investment")
    assert (fact.status, fact.date) == (plain.status, plain.date) == ("announced", "2026-03-02")


def test_a_rallonge_the_company_obtains_stays_its_round():
    facts = facts_of("Anthropic a obtenu une nouvelle rallonge de 2 milliards de dollars.", "fr")
    assert [(f.kind, f.company) for f in facts] == [("round", "Anthropic")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Amazon a injecté 4 milliards de dollars supplémentaires dans Anthropic.", "fr"),
        ("Amazon invested an additional $4 billion in Anthropic.", "en"),
    ],
)
def test_the_twins_of_extra_money_still_read_as_investments(text, language):
    assert _stakes(text, language) == {("Amazon", "Anthropic", 4e9, "USD")}


# -- 2. a raise only recalled -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Après sa levée de 20 millions d'euros en 2024, Mistral AI recrute 50 ingénieurs.", "2024"),
        ("Après sa levée de 20 millions d'euros, Mistral AI recrute 50 ingénieurs.", "2026-03-02"),
        ("Forte d'un tour de table de 20 M€ bouclé en janvier, Mistral AI ouvre un bureau.", "2026-01"),
        ("Fort d'une levée de 20 M€, Mistral AI ouvre un bureau.", "2026-03-02"),
        ("Forte de sa levée de fonds de 20 millions d'euros, Mistral AI ouvre un bureau.", "2026-03-02"),
        ("Après une levée de 20 millions d'euros, Mistral AI ouvre un bureau.", "2026-03-02"),
        ("Mistral AI ouvre un bureau après sa série B de 20 millions d'euros.", "2026-03-02"),
    ],
)
def test_a_french_raise_recalled_in_passing_is_marked_recalled(text, date):
    """On or before the story's day, or its own date when the sentence gives one."""
    [fact] = facts_of(text, "fr")
    assert (fact.kind, fact.company, fact.amount, fact.date, fact.recalled) == (
        "round",
        "Mistral AI",
        20e6,
        date,
        True,
    )


def test_a_raise_after_another_is_not_recalled_when_it_is_the_news():
    """« après une levée » inside the clause that tells the news stays the news's: only the earlier one is."""
    facts = facts_of(
        "Mistral AI a levé 20 millions d'euros après une première levée de 5 millions d'euros.", "fr"
    )
    assert {(f.amount, f.recalled) for f in facts} == {(20e6, False), (5e6, False)}


def _fr(text: str, day: str) -> str:
    return f"title: Mistral AI\ndate: {day}\npublisher: Wire\nlanguage: fr\n\n{text}\n"


def test_a_french_recalled_raise_joins_the_raise_another_source_tells(capsys, tmp_path):
    """Told on 2026-02-16 by one story, recalled on 2026-03-02 by another: one raise, dated by the first."""
    db = import_files(
        capsys,
        tmp_path,
        ("news.txt", _fr("Mistral AI a levé 20 millions d'euros auprès de Partech.", "2026-02-16")),
        (
            "later.txt",
            _fr("Forte d'un tour de table de 20 M€, Mistral AI ouvre un bureau à Lyon.", "2026-03-02"),
        ),
    )
    with Store.open(db, readonly=True) as store:
        [item] = store.company(store.find_company("Mistral AI").id).rounds
    shown = run_ok(capsys, db, "show", "Mistral AI")
    assert "on or before" not in shown
    assert (item.amount, item.date) == (20e6, "2026-02-16")
    assert "2 sources" in shown  # the later story is a source of that raise, not a story of nothing


# -- 3. a person's family name is no company ------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "« C'est une étape », a déclaré Arthur Mensch.",
        "Selon Arthur Mensch, cofondateur de Mistral AI, la start-up recrute.",
        "Arthur Mensch, le patron de Mistral, a indiqué que la start-up recrute.",
    ],
)
@pytest.mark.parametrize(
    "then",
    [
        "Mensch a levé 20 millions d'euros auprès de Bpifrance.",
        "Mensch et Nvidia ont signé un partenariat.",
    ],
)
def test_the_family_name_of_a_person_named_with_a_first_name_is_no_company(opening, then):
    source_facts = facts_of(f"{opening} {then}", "fr")
    parties = {
        name for f in source_facts for name in (f.company, f.investor, f.partner, *f.investors) if name
    }
    assert not parties & {"Mensch", "Arthur Mensch"}, [
        f.model_dump(exclude_defaults=True) for f in source_facts
    ]


def test_the_family_name_alone_is_no_company_in_english_either():
    facts = facts_of(
        "Mistral AI raised $600 million, said Arthur Mensch. Mensch and Nvidia signed a partnership."
    )
    assert [(f.kind, f.company) for f in facts] == [("round", "Mistral AI")]


# -- 4. money placed in a company -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia a placé 500 millions de dollars dans Mistral AI.",
        "Nvidia va placer 500 millions de dollars dans Mistral AI.",
    ],
)
def test_money_placed_in_a_company_is_the_backers_investment(text):
    assert _stakes(text) == {("Nvidia", "Mistral AI", 500e6, "USD")}


@pytest.mark.parametrize(
    "text",
    [
        "La société a engagé 40 millions d'euros de dépenses.",
        "Mistral AI a placé 500 millions d'euros en trésorerie.",
    ],
)
def test_money_placed_or_spent_in_no_company_is_no_investment(text):
    assert not of_kind(facts_of(text, "fr"), "investment")

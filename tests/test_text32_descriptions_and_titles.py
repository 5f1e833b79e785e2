"""Session 32 (text32): a fronted scene-setting phrase is no company description, and a header title keeps
a closing quote that closes a quote inside it.

"Alongside the equity, Fluidstack has secured…" opens on a preposition: it sets the scene, and was glued to
Fluidstack's description ("…for artificial intelligence; Alongside the equity"). A title "… to build
'spatial intelligence'" lost its closing quote to a strip of the quotes that wrap a header value.
"""

from __future__ import annotations

import pytest
from extract_helpers import company_named

from ai_deals.importers.reading import parse_text

_FLUIDSTACK = (
    "Fluidstack, a London-based provider of cloud computing for artificial intelligence, said it had raised "
    "$200 million in a Series B round led by Lightspeed Venture Partners. "
    "{opener}, Fluidstack has secured a $3 billion debt facility arranged by Macquarie Group."
)


@pytest.mark.parametrize(
    "opener",
    [
        "Alongside the equity",
        "Beyond the new equity",
        "Following the announcement",
        "Despite the market slump",
    ],
)
def test_fronted_prepositional_phrase_is_not_glued_to_the_description(opener):
    company = company_named(_FLUIDSTACK.format(opener=opener), "Fluidstack", "en")
    assert company.description == "London-based provider of cloud computing for artificial intelligence"


@pytest.mark.parametrize(
    "opener", ["Aux côtés de cette levée", "Parmi les nouveaux actionnaires", "Au-delà de cette levée"]
)
def test_french_fronted_prepositional_phrase_is_no_description(opener):
    text = (
        "Sesterce, une start-up lyonnaise, a levé 30 millions d'euros auprès de Frst. "
        f"{opener}, Sesterce a obtenu une ligne de dette de 100 millions d'euros."
    )
    company = company_named(text, "Sesterce", "fr")
    assert company.description == "start-up lyonnaise"


def test_a_fronted_noun_phrase_still_describes_the_company():
    text = "Acteur majeur du cloud souverain, Sesterce a levé 30 millions d'euros auprès de Frst."
    assert company_named(text, "Sesterce", "fr").description == "Acteur majeur du cloud souverain"


def _title(header_value: str, kind: str = "txt") -> str | None:
    if kind == "md":
        text = f"---\ntitle: {header_value}\n---\n\nWorld Labs raised $230 million from NEA.\n"
    else:
        text = f"title: {header_value}\ndate: 2024-09-13\n\nWorld Labs raised $230 million from NEA.\n"
    return parse_text(text, f"a.{kind}", kind).title


@pytest.mark.parametrize("kind", ["txt", "md"])
def test_title_keeps_the_closing_quote_of_a_quote_inside_it(kind):
    title = "Fei-Fei Li's World Labs emerges with $230 million to build 'spatial intelligence'"
    assert _title(title, kind) == title


@pytest.mark.parametrize(
    "title",
    [
        'World Labs to build "spatial intelligence"',
        "World Labs to build “spatial intelligence”",
        "World Labs veut bâtir « l'intelligence spatiale »",
        "'Spatial intelligence' is World Labs' bet",
    ],
)
def test_title_keeps_balanced_quotes_of_every_kind(title):
    assert _title(title) == title


@pytest.mark.parametrize("kind", ["txt", "md"])
def test_quotes_wrapping_the_whole_title_are_still_taken_off(kind):
    assert _title('"World Labs raises $230 million"', kind) == "World Labs raises $230 million"
    assert _title("'World Labs raises $230 million'", kind) == "World Labs raises $230 million"


@pytest.mark.parametrize("kind", ["txt", "md"])
@pytest.mark.parametrize(
    ("wrapped", "title"),
    [
        ("'Nvidia's big bet on OpenAI'", "Nvidia's big bet on OpenAI"),
        ("'Mistral''s round'", "Mistral's round"),
        ("'L'IA de demain lève 10 M€'", "L'IA de demain lève 10 M€"),
    ],
)
def test_single_quotes_wrapping_a_title_with_an_apostrophe_are_taken_off(kind, wrapped, title):
    """review32: an apostrophe inside a word, or YAML's doubled '', is no closing quote: the wrap comes off."""
    assert _title(wrapped, kind) == title


@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_title_opening_and_closing_on_two_quoted_parts_keeps_them(kind):
    assert _title("'AI' is the new 'cloud'", kind) == "'AI' is the new 'cloud'"

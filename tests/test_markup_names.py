"""Markup and control characters in an article are read as FILLER (U+00AD) so that rules see one word; the
FILLER never reaches a stored name, alias or description."""

from __future__ import annotations

import pytest

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.sentences import FILLER

_TAGGED = [
    ("<b>Tagco</b> raised $8 million in a seed round led by <i>Foo Ventures</i>.", "Tagco", "Foo Ventures"),
    (
        "[red]Markupco[/red] raised $8 million in a seed round led by [b]Bold Ventures[/b].",
        "Markupco",
        "Bold Ventures",
    ),
    (
        "Evil\x1b[31mCorp\x1b[0m, a Paris-based <b>AI</b> start-up, raised $8 million in a seed round led by "
        "[b]Bold[/b] Ventures.",
        "EvilCorp",
        "Bold Ventures",
    ),
]


@pytest.mark.parametrize(("text", "company", "investor"), _TAGGED)
def test_markup_around_a_name_leaves_no_filler_in_names_aliases_or_descriptions(text, company, investor):
    source = parse_article(text, published="2025-06-01", language="en")
    fact = next(fact for fact in source.facts if fact.kind == "round")
    assert (fact.company, fact.investors) == (company, [investor])
    for info in source.companies:
        assert FILLER not in info.name
        assert not [alias for alias in info.aliases if FILLER in alias]
        assert FILLER not in (info.description or "")
    # The name as written is the company's name once the tags are set aside: no alias at all.
    by_name = {info.name: info for info in source.companies}
    assert by_name[investor].aliases == []
    assert [alias for alias in by_name[company].aliases if alias.replace(" ", "") == company] == []


def test_a_tagged_name_imports_without_an_invisible_alias(fresh_store):
    text = _TAGGED[0][0]
    fresh_store.import_source(parse_article(text, title="Tagged", published="2025-06-01", language="en"))
    for name in ("Tagco", "Foo Ventures"):
        company = fresh_store.find_company(name, exact=True)
        assert company is not None
        assert company.aliases == []


@pytest.mark.parametrize(
    "written",
    [
        "Evil\x1b]0;pwned\x07Corp",  # OSC: sets the window title, ended by BEL
        "Evil\x1b]0;pwned\x1b\\Corp",  # OSC ended by ST
        "Evil\x1b(BCorp",  # a charset designation
        "Evil\u200bCorp",  # zero-width space
        "Evil\u200dCorp",  # zero-width joiner between Latin letters
        "\u202eEvilCorp\u202c",  # bidi override
        "Evil\ufeffCorp",  # byte order mark
    ],
)
def test_whole_escape_sequences_and_invisible_characters_never_become_part_of_an_article_name(written):
    """`Evil\\x1b]0;pwned\\x07Corp` made a company `pwnedCorp` (the title's payload left in the text) and
    `Evil\\u200bCorp` a company shown `EvilCorp` apart from the real one: a look-alike."""
    text = f"{written}, a Lisbon-based AI startup, raised $3 million in a seed round led by Bell Capital."
    source = parse_article(text, published="2025-06-01", language="en")
    fact = next(fact for fact in source.facts if fact.kind == "round")
    assert (fact.company, fact.investors) == ("EvilCorp", ["Bell Capital"])
    assert [info.name for info in source.companies] == ["EvilCorp", "Bell Capital"]
    assert all(info.aliases == [] for info in source.companies)

"""A company named after a known one plus a head noun ("X Labs", "Mistral Labs") is that company, not
the known one: "[red]X[/] Labs said … it raised $3 million" created a company named just "X" (the
knowledge file's X, formerly Twitter), markup or not. The tag marks stay out of the name, as they do
of any name (`test_bracketed_markup_around_a_backer_in_an_article_is_no_part_of_its_name`)."""

from __future__ import annotations

import pytest

from ai_deals.importers.article import parse_article


def _round(text: str):
    source = parse_article(text, published="2025-06-01", language="en")
    (round_,) = [fact for fact in source.facts if fact.kind == "round"]
    return round_


@pytest.mark.parametrize(
    ("written", "company"),
    [
        ("[red]X[/] Labs", "X Labs"),
        ("<b>X</b> Labs", "X Labs"),
        ("X Labs", "X Labs"),
        ("Mistral Labs", "Mistral Labs"),
        ("X Robotics", "X Robotics"),
    ],
)
def test_a_known_name_followed_by_labs_names_another_company(written, company):
    text = f"{written} said on Monday it raised $3 million in a seed round led by SoftBank."
    assert _round(text).company == company


def test_the_known_name_alone_is_still_the_known_company():
    text = "X said on Monday it raised $3 million in a seed round led by SoftBank."
    assert _round(text).company == "X"

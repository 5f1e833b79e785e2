"""Hostile and odd input: parse_article finishes, never raises, and reports nothing it cannot trace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_deals.importers.article import parse_article


def test_a_long_run_of_ones_and_commas_finishes():
    source = parse_article(",".join(["1"] * 10_000) + " millions", language="fr")
    assert source.facts == []


def test_a_one_megabyte_single_line_finishes():
    line = ("OpenAI a levé 1,2 Md$ auprès de Amazon, plus de (environ « " * 25_000)[:1_000_000]
    source = parse_article(line)
    assert len(source.text) == 1_000_000


def test_a_one_megabyte_article_of_sentences_finishes_and_deduplicates():
    text = "Helix AI a levé 10 millions d'euros auprès de Bpifrance.\n\n" * 18_000
    source = parse_article(text, language="fr")
    assert len(source.facts) == 1


def test_empty_and_blank_text():
    assert parse_article("").facts == []
    assert parse_article(" \n\n \t").facts == []
    assert parse_article("").title


def test_markup_is_kept_as_plain_text():
    source = parse_article("[red]Evil[/] Corp a levé 5 millions d'euros auprès de Bpifrance.", language="fr")
    assert source.text.startswith("[red]")
    for fact in source.facts:
        assert source.text[fact.start : fact.end] == fact.sentence


def test_language_is_detected():
    assert parse_article("The company said it raised $5 million from investors.").language == "en"
    assert parse_article("La société a levé 5 millions d'euros auprès de ses investisseurs.").language == "fr"


def test_publisher_from_a_dateline_and_a_credit_line():
    assert parse_article("PARIS, March 3 (Reuters) - Helix AI raised $5 million.").publisher == "Reuters"
    assert parse_article("Helix AI a levé 5 millions.\n\nats/afp\n").publisher == "ats/afp"


def test_references_that_match_nothing_drop_the_fact():
    source = parse_article(
        "Le conglomérat japonais a investi 3 milliards de dollars dans la start-up.", language="fr"
    )
    assert source.facts == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("aA1,. $€%«»\"'()\n-éMdB") + ["milliards ", "levé ", "OpenAI ", "auprès de ", "Amazon "]
        ),
        max_size=120,
    ).map("".join)
)
def test_any_text_gives_traceable_facts(text):
    source = parse_article(text)
    for fact in source.facts:
        assert source.text[fact.start : fact.end] == fact.sentence
        assert fact.amount is None or fact.amount >= 0

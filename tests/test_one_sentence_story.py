"""A story told in one sentence, with no language header: its appositive still gives city and sector."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run

from ai_deals.importers.article import detect_language, parse_article

ONE_SENTENCE = "Kairo, a Berlin-based AI startup, raised $10 million in a Series A led by Earlybird."


def details(text: str) -> tuple[str | None, str | None]:
    company = next(company for company in parse_article(text).companies if company.name == "Kairo")
    return company.city, company.sector


def test_one_sentence_english_story_keeps_its_appositive_city_and_sector():
    assert details(ONE_SENTENCE) == ("Berlin", "AI")
    assert details(ONE_SENTENCE.replace("raised", "said it raised")) == ("Berlin", "AI")


def test_english_article_a_is_not_the_french_verb():
    assert detect_language(ONE_SENTENCE) == "en"


def test_french_a_before_a_past_participle_is_still_french():
    assert detect_language("Mistral a levé 600 millions") == "fr"
    assert detect_language("Zeta a obtenu 20 M€") == "fr"


@pytest.mark.parametrize(
    "story",
    [
        "Bpifrance a investi 3 millions d'euros dans Zorgly.",
        "Zorgly a déjà levé 3 millions d'euros.",
        "Il y a six mois, Zorgly a levé 3 millions.",
        "Kima a aussi investi 2 millions.",
        "Mistral AI a réuni 600 millions d'euros.",
    ],
)
def test_one_sentence_french_story_with_a_before_an_i_participle_or_an_adverb_is_french(story):
    assert detect_language(story) == "fr"


def test_a_before_a_hyphenated_place_is_the_english_article():
    assert detect_language("Kairo, a Paris-based AI startup, raised $10 million.") == "en"


def test_after_a_split_the_one_sentence_storys_company_keeps_its_city_and_sector(capsys, tmp_path):
    story = tmp_path / "kairo.txt"
    story.write_text(
        f"title: Kairo funding\nurl: https://example.com/kairo1\n\n{ONE_SENTENCE}\n", encoding="utf-8"
    )
    other = tmp_path / "kairo-paris.txt"
    other.write_text(
        "title: Kairo raises\nurl: https://example.com/kairo2\nlanguage: en\n\n"
        "Kairo, a Paris-based fintech startup, raised $4 million from Partech.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "deals.db")
    assert run(capsys, "--db", db, "--empty", "import", str(story), str(other))[0] == 0
    split = ("split", "Kairo", "Kairo (Paris)", "--source", "https://example.com/kairo2")
    assert run(capsys, "--db", db, *split)[0] == 0
    code, out, err = run(capsys, "--db", db, "show", "Kairo", "--json")
    assert code == 0, err
    kept = json.loads(out)["company"]
    assert (kept["city"], kept["sector"]) == ("Berlin", "AI")

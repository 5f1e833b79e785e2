"""Wording classes understood in round 8 of the importer's tuning, each proved on sentences written for
these tests (not taken from any corpus)."""

from ai_deals.importers.article import parse_article


def _facts(text: str, language: str = "en", published: str = "2026-03-02"):
    return parse_article(text, published=published, language=language).facts


def _one(facts, kind: str):
    found = [f for f in facts if f.kind == kind]
    assert len(found) == 1, [f.model_dump(exclude_defaults=True) for f in facts]
    return found[0]


def test_a_name_after_a_preposition_and_determiner_is_no_subject():
    fact = _one(
        _facts(
            "Kelbrand Optics, a Munich startup, makes lenses for lidar. The startup was carved out of the "
            "Fraunhofer Institute in 2021 and raised a €12m seed round led by Brenner Ventures in 2023."
        ),
        "round",
    )
    assert (fact.company, fact.amount) == ("Kelbrand Optics", 12e6)

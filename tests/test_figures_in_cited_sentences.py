"""Every figure and party a record states stands in a sentence it is cited to.

- A Markdown heading that shortens the title ("# Mistral AI lève 600 millions d'euros" under the title
  "… et vaut désormais 5,8 milliards") is the headline: the round cites the body's sentence, which holds
  its amount, type and investors.
- A record that takes something from another sentence of its article (what only the headline says, a
  share told in the sentence before its price, an amount restated in another currency) cites that
  sentence too: it is written as more evidence, highlighted in the source view and exported.
- bench/traceability.py checks every fixture corpus; the main corpus is checked here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cli_helpers import import_article, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article
from ai_deals.importers.loading import load_article
from ai_deals.importers.reading import read_document
from ai_deals.store import Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from traceability import check, unheld_figures  # noqa: E402

MISTRAL = """title: Mistral AI lève 600 millions d'euros et vaut désormais 5,8 milliards
date: 2024-06-11
publisher: Les Echos
language: fr

# Mistral AI lève 600 millions d'euros

La start-up parisienne Mistral AI a annoncé mardi avoir levé 600 millions d'euros lors d'une série B menée par General Catalyst, avec la participation de Nvidia, Samsung et Cisco. L'opération valorise la jeune pousse à 5,8 milliards d'euros.
"""
MISTRAL_BODY = (
    "La start-up parisienne Mistral AI a annoncé mardi avoir levé 600 millions d'euros lors d'une série B "
    "menée par General Catalyst, avec la participation de Nvidia, Samsung et Cisco."
)
HEADLINE = "Zeta AI lève 20 millions d'euros auprès de Partech"
BODY = "Zeta AI a levé 20 millions d'euros en série A."
ZETA = f"---\ntitle: Zeta AI lève des fonds\ndate: 2026-03-05\nlanguage: fr\n---\n\n{HEADLINE}\n\n{BODY}\n"
AUBRELLE = (
    "Infineon has agreed to take a 12 per cent stake in Aubrelle Photonics, the Dresden-based start-up. "
    "Infineon will invest €150mn in Aubrelle Photonics, the companies said on Monday."
)


def test_a_round_under_a_heading_shorter_than_the_title_cites_the_body_sentence(tmp_path: Path):
    path = tmp_path / "mistral.md"
    path.write_text(MISTRAL, encoding="utf-8")
    source = load_article(read_document(path))
    (round_,) = [fact for fact in source.facts if fact.kind == "round" and fact.amount == 600e6]
    assert (round_.sentence, round_.round_type) == (MISTRAL_BODY, "Series B")
    assert round_.investors == ["General Catalyst", "Nvidia", "Samsung", "Cisco"]
    assert source.text[round_.start : round_.end] == MISTRAL_BODY
    assert unheld_figures(round_, "fr") == []


def test_what_only_the_headline_says_cites_the_headline_as_more_evidence():
    source = parse_article(f"{HEADLINE}\n\n{BODY}", published="2026-03-05", language="fr")
    (round_,) = [fact for fact in source.facts if fact.kind == "round"]
    assert (round_.sentence, round_.investors) == (BODY, ["Partech"])
    assert [(more.sentence, source.text[more.start : more.end]) for more in round_.more_evidence] == [
        (HEADLINE, HEADLINE)
    ]


def test_a_share_told_before_its_price_cites_the_sentence_stating_it():
    source = parse_article(AUBRELLE, published="2025-03-03", language="en")
    (stake,) = [fact for fact in source.facts if fact.kind == "investment"]
    assert (stake.amount, stake.percentage) == (150e6, 12.0)
    assert [more.sentence for more in stake.more_evidence] == [AUBRELLE.split(". ")[0] + "."]
    assert unheld_figures(stake, "en") == []


def test_the_source_view_highlights_and_exports_carry_every_cited_sentence(capsys, tmp_path, monkeypatch):
    db = import_article(capsys, tmp_path, monkeypatch, ZETA)
    with Store(db, readonly=True, create=False) as store:
        source = store.source(1)
        highlighted = sorted(
            source.text[span.start : span.end] for span in source.spans if span.label == "round"
        )
    assert highlighted == sorted([HEADLINE, BODY])
    records = json.loads(run_ok(capsys, db, "export", "--format", "json"))["records"]
    (round_,) = [record for record in records if record["record_type"] == "round"]
    assert round_["sentence"] == BODY
    assert [more["sentence"] for more in round_["more_evidence"]] == [HEADLINE]


def test_every_figure_of_the_main_corpus_stands_in_its_cited_sentences(capsys):
    unheld, records = check(ROOT / "tests" / "fixtures" / "articles")
    assert records > 0
    assert unheld == 0, capsys.readouterr().out


def test_a_round_announced_before_its_amount_cites_the_sentence_announcing_it():
    announced = "Clévia, start-up lyonnaise, vient de boucler une levée de fonds en série A."
    priced = "Le montant n'a pas été officiellement communiqué, mais il est compris entre 20 et 25 millions d'euros."
    source = parse_article(f"{announced} {priced}", published="2025-03-03", language="fr")
    (round_,) = [fact for fact in source.facts if fact.kind == "round"]
    assert (round_.company, round_.round_type, round_.sentence) == ("Clévia", "Series A", priced)
    assert [more.sentence for more in round_.more_evidence] == [announced]

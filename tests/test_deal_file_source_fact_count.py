"""A company page's source row (and `show --json`'s `sources`) counts a deal file's facts as its
import does, its records: a round told in three rows, one investor each, is one fact, not three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store
from ai_deals.tui.screens.company_rows import source_row

ROWS = ("Accel", "Index Ventures", "Balderton Capital")


@pytest.mark.parametrize(
    ("header", "cites"),
    [
        ("company,investor,amount,currency,date,round_type", ""),
        ("company,investor,amount,currency,date,round_type,source_url", ",https://news.example/korvo"),
    ],
)
def test_a_deal_files_round_of_three_rows_is_one_fact_on_the_page(capsys, tmp_path: Path, header, cites):
    deals = tmp_path / "rounds.csv"
    rows = [f"Korvo,{investor},20000000,USD,2025-01-15,Series A{cites}" for investor in ROWS]
    deals.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    db = tmp_path / "deals.db"
    code, out, err = run(capsys, "--db", str(db), "--empty", "import", str(deals))
    assert code == 0, err
    assert "(3 rows, 1 fact)" in out
    code, out, err = run(capsys, "--db", str(db), "show", "Korvo", "--json")
    assert code == 0, err
    assert [source["fact_count"] for source in json.loads(out)["sources"]] == [1]
    with Store.open(db) as store:
        (source,) = store.company(store.find_company("Korvo").id).sources
        assert "  1 fact" in "".join(text for text, _, _ in source_row(source).pieces)


AFP = """title: Mistral AI lève 1,7 milliard d'euros, ASML en tête
date: 2025-09-09
url: https://example.org/afp/mistral-asml
publisher: AFP
language: fr

La start-up française Mistral AI a annoncé mardi avoir levé 1,7 milliard d'euros lors d'un tour de table de série C mené par le néerlandais ASML, qui investit 1,3 milliard d'euros et prend environ 11 % du capital.

L'opération valorise la société parisienne à 11,7 milliards d'euros après l'augmentation de capital (post-money), a précisé l'entreprise.

Nvidia, Andreessen Horowitz, General Catalyst et Bpifrance ont également participé au tour.

Mistral AI avait déjà levé 600 millions d'euros en juin 2024 auprès de General Catalyst.
"""
CITING_AFP = (
    "company,round_type,amount,currency,date,investors,source_url\n"
    "Mistral AI,Series C,1700000000,EUR,2025-09-09,ASML,https://example.org/afp/mistral-asml\n"
)


def test_an_articles_facts_read_alike_on_every_page_and_a_files_rows_citing_it_are_named(capsys, tmp_path):
    article, deals = tmp_path / "afp.txt", tmp_path / "deals.csv"
    article.write_text(AFP, encoding="utf-8")
    deals.write_text(CITING_AFP, encoding="utf-8")
    db = tmp_path / "deals.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(article))[0] == 0
    assert run(capsys, "--db", str(db), "import", str(deals))[0] == 0  # a row citing the article

    def label(company: str) -> str:
        with Store.open(db) as store:
            sources = store.company(store.find_company(company).id).sources
        (afp,) = [source for source in sources if source.publisher == "AFP"]
        return "".join(text for text, _, _ in source_row(afp).pieces)

    with Store.open(db) as store:
        (own,) = [s.fact_count for s in store.sources() if s.publisher == "AFP"]
    assert f"  {own} facts + 1 from deals.csv" in label("Mistral AI")  # the article's own, then the row's
    assert f"  {own} facts" in label("Andreessen Horowitz") and "from" not in label("Andreessen Horowitz")

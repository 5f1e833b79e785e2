"""Two funds one investor closed the same day at the same size stay two figures; one fund told twice is one."""

from __future__ import annotations

from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of

FUND_IV = "Éclair Ventures closed Éclair Fund IV at $300 million on June 10, 2025."
OPPORTUNITY = "Éclair Ventures closed Éclair Opportunity Fund II at $300 million on June 10, 2025."


def _story(title: str, published: str, body: str) -> str:
    return f"# {title}\n\nPublished: {published}\n\n{body}\n"


def _funds_closed(text: str) -> list[str | None]:
    facts = facts_of(text, language="en", published="2025-06-10")
    return [fact.description for fact in facts if fact.metric == "fund_closed"]


def test_two_funds_of_one_size_closed_the_same_day_in_one_article_are_two_figures():
    assert _funds_closed(f"{FUND_IV} {OPPORTUNITY}") == ["Éclair Fund IV", "Éclair Opportunity Fund II"]


def test_one_fund_told_twice_in_one_article_is_one_figure():
    again = "Éclair Ventures closed Éclair Fund IV at $300 million, the firm said."
    assert _funds_closed(f"{FUND_IV} {again}") == ["Éclair Fund IV"]


def test_two_funds_of_one_size_told_by_two_articles_are_two_rows_of_the_page(capsys, tmp_path):
    db = import_files(
        capsys,
        tmp_path,
        ("iv.md", _story("Eclair closes Fund IV", "2025-06-10", FUND_IV)),
        ("opp.md", _story("Eclair closes its opportunity fund", "2025-06-10", OPPORTUNITY)),
        ("iv-again.md", _story("Eclair closes Fund IV at last", "2025-06-11", FUND_IV)),
    )
    page = run_ok(capsys, db, "show", "Éclair Ventures")
    rows = [line for line in page.splitlines() if "fund closed" in line]
    assert len(rows) == 2, page
    assert "Éclair Fund IV" in rows[0] and "2 sources" in rows[0], page
    assert "Éclair Opportunity Fund II" in rows[1] and "1 source" in rows[1], page

"""Money an investor puts in under an agreement of its own ("as part of the agreement"), beside a round
whose backers the article names without it, is a deal of its own: not in the round on the page, in
`show`, the timeline or search, and it counts on its own in money raised. A stake the article tells
as the round's part stays in it."""

from __future__ import annotations

from cli_helpers import import_article, run_ok

NORDWIND = (
    "title: Nordwind AI secures $120 million Series C\ndate: 2026-04-02\n\n"
    "Nordwind AI, a Berlin-based developer of foundation models, said on Thursday it raised $120 million "
    "in a Series C round led by Sequoia Capital at a post-money valuation of $1.1 billion. Existing "
    "backers Eurazeo and Lightspeed also took part.\n\n"
    "Nordwind also signed a partnership with Microsoft to run its models on Azure. Microsoft will invest "
    "up to $20 million in the company as part of the agreement.\n"
)


def row_of(out: str, *words: str) -> str:
    return next(line for line in out.splitlines() if all(word in line for word in words))


def test_partners_investment_stays_outside_the_round_its_article_names_backers_of(
    capsys, tmp_path, monkeypatch
):
    db = import_article(capsys, tmp_path, monkeypatch, NORDWIND)
    page = run_ok(capsys, db, "show", "Nordwind AI")
    assert "Microsoft" not in row_of(page, "Series C", "$120M")
    assert "Series C" not in row_of(page, "Microsoft", "≤$20M")
    timeline = run_ok(capsys, db, "timeline")
    assert "Series C" not in row_of(timeline, "Microsoft invests")


def test_partners_investment_outside_the_round_counts_on_its_own_alike_on_page_and_search(
    capsys, tmp_path, monkeypatch
):
    db = import_article(capsys, tmp_path, monkeypatch, NORDWIND)
    # Microsoft's "up to $20 million" is a ceiling: told beside the exact money, not added to it (ui29).
    assert "raised $120M (+ up to $20M committed)" in run_ok(capsys, db, "show", "Nordwind AI")
    assert "raised $120M (+ up to $20M committed)" in run_ok(capsys, db, "search", "Nordwind")


def test_an_investment_under_a_supply_agreement_stays_outside_the_round(capsys, tmp_path, monkeypatch):
    article = (
        "title: Lumex raises $40 million\ndate: 2026-04-02\n\n"
        "Lumex said on Thursday it raised $40 million in a Series B round led by Balderton Capital, with "
        "participation from Index Ventures.\n\nLumex also signed a supply agreement with Siemens. Under the "
        "agreement, Siemens will invest $5 million in Lumex.\n"
    )
    db = import_article(capsys, tmp_path, monkeypatch, article)
    page = run_ok(capsys, db, "show", "Lumex")
    assert "Siemens" not in row_of(page, "Series B", "$40M")
    assert "raised $45M" in page


def test_a_french_partners_investment_under_its_partnership_stays_outside_the_round(
    capsys, tmp_path, monkeypatch
):
    article = (
        "title: Lumex lève 40 millions d'euros\ndate: 2026-04-02\nlanguage: fr\n\n"
        "La start-up parisienne Lumex a levé 40 millions d'euros lors d'une série B menée par Eurazeo, avec "
        "la participation de Bpifrance.\n\nLumex a aussi signé un partenariat avec Orange. Orange investira "
        "5 millions d'euros dans la société dans le cadre de ce partenariat.\n"
    )
    db = import_article(capsys, tmp_path, monkeypatch, article)
    page = run_ok(capsys, db, "show", "Lumex")
    assert "Orange" not in row_of(page, "Series B", "€40M")
    assert "raised €45M" in page


def test_a_backer_the_round_sentence_gives_a_part_of_it_stays_in_the_round(capsys, tmp_path, monkeypatch):
    article = (
        "title: Orvel raises $50 million\ndate: 2026-04-02\n\n"
        "Orvel said on Thursday it raised $50 million in a Series B round led by Accel, with Nvidia "
        "contributing $10 million.\n\nOrvel also signed a partnership with Nvidia to use its chips.\n"
    )
    db = import_article(capsys, tmp_path, monkeypatch, article)
    page = run_ok(capsys, db, "show", "Orvel")
    assert "raised $50M" in page


def test_a_partners_investment_outside_the_round_stays_outside_after_an_export_round_trip(tmp_path):
    from test_export_same_pages import _round_trip_differences

    path = tmp_path / "nordwind.md"
    path.write_text(NORDWIND, encoding="utf-8")
    assert _round_trip_differences([path], tmp_path) == []

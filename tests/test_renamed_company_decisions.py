"""A corrected article whose only change is its company's spelling ("Vortex AI" -> "Vortexa AI"):
the review decisions follow its facts (same figures, same sentences but the name), instead of being
dropped as facts "no longer in the new version"."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401  (autouse)

from ai_deals.store import Store

STORY = (
    "title: Vortex AI raises $20 million\n"
    "url: https://example.com/vortex-20m\n"
    "published: 2026-04-02\n\n"
    "Vortex AI raised $20 million in a Series A round led by Vantor Capital on April 2, 2026. "
    "Vortex AI now has 45 employees.\n"
)


def _statuses(db: Path, company: str) -> dict:
    with Store.open(db) as store:
        page = store.company(store.find_company(company, exact=True).id)
        return {"round": page.rounds[0].review_status, "metrics": [m.review_status for m in page.metrics]}


def test_decisions_follow_the_facts_of_an_article_whose_company_name_was_corrected(capsys, tmp_path):
    story = tmp_path / "vx.txt"
    story.write_text(STORY, encoding="utf-8")
    db = tmp_path / "vx.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(story))[0] == 0
    with Store.open(db) as store:
        page = store.company(store.find_company("Vortex AI").id)
        store.review(page.rounds[0].ref, "confirmed")
        store.review(page.metrics[0].ref, "rejected")
    story.write_text(STORY.replace("Vortex AI", "Vortexa AI"), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(story))
    assert code == 0, err
    assert "could not be carried over" not in out + err
    assert out.splitlines()[0].startswith("replaced: Vortexa AI raises $20 million")
    # the rejected headcount stays rejected: left off the company's page
    assert _statuses(db, "Vortexa AI") == {"round": "confirmed", "metrics": []}


def test_a_renamed_company_whose_figures_changed_too_says_its_fact_changed_not_gone(capsys, tmp_path):
    story = tmp_path / "vx.txt"
    story.write_text(STORY, encoding="utf-8")
    db = tmp_path / "vx.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(story))[0] == 0
    with Store.open(db) as store:
        page = store.company(store.find_company("Vortex AI").id)
        store.review(page.rounds[0].ref, "confirmed")
    story.write_text(
        STORY.replace("Vortex AI", "Vortexa AI").replace("$20 million", "$25 million"), encoding="utf-8"
    )
    code, out, err = run(capsys, "--db", str(db), "import", str(story))
    assert code == 0, err
    # the renamed company's round is there with another amount: a fact that changed, not one gone
    assert "1 review decision could not be carried over: its fact changed" in out + err


def test_a_valuation_given_to_the_round_follows_it_when_the_company_name_was_corrected(capsys, tmp_path):
    from ai_deals.store.review import FactEdit

    story = tmp_path / "vx.txt"
    story.write_text(STORY, encoding="utf-8")
    db = tmp_path / "vx.db"
    assert run(capsys, "--db", str(db), "--empty", "import", str(story))[0] == 0
    with Store.open(db) as store:
        round_ = store.company(store.find_company("Vortex AI").id).rounds[0]
        store.edit_fact(round_.ref, FactEdit(valuation=1e8))
    story.write_text(STORY.replace("Vortex AI", "Vortexa AI"), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(story))
    assert code == 0, err
    assert "could not be carried over" not in out + err
    with Store.open(db) as store:
        round_ = store.company(store.find_company("Vortexa AI", exact=True).id).rounds[0]
        assert (round_.post_money_valuation, round_.valuation_currency) == (1e8, "USD")

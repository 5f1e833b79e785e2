"""The review screen open on an undated article while another shell imports it again with a date
(`date:` added): the re-import replaces its records with the same facts, cards unchanged, under a
new source key; `y` on the fact on screen is applied to the same fact of the new version, instead
of being refused as "the fact changed when its article was imported again"."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.article import parse_article
from ai_deals.store import Store
from ai_deals.tui.screens.review import NOT_APPLIED_NOTE, ReviewScreen

from screen_host import ScreenHost
from tui_helpers import settle, shown

TEXT = "Zephyr AI expects revenue of $50 million in 2027.\n"


def _import(path: Path, published: str | None) -> str:
    source = parse_article(
        TEXT, title="Zephyr AI outlook", published=published, path="zephyr.txt", language="en"
    )
    with Store.open(path) as shell:
        return shell.import_source(source).action


async def test_a_decision_after_a_date_only_reimport_applies_to_the_same_fact(tmp_path):
    db = tmp_path / "z.db"
    assert _import(db, None) == "added"
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            assert "$50M" in shown(app, "#review-fact")
            assert _import(db, "2026-03-02") == "replaced"  # another shell adds `date:`
            await pilot.press("y")
            await settle(pilot)
            assert app.errors == []
            status = shown(app, "StatusBar")
            assert NOT_APPLIED_NOTE not in status
            assert "(on the re-imported fact)" in status
        queue = store.review_queue(1, decided=True)
        assert [record.review_status for record in queue] == ["confirmed"]


def test_undoing_a_decision_after_a_date_only_reimport_undoes_it_on_the_same_fact(tmp_path):
    db = tmp_path / "z.db"
    assert _import(db, None) == "added"
    with Store.open(db) as store:
        (record,) = store.review_queue(1)
        undo = store.review(record.ref, "confirmed")
        assert _import(db, "2026-03-02") == "replaced"  # another shell adds `date:`
        undone = store.undo_review(undo)
        assert undone.replaced
        assert [r.review_status for r in store.review_queue(1, decided=True)] == ["extracted"]

"""The whole timeline folds a figure several sources state, and an investor's part of a raise, into
one event as a company's timeline does (store/timeline_folds.py): its list, counts, ranks, windows and
export agree with the folded list, and the export keeps every source's record."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db, run  # noqa: F401 (autouse fixture)
from test_promised_money_and_same_day_rounds import ZETA_ARTICLE, ZETA_DEALS
from test_same_figure_twice import MISTRAL_EN, MISTRAL_FR

from ai_deals.store import Store


def imported(capsys, tmp_path: Path, **files: str) -> Path:
    db = tmp_path / "deals.db"
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, _, err = run(capsys, "--db", str(db), "--empty", "import", str(path))
        assert code == 0, err
    return db


def whole_and_company_titles(store: Store, name: str) -> tuple[list[str], list[str]]:
    company_id = store.find_company(name).id
    whole = [
        event.title for event in store.timeline_window(None, limit=100) if event.company_id == company_id
    ]
    return whole, [event.title for event in store.timeline(company_id) if event.company_id == company_id]


def test_the_whole_timeline_shows_a_figure_two_sources_state_once_as_the_company_timeline_does(
    capsys, tmp_path
):
    db = imported(capsys, tmp_path, **{"fr.txt": MISTRAL_FR, "en.txt": MISTRAL_EN})
    with Store(db, readonly=True) as store:
        whole, company = whole_and_company_titles(store, "Mistral AI")
        assert whole == company
        assert whole.count("Mistral AI valuation: €11.7B (post-money) · 2 sources") == 1
        (valuation,) = [e for e in store.timeline_window(None, limit=100) if "valuation" in e.title]
        assert [ref.record_type for ref in valuation.also] == ["metric"]
        assert [e.ref for e in store.timeline()] == [e.ref for e in store.timeline_window(None, limit=100)]


def test_the_whole_timelines_counts_ranks_and_windows_agree_with_the_folded_list(capsys, tmp_path):
    db = imported(capsys, tmp_path, **{"fr.txt": MISTRAL_FR, "en.txt": MISTRAL_EN})
    with Store(db, readonly=True) as store:
        events = store.timeline_window(None, limit=100)
        assert (
            len(events) == store.timeline_count() == store.timeline_outline().total == len(store.timeline())
        )
        # Two figures two sources state and the raise they both tell (tl23): one event each.
        assert len(store.timeline_refs()) == len(events) + 3
        assert [store.timeline_rank(event.order) for event in events] == list(range(len(events)))
        backward = store.timeline_window(None, limit=100, backward=True)
        assert [e.ref for e in backward] == [e.ref for e in events]
        for size in (1, 2, 3):  # windows read one after another, as the explorer steps
            read, after = [], None
            while window := store.timeline_window(after, limit=size):
                read += window
                after = window[-1].order
            assert [e.ref for e in read] == [e.ref for e in events]
        # Skipping into a date (the explorer's `g`, a year jump) counts folded events once.
        assert [e.ref for e in store.timeline_window(None, limit=2, offset=1)] == [e.ref for e in events[1:3]]


def test_the_whole_timelines_export_keeps_every_sources_record_after_its_event(capsys, tmp_path):
    db = imported(capsys, tmp_path, **{"fr.txt": MISTRAL_FR, "en.txt": MISTRAL_EN})
    with Store(db, readonly=True) as store:
        events = store.timeline_window(None, limit=100)
        expected = [ref for event in events for ref in (event.ref, *event.also)]
        assert store.timeline_refs() == expected
        assert [ref for batch in store.timeline_ref_batches() for ref in batch] == expected
        assert (
            len(expected) == len(events) + 3
        )  # the valuation's, the head count's and the raise's second source


def test_the_whole_timeline_folds_an_investors_part_into_its_raise(capsys, tmp_path):
    db = imported(capsys, tmp_path, **{"zeta.txt": ZETA_ARTICLE, "zeta.csv": ZETA_DEALS})
    with Store(db, readonly=True) as store:
        rounds = [e for e in store.timeline_window(None, limit=100) if e.ref.record_type == "round"]
        assert [e.title.split(" from ")[0] for e in rounds] == ["Zeta AI raises $20M (Series A)"]
        assert [ref.record_type for ref in rounds[0].also] == ["round"]
        assert store.timeline_outline().total == store.timeline_count() == len(store.timeline())
    code, out, _ = run(capsys, "--db", str(db), "timeline")
    assert code == 0 and "$20M (Series A)" in out and "$12M" not in out


def test_the_timeline_command_works_the_whole_timelines_folds_out_once(capsys, tmp_path, monkeypatch):
    """`ai-deals timeline` reads the outline, then the events: both use the folds the store keeps
    (`Store._timeline_folds`), worked out once, not again for the events."""
    from ai_deals.store import store as store_module
    from ai_deals.store import timeline_folds as folds_module

    db = imported(capsys, tmp_path, **{"zeta.txt": ZETA_ARTICLE, "zeta.csv": ZETA_DEALS})
    calls = []
    real = folds_module.timeline_folds

    def counted(database):
        calls.append(database)
        return real(database)

    monkeypatch.setattr(folds_module, "timeline_folds", counted)
    monkeypatch.setattr(store_module, "timeline_folds", counted)
    code, out, _ = run(capsys, "--db", str(db), "timeline")
    assert code == 0 and "$20M (Series A)" in out and "$12M" not in out
    assert len(calls) == 1

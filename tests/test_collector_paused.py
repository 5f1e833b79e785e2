"""Reading a big page holds Python's cyclic collector off (it walked the heap again and again), and
leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from ai_deals.store import queries
from ai_deals.store.collector import collector_paused


def test_a_company_page_is_read_with_the_collector_off_and_it_is_back_on_after(sample_store, monkeypatch):
    seen = []
    read = queries.company_page
    monkeypatch.setattr(
        queries, "company_page", lambda *args, **kwargs: seen.append(gc.isenabled()) or read(*args, **kwargs)
    )
    company_id = sample_store.db.execute("SELECT id FROM companies LIMIT 1").fetchone()[0]
    sample_store.company(company_id)
    assert seen == [False]
    assert gc.isenabled()


def test_the_collector_is_back_on_after_an_error_and_stays_off_if_it_was_off():
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_a_pause_made_can_be_spared_the_collectors_scan_of_young_objects():
    """Turned back on after a big page was made, the collector scanned all of it as young objects
    first (0.15-0.2 s for an investor in 15,000 rounds), just before the page's screen froze it."""
    from ai_deals.store.collector import spare_what_was_made

    gc.unfreeze()
    try:
        with collector_paused():
            made = [[n] for n in range(10_000)]
            spare_what_was_made()
        assert gc.get_count()[0] < 100
        assert gc.get_freeze_count() >= len(made) and gc.isenabled()
    finally:
        gc.unfreeze()


def test_what_is_frozen_stays_frozen_when_a_pause_spares_what_it_made():
    """The app freezes what it keeps at launch, and a big page shown freezes its objects: another
    page read meanwhile must not thaw them."""
    from ai_deals.store.collector import spare_what_was_made

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            spare_what_was_made()
        assert gc.get_freeze_count() >= frozen > 0
    finally:
        gc.unfreeze()

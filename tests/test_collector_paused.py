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
    monkeypatch.setattr(queries, "company_page", lambda *args: seen.append(gc.isenabled()) or read(*args))
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

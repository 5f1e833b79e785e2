"""Holding Python's cyclic garbage collector off while many small, acyclic objects are made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a big page is read and laid out.

    Tens of thousands of small objects (an investor in 15,000 rounds: rows, evidence, models) set
    off collections that walk the whole heap again and again: measured, a third of the time of
    `Store.company` and half of laying out its rows. They make no cycles; the collector runs again
    after. Process-wide, so it is left off if someone else turned it off.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()

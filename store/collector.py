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


def spare_what_was_made() -> None:
    """Exempt every object the collector tracks from its scans (`gc.freeze`): called at the end of a
    pause (`collector_paused`) in which a big page was made, whose objects are kept while it is shown
    and make no cycles. Turned back on, the collector would first scan them all as young objects
    (0.15-0.2 s for an investor in 15,000 rounds), just before the screen showing the page froze
    them anyway; that screen thaws them (`gc.unfreeze`) when it is closed."""
    gc.freeze()


class HeldCollector:
    """The cyclic garbage collector held off for a while, then let run: `hold` each time, `release`
    once. Held only if it was running: a caller that found it off (`collector_paused`) turns it on."""

    def __init__(self) -> None:
        self.holding = False
        """Whether this hold turned the collector off (and `release` turns it on)."""

    def hold(self) -> None:
        if not self.holding and gc.isenabled():
            gc.disable()
            self.holding = True

    def release(self) -> None:
        if self.holding:
            self.holding = False
            gc.enable()

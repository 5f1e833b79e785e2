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


FULL_PASSES_HELD = 1_000_000
"""The oldest generation's threshold while its passes are held: never reached (`HeldFullPasses`)."""
MOST_PENDING = 200
"""Young-generation passes after which a held full pass runs anyway: memory stays bounded however
long keys come without a pause (a full pass is due after 10 of them, Python's default)."""


class HeldFullPasses:
    """The collector's full passes (those walking the oldest generation) held off while keys come,
    run in the pause after them. The young generations are still collected: the garbage a repaint
    leaves is freed as it goes. `hold` each time, `release` in the pause (or when leaving)."""

    def __init__(self) -> None:
        self._saved: tuple[int, int, int] | None = None
        """The thresholds held from (None: not holding)."""

    @property
    def holding(self) -> bool:
        return self._saved is not None

    def hold(self) -> None:
        if self._saved is None:
            self._saved = gc.get_threshold()
            gc.set_threshold(self._saved[0], self._saved[1], FULL_PASSES_HELD)
        elif gc.get_count()[2] > MOST_PENDING:
            gc.collect()  # held too long: its garbage is collected now

    def release(self, *, collect: bool) -> None:
        """Give the full passes back; with `collect`, run the one held (in a pause, when one is due)."""
        if self._saved is None:
            return
        saved, self._saved = self._saved, None
        gc.set_threshold(*saved)
        if collect and gc.isenabled() and gc.get_count()[2] > saved[2]:
            gc.collect()

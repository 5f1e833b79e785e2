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
    once. Held only if it was running: a caller that found it off (`collector_paused`) turns it on.
    The search screen's, bounded by time: each keystroke leaves over `YOUNG_MOST` young objects, so
    `CollectorHeldForKeys` would collect on nearly every key (bench/RESULTS.md §1, session 27)."""

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


MOST_PENDING = 200
"""Young passes (`gc.get_count()[2]`) after which keys that come without a pause run a full pass on a
key anyway: what survived the young passes stays bounded however long a key is held."""
YOUNG_MOST = 2_000
"""Objects made and not yet freed (`gc.get_count()[0]`) while keys come after which the young
generations are collected anyway. On the 100k timeline a year jump leaves ~2,400 (a quarter of them
cyclic garbage: Textual's scroll bar lines, whose strips keep themselves in their own caches), a step
~250: keys back to back pass once about every year jump, 1.3 ms on average and at most 2.5 ms, no
more than Python's own worst (a generation-1 pass of 2-3.3 ms on one key in ten, besides two to four
generation-0 passes on every key). A bound of 4,000 cut the CPU of the passes by a third (objects a
later key frees were not scanned first) but made each up to 3.1-4.3 ms (bench/timeline.py)."""
MOST_KEYS = 100
"""Keys after which the young generations are collected anyway, however few objects they left."""
PAUSES_PER_FULL_PASS = 50
"""Young passes after which the pause runs a full one too. Python's own rule, a full pass after 10 of
its generation-1 passes (each after ~7,000 objects), came every ~25 year jumps; counted in pauses, 10
ran one (13-18 ms of CPU over the windows and lines kept) every 11 keys when each key was followed by
a pause (`bench/timeline.py --gap 0.4`)."""


class CollectorHeldForKeys:
    """The cyclic garbage collector off while keys come, run in the pause after them: `hold` at each
    key, `release` in the pause (or when leaving). A key then pays no pass: Python's own ran two to
    four young passes a key over the objects a repaint makes and frees at once (its count rises past
    the threshold before they are freed), and a generation-1 pass (2-3.3 ms) on one key in ten. Held
    only if it was running (a read that paused it turns it back on itself). Bounded: keys that come
    without a pause collect the young generations once `YOUNG_MOST` objects are left or `MOST_KEYS`
    keys came, and run a full pass once `MOST_PENDING` young passes are due one."""

    def __init__(self) -> None:
        self.holding = False
        """Whether this hold turned the collector off (and `release` turns it on)."""
        self._keys = 0
        """Keys since the young generations were last collected."""

    def hold(self) -> None:
        """A key came: hold the collector off, or collect now if keys came too long without a pause."""
        if not self.holding:
            if not gc.isenabled():
                return
            gc.disable()
            self.holding = True
            self._keys = 0
        self._keys += 1
        young, _, full_due = gc.get_count()
        if full_due > MOST_PENDING:
            gc.collect()
            self._keys = 0
        elif young > YOUNG_MOST or self._keys > MOST_KEYS:
            # Both young generations: the survivors go to the oldest, whose passes wait for the pause;
            # a pass of the middle one alone would scan what every bounded pass left there again.
            gc.collect(1)
            self._keys = 0

    def release(self, *, collect: bool) -> None:
        """Turn the collector back on; with `collect` (in a pause), first run the young pass the keys
        held, and a full one if one is due (`PAUSES_PER_FULL_PASS` young passes since the last)."""
        if not self.holding:
            return
        self.holding = False
        if collect:
            gc.collect(1)
            if gc.get_count()[2] > PAUSES_PER_FULL_PASS:
                gc.collect()
        gc.enable()

"""The records picked with `space` across every screen, in the order they were picked."""

from __future__ import annotations

from collections.abc import Iterable

from ai_deals.store.models import RecordRef


class Selection:
    """An ordered set of record references, each remembered with the company it belongs to."""

    def __init__(self) -> None:
        self._companies: dict[RecordRef, str] = {}

    def toggle(self, ref: RecordRef, company: str, also: Iterable[RecordRef] = ()) -> bool:
        """Select `ref` if it was not selected, else unselect it; True when it is now selected.

        `also` follows `ref`: the other sources' records of a raise shown as one round row."""
        refs = [ref, *also]
        if ref in self._companies:
            for each in refs:
                self._companies.pop(each, None)
            return False
        for each in refs:
            self._companies[each] = company
        return True

    def discard(self, refs: Iterable[RecordRef]) -> None:
        """Unselect `refs` (those selected; the others are ignored)."""
        for ref in refs:
            self._companies.pop(ref, None)

    def clear(self) -> None:
        """Unselect everything."""
        self._companies.clear()

    def __contains__(self, ref: object) -> bool:
        return ref in self._companies

    def __len__(self) -> int:
        return len(self._companies)

    @property
    def refs(self) -> list[RecordRef]:
        """Selected records, first picked first."""
        return list(self._companies)

    @property
    def label(self) -> str:
        """What to name an export: the company when all records share one, else "selection"."""
        companies = set(self._companies.values())
        return companies.pop() if len(companies) == 1 else "selection"

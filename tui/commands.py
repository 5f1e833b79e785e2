"""Command palette entries ("company: Open OpenAI") fed by the same fuzzy search as the home screen."""

from __future__ import annotations

import asyncio
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from ai_deals.store.models import SearchHit

from .safe_text import clean_line

PALETTE_LIMIT = 12
PREFIX = "company: Open "
# What a user may type of the entries' own words before a name: "company", "company: open mistral".
_LEAD_WORDS = ("company: open ", "company open ", "company: ", "company ")
_LEAD_ALONE = frozenset(("company", "company:", "company: open", "company open"))
# The other entries' areas ("selection: Clear"): a query starting with one names no company. Searched
# anyway, 20,000 companies kept the palette showing an earlier query's list past the Enter typed
# 0.6 s later, and Enter chose that list's first entry (Textual's "Keys").
_OTHER_AREAS = ("selection:", "timeline:", "export:", "merge:", "review:")


def name_part(query: str) -> str:
    """The name in a palette query, without the entries' own leading words ("" for those alone)."""
    query = query.strip()
    lowered = query.casefold()
    if lowered in _LEAD_ALONE:
        return ""
    for words in _LEAD_WORDS:
        if lowered.startswith(words):
            return query[len(words) :].strip()
    return query


def hit_display(hit: SearchHit) -> Text:
    """ "company: Open <name>" with the matched characters underlined; the alias shown when it matched."""
    display = Text(PREFIX, style="dim")
    if hit.matched != hit.name:
        display.append(clean_line(hit.name) + " — ")
    matched = Text(clean_line(hit.matched))
    for position in hit.positions:
        if 0 <= position < len(matched):
            matched.stylize("bold underline", position, position + 1)
    return display + matched


class CompanyCommands(Provider):
    """Opens a company page from the command palette."""

    async def _hits(self, query: str) -> list[SearchHit]:
        """Search in a thread so the palette never blocks; a failing store shows the error once."""
        if query.strip().casefold().startswith(_OTHER_AREAS):
            return []
        try:
            return await asyncio.to_thread(self.app.store.search, name_part(query), PALETTE_LIMIT)
        except Exception as error:  # noqa: BLE001 - any store failure becomes a modal, never a crash
            self.app.show_error(error)
            return []

    def _command(self, hit: SearchHit):
        return partial(self.app.open_company, hit.company_id, hit.name)

    async def discover(self) -> Hits:
        """The best-known companies, before anything is typed."""
        for hit in await self._hits(""):
            yield DiscoveryHit(
                hit_display(hit),
                self._command(hit),
                text=PREFIX + hit.name,
                help=escape(clean_line(hit.summary)),
            )

    async def search(self, query: str) -> Hits:
        """Companies matching `query`, best first."""
        for hit in await self._hits(query):
            yield Hit(
                hit.score / 100,
                hit_display(hit),
                self._command(hit),
                text=PREFIX + hit.name,
                help=escape(clean_line(hit.summary)) or None,
            )

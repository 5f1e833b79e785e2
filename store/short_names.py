"""Whether a backer's bracketed short name ("Anjney Midha (AMP)", `CompanyInfo.short_names`) may join it to the
company here that goes by that short name.

It may when that company goes by no other name: a deal file's "AMP" is the fund Anjney Midha backs through. It
may not when another name here already claimed the acronym ("Jane Doe (XYZ)" before "John Roe (XYZ)"): an
acronym two names claim says nothing of which one a record means, and must never join two backers. A longer
name the acronym abbreviates ("Nordic Venture Capital" for NVC) or is a word of ("AMP Capital") is such a claim
too: "AMP Capital (AMP)" and "Anjney Midha (AMP)" are two firms. Only a description ("the San Francisco-based
fund") names nobody. An acronym the knowledge file gives a firm ("LSVP") is never a backer's short name
(`a_known_firms`).
"""

from __future__ import annotations

from sqlite_utils import Database

from .known_names import folded_knowledge_names
from .names import is_description, normalize_name


def claimable_short_names(shorts: list[str]) -> list[str]:
    """The bracketed short names a backer may go by: those the knowledge file gives no firm (`a_known_firms`)."""
    return [short for short in shorts if not a_known_firms(short)]


def a_known_firms(short: str) -> bool:
    """Whether the knowledge file gives `short` to a firm ("LSVP" of Lightspeed Venture Partners, "IVP"): then a
    bracket after a person ("Jane Doe (LSVP)") says where the person works, and the person is no alias of the
    firm nor the firm's short name the person's (a later "LSVP" would join the firm to the person)."""
    return short.casefold() in folded_knowledge_names()


def claimed_by_another(db: Database, company_id: int, short: str, claimant: str) -> bool:
    """Whether the company `company_id`, which `short` finds here, goes by a name other than `short` itself,
    `claimant`'s or a description: then `short` is that name's, and `claimant` is not joined to it."""
    own_keys = {normalize_name(short), normalize_name(claimant)}
    return any(
        normalize_name(spelling) not in own_keys and not is_description(spelling)
        for spelling in _names_of(db, company_id)
    )


def _names_of(db: Database, company_id: int) -> list[str]:
    """The company's name and its aliases."""
    rows = db.execute(
        "SELECT name FROM companies WHERE id = ? UNION SELECT alias FROM aliases WHERE company_id = ?",
        [company_id, company_id],
    ).fetchall()
    return [row[0] for row in rows]

"""Whether a backer's bracketed short name ("Anjney Midha (AMP)", `CompanyInfo.short_names`) may join it to the
company here that goes by that short name.

It may when that company goes by no other name: a deal file's "AMP" is the fund Anjney Midha backs through. It
may not when another name here already claimed the acronym ("Jane Doe (XYZ)" before "John Roe (XYZ)"): an
acronym two names claim says nothing of which one a record means, and must never join two backers. The
acronym's own spellings do not count as another name: its expansion ("Nordic Venture Capital" for NVC), a name
it is a word of ("AMP Capital"), a description ("the San Francisco-based fund"). An acronym the knowledge file
gives a firm ("LSVP") is never a backer's short name (`a_known_firms`).
"""

from __future__ import annotations

from sqlite_utils import Database

from .known_names import folded_knowledge_names
from .names import is_description, is_short_form, normalize_name


def claimable_short_names(shorts: list[str]) -> list[str]:
    """The bracketed short names a backer may go by: those the knowledge file gives no firm (`a_known_firms`)."""
    return [short for short in shorts if not a_known_firms(short)]


def a_known_firms(short: str) -> bool:
    """Whether the knowledge file gives `short` to a firm ("LSVP" of Lightspeed Venture Partners, "IVP"): then a
    bracket after a person ("Jane Doe (LSVP)") says where the person works, and the person is no alias of the
    firm nor the firm's short name the person's (a later "LSVP" would join the firm to the person)."""
    return short.casefold() in folded_knowledge_names()


def claimed_by_another(db: Database, company_id: int, short: str, claimant: str) -> bool:
    """Whether the company `company_id`, which `short` finds here, goes by a name other than `short`'s own
    spellings and `claimant`'s: then `short` is that name's, and `claimant` is not joined to it."""
    own_keys = {normalize_name(short), normalize_name(claimant)}
    return any(
        normalize_name(spelling) not in own_keys and not _spelling_of(short, spelling)
        for spelling in _names_of(db, company_id)
    )


def _names_of(db: Database, company_id: int) -> list[str]:
    """The company's name and its aliases."""
    rows = db.execute(
        "SELECT name FROM companies WHERE id = ? UNION SELECT alias FROM aliases WHERE company_id = ?",
        [company_id, company_id],
    ).fetchall()
    return [row[0] for row in rows]


def _spelling_of(short: str, spelling: str) -> bool:
    """Whether `spelling` is the acronym `short` spelt otherwise: its expansion, a name it is a word of, or a
    description (which names nobody)."""
    return is_description(spelling) or is_short_form(short, spelling) or _initials(spelling) == _letters(short)


def _initials(spelling: str) -> str:
    """The first letters of `spelling`'s capitalised words: "IVP" of "Institutional Venture Partners" (the
    small words of "Bank of America" left out)."""
    return "".join(word[0] for word in spelling.split() if word[:1].isupper())


def _letters(short: str) -> str:
    """`short`'s letters: "AE" of "A&E"."""
    return "".join(letter for letter in short if letter.isalpha())

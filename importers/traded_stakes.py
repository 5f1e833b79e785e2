"""Round types of a stake changing hands between shareholders: no money raised by the company.

Kept free of imports: the command line's start-up reads them (store/formatting.py) without pydantic."""

from __future__ import annotations

STAKE_BOUGHT_TYPES = frozenset(
    {"stake purchase", "secondary", "secondary market", "secondary sale", "secondary transaction"}
    # PitchBook's deal types of shares changing hands: "Secondary Transaction - Private", "… - Open Market".
    | {"secondary transaction private", "secondary transaction open market"}
)
"""Round types (lower case, words apart) of a stake bought from its holders: no money raised by the company."""
STAKE_PART_SOLD_TYPES = frozenset({"partial stake sale", "partial exit", "partial sale"})
"""Round types (lower case, words apart) of part of a stake its investor sold: no money raised, and no exit (the
seller keeps the rest: "has sold part of its stake in")."""
STAKE_SOLD_TYPES = frozenset({"stake sale", "exit", "divestment"}) | STAKE_PART_SOLD_TYPES
"""Round types (lower case, words apart) of a stake its investor sold, whole (the seller's exit) or in part: no
money raised."""


def traded_kind(round_type: str | None) -> str:
    """A round type as the traded-stake types are spelled (lower case, words apart): "Stake-Sale",
    "Stake_Sale" and "Secondary - Market" are "stake sale" and "secondary market"; "" when untyped. The one
    normaliser the importer and the store both test a traded stake with."""
    words = (round_type or "").lower().replace("_", " ").replace("-", " ").split()
    return " ".join(words)

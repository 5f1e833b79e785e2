"""The only code that speaks SQL: schema, migrations, and queries that return pydantic models.

`Store` and `StoreError` load on first use, so a caller that only needs a light piece of this
package (the file check the CLI does before launching the app) does not pay for sqlite-utils.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import StoreError
    from .store import Store

__all__ = ["Store", "StoreError"]


def __getattr__(name: str):
    if name == "Store":
        from .store import Store

        return Store
    if name == "StoreError":
        from .errors import StoreError

        return StoreError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

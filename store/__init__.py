"""The only code that speaks SQL: schema, migrations, and queries that return pydantic models."""

from .errors import StoreError
from .store import Store

__all__ = ["Store", "StoreError"]

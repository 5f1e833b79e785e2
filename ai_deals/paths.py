"""Where things live: the database in the user's data directory unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "ai-deals"
DB_ENV = "AI_DEALS_DB"
SEED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".csv", ".tsv", ".json", ".ndjson")


def default_db_path(environ: dict[str, str] | None = None) -> Path:
    """`AI_DEALS_DB` if set, else `<user data dir>/ai-deals/deals.db`."""
    environ = os.environ if environ is None else environ
    if environ.get(DB_ENV):
        return Path(environ[DB_ENV]).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / "deals.db"


def named_db_path(flag: Path | None, environ: dict[str, str] | None = None) -> tuple[Path, str | None]:
    """The database to use and what named it: `--db`, else `AI_DEALS_DB`, else the platform default
    (named by nothing: None)."""
    if flag is not None:
        return flag, "--db"
    path = default_db_path(environ)
    environ = os.environ if environ is None else environ
    return path, (DB_ENV if environ.get(DB_ENV) else None)


def seed_files() -> list[Path]:
    """The shipped seed documents, in name order (installed as package data)."""
    from importlib.resources import files  # here, not at the top: the explorer's launch never needs it

    folder = Path(str(files("ai_deals.seeds")))
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SEED_SUFFIXES and p.is_file())


def datasette_metadata(database_name: str) -> str:
    """The shipped Datasette metadata, keyed by the database's name (Datasette uses the file stem)."""
    import json
    from importlib.resources import files

    data = json.loads(files("ai_deals").joinpath("datasette-metadata.json").read_text(encoding="utf-8"))
    data["databases"] = {database_name: data["databases"]["deals"]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

"""Where incidents live: one `Store` interface, SQLite by default. All SQL is in this package.

with open_store("incidents.db") as store:
    store.save(extraction)
    store.incidents(IncidentQuery(sub_event_type="air_drone_strike", near=(36.2, 37.16, 10)))
"""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import UsageError
from eventwire.store.base import IncidentQuery, SaveResult, Stats, Store
from eventwire.store.sqlite import SQLiteStore

__all__ = ["IncidentQuery", "SQLiteStore", "SaveResult", "Stats", "Store", "open_store"]

_SQLITE_URL = "sqlite:///"


def open_store(target: str | Path) -> Store:
    """Open (creating and migrating if needed) the store at ``target``.

    ``target`` is a file path, ``":memory:"``, or a URL: ``sqlite:///relative.db`` and
    ``sqlite:////absolute.db`` as SQLAlchemy spells them. ``postgresql://`` is reserved for
    the PostGIS backend and raises `UsageError` until it exists.
    """
    if isinstance(target, Path):
        return SQLiteStore(target)
    if target.startswith(_SQLITE_URL):
        path = target[len(_SQLITE_URL) :]
        if not path:
            raise UsageError(f"{target}: no file after 'sqlite:///'; e.g. sqlite:///incidents.db")
        return SQLiteStore(path)
    scheme, sep, _ = target.partition("://")
    if sep and (scheme == "postgres" or scheme.startswith("postgresql")):
        raise UsageError("the PostgreSQL store is not available yet; use a SQLite path")
    if sep:
        raise UsageError(
            f"{target}: unknown store URL scheme {scheme!r}; use a file path or sqlite:///path"
        )
    return SQLiteStore(target)

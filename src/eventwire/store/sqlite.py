"""The default store: one SQLite file (WAL mode, foreign keys on) behind `Store`.

Transactions are explicit (``isolation_level=None`` and ``BEGIN IMMEDIATE``) rather than
left to the sqlite3 module's implicit ones, so that a save is visibly one transaction and
takes the write lock before it reads what it is about to check.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from eventwire.errors import NotFoundError, StoreError, UsageError
from eventwire.model import Extraction, Incident, Report
from eventwire.store import filters, migrations, rows, writes
from eventwire.store.base import IncidentQuery, SaveResult, Stats

MEMORY = ":memory:"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SQLiteStore:
    """A `Store` in one SQLite file; ``":memory:"`` gives a throwaway in-memory one.

    ``clock`` stamps ``ingested_at`` and ``migrations.applied_at``; tests fix it to compare
    whole databases.
    """

    def __init__(self, path: str | Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self.path = str(path)
        self._clock = clock
        self._conn = _connect(self.path)
        try:
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    # ------------------------------------------------------------------ plumbing

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    @contextmanager
    def _write(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction: commit at the end, roll back on any exception."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot {what}: {err}") from err
        try:
            yield self._conn
        except sqlite3.Error as err:
            self._rollback()
            raise StoreError(f"{self.path}: cannot {what}: {err}") from err
        except BaseException:
            self._rollback()
            raise
        self._conn.execute("COMMIT")

    def _rollback(self) -> None:
        # SQLite rolls some failures back by itself; a second ROLLBACK would be an error.
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot read: {err}") from err

    def _migrate(self) -> None:
        tables = {r[0] for r in self._read("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "migrations" not in tables:
            raise StoreError(
                f"{self.path}: a SQLite database, but not an eventwire store (no 'migrations' "
                "table); choose a new file"
            )
        (version,) = self._read("PRAGMA user_version")[0]
        if version > migrations.schema_version():
            raise StoreError(
                f"{self.path}: written by a newer eventwire (schema version {version}; this one "
                f"knows up to {migrations.schema_version()}); upgrade eventwire to open it"
            )
        if version == migrations.schema_version():
            return  # up to date: open without taking the write lock
        with self._write("migrate the database") as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            # Read under the write lock: another process may have migrated meanwhile.
            applied = {r[0] for r in conn.execute("SELECT name FROM migrations")}
            for name, migrate in migrations.MIGRATIONS:
                if name not in applied:
                    migrate(conn)
                    conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, self._now()))
            conn.execute(f"PRAGMA user_version = {migrations.schema_version()}")

    # ------------------------------------------------------------------ writes

    def save(self, extraction: Extraction) -> SaveResult:
        report = extraction.report
        with self._write(f"save report {report.id!r}") as conn:
            if (stored := writes.stored_as(conn, report)) is not None:
                return SaveResult(report_id=stored, new=False, incidents_added=0)
            writes.insert_report(conn, self.path, report, self._now())
            writes.add_incidents(conn, self.path, extraction.incidents, also_cites=report.id)
        return SaveResult(report_id=report.id, new=True, incidents_added=len(extraction.incidents))

    def replace_incidents(self, remove: Sequence[str], add: Sequence[Incident]) -> None:
        with self._write(f"replace incidents {', '.join(remove)}") as conn:
            for incident_id in remove:
                writes.remove_incident(conn, self.path, incident_id)
            writes.add_incidents(conn, self.path, add)

    def replace_incident(self, incident: Incident) -> None:
        self.replace_incidents([incident.id], [incident])

    def delete_incident(self, incident_id: str) -> None:
        self.replace_incidents([incident_id], [])

    # ------------------------------------------------------------------ reads

    def get_report(self, report_id: str) -> Report:
        found = self._read(
            f"SELECT {', '.join(rows.REPORT_COLUMNS)} FROM reports WHERE id = ?", (report_id,)
        )
        if not found:
            raise NotFoundError(f"{self.path}: no report {report_id!r}")
        return rows.report_from_row(found[0])

    def get_incident(self, incident_id: str) -> Incident:
        found = self._read("SELECT json FROM incidents WHERE id = ?", (incident_id,))
        if not found:
            raise NotFoundError(f"{self.path}: no incident {incident_id!r}")
        return rows.incident_from_json(found[0][0])

    def incidents(self, query: IncidentQuery | None = None) -> list[Incident]:
        q = query or IncidentQuery()
        where, params = filters.where(q)
        if q.near is None:
            sql = f"SELECT json FROM incidents{where}{filters.ORDER} LIMIT ? OFFSET ?"
            found = self._read(sql, [*params, -1 if q.limit is None else q.limit, q.offset])
            return [rows.incident_from_json(r[0]) for r in found]
        # The R*Tree box is a prefilter; the exact distance, and so the paging, is ours.
        found = self._read(f"SELECT lat, lon, json FROM incidents{where}{filters.ORDER}", params)
        near = [r[2] for r in found if filters.within(q.near, r[0], r[1])]
        stop = None if q.limit is None else q.offset + q.limit
        return [rows.incident_from_json(j) for j in near[q.offset : stop]]

    def count_incidents(self, query: IncidentQuery | None = None) -> int:
        q = query or IncidentQuery()
        where, params = filters.where(q)
        if q.near is None:
            return int(self._read(f"SELECT COUNT(*) FROM incidents{where}", params)[0][0])
        found = self._read(f"SELECT lat, lon FROM incidents{where}", params)
        return sum(1 for lat, lon in found if filters.within(q.near, lat, lon))

    def reports(self, *, limit: int | None = None, offset: int = 0) -> list[Report]:
        if (limit is not None and limit < 0) or offset < 0:
            raise UsageError(f"limit and offset must be 0 or more (got {limit}, {offset})")
        found = self._read(
            f"SELECT {', '.join(rows.REPORT_COLUMNS)} FROM reports "
            "ORDER BY published IS NULL, published, id LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [rows.report_from_row(r) for r in found]

    def stats(self) -> Stats:
        (n_reports,) = self._read("SELECT COUNT(*) FROM reports")[0]
        (n_claims,) = self._read("SELECT COUNT(*) FROM claims")[0]
        n, located, dated, first, last, killed, hurt = self._read(
            "SELECT COUNT(*), COUNT(lat), COUNT(date_start), MIN(date_start), MAX(date_end), "
            "COALESCE(SUM(fatalities_best), 0), COALESCE(SUM(injuries_best), 0) FROM incidents"
        )[0]
        return Stats(
            reports=n_reports,
            incidents=n,
            claims=n_claims,
            located=located,
            dated=dated,
            first_date=date.fromisoformat(first) if first else None,
            last_date=date.fromisoformat(last) if last else None,
            fatalities=killed,
            injuries=hurt,
            by_event_type=self._count_by("event_type"),
            by_sub_event_type=self._count_by("sub_event_type"),
            by_country=self._count_by("country_code"),
        )

    def _count_by(self, column: str) -> dict[str, int]:
        # ``column`` is one of our own names, never user input.
        found = self._read(
            f"SELECT {column}, COUNT(*) FROM incidents WHERE {column} IS NOT NULL "
            f"GROUP BY {column} ORDER BY {column}"
        )
        return {k: v for k, v in found}

    # ------------------------------------------------------------------ lifetime

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _connect(path: str) -> sqlite3.Connection:
    if path != MEMORY:
        file = Path(path)
        if file.is_dir():
            raise StoreError(
                f"{path}: is a directory; give a database file such as {file / 'eventwire.db'}"
            )
        if not file.parent.is_dir():
            raise StoreError(f"{path}: directory {file.parent} does not exist; create it first")
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as err:
        raise StoreError(f"{path}: cannot open the database: {err}") from err
    try:
        # journal_mode reads the file header, so this is where a non-database fails.
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as err:
        conn.close()
        raise StoreError(
            f"{path}: not a usable SQLite database ({err}); check the path or choose a new file"
        ) from err
    return conn

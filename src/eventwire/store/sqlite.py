"""The default store: one SQLite file (WAL mode, foreign keys on) behind `Store`.

Transactions are explicit (``isolation_level=None`` and ``BEGIN IMMEDIATE``) rather than
left to the sqlite3 module's implicit ones, so that a save is visibly one transaction and
takes the write lock before it reads what it is about to check.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from eventwire.errors import NotFoundError, StoreError, UsageError
from eventwire.model import Extraction, Incident, Report
from eventwire.store import filters, migrations, rows, writes
from eventwire.store.base import IncidentQuery, LinkDecisions, Linking, SaveResult, Stats

MEMORY = ":memory:"
# Members kept parsed between saves (each a few KB): enough for the windows of a busy week.
MEMBER_CACHE_SIZE = 50_000


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
        self._parsed_members: dict[str, Incident] = {}
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

    def save(self, extraction: Extraction, linking: Linking | None = None) -> SaveResult:
        report = extraction.report
        with self._write(f"save report {report.id!r}") as conn:
            if (stored := writes.stored_as(conn, report)) is not None:
                return SaveResult(report_id=stored, new=False, incidents_added=0)
            writes.insert_report(conn, self.path, report, self._now())
            if linking is None:
                writes.add_incidents(conn, self.path, extraction.incidents, also_cites=report.id)
                for member in extraction.incidents:
                    writes.insert_member(conn, self.path, member, member.id, report.id)
                n = len(extraction.incidents)
                return SaveResult(report_id=report.id, new=True, incidents_added=n)
            added = linked = 0
            _, cannot = writes.decisions(conn)
            for member in extraction.incidents:
                joined = self._choose(conn, linking, member, cannot)
                incident_id = joined or member.id
                writes.insert_member(conn, self.path, member, incident_id, report.id)
                self._rebuild(conn, incident_id, linking)
                linked += joined is not None
                added += joined is None
        return SaveResult(
            report_id=report.id, new=True, incidents_added=added, incidents_linked=linked
        )

    def _choose(
        self,
        conn: sqlite3.Connection,
        linking: Linking,
        member: Incident,
        cannot: Collection[frozenset[str]],
    ) -> str | None:
        window = linking.window(member)
        if window is None:
            return None
        if len(self._parsed_members) > MEMBER_CACHE_SIZE:
            self._parsed_members.clear()  # crude but bounded; refilled from the next windows
        candidates = writes.incidents_within(conn, window, self._parsed_members)
        return linking.choose(member, candidates, cannot) if candidates else None

    def _rebuild(self, conn: sqlite3.Connection, incident_id: str, linking: Linking) -> Incident:
        members = writes.members_of(conn, incident_id)
        incident = linking.combine(incident_id, members, writes.reports_of(conn, members))
        if incident.id != incident_id:
            raise StoreError(
                f"{self.path}: the linker rebuilt incident {incident_id!r} as {incident.id!r}; "
                "a linked incident keeps its id"
            )
        writes.rewrite_incident(conn, self.path, incident)
        return incident

    def merge(self, keep: str, other: str, linking: Linking) -> Incident:
        if keep == other:
            raise UsageError(f"cannot merge incident {keep!r} with itself")
        with self._write(f"merge incidents {keep}, {other}") as conn:
            kept, moved = self._members_or_fail(conn, keep), self._members_or_fail(conn, other)
            writes.move_members(conn, [m.id for m in moved], keep)
            for a in kept:
                for b in moved:
                    writes.record_decision(conn, a.id, b.id, "must", self._now())
            writes.remove_incident(conn, self.path, other, with_members=False)
            return self._rebuild(conn, keep, linking)

    def split(self, incident_id: str, report_ids: Collection[str], linking: Linking) -> Incident:
        with self._write(f"split incident {incident_id}") as conn:
            members = self._members_or_fail(conn, incident_id)
            has = {r for m in members for r in rows.cited_reports(m)}
            if len(has) < 2:
                raise UsageError(
                    f"incident {incident_id!r} comes from one report only; there is nothing to "
                    "split it into"
                )
            unknown = sorted(set(report_ids) - has)
            if unknown or not report_ids:
                raise UsageError(
                    f"incident {incident_id!r} has no report {', '.join(unknown) or '(none given)'};"
                    f" its reports are {', '.join(sorted(has))}"
                )
            moving = [m for m in members if set(m.reports) & set(report_ids)]
            staying = [m for m in members if m not in moving]
            if not staying:
                raise UsageError(
                    f"splitting reports {', '.join(sorted(report_ids))} off incident "
                    f"{incident_id!r} would leave it empty; name fewer reports"
                )
            for a in staying:
                for b in moving:
                    writes.record_decision(conn, a.id, b.id, "cannot", self._now())
            new_id = moving[0].id
            writes.move_members(conn, [m.id for m in moving], new_id)
            self._rebuild(conn, incident_id, linking)
            return self._rebuild(conn, new_id, linking)

    def _members_or_fail(self, conn: sqlite3.Connection, incident_id: str) -> list[Incident]:
        if not writes.has_incident(conn, incident_id):
            raise NotFoundError(f"{self.path}: no incident {incident_id!r}; nothing was changed")
        return writes.members_of(conn, incident_id)

    def regroup(self, assignment: Mapping[str, str], linking: Linking) -> int:
        with self._write("relink incidents") as conn:
            history = writes.member_history(conn)
            stored = {m.id for _, m in history}
            if set(assignment) != stored:
                raise UsageError(
                    f"{self.path}: a regrouping must place every stored member exactly once "
                    f"({len(stored)} stored, {len(assignment)} given)"
                )
            for incident_id in {i for i, _ in history}:
                if writes.has_incident(conn, incident_id):
                    writes.remove_incident(conn, self.path, incident_id, with_members=False)
            for member_id, incident_id in assignment.items():
                writes.move_members(conn, [member_id], incident_id)
            targets = sorted(set(assignment.values()))
            for incident_id in targets:
                self._rebuild(conn, incident_id, linking)
            return len(targets)

    def replace_incident(self, incident: Incident) -> None:
        with self._write(f"replace incident {incident.id}") as conn:
            writes.remove_incident(conn, self.path, incident.id, with_members=False)
            writes.add_incidents(conn, self.path, [incident])

    def delete_incident(self, incident_id: str) -> None:
        with self._write(f"delete incident {incident_id}") as conn:
            writes.remove_incident(conn, self.path, incident_id)

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

    def members(self, incident_id: str) -> list[Incident]:
        if not self._read("SELECT 1 FROM incidents WHERE id = ?", (incident_id,)):
            raise NotFoundError(f"{self.path}: no incident {incident_id!r}")
        return writes.members_of(self._conn, incident_id)

    def member_history(self) -> list[tuple[str, Incident]]:
        return writes.member_history(self._conn)

    def link_decisions(self) -> LinkDecisions:
        must, cannot = writes.decisions(self._conn)
        return LinkDecisions(must=frozenset(must), cannot=frozenset(cannot))

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

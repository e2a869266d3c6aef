"""The SQL that adds and removes one record at a time, inside a transaction the caller owns.

Every check happens before the first write of its record, and the caller's transaction
rolls back on any exception, so a failed save or replace leaves nothing behind.
Errors say which database (``where``), which record, and what to do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from eventwire.errors import NotFoundError, StoreError
from eventwire.model import Incident, Report
from eventwire.store import rows


def _placeholders(n: int) -> str:
    return ", ".join("?" * n)


def _has(conn: sqlite3.Connection, table: str, id_: str) -> bool:
    # ``table`` is one of our own names, never input.
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (id_,)).fetchone() is not None


def stored_as(conn: sqlite3.Connection, report: Report) -> str | None:
    """The id under which the report's text is already stored, if it is."""
    row = conn.execute(
        "SELECT id FROM reports WHERE content_hash = ?", (report.content_hash,)
    ).fetchone()
    return None if row is None else str(row[0])


def insert_report(conn: sqlite3.Connection, where: str, report: Report, ingested_at: str) -> None:
    if _has(conn, "reports", report.id):
        raise StoreError(
            f"{where}: report id {report.id!r} is already stored with a different text; "
            "give the new report another id"
        )
    conn.execute(
        f"INSERT INTO reports VALUES ({_placeholders(len(rows.REPORT_COLUMNS) + 1)})",
        (*rows.report_row(report), ingested_at),
    )


def add_incidents(
    conn: sqlite3.Connection,
    where: str,
    incidents: Sequence[Incident],
    *,
    also_cites: str | None = None,
) -> None:
    """Insert incidents with their report links, claims and R*Tree entries.

    ``also_cites`` links every incident to the report it was extracted from even if the
    incident's own list forgot it; the stored JSON keeps exactly what was given.
    """
    for incident in incidents:
        if _has(conn, "incidents", incident.id):
            raise StoreError(
                f"{where}: incident {incident.id!r} is already stored (or listed twice); "
                "use replace_incident to change it"
            )
        cited = sorted(rows.cited_reports(incident) | ({also_cites} if also_cites else set()))
        missing = [r for r in cited if not _has(conn, "reports", r)]
        if missing:
            raise StoreError(
                f"{where}: incident {incident.id!r} cites report(s) {', '.join(missing)} "
                "that are not stored; save those reports first"
            )
        conn.execute(
            f"INSERT INTO incidents VALUES ({_placeholders(len(rows.INCIDENT_COLUMNS))})",
            rows.incident_row(incident),
        )
        conn.executemany(
            "INSERT INTO incident_reports VALUES (?, ?)", [(incident.id, r) for r in cited]
        )
        conn.executemany(
            f"INSERT INTO claims VALUES ({_placeholders(len(rows.CLAIM_COLUMNS))})",
            rows.claim_rows(incident),
        )
        if (loc := incident.location) is not None:
            conn.execute(
                "INSERT INTO incident_rtree VALUES (?, ?, ?, ?, ?)",
                (rows.rtree_key(incident.id), loc.lat, loc.lat, loc.lon, loc.lon),
            )


def remove_incident(conn: sqlite3.Connection, where: str, incident_id: str) -> None:
    row = conn.execute("SELECT key FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"{where}: no incident {incident_id!r}; nothing was changed")
    # The R*Tree cannot take a foreign key; claims and report links go by ON DELETE CASCADE.
    conn.execute("DELETE FROM incident_rtree WHERE id = ?", (row[0],))
    conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))

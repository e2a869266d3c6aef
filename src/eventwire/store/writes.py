"""The SQL that adds and removes one record at a time, inside a transaction the caller owns.

Every check happens before the first write of its record, and the caller's transaction
rolls back on any exception, so a failed save or replace leaves nothing behind.
Errors say which database (``where``), which record, and what to do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import MutableMapping, Sequence

from eventwire.errors import NotFoundError, StoreError
from eventwire.model import Incident, Report
from eventwire.store import migrations, rows
from eventwire.store.base import LinkWindow


def _placeholders(n: int) -> str:
    return ", ".join("?" * n)


def _has(conn: sqlite3.Connection, table: str, id_: str) -> bool:
    # ``table`` is one of our own names, never input.
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (id_,)).fetchone() is not None


def has_incident(conn: sqlite3.Connection, incident_id: str) -> bool:
    return _has(conn, "incidents", incident_id)


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


def remove_incident(
    conn: sqlite3.Connection, where: str, incident_id: str, *, with_members: bool = True
) -> None:
    """Delete an incident; ``with_members=False`` keeps its members, for a rewrite."""
    row = conn.execute("SELECT key FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"{where}: no incident {incident_id!r}; nothing was changed")
    # The R*Tree cannot take a foreign key; claims and report links go by ON DELETE CASCADE.
    conn.execute("DELETE FROM incident_rtree WHERE id = ?", (row[0],))
    conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
    if with_members:
        conn.execute(
            "DELETE FROM member_rtree WHERE seq IN (SELECT seq FROM members WHERE incident_id = ?)",
            (incident_id,),
        )
        conn.execute("DELETE FROM members WHERE incident_id = ?", (incident_id,))


def rewrite_incident(conn: sqlite3.Connection, where: str, incident: Incident) -> None:
    """Store a new version of an incident (its id may be new), keeping its members."""
    if _has(conn, "incidents", incident.id):
        remove_incident(conn, where, incident.id, with_members=False)
    add_incidents(conn, where, [incident])


# --------------------------------------------------------------------------- members


def insert_member(
    conn: sqlite3.Connection, where: str, member: Incident, incident_id: str, report_id: str
) -> None:
    if conn.execute("SELECT 1 FROM members WHERE id = ?", (member.id,)).fetchone():
        raise StoreError(f"{where}: incident {member.id!r} is already stored (or listed twice)")
    (seq,) = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM members").fetchone()
    d, loc = member.date, member.location
    conn.execute(
        "INSERT INTO members VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            member.id,
            incident_id,
            report_id,
            seq,
            d.start.isoformat() if d else None,
            d.end.isoformat() if d else None,
            loc.lat if loc else None,
            loc.lon if loc else None,
            loc.precision.value if loc else None,
            member.model_dump_json(),
        ),
    )
    if d is not None:
        conn.execute(
            f"INSERT INTO member_rtree SELECT seq, {migrations.MEMBER_BOX_SQL} FROM members "
            "WHERE seq = ?",
            (seq,),
        )


def members_of(conn: sqlite3.Connection, incident_id: str) -> list[Incident]:
    found = conn.execute(
        "SELECT json FROM members WHERE incident_id = ? ORDER BY seq", (incident_id,)
    ).fetchall()
    return [rows.incident_from_json(r[0]) for r in found]


def incidents_within(
    conn: sqlite3.Connection, window: LinkWindow, parsed: MutableMapping[str, Incident]
) -> list[tuple[str, Incident]]:
    """(incident id, member) of every member of each incident that has a member in the
    window: dated within its days and, when it has a box, with an R*Tree box (its point, or
    the reach of a coarse place; see migrations) meeting it. The linker weighs an incident by
    all its members.

    ``parsed`` keeps members already read, by id: a member never changes once stored (only
    the incident it belongs to does, and that comes from the row), and reading its JSON back
    is most of what a busy window costs."""
    start, end, box = window
    lat_min, lat_max, lon_min, lon_max = box if box is not None else (-90, 90, -180, 180)
    found = conn.execute(
        "SELECT incident_id, id, json FROM members WHERE incident_id IN ("
        "SELECT m.incident_id FROM member_rtree r JOIN members m ON m.seq = r.seq "
        "WHERE r.day_max >= julianday(?) AND r.day_min <= julianday(?) "
        "AND r.lat_max >= ? AND r.lat_min <= ? AND r.lon_max >= ? AND r.lon_min <= ?"
        ") ORDER BY seq",
        (start.isoformat(), end.isoformat(), lat_min, lat_max, lon_min, lon_max),
    ).fetchall()
    out = []
    for incident_id, member_id, text in found:
        member = parsed.get(member_id)
        if member is None:
            member = parsed[member_id] = rows.incident_from_json(text)
        out.append((incident_id, member))
    return out


def member_history(conn: sqlite3.Connection) -> list[tuple[str, Incident]]:
    found = conn.execute("SELECT incident_id, json FROM members ORDER BY seq").fetchall()
    return [(r[0], rows.incident_from_json(r[1])) for r in found]


def move_members(conn: sqlite3.Connection, member_ids: Sequence[str], incident_id: str) -> None:
    conn.executemany(
        "UPDATE members SET incident_id = ? WHERE id = ?", [(incident_id, m) for m in member_ids]
    )


def reports_of(conn: sqlite3.Connection, members: Sequence[Incident]) -> dict[str, Report]:
    """The stored reports the members cite, by id."""
    ids = sorted({r for m in members for r in rows.cited_reports(m)})
    found = conn.execute(
        f"SELECT {', '.join(rows.REPORT_COLUMNS)} FROM reports WHERE id IN ({_placeholders(len(ids))})",
        ids,
    ).fetchall()
    return {r[0]: rows.report_from_row(r) for r in found}


def record_decision(conn: sqlite3.Connection, a: str, b: str, kind: str, at: str) -> None:
    """Remember a person's decision between two members; a later one replaces an earlier."""
    first, second = sorted((a, b))
    conn.execute(
        "INSERT OR REPLACE INTO link_decisions VALUES (?, ?, ?, ?)", (first, second, kind, at)
    )


def decisions(conn: sqlite3.Connection) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    must: set[frozenset[str]] = set()
    cannot: set[frozenset[str]] = set()
    for a, b, kind in conn.execute("SELECT a, b, kind FROM link_decisions"):
        (must if kind == "must" else cannot).add(frozenset((a, b)))
    return must, cannot

"""The SQLite schema, as named migrations applied in order (the sqlite-utils way).

Each migration is a function ``mNNN_what(conn)``; `MIGRATIONS` lists them in order. A
migration runs inside the caller's transaction together with the row that records it in
``migrations``, so a database is never left half-migrated. ``PRAGMA user_version`` holds
how many migrations a database has had, which lets us refuse a database written by a
newer eventwire before touching it. Never edit a released migration: add the next one.

Column notes:
- ``incidents.json`` is the full incident and the only thing read back; the other
  columns are copies for filtering, sorting and stats.
- ``incidents.grade`` and ``incidents.disagreements`` (m003) copy the corroboration grade and
  how many contradictions are flagged, so that "the contested ones" is a WHERE clause.
- ``incidents.key`` is a 64-bit integer derived from the id because the R*Tree can only
  key on integers; deriving it (not using the rowid) keeps the database content the same
  whatever order incidents were saved in.
- ``claims.start_char``/``end_char`` are `Claim.start`/`end`, renamed because ``end`` is
  a reserved word in SQL (and in PostgreSQL).
- ``members`` keeps every per-report incident exactly as extraction gave it, with the
  linked incident it belongs to; ``seq`` is arrival order, which makes relinking replay
  the same history. ``members.incident_id`` has no foreign key on purpose: a linked
  incident is rewritten (deleted and inserted) whenever a member joins, and its members
  must survive that; deleting an incident deletes its members explicitly.
- ``link_decisions`` are a person's merges (``must``) and splits (``cannot``) between two
  members, kept apart from the incidents so that relinking can honour them.
- ``member_rtree`` indexes each dated member by (Julian day range, lat, lon), keyed by its
  ``seq``, so that the linker's window (days, and a box) is one R*Tree query however large
  the archive grows. A member placed only at governorate or country level spans the degrees
  such a place may reach, and one not placed at all spans the globe.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def m001_initial(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            title TEXT,
            published TEXT,
            published_from TEXT,
            outlet TEXT,
            url TEXT,
            origin TEXT,
            ingested_at TEXT NOT NULL
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            key INTEGER NOT NULL UNIQUE,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            lat REAL,
            lon REAL,
            geo_precision TEXT,
            country_code TEXT,
            admin1 TEXT,
            location_name TEXT,
            fatalities_best INTEGER,
            injuries_best INTEGER,
            json TEXT NOT NULL
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE incident_reports (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            report_id TEXT NOT NULL REFERENCES reports(id),
            PRIMARY KEY (incident_id, report_id)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE claims (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            field TEXT NOT NULL,
            value_json TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_kind TEXT NOT NULL,
            source_via TEXT,
            report_id TEXT NOT NULL REFERENCES reports(id),
            quote TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            hedged INTEGER NOT NULL,
            PRIMARY KEY (incident_id, seq)
        )
        """
    )
    conn.execute(
        "CREATE VIRTUAL TABLE incident_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)"
    )
    for sql in (
        "CREATE INDEX incidents_dates ON incidents(date_start, date_end)",
        "CREATE INDEX incidents_types ON incidents(event_type, sub_event_type)",
        "CREATE INDEX incidents_sub_type ON incidents(sub_event_type)",
        "CREATE INDEX incident_reports_report ON incident_reports(report_id)",
        "CREATE INDEX claims_field ON claims(field)",
        "CREATE INDEX claims_report ON claims(report_id)",
        "CREATE INDEX reports_published ON reports(published, id)",
    ):
        conn.execute(sql)


# A member's R*Tree box from its row: its days as Julian day numbers, and its point, widened
# for a coarse place to the degrees a governorate or a country may reach from its point
# (generous: a miss here is a link never considered), or the whole globe when unplaced.
MEMBER_BOX_SQL = """
    julianday(date_start), julianday(date_end),
    CASE WHEN lat IS NULL THEN -90 ELSE lat - (
        CASE geo_precision WHEN 'country' THEN 15 WHEN 'governorate' THEN 3 ELSE 0 END) END,
    CASE WHEN lat IS NULL THEN 90 ELSE lat + (
        CASE geo_precision WHEN 'country' THEN 15 WHEN 'governorate' THEN 3 ELSE 0 END) END,
    CASE WHEN lon IS NULL THEN -180 ELSE lon - (
        CASE geo_precision WHEN 'country' THEN 20 WHEN 'governorate' THEN 4 ELSE 0 END) END,
    CASE WHEN lon IS NULL THEN 180 ELSE lon + (
        CASE geo_precision WHEN 'country' THEN 20 WHEN 'governorate' THEN 4 ELSE 0 END) END
"""


def m002_members_and_link_decisions(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE members (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL,
            report_id TEXT NOT NULL REFERENCES reports(id),
            seq INTEGER NOT NULL UNIQUE,
            date_start TEXT,
            date_end TEXT,
            lat REAL,
            lon REAL,
            geo_precision TEXT,
            json TEXT NOT NULL
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE link_decisions (
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('must', 'cannot')),
            decided_at TEXT NOT NULL,
            PRIMARY KEY (a, b),
            CHECK (a < b)
        )
        """
    )
    conn.execute("CREATE INDEX members_incident ON members(incident_id, seq)")
    conn.execute(
        "CREATE VIRTUAL TABLE member_rtree USING "
        "rtree(seq, day_min, day_max, lat_min, lat_max, lon_min, lon_max)"
    )
    # A database from before linking: each stored incident is its own single member, in
    # the order it was stored.
    conn.execute(
        """
        INSERT INTO members
            (id, incident_id, report_id, seq, date_start, date_end, lat, lon, geo_precision, json)
        SELECT i.id, i.id,
               (SELECT MIN(r.report_id) FROM incident_reports r WHERE r.incident_id = i.id),
               i.rowid, i.date_start, i.date_end, i.lat, i.lon, i.geo_precision, i.json
        FROM incidents i
        WHERE EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident_id = i.id)
        """
    )
    conn.execute(
        f"INSERT INTO member_rtree SELECT seq, {MEMBER_BOX_SQL} FROM members "
        "WHERE date_start IS NOT NULL"
    )


def m003_grade_columns(conn: sqlite3.Connection) -> None:
    """The corroboration grade and the number of disagreements as columns, for filtering
    ("the contested ones", "where sources disagree"); filled from each stored incident."""
    conn.execute("ALTER TABLE incidents ADD COLUMN grade TEXT")
    conn.execute("ALTER TABLE incidents ADD COLUMN disagreements INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        """
        UPDATE incidents SET
            grade = json_extract(json, '$.corroboration.grade'),
            disagreements = COALESCE(json_array_length(json, '$.contradictions'), 0)
        """
    )
    conn.execute("CREATE INDEX incidents_grade ON incidents(grade)")


MIGRATIONS: list[tuple[str, Migration]] = [
    ("m001_initial", m001_initial),
    ("m002_members_and_link_decisions", m002_members_and_link_decisions),
    ("m003_grade_columns", m003_grade_columns),
]


def schema_version() -> int:
    """The ``user_version`` a database has once every known migration is applied."""
    return len(MIGRATIONS)

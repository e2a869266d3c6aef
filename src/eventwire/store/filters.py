"""An `IncidentQuery` as a SQL WHERE clause, plus the exact distance check for ``near``.

``near`` is answered in two steps: the R*Tree returns the incidents inside a bounding box
(fast, approximate), then `within` keeps those truly within the radius. A PostGIS backend
would do both in SQL with ``ST_DWithin``.
"""

from __future__ import annotations

from typing import Any

from eventwire.model import km_between
from eventwire.store.base import IncidentQuery
from eventwire.store.distance import bounding_box

ORDER = " ORDER BY date_start IS NULL, date_start, id"  # undated last, then stable by id


def where(q: IncidentQuery) -> tuple[str, list[Any]]:
    """``(" WHERE …", params)`` for every filter of ``q`` except paging; ``""`` if none."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("event_type", q.event_type), ("sub_event_type", q.sub_event_type)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    # Overlap of [date_start, date_end] with [since, until]; NULL dates never match.
    if q.since is not None:
        clauses.append("date_end >= ?")
        params.append(q.since.isoformat())
    if q.until is not None:
        clauses.append("date_start <= ?")
        params.append(q.until.isoformat())
    if q.grade is not None:
        clauses.append("grade = ?")
        params.append(q.grade.value)
    if q.disputed:
        clauses.append("disagreements > 0")
    if q.report_id is not None:
        clauses.append("id IN (SELECT incident_id FROM incident_reports WHERE report_id = ?)")
        params.append(q.report_id)
    if q.near is not None:
        box = bounding_box(*q.near)
        clauses.append(
            "key IN (SELECT id FROM incident_rtree "
            "WHERE min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND max_lon >= ?)"
        )
        params += [box.max_lat, box.min_lat, box.max_lon, box.min_lon]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def within(near: tuple[float, float, float], lat: float | None, lon: float | None) -> bool:
    """Is (lat, lon) within ``near = (lat, lon, km)``? Unlocated incidents never are."""
    if lat is None or lon is None:
        return False
    return km_between(near[0], near[1], lat, lon) <= near[2]

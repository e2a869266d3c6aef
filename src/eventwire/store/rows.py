"""Model records ⇄ SQLite rows. Pure functions: no connection, no SQL statements.

Dates are stored as ISO text so that they sort and compare as text; JSON is written with
sorted keys so the same value always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from eventwire.model import Claim, Incident, Report

REPORT_COLUMNS = (
    "id",
    "content_hash",
    "text",
    "title",
    "published",
    "published_from",
    "outlet",
    "url",
    "origin",
)

INCIDENT_COLUMNS = (
    "id",
    "key",
    "event_type",
    "sub_event_type",
    "date_start",
    "date_end",
    "date_precision",
    "lat",
    "lon",
    "geo_precision",
    "country_code",
    "admin1",
    "location_name",
    "fatalities_best",
    "injuries_best",
    "json",
    "grade",  # m003 added these after json
    "disagreements",
)

CLAIM_COLUMNS = (
    "incident_id",
    "seq",
    "field",
    "value_json",
    "source_name",
    "source_kind",
    "source_via",
    "report_id",
    "quote",
    "start_char",
    "end_char",
    "hedged",
)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def rtree_key(incident_id: str) -> int:
    """A signed 64-bit integer for the R*Tree, derived from the incident id alone."""
    digest = hashlib.sha1(incident_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def report_row(report: Report) -> tuple[Any, ...]:
    return (
        report.id,
        report.content_hash,
        report.text,
        report.title,
        _iso(report.published),
        report.published_from,
        report.outlet,
        report.url,
        report.origin,
    )


def report_from_row(row: tuple[Any, ...]) -> Report:
    values = dict(zip(REPORT_COLUMNS, row, strict=True))
    if values["published"] is not None:
        values["published"] = date.fromisoformat(values["published"])
    return Report(**values)


def incident_row(incident: Incident) -> tuple[Any, ...]:
    d, loc = incident.date, incident.location
    return (
        incident.id,
        rtree_key(incident.id),
        incident.event_type,
        incident.sub_event_type,
        _iso(d.start) if d else None,
        _iso(d.end) if d else None,
        d.precision.value if d else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        loc.precision.value if loc else None,
        loc.country_code if loc else None,
        loc.admin1 if loc else None,
        loc.name if loc else None,
        incident.fatalities.best if incident.fatalities else None,
        incident.injuries.best if incident.injuries else None,
        incident.model_dump_json(),
        incident.corroboration.grade.value if incident.corroboration else None,
        len(incident.contradictions),
    )


def incident_from_json(text: str) -> Incident:
    return Incident.model_validate_json(text)


def claim_rows(incident: Incident) -> list[tuple[Any, ...]]:
    return [_claim_row(incident.id, seq, c) for seq, c in enumerate(incident.claims)]


def _claim_row(incident_id: str, seq: int, claim: Claim) -> tuple[Any, ...]:
    # `Claim.value` is Any: let pydantic turn dates, records etc. into JSON values first.
    value = claim.model_dump(mode="json", include={"value"})["value"]
    return (
        incident_id,
        seq,
        claim.field,
        json.dumps(value, sort_keys=True, ensure_ascii=False),
        claim.source.name,
        claim.source.kind,
        claim.source.via,
        claim.report_id,
        claim.quote,
        claim.start,
        claim.end,
        int(claim.hedged),
    )


def cited_reports(incident: Incident) -> set[str]:
    """Every report id an incident refers to, in its report list or its claims."""
    return set(incident.reports) | {c.report_id for c in incident.claims}

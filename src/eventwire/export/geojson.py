"""GeoJSON (RFC 7946): a FeatureCollection with one Point per located incident.

Properties are the flat ACLED-style row of the CSV (numbers as numbers, unknown as null),
so a map layer and the spreadsheet agree. Incidents without a location cannot be mapped;
they are left out, counted, and the count is written into the collection as the foreign
member ``"eventwire": {"incidents_without_location": n}`` so that nobody mistakes the
map for everything. Features are written one at a time, so the input can be a stream.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

from eventwire.export.acled import acled_row
from eventwire.model import SCHEMA_VERSION, Incident

_GEOMETRY_COLUMNS = ("latitude", "longitude")


@dataclass(frozen=True, slots=True)
class GeoJSONResult:
    features: int
    without_location: int


def feature(incident: Incident, country_names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The incident as a GeoJSON Feature; it must have a location."""
    if incident.location is None:
        raise ValueError(f"incident {incident.id!r} has no location to map")
    row = acled_row(incident, country_names)
    return {
        "type": "Feature",
        "id": incident.id,
        # RFC 7946 order is longitude, latitude.
        "geometry": {
            "type": "Point",
            "coordinates": [incident.location.lon, incident.location.lat],
        },
        "properties": {k: v for k, v in row.items() if k not in _GEOMETRY_COLUMNS},
    }


def write_geojson(
    incidents: Iterable[Incident],
    out: TextIO,
    *,
    country_names: Mapping[str, str] | None = None,
) -> GeoJSONResult:
    """Write a FeatureCollection of the located incidents; returns what was written."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = skipped = 0
    for incident in incidents:
        if incident.location is None:
            skipped += 1
            continue
        out.write(",\n" if written else "\n")
        out.write(json.dumps(feature(incident, country_names), ensure_ascii=False))
        written += 1
    meta = {"schema_version": SCHEMA_VERSION, "incidents_without_location": skipped}
    out.write(f'\n], "eventwire": {json.dumps(meta)}}}\n')
    return GeoJSONResult(features=written, without_location=skipped)

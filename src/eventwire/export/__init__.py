"""Incidents out to files: JSON Lines (lossless), ACLED-style CSV, and GeoJSON points.

Every writer takes any iterable of `Incident` (a list, or a store query) and a text
stream, and returns what it wrote; none of them reads the store itself.
"""

from __future__ import annotations

from eventwire.export.acled import (
    COLUMNS,
    EVENT_TYPE_NAMES,
    SUB_EVENT_TYPE_NAMES,
    acled_row,
)
from eventwire.export.geojson import GeoJSONResult, write_geojson
from eventwire.export.jsonl import write_jsonl
from eventwire.export.table import neutralise, write_csv

__all__ = [
    "COLUMNS",
    "EVENT_TYPE_NAMES",
    "SUB_EVENT_TYPE_NAMES",
    "GeoJSONResult",
    "acled_row",
    "neutralise",
    "write_csv",
    "write_geojson",
    "write_jsonl",
]

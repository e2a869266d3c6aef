"""The bounding box that prefilters a `near` query (the exact distance is `model.km_between`).

The box is deliberately generous: it only has to contain every point within the radius,
because the exact distance is checked afterwards. Where the box would cross a pole or the
antimeridian we widen it to all longitudes rather than split it, which is slower for
those rare queries but can never miss a point.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from eventwire.model import EARTH_RADIUS_KM

KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180
# The R*Tree keeps coordinates as 32-bit floats, so pad the box by well over their error.
_PAD_DEGREES = 1e-4


class Box(NamedTuple):
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float


def bounding_box(lat: float, lon: float, km: float) -> Box:
    """A lat/lon box containing every point within ``km`` of (lat, lon)."""
    dlat = km / KM_PER_DEGREE_LAT + _PAD_DEGREES
    min_lat, max_lat = lat - dlat, lat + dlat
    if min_lat <= -90 or max_lat >= 90:
        return Box(max(min_lat, -90.0), min(max_lat, 90.0), -180.0, 180.0)
    # Longitude degrees shrink with latitude; use the box edge nearest the pole.
    cos_edge = math.cos(math.radians(max(abs(min_lat), abs(max_lat))))
    dlon = km / (KM_PER_DEGREE_LAT * cos_edge) + _PAD_DEGREES
    if dlon >= 180 or lon - dlon < -180 or lon + dlon > 180:
        return Box(min_lat, max_lat, -180.0, 180.0)
    return Box(min_lat, max_lat, lon - dlon, lon + dlon)

"""Great-circle distance and the bounding box that prefilters a `near` query.

The box is deliberately generous: it only has to contain every point within the radius,
because the exact distance is checked afterwards. Where the box would cross a pole or the
antimeridian we widen it to all longitudes rather than split it, which is slower for
those rare queries but can never miss a point.
"""

from __future__ import annotations

import math
from typing import NamedTuple

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180
# The R*Tree keeps coordinates as 32-bit floats, so pad the box by well over their error.
_PAD_DEGREES = 1e-4


class Box(NamedTuple):
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km; accurate to ~0.5% (the Earth is not a sphere)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


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

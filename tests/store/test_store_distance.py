"""Great-circle distance and the bounding box that prefilters `near`."""

from __future__ import annotations

import math

import pytest

from eventwire.model import EARTH_RADIUS_KM, km_between
from eventwire.store.distance import bounding_box


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) on ``bearing`` degrees (spherical Earth)."""
    p1, l1, b, d = math.radians(lat), math.radians(lon), math.radians(bearing), km / EARTH_RADIUS_KM
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


@pytest.mark.parametrize(
    ("a", "b", "km", "tolerance"),
    [
        ((36.2089, 37.1622), (36.2089, 37.1622), 0.0, 1e-9),
        ((36.2021, 37.1343), (33.5138, 36.2765), 310.0, 5.0),  # Aleppo – Damascus
        ((0.0, 0.0), (0.0, 1.0), 111.195, 0.01),
        ((0.0, 179.5), (0.0, -179.5), 111.195, 0.01),  # across the antimeridian
        ((90.0, 0.0), (-90.0, 0.0), math.pi * EARTH_RADIUS_KM, 1e-6),
    ],
)
def test_km_between(
    a: tuple[float, float], b: tuple[float, float], km: float, tolerance: float
) -> None:
    assert km_between(*a, *b) == pytest.approx(km, abs=tolerance)


@pytest.mark.parametrize("centre", [(36.2089, 37.1622), (0.0, 0.0), (70.0, 20.0), (-60.0, -70.0)])
@pytest.mark.parametrize("km", [0.5, 10.0, 500.0])
def test_the_box_contains_the_whole_circle(centre: tuple[float, float], km: float) -> None:
    box = bounding_box(*centre, km)
    for bearing in range(0, 360, 5):
        lat, lon = destination(*centre, bearing, km)
        assert box.min_lat <= lat <= box.max_lat
        assert box.min_lon <= lon <= box.max_lon


@pytest.mark.parametrize(
    "near", [(0.0, 179.9, 50.0), (0.0, -179.9, 50.0), (89.9, 10.0, 50.0), (-89.9, 10.0, 50.0)]
)
def test_a_box_over_a_pole_or_the_antimeridian_spans_all_longitudes(
    near: tuple[float, float, float],
) -> None:
    box = bounding_box(*near)
    assert (box.min_lon, box.max_lon) == (-180.0, 180.0)

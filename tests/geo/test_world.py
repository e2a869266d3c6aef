"""World coverage beyond Syria: continents and regions, country and division points, wire-copy
short forms, and disambiguation between countries, states and the towns named after them."""

from __future__ import annotations

import pytest

from eventwire.geo import Gazetteer, Mention, default_gazetteer
from eventwire.geo.sources import _middle_point, country_points
from eventwire.model import GeoPrecision, km_between


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _km(gaz: Gazetteer, name: str, lat: float, lon: float, country: str | None = None) -> float:
    place = gaz.locate(name, country=country)
    assert place is not None, name
    return km_between(place.lat, place.lon, lat, lon)


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Europe", 48.7, 9.1),
        ("Asia", 29.8, 89.3),  # not the town of Asia in the Philippines
        ("Middle East", 29.0, 42.0),
    ],
)
def test_continents_and_regions(gaz: Gazetteer, name: str, lat: float, lon: float) -> None:
    place = gaz.locate(name)
    assert place is not None and place.feature == "continent" and place.country_code is None
    assert place.precision is GeoPrecision.COUNTRY
    assert _km(gaz, name, lat, lon) < 50


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Canada", 60.1, -113.6), ("Russia", 60.0, 100.0), ("United States", 39.8, -98.5)],
)
def test_large_countries_sit_at_their_centre_not_their_towns(
    gaz: Gazetteer, name: str, lat: float, lon: float
) -> None:
    assert _km(gaz, name, lat, lon) < 50


def test_country_points_table_is_sane() -> None:
    points = country_points()
    assert len(points) > 60
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in points.values())


def test_middle_point_is_the_middle_of_the_area_not_the_mean_of_towns() -> None:
    coast = [(-27.5, 153.0)] * 50 + [(-10.5, 142.2), (-29.0, 138.0), (-20.0, 145.0)]
    lat, lon = _middle_point(coast)
    assert km_between(lat, lon, -19.75, 145.6) < 50  # the mean would be near the coast
    across = [(-17.0, 179.5), (-18.0, -179.5), (-16.5, 178.0)]  # Fiji straddles 180°
    lat, lon = _middle_point(across)
    assert abs(lon) > 178


def test_division_points_are_their_middle(gaz: Gazetteer) -> None:
    assert _km(gaz, "Queensland", -20.0, 145.0) < 200
    assert _km(gaz, "Texas", 31.0, -99.0) < 161


@pytest.mark.parametrize(
    ("short", "admin1"),
    [
        ("Ky.", "Kentucky"),
        ("B.C.", "British Columbia"),
        ("Calif.", "California"),
        ("NSW", "New South Wales"),
    ],
)
def test_wire_short_forms_of_states_and_provinces(gaz: Gazetteer, short: str, admin1: str) -> None:
    place = gaz.locate(short)
    assert place is not None and place.name == admin1 and place.feature == "governorate"


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Turkey", "US", "TR"),  # an alternate of a New Jersey town
        ("Mexico", "US", "MX"),  # Mexico, Missouri: no other Missouri place named
        ("America", None, "US"),
    ],
)
def test_country_names_mean_the_country(
    gaz: Gazetteer, name: str, country: str | None, expected: str
) -> None:
    place = gaz.locate(name, country=country)
    assert place is not None and place.feature == "country" and place.country_code == expected


def test_state_beats_a_town_filed_under_its_name(gaz: Gazetteer) -> None:
    place = gaz.locate("Missouri")  # Bozeman, Montana carries 'Missouri' as an alternate
    assert place is not None and place.feature == "governorate" and place.admin1 == "Missouri"


def test_namesake_town_is_kept_when_its_state_is_named(gaz: Gazetteer) -> None:
    places, _ = gaz.resolve([Mention("Mexico"), Mention("Missouri"), Mention("Columbia")])
    mexico = places[0][0]
    assert mexico is not None and mexico.country_code == "US" and mexico.admin1 == "Missouri"


def test_world_towns_of_5000(gaz: Gazetteer) -> None:
    place = gaz.locate("Innisfail", country="CA")  # Alberta, 7,700 people
    assert place is not None and place.country_code == "CA" and place.admin1 == "Alberta"

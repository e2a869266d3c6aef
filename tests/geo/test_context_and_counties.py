"""Division points written from GeoNames, US counties, and the country vote that a repeated town
name must not sway."""

from __future__ import annotations

import pytest

from eventwire.geo import Gazetteer, Mention, default_gazetteer
from eventwire.geo.entry import Entry
from eventwire.geo.resolve import vote_country
from eventwire.geo.sources import admin1_points
from eventwire.model import GeoPrecision, km_between


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _town(name: str, cc: str, population: int = 10_000) -> Entry:
    return Entry(name, 0.0, 0.0, cc, None, "town", GeoPrecision.TOWN, population, None, "test")


def _country(name: str, cc: str) -> Entry:
    return Entry(name, 0.0, 0.0, cc, None, "country", GeoPrecision.COUNTRY, 1, None, "test")


def test_admin1_points_table_is_well_formed() -> None:
    points = admin1_points()
    assert points, "admin1_points.csv is empty"
    for code, (lat, lon) in points.items():
        assert code.count(".") == 1 and len(code.split(".")[0]) == 2, code
        assert -90 <= lat <= 90 and -180 <= lon <= 180, code


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Alberta", 52.3, -117.5),  # not the middle of its towns, which leans to Edmonton
        ("Queensland", -20.0, 145.0),  # not the coast where its towns are
        ("England", 52.2, -0.7),
    ],
)
def test_large_divisions_sit_at_their_written_point(
    gaz: Gazetteer, name: str, lat: float, lon: float
) -> None:
    place = gaz.locate(name)
    assert place is not None and place.feature == "governorate"
    assert km_between(place.lat, place.lon, lat, lon) < 30


def test_a_county_is_found_under_its_full_name(gaz: Gazetteer) -> None:
    counties = [c.entry for c in gaz.candidates("Orange County")]
    assert counties and all(e.feature == "district" for e in counties)
    assert {e.admin1_code for e in counties} >= {"US.FL", "US.NC"}


def test_the_state_named_in_the_report_chooses_the_county(gaz: Gazetteer) -> None:
    places, _ = gaz.resolve([Mention("Kentucky"), Mention("Adair County")])
    county = places[1][0]
    assert county is not None and county.admin1 == "Kentucky"
    # Columbia, the county seat, is about 5 km from the middle of the county's towns.
    assert km_between(county.lat, county.lon, 37.10, -85.31) < 40


def test_a_bare_county_word_is_not_filed(gaz: Gazetteer) -> None:
    assert all(c.entry.feature != "district" for c in gaz.candidates("Adair"))


def test_a_repeated_town_name_votes_once() -> None:
    picks = [_town("London", "GB")] * 5 + [_town("Guelph", "CA"), _town("Sarnia", "CA")]
    names = ["London"] * 5 + ["Guelph", "Sarnia"]
    assert vote_country(picks, [1.0] * len(picks), names) == "CA"


def test_a_repeated_country_name_votes_every_time() -> None:
    picks = [_country("Jamaica", "JM")] * 4 + [_town("Adrian", "US"), _town("Walker", "US")]
    names = ["Jamaica"] * 4 + ["Adrian", "Walker"]
    assert vote_country(picks, [1.0] * len(picks), names) == "JM"


def test_local_paper_keeps_its_own_london(gaz: Gazetteer) -> None:
    names = ["London", "London", "London", "Sarnia", "Guelph", "London"]
    places, country = gaz.resolve([Mention(n) for n in names])
    assert country == "CA"
    assert all(p is not None and p.country_code == "CA" for p, _n in places)

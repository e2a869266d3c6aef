"""Small towns read only after their state ("Columbia, Ky."), and the same name again after."""

from __future__ import annotations

from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.resolve import Mention
from eventwire.model import GeoPrecision


def _town(name: str, admin1: str, population: int, lat: float) -> Entry:
    feature = "city" if population >= 100_000 else "town" if population >= 5_000 else "village"
    return Entry(name, lat, 1.0, "US", admin1, feature, GeoPrecision.TOWN, population, None, "test")


def _state(name: str, admin1: str, short: str) -> Entry:
    return Entry(
        name, 5.0, 5.0, "US", admin1, "governorate", GeoPrecision.GOVERNORATE, 0, None, "test",
        aliases=(short,),
    )  # fmt: skip


BIG = _town("Brookvale", "US.OH", 300_000, 10.0)
SMALL = _town("Brookvale", "US.KY", 900, 20.0)  # kept aside: only for datelines
STATES = [_state("Kentucky", "US.KY", "Ky."), _state("Ohio", "US.OH", "Oh.")]


def _gazetteer() -> Gazetteer:
    return Gazetteer([BIG, *STATES], {"US.KY": "Kentucky", "US.OH": "Ohio"}, (), [SMALL])


def test_small_town_is_not_a_candidate_on_its_own() -> None:
    gaz = _gazetteer()
    assert [c.entry for c in gaz.candidates("Brookvale")] == [BIG]


def test_town_in_a_state_comes_from_the_small_table() -> None:
    gaz = _gazetteer()
    assert gaz.state_codes("Ky.") == ["US.KY"]
    assert gaz.town_in("BROOKVALE", "US.KY") == SMALL
    assert gaz.town_in("Brookvale", "US.OH") == BIG
    assert gaz.town_in("Brookvale", "US.TX") is None


def test_the_state_settles_every_mention_of_the_name() -> None:
    gaz = _gazetteer()
    places, _ = gaz.resolve(
        [Mention("BROOKVALE", within="US.KY"), Mention("Ky."), Mention("Brookvale")]
    )
    first, _state_place, later = (p for p, _n in places)
    assert first is not None and first.lat == SMALL.lat and first.admin1 == "Kentucky"
    assert later is not None and later.lat == SMALL.lat


def test_without_a_state_the_large_town_stands() -> None:
    places, _ = _gazetteer().resolve([Mention("Brookvale")])
    assert places[0][0] is not None and places[0][0].lat == BIG.lat

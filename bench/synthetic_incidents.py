"""A seeded stream of synthetic per-report incidents (`LinkProfile`s) with known truth, for
the linking benchmark (bench/link.py).

The stream imitates what extraction hands the linker. Incidents happen at a fixed rate per
day worldwide (150 by default: an assumption, stated in docs/PERFORMANCE.md), so N records
span N / (rate x mean reports per incident) days: a larger archive is a longer one, not a
denser one. `period_days` packs the N records into a
fixed period instead: the adversarial setting, where blocks grow with N.

Each incident is told by 1-5 reports (mean 2.33). Places: 40 % of incidents fall in a few hot
spots (Aleppo, Idlib, Damascus, ...: a neighbourhood inside the city), the rest on a long tail
of synthetic towns (40 in each of 67 countries), Zipf-weighted. Each report independently

* dates the incident on its day, or a day either side, sometimes as a week or a calendar
  month, rarely not at all;
* places it at its own precision (neighbourhood, town, district, governorate, country) with
  coordinates jittered by that precision;
* names the perpetrator or not (sometimes a wrong one), gives a toll that differs by source,
  rarely names a victim, and writes a headline sharing some words with the other reports
  (type words, place, perpetrator, the incident's keywords) and some of its own.

Everything is drawn from one `random.Random(seed)`: the same arguments give the same stream.

    profiles, truth = synthetic_stream(10_000)      # arrival order; member id -> incident id
"""

from __future__ import annotations

import calendar
import math
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from eventwire.link.profile import LinkProfile, name_key, shingles
from eventwire.model import SUB_EVENT_TYPES

FIRST_DAY = date(2015, 1, 1).toordinal()
INCIDENTS_PER_DAY = 150.0
REPORTS_PER_INCIDENT = {1: 0.35, 2: 0.25, 3: 0.20, 4: 0.12, 5: 0.08}
MEAN_REPORTS = sum(k * w for k, w in REPORTS_PER_INCIDENT.items())
HOT_SPOT_SHARE = 0.40
KM_PER_DEGREE = 111.0

# (name, lat, lon, country, governorate, weight among hot spots)
HOT_SPOTS = (
    ("Aleppo", 36.20, 37.16, "SY", "Aleppo", 8),
    ("Idlib", 35.93, 36.63, "SY", "Idlib", 7),
    ("Damascus", 33.51, 36.29, "SY", "Damascus", 5),
    ("Douma", 33.57, 36.40, "SY", "Rif Dimashq", 3),
    ("Homs", 34.73, 36.71, "SY", "Homs", 2),
    ("Deir ez-Zor", 35.34, 40.14, "SY", "Deir ez-Zor", 2),
    ("Mosul", 36.34, 43.13, "IQ", "Nineveh", 2),
    ("Taiz", 13.58, 44.02, "YE", "Taiz", 2),
    ("Mogadishu", 2.05, 45.32, "SO", "Banaadir", 2),
    ("Maiduguri", 11.85, 13.16, "NG", "Borno", 2),
    ("Donetsk", 48.02, 37.80, "UA", "Donetsk", 2),
    ("Kabul", 34.53, 69.17, "AF", "Kabul", 1),
)
HOT_SPOT_COUNTRIES = {"SY": (35.0, 38.5), "IQ": (33.2, 43.7), "YE": (15.5, 47.5), "SO": (5.2, 46.2),
                      "NG": (9.1, 8.7), "UA": (48.4, 31.2), "AF": (33.9, 67.7)}  # fmt: skip
TAIL_COUNTRIES = 60
TOWNS_PER_COUNTRY = 40
NEIGHBOURHOODS_PER_SPOT = 20
ZIPF_EXPONENT = 1.1

SUB_TYPE_WEIGHTS = {
    "armed_clash": 25,
    "air_drone_strike": 20,
    "shelling_artillery_missile_attack": 20,
    "attack": 10,
    "remote_explosive_landmine_ied": 8,
    "peaceful_protest": 8,
    "violent_demonstration": 3,
    "suicide_bomb": 2,
    "protest_with_intervention": 2,
    "abduction_forced_disappearance": 2,
}
TYPE_WORDS = {
    "armed_clash": ("clashes", "fighting", "battle"),
    "air_drone_strike": ("air strike", "airstrike", "warplanes bombed", "drone strike"),
    "shelling_artillery_missile_attack": ("shelling", "rocket fire", "artillery shells hit"),
    "attack": ("gunmen attacked", "gunmen killed", "attack on"),
    "remote_explosive_landmine_ied": ("roadside bomb", "car bomb", "explosion"),
    "peaceful_protest": ("protesters marched", "demonstration", "rally"),
    "violent_demonstration": ("rioters", "riot", "protesters torched"),
    "suicide_bomb": ("suicide bomber", "suicide attack", "blast"),
    "protest_with_intervention": ("police dispersed protesters", "protest broken up"),
    "abduction_forced_disappearance": ("abducted", "kidnapped", "gunmen seized"),
}
_KEYWORD_TEXT = (
    "market hospital school bakery convoy checkpoint mosque camp village bridge highway "
    "clinic prison airport station farm factory church university residential "
    "quarter building neighbourhood square bus truck vehicle patrol base outpost "
    "refugees children women family displaced fighters soldiers police militia"
)
KEYWORDS = tuple(_KEYWORD_TEXT.split())
_FILLER_TEXT = (
    "monitor said activists reported residents local witnesses sources according officials "
    "toll rose killed wounded dozens several least people civilians morning night overnight "
    "area near city town eastern western northern southern rebel held government forces "
    "during latest new update confirmed video footage showed medics rescue workers"
)
FILLER = tuple(_FILLER_TEXT.split())
OUTLETS = tuple(f"outlet{i:02d}" for i in range(80))
QUOTED_SOURCES = ("sohr", "white helmets", "ocha", "local council", "health ministry")
ACTORS_PER_COUNTRY = 5
SYRIAN_ACTORS = ("syrian_army", "russia", "hts", "isis", "sdf", "turkey")
TARGETS = ("civilians", "protesters", "military", "police")
VICTIM_NAMES = tuple(
    f"{first} {last}"
    for first in ("Omran", "Ahmad", "Hassan", "Mariam", "Aya", "Khaled", "Yusuf", "Huda")
    for last in ("Daqneesh", "Qaterji", "Haddad", "Khatib", "Masri", "Sabbagh", "Hamwi")
)

# Per report: how precisely it dates the incident, and how often it is a day off.
DATE_PRECISION = {"day": 0.94, "week": 0.03, "month": 0.015, None: 0.015}
DAY_SHIFT = {0: 0.75, -1: 0.12, 1: 0.13}
# Per report: place precision, for hot-spot and long-tail incidents.
HOT_PRECISION = {"neighbourhood": 0.35, "town": 0.45, "governorate": 0.12, "country": 0.08}
TAIL_PRECISION = {"town": 0.65, "district": 0.12, "governorate": 0.13, "country": 0.10}
# Coordinate jitter (km, one standard deviation) of a point given at each precision.
JITTER_KM = {"neighbourhood": 1.0, "town": 0.3, "district": 12.0}
PUBLICATION_DELAY = {0: 0.6, 1: 0.3, 2: 0.1}  # days from the event to a report's arrival

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Site:
    """Where incidents happen: a town (or a hot spot's neighbourhood) and its containers."""

    name: str
    lat: float
    lon: float
    country: str
    governorate: str
    neighbourhoods: tuple[str, ...]
    hot: bool


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    lat: float
    lon: float
    actors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class World:
    hot_spots: tuple[Site, ...]
    hot_weights: tuple[float, ...]
    towns: tuple[Site, ...]
    town_weights: tuple[float, ...]
    countries: dict[str, Country]
    governorate_points: dict[str, tuple[float, float]]


def _pick(rng: random.Random, weights: Mapping[T, float]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _actors(code: str) -> tuple[str, ...]:
    if code == "SY":
        return SYRIAN_ACTORS
    return tuple(
        f"{code.lower()}_{role}" for role in ("army", "rebels", "militia", "police", "jihadists")
    )[:ACTORS_PER_COUNTRY]


def build_world(rng: random.Random) -> World:
    """Hot spots with neighbourhoods, and a Zipf-weighted long tail of towns in 60 countries."""
    centres = dict(HOT_SPOT_COUNTRIES)
    while len(centres) < len(HOT_SPOT_COUNTRIES) + TAIL_COUNTRIES:
        code = f"T{len(centres):02d}"
        centres[code] = (rng.uniform(-30.0, 50.0), rng.uniform(-90.0, 125.0))
    countries = {
        code: Country(code, lat, lon, _actors(code)) for code, (lat, lon) in centres.items()
    }
    hot = tuple(
        Site(
            name,
            lat,
            lon,
            cc,
            gov,
            tuple(f"{name} n{i}" for i in range(NEIGHBOURHOODS_PER_SPOT)),
            True,
        )
        for name, lat, lon, cc, gov, _ in HOT_SPOTS
    )
    towns: list[Site] = []
    for code, (clat, clon) in centres.items():
        for i in range(TOWNS_PER_COUNTRY):
            lat, lon = clat + rng.gauss(0.0, 2.0), clon + rng.gauss(0.0, 2.0)
            # Governorates: 2-degree squares of the country, named after the square.
            gov = f"{code} g{math.floor(lat / 2)}_{math.floor(lon / 2)}"
            towns.append(Site(f"{code} town{i}", lat, lon, code, gov, (), False))
    rng.shuffle(towns)  # Zipf rank independent of country
    gov_points: dict[str, list[tuple[float, float]]] = {}
    for site in (*hot, *towns):
        gov_points.setdefault(site.governorate, []).append((site.lat, site.lon))
    return World(
        hot_spots=hot,
        hot_weights=tuple(float(w) for *_, w in HOT_SPOTS),
        towns=tuple(towns),
        town_weights=tuple(1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(towns))),
        countries=countries,
        governorate_points={
            g: (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
            for g, pts in gov_points.items()
        },
    )


@dataclass(frozen=True, slots=True)
class Truth:
    """One incident as it happened: what its reports tell, each in its own way."""

    id: str
    day: int  # days since FIRST_DAY
    site: Site
    neighbourhood: str | None
    lat: float
    lon: float
    sub_event_type: str
    perpetrator: str
    killed: int
    victims: tuple[str, ...]
    keywords: tuple[str, ...]


def _jitter(rng: random.Random, lat: float, lon: float, km: float) -> tuple[float, float]:
    dlat = rng.gauss(0.0, km) / KM_PER_DEGREE
    dlon = rng.gauss(0.0, km) / (KM_PER_DEGREE * max(0.2, math.cos(math.radians(lat))))
    return lat + dlat, lon + dlon


def draw_incident(rng: random.Random, world: World, incident_id: str, day: int) -> Truth:
    if rng.random() < HOT_SPOT_SHARE:
        site = rng.choices(world.hot_spots, weights=world.hot_weights)[0]
        neighbourhood: str | None = rng.choice(site.neighbourhoods)
        lat, lon = _jitter(rng, site.lat, site.lon, 4.0)  # somewhere in the city
    else:
        site = rng.choices(world.towns, weights=world.town_weights)[0]
        neighbourhood, lat, lon = None, site.lat, site.lon
    killed = 0 if rng.random() < 0.35 else min(200, int(rng.expovariate(1 / 6.0)) + 1)
    n_victims = 0 if rng.random() > 0.08 else rng.randint(1, 2)
    return Truth(
        id=incident_id,
        day=day,
        site=site,
        neighbourhood=neighbourhood,
        lat=lat,
        lon=lon,
        sub_event_type=_pick(rng, SUB_TYPE_WEIGHTS),
        perpetrator=rng.choice(world.countries[site.country].actors),
        killed=killed,
        victims=tuple(rng.sample(VICTIM_NAMES, n_victims)),
        keywords=tuple(rng.sample(KEYWORDS, 2)),
    )


def _dates(rng: random.Random, day: int) -> tuple[int | None, int | None, str | None]:
    precision = _pick(rng, DATE_PRECISION)
    ordinal = FIRST_DAY + day
    if precision is None:
        return None, None, None
    if precision == "day":
        ordinal += _pick(rng, DAY_SHIFT)
        return ordinal, ordinal, "day"
    if precision == "week":
        start = ordinal - rng.randint(0, 6)
        return start, start + 6, "week"
    d = date.fromordinal(ordinal)
    last = calendar.monthrange(d.year, d.month)[1]
    return date(d.year, d.month, 1).toordinal(), date(d.year, d.month, last).toordinal(), "month"


def _place(rng: random.Random, world: World, t: Truth) -> tuple[float, float, str, str, str]:
    """lat, lon, precision, place name, country as one report gives them."""
    site = t.site
    precision = _pick(rng, HOT_PRECISION if site.hot else TAIL_PRECISION)
    if precision == "neighbourhood":
        lat, lon = _jitter(rng, t.lat, t.lon, JITTER_KM["neighbourhood"])
        return lat, lon, precision, t.neighbourhood or site.name, site.country
    if precision in JITTER_KM:
        lat, lon = _jitter(rng, site.lat, site.lon, JITTER_KM[precision])
        return lat, lon, precision, site.name, site.country
    if precision == "governorate":
        lat, lon = world.governorate_points[site.governorate]
        return lat, lon, precision, site.governorate, site.country
    country = world.countries[site.country]
    return country.lat, country.lon, precision, site.country, site.country


def _killed(rng: random.Random, true_toll: int) -> int | None:
    if rng.random() < 0.3:
        return None
    roll = rng.random()
    if roll < 0.6 or true_toll == 0:
        return true_toll
    if roll < 0.85:
        return max(1, round(true_toll * rng.uniform(0.3, 1.0)))  # an early, partial toll
    return round(true_toll * rng.uniform(1.0, 2.0))  # a later or inflated one


def _headline(
    rng: random.Random, t: Truth, place: str, perpetrator: str | None, killed: int | None
) -> str:
    parts = [rng.choice(TYPE_WORDS[t.sub_event_type])]
    if perpetrator and rng.random() < 0.5:
        parts.insert(0, perpetrator.replace("_", " "))
    parts += [w for w in t.keywords if rng.random() < 0.7]
    parts += ["in", place]
    if killed:
        parts += [str(killed), "killed"]
    parts += rng.sample(FILLER, rng.randint(2, 5))
    return " ".join(parts)


def draw_report(rng: random.Random, world: World, t: Truth, member_id: str) -> LinkProfile:
    start, end, date_precision = _dates(rng, t.day)
    lat, lon, geo_precision, place, country = _place(rng, world, t)
    perpetrator: str | None = None
    if rng.random() < 0.6:
        actors = world.countries[t.site.country].actors
        perpetrator = t.perpetrator if rng.random() < 0.85 else rng.choice(actors)
    killed = _killed(rng, t.killed)
    victims = frozenset(name_key(v) for v in t.victims if rng.random() < 0.7)
    sources = {rng.choice(OUTLETS)}
    if rng.random() < 0.3:
        sources.add(rng.choice(QUOTED_SOURCES))
    return LinkProfile(
        id=member_id,
        event_type=SUB_EVENT_TYPES[t.sub_event_type],
        sub_event_type=t.sub_event_type,
        start=start,
        end=end,
        date_precision=date_precision,
        lat=lat,
        lon=lon,
        geo_precision=geo_precision,
        country=country,
        admin1=t.site.governorate.lower(),
        place_key=place.lower(),
        perpetrators=frozenset({perpetrator}) if perpetrator else frozenset(),
        targets=frozenset({rng.choice(TARGETS)}) if rng.random() < 0.3 else frozenset(),
        victim_names=victims,
        killed=killed,
        injured=None if rng.random() < 0.5 else rng.randint(0, 3 * max(1, t.killed)),
        shingles=shingles([_headline(rng, t, place, perpetrator, killed)]),
        reports=frozenset({f"r{member_id}"}),
        sources=frozenset(sources),
    )


def period_for(n_records: int, incidents_per_day: float = INCIDENTS_PER_DAY) -> int:
    """Days that n_records span at the given incident rate."""
    return max(1, math.ceil(n_records / (incidents_per_day * MEAN_REPORTS)))


def synthetic_stream(
    n_records: int,
    *,
    seed: int = 7,
    incidents_per_day: float = INCIDENTS_PER_DAY,
    period_days: int | None = None,
) -> tuple[list[LinkProfile], dict[str, str]]:
    """n_records profiles in arrival order, and the truth: member id -> incident id.

    The period is n_records' worth of days at incidents_per_day, unless period_days fixes it."""
    if n_records < 1:
        raise ValueError(f"n_records must be positive (got {n_records})")
    rng = random.Random(seed)
    world = build_world(rng)
    days = period_days or period_for(n_records, incidents_per_day)
    told: list[tuple[int, float, Truth]] = []  # (arrival day, order within the day, incident)
    k = 0
    while len(told) < n_records:
        t = draw_incident(rng, world, f"i{k}", rng.randrange(days))
        k += 1
        for _ in range(min(_pick(rng, REPORTS_PER_INCIDENT), n_records - len(told))):
            told.append((t.day + _pick(rng, PUBLICATION_DELAY), rng.random(), t))
    told.sort(key=lambda a: (a[0], a[1]))
    # Reports are drawn in arrival order, so profiles lie in memory as a live stream's would:
    # drawn in incident order, a day's members would be scattered over the whole heap.
    profiles = [draw_report(rng, world, t, f"m{i}") for i, (_, _, t) in enumerate(told)]
    truth = {p.id: t.id for p, (_, _, t) in zip(profiles, told, strict=True)}
    return profiles, truth

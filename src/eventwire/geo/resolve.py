"""Choosing among same-named places with what the document says (pure; no I/O).

Evidence, strongest first: a descriptor in the text ("Aleppo *province*", "the Qaterji
*neighbourhood*"); the country the document is about; the other places it names (the city a
neighbourhood belongs to, towns of the same governorate, places nearby); how the name matched
(GeoNames' own name over an alternate over a transliteration variant); and last, population.
Resolution runs twice: the first pass, without context, tells the second what the document
is about.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.geo.entry import FACILITIES, SETTLEMENTS, Entry
from eventwire.geo.names import key
from eventwire.model import km_between

EXACT_NAME, ALIAS, VARIANT = 2, 1, 0
_MATCH_SCORE = {EXACT_NAME: 0.5, ALIAS: 0.3, VARIANT: 0.0}
NEAR_KM = 40.0


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    match: int  # EXACT_NAME | ALIAS | VARIANT


@dataclass(frozen=True, slots=True)
class Mention:
    """A name to resolve, with what its words ask for and how much it counts for context."""

    text: str
    # country | governorate | district | settlement | neighbourhood | facility
    prefer: str | None = None
    weight: float = 1.0
    # the admin1 code of a state or province named right after it ("Columbia, Ky."): the
    # town of that name there, and the same name anywhere else in the document means it too
    within: str | None = None


@dataclass(slots=True)
class Context:
    country: str | None = None
    admin1: Counter[str] = field(default_factory=Counter)
    names: frozenset[str] = frozenset()  # keys of every name in the document
    points: list[tuple[float, float]] = field(default_factory=list)


def family(entry: Entry) -> str:
    """The descriptor family an entry answers to."""
    if entry.feature in SETTLEMENTS:
        return "settlement"
    if entry.feature in FACILITIES:
        return "facility"
    if entry.feature == "area":
        return "district"
    return entry.feature  # country | governorate | district | neighbourhood


def prior(entry: Entry) -> float:
    """How likely a bare mention of this name means this entry, before any context."""
    kind = family(entry)
    if kind in {"country", "continent"}:
        return 1.0
    if kind == "settlement":
        return 0.3 + 0.12 * math.log10(entry.population + 1)
    # A first-order division outweighs a town of under 100,000 that shares its name (often only
    # through a stray GeoNames alternate: Bozeman is filed under 'Missouri').
    return {"governorate": 0.9, "district": 0.6}.get(kind, 0.7)


def score(cand: Candidate, prefer: str | None, ctx: Context) -> float:
    entry = cand.entry
    total = _MATCH_SCORE[cand.match] + prior(entry)
    if prefer is not None:
        total += 2.0 if family(entry) == prefer else -1.0
    if ctx.country is not None and entry.country_code == ctx.country:
        total += 1.5
    if entry.admin1_code is not None and ctx.admin1[entry.admin1_code] > 0:
        total += 0.8
    if entry.parent is not None and key(entry.parent) in ctx.names:
        total += 1.5
    if family(entry) not in {"continent", "country", "governorate"} and _near(entry, ctx.points):
        total += 0.6
    return total


def _near(entry: Entry, points: list[tuple[float, float]]) -> bool:
    return any(0 < km_between(entry.lat, entry.lon, lat, lon) < NEAR_KM for lat, lon in points)


WHOLE_AREAS = frozenset({"country", "continent"})
AREAS = WHOLE_AREAS | {"governorate"}
NAMESAKE_MAX_POPULATION = 50_000


def _namesake_town(entry: Entry, ctx: Context) -> bool:
    return (
        family(entry) == "settlement"
        and entry.population < NAMESAKE_MAX_POPULATION
        and not (entry.admin1_code is not None and ctx.admin1[entry.admin1_code] > 0)
    )


WORLD_CITY_POPULATION = 1_000_000


def _world_city(entry: Entry) -> bool:
    return family(entry) == "settlement" and entry.population >= WORLD_CITY_POPULATION


def _called_city(cand: Candidate) -> bool:
    """Is this a city under its own name that is also known as '<name> City'?"""
    entry = cand.entry
    if family(entry) != "settlement" or cand.match != EXACT_NAME:
        return False
    called = key(f"{entry.name} city")
    return any(key(alias) == called for alias in entry.aliases)


def best(cands: Sequence[Candidate], prefer: str | None, ctx: Context) -> Entry | None:
    if not cands:
        return None
    if any(family(c.entry) in WHOLE_AREAS for c in cands):
        # A country's or continent's name means it, not a town filed under it only as an
        # alternate ('Turkey' is an alternate of a New Jersey town, 'Asia' of none).
        cands = [c for c in cands if family(c.entry) in WHOLE_AREAS or c.match == EXACT_NAME]
    if any(family(c.entry) in AREAS and c.match == EXACT_NAME for c in cands):
        # A small town named after a country or a state (Mexico, Missouri; California,
        # Maryland) is meant only when the report names other places of its state.
        kept = [c for c in cands if not _namesake_town(c.entry, ctx)]
        cands = kept or list(cands)
    provinces = {
        c.entry.admin1_code
        for c in cands
        if family(c.entry) == "governorate" and c.match == EXACT_NAME
    }
    if prefer != "settlement" and provinces:
        # Where usage tells a province's own namesake city apart as "<name> City" (Quebec
        # City), the bare name is the province; a city never so called (Homs, Deir ez-Zor)
        # keeps its bare name, and so does one outside it (Washington, D.C.).
        kept = [c for c in cands if not (c.entry.admin1_code in provinces and _called_city(c))]
        cands = kept or list(cands)
    if any(_world_city(c.entry) and c.match == EXACT_NAME for c in cands):
        # Likewise a small town named after a world city (Paris, Texas; Moscow, Idaho): the
        # bare name means the world city unless the report names the town's state.
        kept = [c for c in cands if not _namesake_town(c.entry, ctx)]
        cands = kept or list(cands)
    return max(cands, key=lambda c: (score(c, prefer, ctx), c.entry.population)).entry


def vote_country(
    picks: Sequence[Entry | None], weights: Sequence[float], names: Sequence[str] = ()
) -> str | None:
    """The country most of the document's places are in. A town counts twice a country:
    "Russian strikes on Aleppo" is about Syria though Russia is named as often. A name
    repeated votes once unless it names a country: a local paper repeats its own ambiguous
    town ('London' eight times, 'St. Thomas' once), and each repeat is the same guess, not more
    evidence; a country named again and again is what the report is about."""
    votes: dict[str, float] = {}
    seen: set[str] = set()
    for i, (entry, weight) in enumerate(zip(picks, weights, strict=True)):
        name = key(names[i]) if i < len(names) else str(i)
        if name in seen:
            continue
        if entry is not None and entry.feature != "country":
            seen.add(name)
        if entry is not None and entry.country_code:
            share = weight * (1.0 if entry.feature == "country" else 2.0)
            votes[entry.country_code] = votes.get(entry.country_code, 0.0) + share
    return max(votes, key=lambda cc: votes[cc]) if votes else None


def context_from(
    picks: Sequence[Entry | None], mentions: Sequence[Mention], country: str | None
) -> Context:
    ctx = Context(country=country, names=frozenset(key(m.text) for m in mentions))
    for entry in picks:
        if entry is None or entry.feature in {"country", "continent"}:
            continue
        if entry.admin1_code is not None:
            ctx.admin1[entry.admin1_code] += 1
        if entry.feature != "governorate":
            ctx.points.append((entry.lat, entry.lon))
    return ctx


def _without(ctx: Context, own: Entry | None) -> Context:
    """The context less a mention's own first-pass pick: a name is no evidence for itself
    ('Shaer' first read as Aleppo's al-Shaar must not vote Aleppo for 'Shaer')."""
    if own is None or own.feature in {"country", "continent"}:
        return ctx
    admin1 = ctx.admin1
    if own.admin1_code is not None and admin1[own.admin1_code] > 0:
        admin1 = admin1.copy()
        admin1[own.admin1_code] -= 1
    points = ctx.points
    if own.feature != "governorate" and (own.lat, own.lon) in points:
        points = list(points)
        points.remove((own.lat, own.lon))
    return Context(country=ctx.country, admin1=admin1, names=ctx.names, points=points)


def resolve_all(
    candidates: Sequence[Sequence[Candidate]],
    mentions: Sequence[Mention],
    *,
    country: str | None = None,
) -> tuple[list[Entry | None], str | None]:
    """The chosen entry of each mention, and the country the document is about."""
    first = [
        best(c, m.prefer, Context(country=country))
        for c, m in zip(candidates, mentions, strict=True)
    ]
    weights, names = [m.weight for m in mentions], [m.text for m in mentions]
    about = country or vote_country(first, weights, names)
    ctx = context_from(first, mentions, about)
    final = [
        best(c, m.prefer, _without(ctx, own))
        for c, m, own in zip(candidates, mentions, first, strict=True)
    ]
    return final, country or vote_country(final, weights, names)

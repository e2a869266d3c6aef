"""What the linker knows of an incident: a flat, hashable summary built once per member.

`profile_of` reads an `Incident` (one report's account of one event) into a `LinkProfile`:
dates as day ordinals, the place's coordinates and precision, a normalised place name,
actor ids by role, skeleton keys of named victims, the best casualty figures, hashed word
bigrams of its text, and the reports it comes from and who published them. Scoring and blocking read
only profiles, so they never touch pydantic records and stay fast.

Text shingles are hashed with CRC-32, not `hash()`, so they are the same in every process.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from eventwire.geo.names import close_spelling, fold, key, skeleton
from eventwire.model import ActorRole, Count, GeoPrecision, Incident, Place

# Actor values the link modules share (defined here: profile imports no other link module).
# The normalised actor naming no one; profiles and reconcile's perpetrator vote skip only this.
UNKNOWN_ACTOR = "unknown"
# The perpetrators contradictions sets aside: "unknown" and "contested" name no one to disagree
# with. Wider than UNKNOWN_ACTOR (reconcile still counts a "contested" vote): two meanings,
# kept apart so that neither module's behaviour changes.
NO_NAMED_PERPETRATOR = frozenset({UNKNOWN_ACTOR, "contested"})
# Source.kind extraction gives the report itself ("dailysabah" telling the event in its own
# voice), as against the monitors, agencies and officials it quotes.
OUTLET_KIND = "outlet"
SHINGLE_SIZE = 2  # word bigrams: single words match too easily, trigrams too rarely in headlines
_WORD = re.compile(r"[a-z0-9]+")
# Function words carry no evidence of the event; dropping them keeps bigrams contentful.
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "that",
        "the",
        "to",
        "was",
        "were",
        "with",
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "et",
        "en",
        "au",
        "aux",
        "un",
        "une",
        "dans",
        "par",
        "pour",
        "sur",
    ]
)


@dataclass(frozen=True, slots=True)
class LinkProfile:
    id: str
    event_type: str
    sub_event_type: str
    start: int | None
    end: int | None
    date_precision: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    country: str | None
    admin1: str | None
    place_key: str | None
    perpetrators: frozenset[str]
    targets: frozenset[str]
    victim_names: frozenset[str]
    killed: int | None
    injured: int | None
    shingles: frozenset[int]
    reports: frozenset[str]
    sources: frozenset[str]
    # A town named like its governorate ('Idlib' in Idlib): reports write the name for either.
    governorate_namesake: bool = False


def best_figure(count: Count | None) -> int | None:
    """The best estimate, else the lowest, else the highest figure given."""
    if count is None:
        return None
    for value in (count.best, count.low, count.high):
        if value is not None:
            return value
    return None


def shingles(texts: Iterable[str]) -> frozenset[int]:
    """Hashed word bigrams of the texts (folded, stopwords dropped); one-word texts give the word."""
    out: set[int] = set()
    for text in texts:
        words = [w for w in _WORD.findall(fold(text)) if w not in _STOPWORDS]
        grams = (
            [" ".join(words[i : i + SHINGLE_SIZE]) for i in range(len(words) - SHINGLE_SIZE + 1)]
            if len(words) >= SHINGLE_SIZE
            else words
        )
        out.update(zlib.crc32(g.encode()) for g in grams)
    return frozenset(out)


def jaccard(a: AbstractSet[object], b: AbstractSet[object]) -> float:
    """Shared share of two sets of shingles (0 when either is empty)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def name_key(name: str) -> str:
    """A victim's name under transliteration: 'al-Qaterji' = 'Qaterji', 'Omran' != 'Omar'."""
    return skeleton(name)


def _actors(incident: Incident, role: ActorRole) -> frozenset[str]:
    return frozenset(
        a.normalized for a in incident.actors if a.role is role and a.normalized != UNKNOWN_ACTOR
    )


def _source_key(name: str, canonical_id: str | None) -> str:
    return canonical_id or key(name)


def publishers(incident: Incident) -> frozenset[str]:
    """Who published the incident's reports, which the same-source rule of `score` reads: the
    outlet-kind sources when there are any (an extracted article: the monitor or agency it
    quotes is quoted by every outlet telling the event, so sharing it is no evidence of two
    events; on our FA-KES dev pairs counting it cost a link), else every source (a record,
    like MAVERICK's, names only its publisher)."""
    own = {
        _source_key(c.source.name, c.source.canonical_id)
        for c in incident.claims
        if c.source.kind == OUTLET_KIND
    }
    return frozenset(own) or frozenset(
        _source_key(c.source.name, c.source.canonical_id) for c in incident.claims
    )


def is_governorate_namesake(place: Place) -> bool:
    """A town that shares its governorate's name ('Idlib', 'Aleppo', 'Deir ez-Zor'):
    "an attack in Syria's Idlib" may mean either, and extraction reads the town."""
    if place.precision is not GeoPrecision.TOWN or not place.admin1:
        return False
    town, governorate = key(place.name), key(place.admin1)
    return bool(town) and (town == governorate or close_spelling(town, governorate))


def profile_of(incident: Incident) -> LinkProfile:
    """The linker's view of one incident."""
    dates = incident.date
    place = incident.location
    texts = [incident.summary or ""] + [c.quote for c in incident.claims]
    return LinkProfile(
        id=incident.id,
        event_type=incident.event_type,
        sub_event_type=incident.sub_event_type,
        start=dates.start.toordinal() if dates else None,
        end=dates.end.toordinal() if dates else None,
        date_precision=dates.precision.value if dates else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geo_precision=place.precision.value if place else None,
        country=place.country_code if place else None,
        admin1=key(place.admin1) if place and place.admin1 else None,
        place_key=key(place.name) or None if place else None,
        governorate_namesake=place is not None and is_governorate_namesake(place),
        perpetrators=_actors(incident, ActorRole.PERPETRATOR),
        targets=_actors(incident, ActorRole.TARGET),
        victim_names=frozenset(
            name_key(v.name) for v in incident.victims.named if name_key(v.name)
        ),
        killed=best_figure(incident.fatalities),
        injured=best_figure(incident.injuries),
        shingles=shingles(t for t in dict.fromkeys(texts) if t),
        reports=frozenset(incident.reports),
        sources=publishers(incident),
    )

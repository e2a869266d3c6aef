"""The domain model every stage speaks: reports in, incidents out.

All records are frozen pydantic models, so they validate on the way in, serialise to
JSON the same way everywhere, and give us the JSON Schema of an incident for free
(`schema/incident.schema.json` is generated from `Incident` and checked by a test).

"Not reported" is always ``None``, never ``""`` or ``0``: a count of ``0`` means the
report said nobody was hurt.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator

SCHEMA_VERSION = 1


class Record(BaseModel):
    """Base of every domain record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- reports


class Report(Record):
    """One news report as ingested: the text and what we know of where it came from."""

    id: str = Field(
        description="Stable id: the one given by the input, else derived from the text."
    )
    text: str
    title: str | None = None
    published: date | None = None
    published_from: str | None = Field(
        default=None,
        description="Where the publication date came from: 'given', 'metadata', 'html', "
        "'dateline', 'column:<name>'.",
    )
    outlet: str | None = None
    url: str | None = None
    origin: str | None = Field(default=None, description="File (and line or row) it was read from.")
    content_hash: str = Field(
        default="", description="sha256 of the normalised text; set on build."
    )

    @model_validator(mode="after")
    def _fill_hash(self) -> Report:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_hash(self.text))
        return self


def content_hash(text: str) -> str:
    """Hash of a report's text that ignores whitespace and Unicode form differences."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- values


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class DateRange(Record):
    """When something happened: an inclusive range of days, how precise it is, and the words."""

    start: date
    end: date
    precision: DatePrecision
    text: str | None = Field(
        default=None, description="The phrase as written, e.g. 'late on Wednesday'."
    )

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.end < self.start:
            raise ValueError(f"date range ends ({self.end}) before it starts ({self.start})")
        return self

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end


class GeoPrecision(StrEnum):
    """How exact a location is, finest first."""

    NEIGHBOURHOOD = "neighbourhood"
    TOWN = "town"
    DISTRICT = "district"
    GOVERNORATE = "governorate"
    COUNTRY = "country"


class Place(Record):
    """A geocoded place: a gazetteer entry plus the words that named it."""

    name: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2.")
    admin1: str | None = Field(default=None, description="First-order division (governorate) name.")
    geonames_id: int | None = None
    precision: GeoPrecision
    feature: str | None = Field(
        default=None, description="What kind of place: city, neighbourhood, hospital, governorate…"
    )
    text: str | None = Field(default=None, description="The name as written in the report.")
    source: str | None = Field(default=None, description="Where the gazetteer fact comes from.")

    def km_to(self, other: Place) -> float:
        return km_between(self.lat, self.lon, other.lat, other.lon)


EARTH_RADIUS_KM = 6371.0088


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


class Count(Record):
    """A casualty figure as UCDP keeps them: lowest credible, best estimate, highest credible."""

    low: int | None = Field(default=None, ge=0)
    best: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Count:
        vals = [v for v in (self.low, self.best, self.high) if v is not None]
        if vals != sorted(vals):
            raise ValueError(
                f"count not ordered low <= best <= high: {self.low}, {self.best}, {self.high}"
            )
        return self


class Outcome(StrEnum):
    KILLED = "killed"
    INJURED = "injured"


class VictimGroup(Record):
    """How many of one kind of person were killed or injured, e.g. 5 children injured."""

    group: str = Field(description="children, women, men, civilians, fighters, soldiers, …")
    outcome: Outcome
    count: Count


class NamedVictim(Record):
    name: str
    age: int | None = Field(default=None, ge=0, le=130)
    outcome: Outcome | None = None


class Victims(Record):
    groups: list[VictimGroup] = Field(default_factory=list)
    named: list[NamedVictim] = Field(default_factory=list)


class ActorRole(StrEnum):
    PERPETRATOR = "perpetrator"
    TARGET = "target"


class Actor(Record):
    text: str = Field(
        description="As written, e.g. 'an alliance of Syrian rebels and Islamist groups'."
    )
    normalized: str = Field(description="syrian_government, russia, rebels, isis, unknown, …")
    role: ActorRole


class Source(Record):
    """Who says so: the party a claim is attributed to in the report."""

    name: str = Field(description="As written: 'a local doctor', 'The Daily Telegraph'.")
    kind: str = Field(
        description="outlet (the report itself), media, medical, official, military, monitor, "
        "activist, witness, agency, social_media, person, organisation"
    )
    via: str | None = Field(
        default=None, description="Who relayed it: 'Russian news agencies' quoting the minister."
    )
    canonical_id: str | None = Field(
        default=None,
        description="The sourcebook id of the well-known source it is ('sohr' for 'a monitor' "
        "that the report names as the Syrian Observatory), when known.",
    )


class Claim(Record):
    """One extracted value with its evidence: what, who says so, where in which report."""

    field: str = Field(
        description="event_type, date, location, fatalities, injuries, victims, actor, …"
    )
    value: JsonValue
    source: Source
    report_id: str
    quote: str = Field(description="The sentence the value was read from.")
    start: int = Field(ge=0, description="Character offset of the evidence in the report text.")
    end: int = Field(ge=0)
    hedged: bool = Field(
        default=False, description="'reportedly', 'apparently', 'is reported to be'…"
    )


# --------------------------------------------------------------------------- incidents

EventType = Literal[
    "battles",
    "explosions_remote_violence",
    "violence_against_civilians",
    "protests",
    "riots",
    "strategic_developments",
]

# ACLED's 6 event types and 25 sub-event types (ACLED Codebook 2023), snake_case.
SUB_EVENT_TYPES: dict[str, EventType] = {
    "armed_clash": "battles",
    "government_regains_territory": "battles",
    "non_state_actor_overtakes_territory": "battles",
    "chemical_weapon": "explosions_remote_violence",
    "air_drone_strike": "explosions_remote_violence",
    "suicide_bomb": "explosions_remote_violence",
    "shelling_artillery_missile_attack": "explosions_remote_violence",
    "remote_explosive_landmine_ied": "explosions_remote_violence",
    "grenade": "explosions_remote_violence",
    "sexual_violence": "violence_against_civilians",
    "attack": "violence_against_civilians",
    "abduction_forced_disappearance": "violence_against_civilians",
    "peaceful_protest": "protests",
    "protest_with_intervention": "protests",
    "excessive_force_against_protesters": "protests",
    "violent_demonstration": "riots",
    "mob_violence": "riots",
    "agreement": "strategic_developments",
    "arrests": "strategic_developments",
    "change_to_group_activity": "strategic_developments",
    "disrupted_weapons_use": "strategic_developments",
    "headquarters_or_base_established": "strategic_developments",
    "looting_property_destruction": "strategic_developments",
    "non_violent_transfer_of_territory": "strategic_developments",
    "other": "strategic_developments",
}


class ClaimedValue(Record):
    """One side of a contradiction: a value and who says so, where."""

    value: JsonValue
    source: Source
    report_id: str
    quote: str


class Contradiction(Record):
    """Sources that disagree about one field of an incident, each side with its evidence."""

    field: str = Field(
        description="victim_name, fatalities, injuries, date, perpetrator, location, sub_event_type"
    )
    sides: list[ClaimedValue] = Field(min_length=2)
    note: str = Field(description="What differs, in words: 'Omran vs Omar Daqneesh'.")


class Grade(StrEnum):
    """Corroboration in the spirit of Airwars' grading, strongest first."""

    CONFIRMED = "confirmed"  # an official or party to the conflict states it
    FAIR = "fair"  # two or more independent sources agree
    WEAK = "weak"  # a single source
    CONTESTED = "contested"  # sources disagree on who or what


class Corroboration(Record):
    grade: Grade
    independent_sources: int = Field(
        ge=0, description="Sources counted once each: copies of one wire story are one source."
    )
    reasons: list[str] = Field(default_factory=list)


class Incident(Record):
    """One incident: one type of event at one place over one date range, with its evidence."""

    id: str
    event_type: EventType
    sub_event_type: str
    date: DateRange | None = None
    location: Place | None = None
    fatalities: Count | None = Field(default=None, description="null: no figure given.")
    injuries: Count | None = Field(default=None, description="null: no figure given.")
    victims: Victims = Field(default_factory=Victims)
    actors: list[Actor] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    reports: list[str] = Field(default_factory=list, description="Ids of the reports it came from.")
    summary: str | None = Field(default=None, description="The sentence that reports the event.")
    members: list[str] = Field(
        default_factory=list,
        description="Ids of the per-report incidents linked into this one (empty: not linked).",
    )
    contradictions: list[Contradiction] = Field(default_factory=list)
    corroboration: Corroboration | None = None

    def told_at(self) -> int | None:
        """Where the report tells the incident: the offset of its trigger (the event_type
        claim), else of its first evidence."""
        starts = [c.start for c in self.claims if c.field == "event_type"]
        if not starts:
            starts = [c.start for c in self.claims]
        return min(starts) if starts else None

    @model_validator(mode="after")
    def _type_pair(self) -> Incident:
        parent = SUB_EVENT_TYPES.get(self.sub_event_type)
        if parent is None:
            raise ValueError(f"unknown sub_event_type {self.sub_event_type!r}")
        if parent != self.event_type:
            raise ValueError(
                f"sub_event_type {self.sub_event_type!r} belongs to {parent!r}, not {self.event_type!r}"
            )
        return self

    def perpetrator(self) -> Actor | None:
        return next((a for a in self.actors if a.role is ActorRole.PERPETRATOR), None)


class Extraction(Record):
    """What extraction made of one report."""

    report: Report
    incidents: list[Incident] = Field(default_factory=list)
    places: list[Place] = Field(
        default_factory=list, description="Every resolved place mention, in reading order."
    )


def incident_id(report_id: str, start: int, sub_event_type: str) -> str:
    """Deterministic incident id: the same report text always gives the same ids."""
    digest = hashlib.sha1(f"{report_id}:{start}:{sub_event_type}".encode()).hexdigest()
    return f"inc_{digest[:16]}"


def incident_json_schema() -> dict[str, Any]:
    return Incident.model_json_schema()

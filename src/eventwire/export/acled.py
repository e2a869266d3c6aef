"""One incident as one ACLED-style row: ACLED's names, codes and column order.

ACLED (Armed Conflict Location & Event Data) publishes its data with display names such
as "Explosions/Remote violence" and small integer codes for how precise the date and the
place are; analysts' tools expect those, so the CSV and GeoJSON exports speak them.
Names follow the ACLED Codebook (2023).
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.model import ActorRole, DatePrecision, DateRange, GeoPrecision, Incident, Place

EVENT_TYPE_NAMES: dict[str, str] = {
    "battles": "Battles",
    "explosions_remote_violence": "Explosions/Remote violence",
    "violence_against_civilians": "Violence against civilians",
    "protests": "Protests",
    "riots": "Riots",
    "strategic_developments": "Strategic developments",
}

SUB_EVENT_TYPE_NAMES: dict[str, str] = {
    "armed_clash": "Armed clash",
    "government_regains_territory": "Government regains territory",
    "non_state_actor_overtakes_territory": "Non-state actor overtakes territory",
    "chemical_weapon": "Chemical weapon",
    "air_drone_strike": "Air/drone strike",
    "suicide_bomb": "Suicide bomb",
    "shelling_artillery_missile_attack": "Shelling/artillery/missile attack",
    "remote_explosive_landmine_ied": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
    "sexual_violence": "Sexual violence",
    "attack": "Attack",
    "abduction_forced_disappearance": "Abduction/forced disappearance",
    "peaceful_protest": "Peaceful protest",
    "protest_with_intervention": "Protest with intervention",
    "excessive_force_against_protesters": "Excessive force against protesters",
    "violent_demonstration": "Violent demonstration",
    "mob_violence": "Mob violence",
    "agreement": "Agreement",
    "arrests": "Arrests",
    "change_to_group_activity": "Change to group/activity",
    "disrupted_weapons_use": "Disrupted weapons use",
    "headquarters_or_base_established": "Headquarters or base established",
    "looting_property_destruction": "Looting/property destruction",
    "non_violent_transfer_of_territory": "Non-violent transfer of territory",
    "other": "Other",
}

# ACLED geo_precision: 1 the town itself (or finer), 2 a part of a region / district,
# 3 only the province is known. ACLED has nothing coarser, so a country-level place is 3.
GEO_PRECISION_CODES: dict[GeoPrecision, int] = {
    GeoPrecision.NEIGHBOURHOOD: 1,
    GeoPrecision.TOWN: 1,
    GeoPrecision.DISTRICT: 2,
    GeoPrecision.GOVERNORATE: 3,
    GeoPrecision.COUNTRY: 3,
}

COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "injuries",
    "fatalities_low",
    "fatalities_high",
    "injuries_low",
    "injuries_high",
    "report_ids",
    "corroboration",
    "independent_sources",
    "contradictions",
)

Cell = str | int | float | None
LIST_SEPARATOR = "; "


def time_precision(d: DateRange | None) -> int | None:
    """ACLED time_precision: 1 a known day, 2 within a week (or a few days), 3 a month or more."""
    if d is None:
        return None
    if d.precision in (DatePrecision.MONTH, DatePrecision.YEAR):
        return 3
    span = (d.end - d.start).days
    if d.precision is DatePrecision.DAY and span == 0:
        return 1
    return 2 if span < 7 else 3


def geo_precision(place: Place | None) -> int | None:
    return None if place is None else GEO_PRECISION_CODES[place.precision]


def _actor(incident: Incident, role: ActorRole) -> str | None:
    # ACLED has one actor1 and one actor2; we give the first of each role.
    return next((a.normalized for a in incident.actors if a.role is role), None)


def sources(incident: Incident) -> str | None:
    """The distinct sources of the incident's claims, in order of first appearance."""
    names = dict.fromkeys(c.source.name for c in incident.claims)
    return LIST_SEPARATOR.join(names) or None


def acled_row(
    incident: Incident, country_names: Mapping[str, str] | None = None
) -> dict[str, Cell]:
    """The incident as `COLUMNS` → value; None where nothing is known.

    ``country`` is the ISO code unless ``country_names`` maps it to a name (the export has
    no gazetteer of its own; the caller may pass one).
    """
    d, loc = incident.date, incident.location
    code = loc.country_code if loc else None
    killed, hurt = incident.fatalities, incident.injuries
    grade = incident.corroboration
    return {
        "event_id": incident.id,
        "event_date": d.start.isoformat() if d else None,
        "date_end": d.end.isoformat() if d else None,
        "time_precision": time_precision(d),
        "event_type": EVENT_TYPE_NAMES[incident.event_type],
        "sub_event_type": SUB_EVENT_TYPE_NAMES[incident.sub_event_type],
        "actor1": _actor(incident, ActorRole.PERPETRATOR),
        "actor2": _actor(incident, ActorRole.TARGET),
        "country": (country_names or {}).get(code, code) if code else None,
        "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": geo_precision(loc),
        "source": sources(incident),
        "notes": incident.summary,
        "fatalities": killed.best if killed else None,
        "injuries": hurt.best if hurt else None,
        "fatalities_low": killed.low if killed else None,
        "fatalities_high": killed.high if killed else None,
        "injuries_low": hurt.low if hurt else None,
        "injuries_high": hurt.high if hurt else None,
        "report_ids": LIST_SEPARATOR.join(incident.reports) or None,
        "corroboration": grade.grade.value if grade else None,
        "independent_sources": grade.independent_sources if grade else None,
        "contradictions": LIST_SEPARATOR.join(
            f"{c.field}: {c.note}" for c in incident.contradictions
        )
        or None,
    }

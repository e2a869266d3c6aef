"""MAVERICK (van Baalen & Höglund): report-level records of electoral violence in Côte d'Ivoire
and Kenya, each with the id of the event its coders put it in; gold for linking.

`load_maverick` reads ``maverick_event_report.csv`` (one row per report of an event) into
model `Incident`s, each paired with its gold ``event_id``. Pure: no linking, no scoring.

How a row becomes an incident:

* id — the record ``id``; the report it comes from is the article named by ``source``
  ("Outlet (YYYY-MM-DD) headline"): its outlet and headline, folded (`_report_id`), so two
  records read from one article share a report id, as two incidents extraction finds in one
  article do.
* date — ``date_start``..``date_end`` at day precision; ten rows give the end before the
  start, read as the same range the other way round.
* location — ``latitude``/``longitude`` with ``geo_precision`` (1 country .. 6 building, see
  GEO_PRECISION), named by ``location`` else ``city``; rows without coordinates are
  country-level and sit at the country's point (COUNTRY_POINTS).
* actors — ``actorN_id`` (the coders' actor id, e.g. CIV-430) as the normalised actor, a
  perpetrator when ``actorN_perpetrator`` is 1 and a target when ``actorN_victim`` is 1 (both
  when both).
* fatalities, injuries — ``deaths_*`` and ``injuries_*`` as low/best/high (four rows list them
  out of order: sorted).
* type — ``event_context`` is the setting, not an ACLED type; EVENT_CONTEXT_TYPES maps each to
  the closest ACLED sub-event type (violence in an electoral setting to an attack on civilians).
* summary — the headline of ``source``; one ``event_type`` claim whose source is the outlet.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.geo.names import key
from eventwire.model import (
    SUB_EVENT_TYPES,
    Actor,
    ActorRole,
    Claim,
    Count,
    DatePrecision,
    DateRange,
    GeoPrecision,
    Incident,
    Place,
    Source,
)

# geo_precision codes (1 country .. 6 street or building): 2 is a region or constituency,
# 3 a city or village, 4 a part of a city (Abobo, Likoni), 5 a neighbourhood, 6 a site.
GEO_PRECISION: dict[str, GeoPrecision] = {
    "1": GeoPrecision.COUNTRY,
    "2": GeoPrecision.GOVERNORATE,
    "3": GeoPrecision.TOWN,
    "4": GeoPrecision.NEIGHBOURHOOD,
    "5": GeoPrecision.NEIGHBOURHOOD,
    "6": GeoPrecision.NEIGHBOURHOOD,
}
COUNTRY_CODES = {"Ivory Coast": "CI", "Kenya": "KE"}
# Country-level rows carry no coordinates: the country's centre stands in (precision says so).
COUNTRY_POINTS = {"CI": (7.54, -5.55), "KE": (0.02, 37.91)}
EVENT_CONTEXT_TYPES: dict[str, str] = {
    "Clash": "armed_clash",
    "Military operation": "armed_clash",
    "Security force crack-down on protest": "excessive_force_against_protesters",
    "Protest": "protest_with_intervention",
    "Riot": "violent_demonstration",
    "Arrest or raid": "arrests",
    "Voting": "attack",
    "Vote counting": "attack",
    "Party primary": "attack",
    "Opposition campaign event": "attack",
    "Incumbent campaign event": "attack",
    "Canvasing": "attack",
    "Other context": "attack",
    "Unknown": "attack",
    "": "attack",
}
SOURCE_KINDS = {
    "International news agency": "agency",
    "International news media": "media",
    "National news media": "media",
    "Human rights commission": "monitor",
    "International civil society organization": "organisation",
    "National civil society organization": "organisation",
    "Special commission": "official",
    "National government agency": "official",
    "International organization": "organisation",
}
ACTOR_SLOTS = range(1, 7)
_SOURCE = re.compile(r"^(?P<outlet>.*?) \((?P<date>\d{4}-\d{2}-\d{2})\)(?: (?P<headline>.*))?$")
REQUIRED = ("id", "event_id", "country", "date_start", "date_end", "geo_precision", "source")


class _RowError(ValueError):
    pass


def _day(row: dict[str, str], column: str) -> date:
    try:
        return date.fromisoformat(row[column])
    except ValueError as err:
        raise _RowError(f"{column} is not a YYYY-MM-DD date (got {row[column]!r})") from err


def _number(row: dict[str, str], column: str) -> float | None:
    text = row.get(column, "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError as err:
        raise _RowError(f"{column} is not a number (got {text!r})") from err


def _flag(row: dict[str, str], column: str) -> bool:
    return _number(row, column) == 1


def _count(row: dict[str, str], stem: str) -> Count | None:
    values = [_number(row, f"{stem}_{part}") for part in ("low", "best", "high")]
    given = [v for v in values if v is not None]
    if not given:
        return None
    if any(v < 0 or v != int(v) for v in given):
        raise _RowError(f"{stem} figures are not whole numbers >= 0 (got {values})")
    if len(given) < 3:
        low, best, high = (None if v is None else int(v) for v in values)
        return Count(low=low, best=best, high=high)
    low, best, high = sorted(int(v) for v in given)
    return Count(low=low, best=best, high=high)


def _place(row: dict[str, str], country: str) -> Place:
    code = row["geo_precision"].strip().removesuffix(".0")
    precision = GEO_PRECISION.get(code)
    if precision is None:
        raise _RowError(f"geo_precision is not 1-6 (got {row['geo_precision']!r})")
    lat, lon = _number(row, "latitude"), _number(row, "longitude")
    if lat is None or lon is None:
        lat, lon = COUNTRY_POINTS[country]
        precision = GeoPrecision.COUNTRY
    name = row.get("location", "").strip() or row.get("city", "").strip() or row["country"]
    try:
        return Place(name=name, lat=lat, lon=lon, country_code=country, precision=precision)
    except ValueError as err:
        raise _RowError(f"coordinates out of range ({lat}, {lon})") from err


def _actors(row: dict[str, str]) -> list[Actor]:
    actors = []
    for n in ACTOR_SLOTS:
        actor_id = row.get(f"actor{n}_id", "").strip()
        if not actor_id:
            continue
        text = row.get(f"actor{n}", "").strip() or actor_id
        if _flag(row, f"actor{n}_perpetrator"):
            actors.append(Actor(text=text, normalized=actor_id, role=ActorRole.PERPETRATOR))
        if _flag(row, f"actor{n}_victim"):
            actors.append(Actor(text=text, normalized=actor_id, role=ActorRole.TARGET))
    return actors


def _report_id(outlet: str, headline: str, source_text: str) -> str:
    """The article a record was read from: its outlet and headline, spelling folded. The
    coders give one long report's records different dates ('HRW (2000-08-01)', 'HRW
    (2001-08-01)') and trailing stops, so the date is left out."""
    if not headline:
        return source_text
    return f"{key(outlet)}: {key(headline)}"


def _incident(row: dict[str, str]) -> Incident:
    missing = [c for c in REQUIRED if not row.get(c, "").strip()]
    if missing:
        raise _RowError(f"empty {', '.join(missing)}")
    country = COUNTRY_CODES.get(row["country"])
    if country is None:
        raise _RowError(f"country is not Ivory Coast or Kenya (got {row['country']!r})")
    start, end = sorted((_day(row, "date_start"), _day(row, "date_end")))
    source_text = " ".join(row["source"].split())
    parts = _SOURCE.match(source_text)
    if parts is None:
        raise _RowError(f"source is not 'Outlet (YYYY-MM-DD) headline' (got {source_text[:60]!r})")
    sub_type = EVENT_CONTEXT_TYPES.get(row.get("event_context", "").strip())
    if sub_type is None:
        raise _RowError(f"unknown event_context {row['event_context']!r}")
    headline = parts["headline"] or ""  # a few records name only the outlet and date
    outlet = Source(
        name=parts["outlet"], kind=SOURCE_KINDS.get(row.get("source_type", ""), "media")
    )
    report_id = _report_id(parts["outlet"], headline, source_text)
    claim = Claim(
        field="event_type",
        value=sub_type,
        source=outlet,
        report_id=report_id,
        quote=headline,
        start=0,
        end=len(headline),
    )
    return Incident(
        id=row["id"],
        event_type=SUB_EVENT_TYPES[sub_type],
        sub_event_type=sub_type,
        date=DateRange(start=start, end=end, precision=DatePrecision.DAY),
        location=_place(row, country),
        fatalities=_count(row, "deaths"),
        injuries=_count(row, "injuries"),
        actors=_actors(row),
        claims=[claim],
        reports=[report_id],
        summary=headline or None,
    )


def load_maverick(path: Path) -> list[tuple[Incident, str]]:
    """Every record of the MAVERICK event-report CSV as (incident, gold event id), file order."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames is None or "event_id" not in reader.fieldnames:
                raise EvaluationError(
                    f"{path}: not the MAVERICK event-report CSV (no event_id column)"
                )
            out = []
            for line, row in enumerate(reader, start=2):
                try:
                    out.append((_incident(row), row["event_id"]))
                except _RowError as err:
                    raise EvaluationError(
                        f"{path}: row {line - 1} (id {row.get('id')!r}): {err}"
                    ) from err
    except OSError as err:
        raise EvaluationError(f"{path}: cannot read ({err.strerror})") from err
    except (csv.Error, UnicodeDecodeError) as err:
        raise EvaluationError(f"{path}: bad CSV ({err})") from err
    return out

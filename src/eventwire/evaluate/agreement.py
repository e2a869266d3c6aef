"""Agreement between two human annotations of the same FA-KES articles.

The dev set's targets only mean something next to what two people reading the same article
agree on. A second annotator (``evaluate/data/fakes_agreement/``) re-annotated part of the dev set
blind; this module scores one annotation against the other with the very scorer the system is
scored with (`score_devset`), so the two figures are comparable line by line.

The second annotation plays the system's part: each of its incidents is written as an
`Incident` whose claims carry the annotator's figures and sources. Its background incidents
are left out, as the system is neither asked for background incidents nor blamed for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from eventwire.evaluate.devset import GoldArticle, GoldCount, GoldIncident, GoldSource, score_devset
from eventwire.evaluate.metrics import ScoreTable
from eventwire.model import (
    SUB_EVENT_TYPES,
    Actor,
    ActorRole,
    Claim,
    Count,
    DateRange,
    Extraction,
    GeoPrecision,
    Incident,
    Place,
    Report,
    Source,
    incident_id,
)

DATASET = "fakes-agreement"
AGREEMENT_DIR = ("data", "fakes_agreement")  # under the eventwire.evaluate package
_NO_COORDINATES = (0.0, 0.0)  # the scorer compares governorates, never coordinates


def _place(incident: GoldIncident) -> Place | None:
    gold = incident.place
    if gold is None:
        return None
    foreign = len(gold.governorate) == 2
    lat, lon = _NO_COORDINATES
    return Place(
        name=gold.text,
        text=gold.text,
        lat=lat,
        lon=lon,
        country_code=gold.governorate.upper() if foreign else "SY",
        admin1=None if foreign else gold.governorate,
        precision=GeoPrecision(gold.precision),
    )


def _count(count: GoldCount | None) -> Count | None:
    return None if count is None else Count(low=count.low, best=count.best, high=count.high)


def _figure_claim(
    field: str, count: GoldCount | None, source: GoldSource | None, report_id: str, start: int
) -> list[Claim]:
    if count is None or source is None:
        return []
    return [
        Claim(
            field=field,
            value=count.model_dump(),
            source=Source(name=source.name, kind=source.kind),
            report_id=report_id,
            quote="",
            start=start,
            end=start,
        )
    ]


def as_incident(incident: GoldIncident, report_id: str) -> Incident:
    """One annotated incident as the system would write it (only the fields the scorer reads)."""
    start = incident.sentence_start
    outlet = Source(name="the report", kind="outlet")
    claims = [
        Claim(
            field="event_type",
            value=incident.sub_event_type,
            source=outlet,
            report_id=report_id,
            quote="",
            start=start,
            end=start,
        ),
        *_figure_claim("fatalities", incident.killed, incident.killed_source, report_id, start),
        *_figure_claim("injuries", incident.injured, incident.injured_source, report_id, start),
    ]
    actors = (
        []
        if incident.perpetrator == "unknown"
        else [
            Actor(
                text=incident.perpetrator,
                normalized=incident.perpetrator,
                role=ActorRole.PERPETRATOR,
            )
        ]
    )
    when = incident.date
    return Incident(
        id=incident_id(report_id, start, incident.sub_event_type),
        event_type=SUB_EVENT_TYPES[incident.sub_event_type],
        sub_event_type=incident.sub_event_type,
        date=None
        if when is None
        else DateRange(start=when.start, end=when.end, precision=when.precision),
        location=_place(incident),
        fatalities=_count(incident.killed),
        injuries=_count(incident.injured),
        actors=actors,
        claims=claims,
        reports=[report_id],
    )


def as_extraction(article: GoldArticle) -> Extraction:
    """An annotated article as if the system had extracted it (background incidents left out)."""
    published: date | None = article.published
    report = Report(id=article.unit_id, text="", published=published)
    incidents = [
        as_incident(inc, article.unit_id) for inc in article.incidents if not inc.background
    ]
    return Extraction(report=report, incidents=incidents)


def score_agreement(reference: Sequence[GoldArticle], other: Sequence[GoldArticle]) -> ScoreTable:
    """Score ``other`` against ``reference`` on the articles both annotated, as the system is
    scored. The table's details say which articles were compared."""
    by_id = {a.unit_id: a for a in other}
    common = [a for a in reference if a.unit_id in by_id]
    table = score_devset(common, [as_extraction(by_id[a.unit_id]) for a in common])
    table.dataset = DATASET
    table.details["compared_articles"] = [a.unit_id for a in common]
    table.details["annotators"] = sorted(
        {a.annotator for a in common} | {by_id[a.unit_id].annotator for a in common}
    )
    return table

"""Export fixtures: a located Aleppo air strike, a Damascus shelling, an unlocated attack."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import (
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


def _claim(field: str, value: object, source: str, kind: str, report_id: str) -> Claim:
    return Claim(
        field=field,
        value=value,
        source=Source(name=source, kind=kind),
        report_id=report_id,
        quote="…",
        start=0,
        end=1,
    )


@pytest.fixture
def strike() -> Incident:
    return Incident(
        id="inc_aleppo",
        event_type="explosions_remote_violence",
        sub_event_type="air_drone_strike",
        date=DateRange(start=date(2016, 8, 17), end=date(2016, 8, 17), precision=DatePrecision.DAY),
        location=Place(
            name="Qaterji",
            lat=36.2089,
            lon=37.1622,
            country_code="SY",
            admin1="Aleppo",
            precision=GeoPrecision.NEIGHBOURHOOD,
        ),
        injuries=Count(low=5, best=8, high=20),
        actors=[
            Actor(text="Russian jets", normalized="russia", role=ActorRole.PERPETRATOR),
            Actor(text="civilians", normalized="civilians", role=ActorRole.TARGET),
        ],
        claims=[
            _claim("injuries", 8, "a local doctor", "medical", "rep_aleppo"),
            _claim("event_type", "air_drone_strike", "The Guardian", "outlet", "rep_aleppo"),
            _claim("date", "2016-08-17", "a local doctor", "medical", "rep_aleppo"),
        ],
        reports=["rep_aleppo", "rep_telegraph"],
        summary="A military strike on the Qaterji neighbourhood injured five children.",
    )


@pytest.fixture
def shelling() -> Incident:
    return Incident(
        id="inc_damascus",
        event_type="explosions_remote_violence",
        sub_event_type="shelling_artillery_missile_attack",
        date=DateRange(start=date(2016, 8, 20), end=date(2016, 8, 22), precision=DatePrecision.DAY),
        location=Place(
            name="Damascus",
            lat=33.5138,
            lon=36.2765,
            country_code="SY",
            admin1="Damascus",
            precision=GeoPrecision.TOWN,
        ),
        fatalities=Count(low=3, best=4, high=6),
        reports=["rep_damascus"],
    )


@pytest.fixture
def unlocated() -> Incident:
    return Incident(
        id="inc_nowhere",
        event_type="violence_against_civilians",
        sub_event_type="attack",
        date=DateRange(
            start=date(2016, 8, 1), end=date(2016, 8, 31), precision=DatePrecision.MONTH
        ),
        fatalities=Count(best=0),
        reports=["rep_unlocated"],
    )


@pytest.fixture
def incidents(strike: Incident, shelling: Incident, unlocated: Incident) -> list[Incident]:
    return [strike, shelling, unlocated]

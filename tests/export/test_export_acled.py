"""ACLED names and codes, and the row an incident becomes."""

from __future__ import annotations

from datetime import date
from typing import get_args

import pytest

from eventwire.export import COLUMNS, EVENT_TYPE_NAMES, SUB_EVENT_TYPE_NAMES, acled_row
from eventwire.export.acled import geo_precision, time_precision
from eventwire.model import (
    SUB_EVENT_TYPES,
    ClaimedValue,
    Contradiction,
    Corroboration,
    DatePrecision,
    DateRange,
    EventType,
    GeoPrecision,
    Grade,
    Incident,
    Place,
)


def test_every_event_type_has_an_acled_name() -> None:
    assert set(EVENT_TYPE_NAMES) == set(get_args(EventType))


def test_every_sub_event_type_has_an_acled_name() -> None:
    assert set(SUB_EVENT_TYPE_NAMES) == set(SUB_EVENT_TYPES)
    assert len(SUB_EVENT_TYPE_NAMES) == 25


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("explosions_remote_violence", "Explosions/Remote violence"),
        ("violence_against_civilians", "Violence against civilians"),
        ("strategic_developments", "Strategic developments"),
    ],
)
def test_event_type_names(code: str, name: str) -> None:
    assert EVENT_TYPE_NAMES[code] == name


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("air_drone_strike", "Air/drone strike"),
        ("non_state_actor_overtakes_territory", "Non-state actor overtakes territory"),
        ("shelling_artillery_missile_attack", "Shelling/artillery/missile attack"),
        ("remote_explosive_landmine_ied", "Remote explosive/landmine/IED"),
        ("abduction_forced_disappearance", "Abduction/forced disappearance"),
        ("change_to_group_activity", "Change to group/activity"),
        ("non_violent_transfer_of_territory", "Non-violent transfer of territory"),
    ],
)
def test_sub_event_type_names(code: str, name: str) -> None:
    assert SUB_EVENT_TYPE_NAMES[code] == name


def _range(start: date, end: date, precision: DatePrecision) -> DateRange:
    return DateRange(start=start, end=end, precision=precision)


D = date(2016, 8, 17)


@pytest.mark.parametrize(
    ("dates", "code"),
    [
        (None, None),
        (_range(D, D, DatePrecision.DAY), 1),
        (_range(D, date(2016, 8, 19), DatePrecision.DAY), 2),
        (_range(date(2016, 8, 15), date(2016, 8, 21), DatePrecision.WEEK), 2),
        (_range(date(2016, 8, 1), date(2016, 8, 20), DatePrecision.DAY), 3),
        (_range(date(2016, 8, 1), date(2016, 8, 31), DatePrecision.MONTH), 3),
        (_range(date(2016, 1, 1), date(2016, 12, 31), DatePrecision.YEAR), 3),
    ],
)
def test_time_precision(dates: DateRange | None, code: int | None) -> None:
    assert time_precision(dates) == code


@pytest.mark.parametrize(
    ("precision", "code"),
    [
        (GeoPrecision.NEIGHBOURHOOD, 1),
        (GeoPrecision.TOWN, 1),
        (GeoPrecision.DISTRICT, 2),
        (GeoPrecision.GOVERNORATE, 3),
        (GeoPrecision.COUNTRY, 3),
    ],
)
def test_geo_precision(precision: GeoPrecision, code: int) -> None:
    assert geo_precision(Place(name="x", lat=0, lon=0, precision=precision)) == code


def test_the_row_of_the_aleppo_strike(strike: Incident) -> None:
    assert acled_row(strike) == {
        "event_id": "inc_aleppo",
        "event_date": "2016-08-17",
        "date_end": "2016-08-17",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "russia",
        "actor2": "civilians",
        "country": "SY",
        "admin1": "Aleppo",
        "location": "Qaterji",
        "latitude": 36.2089,
        "longitude": 37.1622,
        "geo_precision": 1,
        "source": "a local doctor; The Guardian",
        "notes": "A military strike on the Qaterji neighbourhood injured five children.",
        "fatalities": None,
        "injuries": 8,
        "fatalities_low": None,
        "fatalities_high": None,
        "injuries_low": 5,
        "injuries_high": 20,
        "report_ids": "rep_aleppo; rep_telegraph",
        "corroboration": None,
        "independent_sources": None,
        "contradictions": None,
    }


def test_the_row_carries_the_grade_and_where_sources_disagree(strike: Incident) -> None:
    claim = strike.claims[0]
    sides = [
        ClaimedValue(value=v, source=claim.source, report_id=claim.report_id, quote=claim.quote)
        for v in ("Omran Daqneesh", "Omar Daqneesh")
    ]
    graded = strike.model_copy(
        update={
            "corroboration": Corroboration(grade=Grade.FAIR, independent_sources=2),
            "contradictions": [
                Contradiction(field="victim_name", sides=sides, note="Omran vs Omar Daqneesh")
            ],
        }
    )
    row = acled_row(graded)
    assert (row["corroboration"], row["independent_sources"]) == ("fair", 2)
    assert row["contradictions"] == "victim_name: Omran vs Omar Daqneesh"


def test_the_row_has_every_column_in_order(unlocated: Incident) -> None:
    assert tuple(acled_row(unlocated)) == COLUMNS


def test_country_names_replace_the_iso_code(strike: Incident) -> None:
    assert acled_row(strike, {"SY": "Syria"})["country"] == "Syria"

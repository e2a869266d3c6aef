"""Listing incidents: every filter, the order, paging, `near`, counts, reports and stats.

Ids in the tables are short names for the fixture incidents (see conftest):
strike 2016-08-17 Qaterji · shelling 2016-08-20 Damascus · attack Aug 2016 (no place) ·
clash (no date, no place).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest

from eventwire.errors import UsageError
from eventwire.model import Extraction, Incident, Report, incident_id
from eventwire.store import IncidentQuery, SQLiteStore, Stats

QATERJI = (36.2089, 37.1622)
DAMASCUS = (33.5138, 36.2765)
NAMES = {
    incident_id("rep_aleppo", 0, "air_drone_strike"): "strike",
    incident_id("rep_damascus", 0, "shelling_artillery_missile_attack"): "shelling",
    incident_id("rep_damascus", 100, "armed_clash"): "clash",
    incident_id("rep_unlocated", 0, "attack"): "attack",
}


def names(incidents: list[Incident]) -> list[str]:
    return [NAMES.get(i.id, i.id) for i in incidents]


QUERIES: list[tuple[dict[str, Any], list[str]]] = [
    ({}, ["attack", "strike", "shelling", "clash"]),
    ({"event_type": "explosions_remote_violence"}, ["strike", "shelling"]),
    ({"event_type": "protests"}, []),
    ({"sub_event_type": "air_drone_strike"}, ["strike"]),
    ({"since": date(2016, 8, 18)}, ["attack", "shelling"]),
    ({"until": date(2016, 8, 17)}, ["attack", "strike"]),
    ({"since": date(2016, 8, 17), "until": date(2016, 8, 17)}, ["attack", "strike"]),
    ({"since": date(2016, 9, 1)}, []),
    ({"until": date(2016, 7, 31)}, []),
    ({"report_id": "rep_damascus"}, ["shelling", "clash"]),
    ({"report_id": "rep_nowhere"}, []),
    ({"near": (*QATERJI, 10.0)}, ["strike"]),
    ({"near": (*DAMASCUS, 1.0)}, ["shelling"]),
    ({"near": (*QATERJI, 400.0)}, ["strike", "shelling"]),
    ({"event_type": "explosions_remote_violence", "since": date(2016, 8, 18)}, ["shelling"]),
    ({"sub_event_type": "air_drone_strike", "near": (*DAMASCUS, 10.0)}, []),
    ({"limit": 2}, ["attack", "strike"]),
    ({"limit": 2, "offset": 1}, ["strike", "shelling"]),
    ({"offset": 3}, ["clash"]),
    ({"offset": 10}, []),
    ({"limit": 0}, []),
    ({"near": (*QATERJI, 400.0), "limit": 1, "offset": 1}, ["shelling"]),
]


@pytest.mark.parametrize(("filters", "expected"), QUERIES)
def test_incidents_filter_and_order(
    filled: SQLiteStore, filters: dict[str, Any], expected: list[str]
) -> None:
    assert names(filled.incidents(IncidentQuery(**filters))) == expected


@pytest.mark.parametrize(("filters", "expected"), QUERIES)
def test_count_ignores_paging(
    filled: SQLiteStore, filters: dict[str, Any], expected: list[str]
) -> None:
    unpaged = {k: v for k, v in filters.items() if k not in ("limit", "offset")}
    assert filled.count_incidents(IncidentQuery(**filters)) == len(
        filled.incidents(IncidentQuery(**unpaged))
    )


def north_of(lat: float, lon: float, km: float) -> tuple[float, float]:
    return lat + math.degrees(km / 6371.0088), lon


@pytest.fixture
def strike_and_neighbour(store: SQLiteStore, aleppo: Extraction) -> SQLiteStore:
    """The Qaterji strike plus the same strike moved 5 km north, from another report."""
    store.save(aleppo)
    lat, lon = north_of(*QATERJI, 5.0)
    original = aleppo.incidents[0]
    assert original.location is not None
    moved = original.model_copy(
        update={
            "id": "inc_5km_north",
            "location": original.location.model_copy(update={"lat": lat, "lon": lon}),
            "reports": ["rep_north"],
            "claims": [],
        }
    )
    store.save(Extraction(report=Report(id="rep_north", text="Five km north."), incidents=[moved]))
    return store


@pytest.mark.parametrize(
    ("km", "expected"),
    [(10.0, ["strike", "inc_5km_north"]), (5.5, ["strike", "inc_5km_north"]), (2.0, ["strike"])],
)
def test_near_uses_the_great_circle_distance(
    strike_and_neighbour: SQLiteStore, km: float, expected: list[str]
) -> None:
    found = strike_and_neighbour.incidents(IncidentQuery(near=(*QATERJI, km)))
    assert sorted(names(found)) == sorted(expected)


@pytest.mark.parametrize(
    "near",
    [
        (0.0, 179.99, 50.0),
        (0.0, -180.0, 1.0),
        (89.99, 0.0, 100.0),
        (-90.0, 0.0, 5.0),
        (0.0, 0.0, 0.0),
    ],
    ids=["antimeridian", "lon-180", "north-pole", "south-pole", "zero-radius"],
)
def test_near_at_the_edges_of_the_map_does_not_crash(
    filled: SQLiteStore, near: tuple[float, float, float]
) -> None:
    assert filled.incidents(IncidentQuery(near=near)) == []


def test_near_finds_across_the_antimeridian(store: SQLiteStore, aleppo: Extraction) -> None:
    original = aleppo.incidents[0]
    assert original.location is not None
    fiji = original.location.model_copy(update={"lat": -16.5, "lon": -179.99})
    store.save(
        aleppo.model_copy(update={"incidents": [original.model_copy(update={"location": fiji})]})
    )
    assert len(store.incidents(IncidentQuery(near=(-16.5, 179.99, 5.0)))) == 1


@pytest.mark.parametrize(
    "bad",
    [
        {"limit": -1},
        {"offset": -1},
        {"since": date(2016, 9, 1), "until": date(2016, 8, 1)},
        {"near": (91.0, 0.0, 1.0)},
        {"near": (0.0, 181.0, 1.0)},
        {"near": (0.0, 0.0, -1.0)},
        {"near": (0.0, 0.0, float("nan"))},
    ],
)
def test_a_query_that_cannot_mean_anything_is_a_usage_error(bad: dict[str, Any]) -> None:
    with pytest.raises(UsageError):
        IncidentQuery(**bad)


@pytest.mark.parametrize(
    ("limit", "offset", "expected"),
    [
        (None, 0, ["rep_aleppo", "rep_damascus", "rep_unlocated"]),
        (1, 0, ["rep_aleppo"]),
        (None, 1, ["rep_damascus", "rep_unlocated"]),
    ],
)
def test_reports_by_publication_date_undated_last(
    filled: SQLiteStore, limit: int | None, offset: int, expected: list[str]
) -> None:
    assert [r.id for r in filled.reports(limit=limit, offset=offset)] == expected


def test_reports_refuses_a_negative_limit(filled: SQLiteStore) -> None:
    with pytest.raises(UsageError):
        filled.reports(limit=-1)


def test_stats(filled: SQLiteStore) -> None:
    assert filled.stats() == Stats(
        reports=3,
        incidents=4,
        claims=4,
        located=2,
        dated=3,
        first_date=date(2016, 8, 1),
        last_date=date(2016, 8, 31),
        fatalities=6,
        injuries=8,
        by_event_type={
            "battles": 1,
            "explosions_remote_violence": 2,
            "violence_against_civilians": 1,
        },
        by_sub_event_type={
            "air_drone_strike": 1,
            "armed_clash": 1,
            "attack": 1,
            "shelling_artillery_missile_attack": 1,
        },
        by_country={"SY": 2},
    )


def test_stats_of_an_empty_store(store: SQLiteStore) -> None:
    stats = store.stats()
    assert (stats.incidents, stats.first_date, stats.fatalities, stats.by_country) == (
        0,
        None,
        0,
        {},
    )

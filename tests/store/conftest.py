"""Store fixtures: three reports, four incidents, built with the model alone.

- aleppo: an air strike on Qaterji, Aleppo (36.2089 N, 37.1622 E) on 2016-08-17, 8 injured;
- damascus: a shelling in Damascus on 2016-08-20 (3–6 killed, best 4) and an armed clash
  with neither date nor place;
- unlocated: an attack some time in August 2016, no place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from eventwire.model import (
    Actor,
    ActorRole,
    Claim,
    Count,
    DatePrecision,
    DateRange,
    Extraction,
    GeoPrecision,
    Incident,
    NamedVictim,
    Outcome,
    Place,
    Report,
    Source,
    VictimGroup,
    Victims,
    incident_id,
)
from eventwire.store import SQLiteStore

ALEPPO_TEXT = (
    "The child is reported to be five-year-old Omran Daqneesh, one of five children injured "
    "late on Wednesday by a military strike on the city.\n"
    "A local doctor said four other children, one woman and two young men were also hurt in "
    "the attack on the Qaterji (قاطرجي) neighbourhood."
)
DAMASCUS_TEXT = (
    "Four people were killed when shells hit the old city of Damascus on Saturday, state "
    "media said. Clashes were reported elsewhere."
)
UNLOCATED_TEXT = "Gunmen attacked a village in August, killing two, a monitor said."
FIXED_TIME = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def claim(report: Report, field: str, value: object, quote: str, **source: str) -> Claim:
    start = report.text.index(quote)
    return Claim(
        field=field,
        value=value,
        source=Source(**source) if source else Source(name=report.outlet or "?", kind="outlet"),
        report_id=report.id,
        quote=quote,
        start=start,
        end=start + len(quote),
        hedged="reported" in quote,
    )


def day(d: date, text: str | None = None) -> DateRange:
    return DateRange(start=d, end=d, precision=DatePrecision.DAY, text=text)


def make_aleppo() -> Extraction:
    report = Report(
        id="rep_aleppo",
        text=ALEPPO_TEXT,
        title="Boy in the ambulance",
        published=date(2016, 8, 18),
        published_from="given",
        outlet="The Guardian",
        url="https://example.org/aleppo",
        origin="aleppo.txt",
    )
    quote = "A local doctor said four other children"
    strike = Incident(
        id=incident_id(report.id, 0, "air_drone_strike"),
        event_type="explosions_remote_violence",
        sub_event_type="air_drone_strike",
        date=day(date(2016, 8, 17), "late on Wednesday"),
        location=Place(
            name="Qaterji",
            lat=36.2089,
            lon=37.1622,
            country_code="SY",
            admin1="Aleppo",
            precision=GeoPrecision.NEIGHBOURHOOD,
            feature="neighbourhood",
            text="Qaterji (قاطرجي)",
        ),
        injuries=Count(best=8),
        victims=Victims(
            groups=[VictimGroup(group="children", outcome=Outcome.INJURED, count=Count(best=5))],
            named=[NamedVictim(name="Omran Daqneesh", age=5, outcome=Outcome.INJURED)],
        ),
        actors=[Actor(text="a military strike", normalized="unknown", role=ActorRole.PERPETRATOR)],
        claims=[
            claim(report, "injuries", {"best": 8}, quote, name="a local doctor", kind="medical"),
            claim(report, "sub_event_type", "air_drone_strike", "The child is reported"),
            claim(report, "date", "2016-08-17", "late on Wednesday"),
        ],
        reports=[report.id],
        summary="A military strike on the Qaterji neighbourhood injured five children.",
    )
    return Extraction(report=report, incidents=[strike])


def make_damascus() -> Extraction:
    report = Report(id="rep_damascus", text=DAMASCUS_TEXT, published=date(2016, 8, 21))
    shelling = Incident(
        id=incident_id(report.id, 0, "shelling_artillery_missile_attack"),
        event_type="explosions_remote_violence",
        sub_event_type="shelling_artillery_missile_attack",
        date=day(date(2016, 8, 20), "on Saturday"),
        location=Place(
            name="Damascus",
            lat=33.5138,
            lon=36.2765,
            country_code="SY",
            admin1="Damascus",
            precision=GeoPrecision.TOWN,
        ),
        fatalities=Count(low=3, best=4, high=6),
        claims=[
            claim(
                report, "fatalities", 4, "Four people were killed", name="state media", kind="media"
            )
        ],
        reports=[report.id],
    )
    clash = Incident(
        id=incident_id(report.id, 100, "armed_clash"),
        event_type="battles",
        sub_event_type="armed_clash",
        reports=[report.id],
    )
    return Extraction(report=report, incidents=[shelling, clash])


def make_unlocated() -> Extraction:
    report = Report(id="rep_unlocated", text=UNLOCATED_TEXT)
    attack = Incident(
        id=incident_id(report.id, 0, "attack"),
        event_type="violence_against_civilians",
        sub_event_type="attack",
        date=DateRange(
            start=date(2016, 8, 1), end=date(2016, 8, 31), precision=DatePrecision.MONTH
        ),
        fatalities=Count(best=2),
        actors=[Actor(text="Gunmen", normalized="unknown", role=ActorRole.PERPETRATOR)],
        reports=[report.id],
    )
    return Extraction(report=report, incidents=[attack])


@pytest.fixture
def fixed_time() -> datetime:
    return FIXED_TIME


@pytest.fixture
def aleppo() -> Extraction:
    return make_aleppo()


@pytest.fixture
def damascus() -> Extraction:
    return make_damascus()


@pytest.fixture
def batch() -> list[Extraction]:
    return [make_aleppo(), make_damascus(), make_unlocated()]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "eventwire.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(db_path, clock=lambda: FIXED_TIME) as s:
        yield s


@pytest.fixture
def filled(store: SQLiteStore, batch: list[Extraction]) -> SQLiteStore:
    for extraction in batch:
        store.save(extraction)
    return store


def dump_database(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every eventwire table (the R*Tree through its virtual table, not its
    shadow tables, whose node layout depends on insertion order), sorted."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'incident_rtree_%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out = {n: sorted(conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}
        out["user_version"] = conn.execute("PRAGMA user_version").fetchall()
        return out
    finally:
        conn.close()


@pytest.fixture
def dump() -> Callable[[Path], dict[str, list[tuple[object, ...]]]]:
    return dump_database

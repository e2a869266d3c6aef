"""The domain model: validation rules, ids, hashing and the checked-in JSON Schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from eventwire.model import (
    SUB_EVENT_TYPES,
    Count,
    DatePrecision,
    DateRange,
    GeoPrecision,
    Incident,
    Place,
    Report,
    content_hash,
    incident_id,
    incident_json_schema,
    km_between,
)

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "incident.schema.json"


def test_acled_has_six_types_and_twenty_five_sub_types() -> None:
    assert len(SUB_EVENT_TYPES) == 25
    assert len(set(SUB_EVENT_TYPES.values())) == 6


@pytest.mark.parametrize(
    ("low", "best", "high", "ok"),
    [
        (1, 2, 3, True),
        (None, 5, None, True),
        (5, None, 3, False),
        (4, 3, None, False),
        (0, 0, 0, True),
    ],
)
def test_count_must_be_ordered(
    low: int | None, best: int | None, high: int | None, ok: bool
) -> None:
    if ok:
        Count(low=low, best=best, high=high)
    else:
        with pytest.raises(ValidationError):
            Count(low=low, best=best, high=high)


def test_count_rejects_negative_numbers() -> None:
    with pytest.raises(ValidationError):
        Count(best=-1)


def test_date_range_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError):
        DateRange(start=date(2016, 8, 18), end=date(2016, 8, 17), precision=DatePrecision.DAY)


def test_date_ranges_overlap_inclusively() -> None:
    a = DateRange(start=date(2016, 8, 1), end=date(2016, 8, 10), precision=DatePrecision.MONTH)
    b = DateRange(start=date(2016, 8, 10), end=date(2016, 8, 10), precision=DatePrecision.DAY)
    c = DateRange(start=date(2016, 8, 17), end=date(2016, 8, 17), precision=DatePrecision.DAY)
    assert a.overlaps(b) and not a.overlaps(c)


def test_incident_rejects_sub_type_of_another_type() -> None:
    with pytest.raises(ValidationError, match="belongs to"):
        Incident(id="x", event_type="battles", sub_event_type="air_drone_strike")


def test_incident_rejects_unknown_sub_type() -> None:
    with pytest.raises(ValidationError, match="unknown sub_event_type"):
        Incident(id="x", event_type="battles", sub_event_type="dogfight")


def test_content_hash_ignores_whitespace_but_not_words() -> None:
    assert content_hash("An air strike  hit\nAleppo") == content_hash("An air strike hit Aleppo ")
    assert content_hash("An air strike hit Aleppo") != content_hash("An air strike hit Idlib")


def test_report_fills_its_hash() -> None:
    assert Report(id="r", text="hello").content_hash == content_hash("hello")


def test_incident_ids_are_deterministic_and_distinct() -> None:
    assert incident_id("r1", 10, "air_drone_strike") == incident_id("r1", 10, "air_drone_strike")
    assert incident_id("r1", 10, "air_drone_strike") != incident_id("r1", 11, "air_drone_strike")


def test_km_between_aleppo_and_damascus() -> None:
    # Aleppo (36.2012, 37.1612) to Damascus (33.5102, 36.2913): about 310 km apart.
    assert 300 < km_between(36.2012, 37.1612, 33.5102, 36.2913) < 320


def test_place_rejects_impossible_latitude() -> None:
    with pytest.raises(ValidationError):
        Place(name="x", lat=95, lon=0, precision=GeoPrecision.TOWN)


def test_checked_in_schema_is_current() -> None:
    assert SCHEMA_FILE.exists(), (
        "run: python -m eventwire.schema to write schema/incident.schema.json"
    )
    assert json.loads(SCHEMA_FILE.read_text()) == incident_json_schema(), (
        "schema/incident.schema.json is stale; run: python -m eventwire.schema"
    )


def test_schema_rejects_an_incident_without_a_type() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x"}, incident_json_schema())


def test_an_incident_is_told_where_its_trigger_is_else_its_first_evidence() -> None:
    from eventwire.model import Claim, Source

    def claim(field: str, start: int) -> Claim:
        src = Source(name="w", kind="outlet")
        return Claim(
            field=field, value=1, source=src, report_id="r", quote="q", start=start, end=start + 1
        )

    inc = Incident(id="x", event_type="battles", sub_event_type="armed_clash")
    assert inc.told_at() is None
    inc = inc.model_copy(update={"claims": [claim("fatalities", 5), claim("event_type", 40)]})
    assert inc.told_at() == 40
    inc = inc.model_copy(update={"claims": [claim("fatalities", 50), claim("location", 12)]})
    assert inc.told_at() == 12

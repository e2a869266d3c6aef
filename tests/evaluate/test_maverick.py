"""MAVERICK: the loader on rows written here, the real file, and the linking run on it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from maverick_rows import ROW, write_rows

from eventwire.errors import EvaluationError
from eventwire.evaluate.maverick import load_maverick
from eventwire.harness.linking import arrival_order, maverick_scores
from eventwire.model import ActorRole, GeoPrecision


def test_a_row_becomes_an_incident_with_its_gold_event(tmp_path: Path) -> None:
    [(incident, event)] = load_maverick(write_rows(tmp_path, ROW))
    assert event == "CIV-0003" and incident.id == "r1"
    assert incident.sub_event_type == "armed_clash"
    assert incident.location is not None
    assert incident.location.name == "Abobo" and incident.location.country_code == "CI"
    assert incident.location.precision is GeoPrecision.NEIGHBOURHOOD
    assert [(a.normalized, a.role) for a in incident.actors] == [
        ("CIV-200", ActorRole.PERPETRATOR),
        ("CIV-507", ActorRole.TARGET),
    ]
    assert incident.fatalities is not None and incident.fatalities.high == 5
    assert incident.summary == "Côte d'Ivoire: quatre morts dans des violences à Abidjan"
    [claim] = incident.claims
    assert claim.source.name == "AFP" and claim.source.kind == "agency"


def test_one_article_is_one_report_whatever_its_date(tmp_path: Path) -> None:
    other = ROW | {"id": "r2", "source": ROW["source"].replace("2011-01-11", "2011-01-12") + "."}
    (a, _), (b, _) = load_maverick(write_rows(tmp_path, ROW, other))
    assert a.reports == b.reports


def test_reversed_dates_and_missing_coordinates_are_read(tmp_path: Path) -> None:
    row = ROW | {
        "date_start": "2011-01-12",
        "latitude": "",
        "longitude": "",
        "geo_precision": "1.0",
    }
    [(incident, _)] = load_maverick(write_rows(tmp_path, row))
    assert incident.date is not None and incident.date.start < incident.date.end
    assert incident.location is not None
    assert incident.location.precision is GeoPrecision.COUNTRY


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"date_start": "11/01/2011"}, "date_start is not a YYYY-MM-DD date"),
        ({"geo_precision": "9"}, "geo_precision is not 1-6"),
        ({"event_context": "Picnic"}, "unknown event_context"),
        ({"deaths_best": "many"}, "deaths_best is not a number"),
        ({"source": "no outlet or date"}, "source is not"),
        ({"country": "Ghana"}, "country is not"),
    ],
)
def test_bad_rows_name_the_row_and_the_problem(
    tmp_path: Path, change: dict[str, str], problem: str
) -> None:
    with pytest.raises(EvaluationError, match=rf"row 2 \(id 'bad'\): {problem}"):
        load_maverick(write_rows(tmp_path, ROW, ROW | {"id": "bad"} | change))


def test_a_missing_file_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="cannot read"):
        load_maverick(tmp_path / "none.csv")


def test_the_real_file_loads_every_record(shared_dir: Path) -> None:
    records = load_maverick(shared_dir / "data" / "maverick" / "maverick_event_report.csv")
    assert len(records) == 3287
    assert len({event for _, event in records}) == 2200


def test_the_linking_run_scores_every_measure_quickly(shared_dir: Path) -> None:
    started = time.perf_counter()
    table = maverick_scores(shared_dir / "data" / "maverick" / "maverick_event_report.csv")
    assert time.perf_counter() - started < 10
    for measure in ("pairwise F1", "pairwise precision", "pairwise recall", "B3 F1"):
        for suffix in ("", " (CI)", " (KE)"):
            assert table.get(measure + suffix).value is not None
    # floor: the figure measured in arrival order by end date (0.697), less a margin
    assert (table.get("pairwise F1").value or 0) >= 0.67
    assert table.details["worst merges"] and table.details["worst splits"]


def test_records_arrive_by_the_day_their_event_ends(tmp_path: Path) -> None:
    fortnight = ROW | {"id": "a", "date_start": "2010-11-23", "date_end": "2010-12-07"}
    day = ROW | {"id": "b", "date_start": "2010-12-01", "date_end": "2010-12-01"}
    same_day = ROW | {"id": "0", "date_start": "2010-12-01", "date_end": "2010-12-01"}
    records = load_maverick(write_rows(tmp_path, fortnight, day, same_day))
    assert [incident.id for incident, _ in arrival_order(records)] == ["0", "b", "a"]

"""MAVERICK: the loader on rows written here, the real file, and the linking run on it."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.maverick import load_maverick
from eventwire.harness.linking import arrival_order, maverick_scores
from eventwire.model import ActorRole, GeoPrecision

COLUMNS = [
    "id", "event_id", "country", "date_start", "date_end", "city", "location", "latitude",
    "longitude", "geo_precision", "actor1", "actor1_id", "actor1_perpetrator", "actor1_victim",
    "actor2", "actor2_id", "actor2_perpetrator", "actor2_victim", "event_context",
    "deaths_best", "deaths_low", "deaths_high", "injuries_best", "injuries_low",
    "injuries_high", "source", "source_type",
]  # fmt: skip
ROW = {
    "id": "r1", "event_id": "CIV-0003", "country": "Ivory Coast", "date_start": "2011-01-11",
    "date_end": "2011-01-11", "city": "Abidjan", "location": "Abobo", "latitude": "5.41846",
    "longitude": "-4.01997", "geo_precision": "4.0", "actor1": "FDS", "actor1_id": "CIV-200",
    "actor1_perpetrator": "1.0", "actor1_victim": "0.0", "actor2": "RDR supporters",
    "actor2_id": "CIV-507", "actor2_perpetrator": "0.0", "actor2_victim": "1.0",
    "event_context": "Clash", "deaths_best": "4", "deaths_low": "4", "deaths_high": "5",
    "injuries_best": "0", "injuries_low": "0", "injuries_high": "0",
    "source": "AFP (2011-01-11) Côte d'Ivoire: quatre morts dans des violences à Abidjan",
    "source_type": "International news agency",
}  # fmt: skip


def _write(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / "maverick.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_row_becomes_an_incident_with_its_gold_event(tmp_path: Path) -> None:
    [(incident, event)] = load_maverick(_write(tmp_path, ROW))
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
    (a, _), (b, _) = load_maverick(_write(tmp_path, ROW, other))
    assert a.reports == b.reports


def test_reversed_dates_and_missing_coordinates_are_read(tmp_path: Path) -> None:
    row = ROW | {
        "date_start": "2011-01-12",
        "latitude": "",
        "longitude": "",
        "geo_precision": "1.0",
    }
    [(incident, _)] = load_maverick(_write(tmp_path, row))
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
        load_maverick(_write(tmp_path, ROW, ROW | {"id": "bad"} | change))


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
    # floor: the figure measured in arrival order by end date (0.696), less a margin
    assert (table.get("pairwise F1").value or 0) >= 0.67
    assert table.details["worst merges"] and table.details["worst splits"]


def test_records_arrive_by_the_day_their_event_ends(tmp_path: Path) -> None:
    fortnight = ROW | {"id": "a", "date_start": "2010-11-23", "date_end": "2010-12-07"}
    day = ROW | {"id": "b", "date_start": "2010-12-01", "date_end": "2010-12-01"}
    same_day = ROW | {"id": "0", "date_start": "2010-12-01", "date_end": "2010-12-01"}
    records = load_maverick(_write(tmp_path, fortnight, day, same_day))
    assert [incident.id for incident, _ in arrival_order(records)] == ["0", "b", "a"]

"""`eventwire extract` end to end on the report that defines the job (the "done when" of issue #2)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app
from eventwire.model import incident_json_schema

# Aleppo city's extent, to check a neighbourhood lies inside it.
ALEPPO_BOX = (36.10, 36.30, 37.03, 37.28)


@pytest.fixture(scope="module")
def aleppo(shared_dir: Path) -> dict[str, Any]:
    path = shared_dir / "examples" / "aleppo-qaterji-2016-08-18.txt"
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2016-08-18", "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def find(data: dict[str, Any], sub: str, place: str | None = None) -> list[dict[str, Any]]:
    return [
        i
        for i in data["incidents"]
        if i["sub_event_type"] == sub
        and (place is None or (i["location"] or {}).get("name") == place)
    ]


def test_every_incident_validates_against_the_schema(aleppo: dict[str, Any]) -> None:
    schema = incident_json_schema()
    for incident in aleppo["incidents"]:
        jsonschema.validate(incident, schema)


def test_qaterji_strike_is_located_in_the_neighbourhood(aleppo: dict[str, Any]) -> None:
    (inc,) = find(aleppo, "air_drone_strike", "Qaterji")
    loc = inc["location"]
    assert loc["precision"] == "neighbourhood"
    lat0, lat1, lon0, lon1 = ALEPPO_BOX
    assert lat0 < loc["lat"] < lat1 and lon0 < loc["lon"] < lon1
    assert loc["country_code"] == "SY"


def test_qaterji_strike_date_is_wednesday(aleppo: dict[str, Any]) -> None:
    (inc,) = find(aleppo, "air_drone_strike", "Qaterji")
    assert (inc["date"]["start"], inc["date"]["end"], inc["date"]["precision"]) == (
        "2016-08-17",
        "2016-08-17",
        "day",
    )
    assert inc["date"]["text"] == "late on Wednesday"


def test_qaterji_injuries_add_up_to_eight_with_five_children(aleppo: dict[str, Any]) -> None:
    (inc,) = find(aleppo, "air_drone_strike", "Qaterji")
    assert inc["injuries"]["best"] == 8
    assert inc["fatalities"] is None
    children = [
        g
        for g in inc["victims"]["groups"]
        if g["group"] == "children" and g["outcome"] == "injured"
    ]
    assert children and children[0]["count"]["low"] == 5


def test_qaterji_injury_figure_is_attributed_to_the_local_doctor(aleppo: dict[str, Any]) -> None:
    (inc,) = find(aleppo, "air_drone_strike", "Qaterji")
    sources = {c["source"]["name"].lower() for c in inc["claims"] if c["field"] == "injuries"}
    assert "a local doctor" in sources


def test_qaterji_names_omran_aged_five(aleppo: dict[str, Any]) -> None:
    (inc,) = find(aleppo, "air_drone_strike", "Qaterji")
    assert {"name": "Omran Daqneesh", "age": 5, "outcome": "injured"} in inc["victims"]["named"]


def test_claims_quote_the_report_at_their_offsets(aleppo: dict[str, Any], aleppo_text: str) -> None:
    for inc in aleppo["incidents"]:
        for claim in inc["claims"]:
            assert aleppo_text[claim["start"] : claim["end"]] in claim["quote"]


def test_m10_hospital_strike_in_early_august(aleppo: dict[str, Any]) -> None:
    (inc,) = find(aleppo, "air_drone_strike", "M10")
    start, end = date.fromisoformat(inc["date"]["start"]), date.fromisoformat(inc["date"]["end"])
    assert date(2016, 8, 1) <= start <= end <= date(2016, 8, 15)
    assert inc["location"]["admin1"] == "Aleppo"


def test_russian_strikes_on_tuesday(aleppo: dict[str, Any]) -> None:
    russian = [
        i
        for i in find(aleppo, "air_drone_strike")
        if any(a["normalized"] == "russia" and a["role"] == "perpetrator" for a in i["actors"])
    ]
    assert len(russian) == 1
    assert russian[0]["date"]["start"] == russian[0]["date"]["end"] == "2016-08-16"
    assert russian[0]["location"]["name"] == "Aleppo"


def test_rebels_break_the_siege_the_week_before(aleppo: dict[str, Any]) -> None:
    (inc,) = find(aleppo, "non_state_actor_overtakes_territory")
    assert inc["event_type"] == "battles"
    assert (inc["date"]["start"], inc["date"]["end"], inc["date"]["precision"]) == (
        "2016-08-08",
        "2016-08-14",
        "week",
    )
    assert {"rebels"} == {a["normalized"] for a in inc["actors"] if a["role"] == "perpetrator"}
    assert inc["location"]["name"] == "Aleppo"


def test_no_incident_for_talks_or_last_years_campaign(aleppo: dict[str, Any]) -> None:
    assert len(aleppo["incidents"]) == 4
    for inc in aleppo["incidents"]:
        assert "negotiations" not in inc["summary"]
        assert "last year" not in inc["summary"]


def test_report_records_where_its_date_came_from(aleppo: dict[str, Any]) -> None:
    (report,) = aleppo["reports"]
    assert (report["published"], report["published_from"]) == ("2016-08-18", "given")


def test_the_plausibility_model_drops_only_when_asked(tmp_path: Path) -> None:
    # Two short, plain incidents: kept by default; the model (trained on full articles) may
    # drop toll-less ones, but only with --drop-unlikely, and never adds any.
    report = tmp_path / "short.txt"
    report.write_text(
        "Warplanes bombed the town of Saraqeb on Monday. "
        "Separately, shelling hit the town of Douma on Monday.\n",
        encoding="utf-8",
    )
    runs = {}
    for flags in ([], ["--drop-unlikely"]):
        args = ["extract", str(report), "--published", "2017-03-07", "--json", *flags]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        runs[tuple(flags)] = len(json.loads(result.stdout)["incidents"])
    assert runs[()] == 2
    assert runs[("--drop-unlikely",)] <= 2

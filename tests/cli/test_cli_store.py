"""The stored path through the CLI: ingest, list, show, export, demo, and bad input."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app
from eventwire.cli.render import group_noun

runner = CliRunner()

REPORT = (
    "Syrian government warplanes struck the town of Saraqeb in Idlib province on Monday, "
    "killing at least seven civilians, including two children, a local doctor said.\n"
)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "saraqeb.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Une frappe a touché le café à Alep.".encode("latin-1"))
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"id": "a", "text": "An air strike hit Douma on Friday, killing five people."}\n{not json\n'
    )
    return {"good": good, "empty": empty, "binary": binary, "latin": latin, "broken": broken}


def ingest(db: Path, *paths: Path, extra: tuple[str, ...] = ()) -> object:
    return runner.invoke(
        app, ["ingest", "--db", str(db), "--published", "2017-03-07", *extra, *map(str, paths)]
    )


def table_counts(db: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(db)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("reports", "incidents", "claims")
        )  # type: ignore[return-value]
    finally:
        con.close()


def test_bad_inputs_are_one_line_each_and_the_batch_goes_on(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    db = tmp_path / "e.db"
    result = ingest(
        db, files["empty"], files["binary"], files["good"], files["latin"], files["broken"]
    )
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    err = result.stderr  # type: ignore[attr-defined]
    skipped = [line for line in err.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 4, err
    assert any("empty.txt" in line for line in skipped)
    assert any("blob.txt" in line for line in skipped)
    assert any("latin1.txt" in line for line in skipped)
    assert any("broken.jsonl:2" in line for line in skipped)
    assert "Traceback" not in result.output  # type: ignore[attr-defined]
    reports, incidents, _ = table_counts(db)
    assert reports == 2 and incidents >= 2


def test_ingesting_twice_changes_nothing(tmp_path: Path, files: dict[str, Path]) -> None:
    db = tmp_path / "e.db"
    ingest(db, files["good"], files["broken"])
    before = table_counts(db)
    again = ingest(db, files["broken"], files["good"])
    assert again.exit_code == 0  # type: ignore[attr-defined]
    assert table_counts(db) == before
    assert "2 already stored" in again.stderr  # type: ignore[attr-defined]


def test_incidents_lists_and_filters(tmp_path: Path, files: dict[str, Path]) -> None:
    db = tmp_path / "e.db"
    ingest(db, files["good"])
    listed = runner.invoke(app, ["incidents", "--db", str(db), "--json"])
    incidents = json.loads(listed.stdout)
    assert [i["sub_event_type"] for i in incidents] == ["air_drone_strike"]
    assert incidents[0]["fatalities"]["low"] == 7
    # Saraqeb is at about 35.86 N, 36.80 E.
    near = runner.invoke(app, ["incidents", "--db", str(db), "--near", "35.86,36.80,15", "--json"])
    far = runner.invoke(app, ["incidents", "--db", str(db), "--near", "33.51,36.29,15", "--json"])
    assert len(json.loads(near.stdout)) == 1 and json.loads(far.stdout) == []
    typed = runner.invoke(app, ["incidents", "--db", str(db), "--type", "armed_clash", "--json"])
    assert json.loads(typed.stdout) == []


def test_show_prints_claims_with_sources(tmp_path: Path, files: dict[str, Path]) -> None:
    db = tmp_path / "e.db"
    ingest(db, files["good"])
    (inc,) = json.loads(runner.invoke(app, ["incidents", "--db", str(db), "--json"]).stdout)
    shown = runner.invoke(app, ["incidents", "--db", str(db), "show", inc["id"]])
    assert shown.exit_code == 0, shown.output
    assert "a local doctor" in shown.stdout and "Saraqeb" in shown.stdout


def test_show_unknown_id_is_a_clear_error(tmp_path: Path, files: dict[str, Path]) -> None:
    db = tmp_path / "e.db"
    ingest(db, files["good"])
    shown = runner.invoke(app, ["incidents", "--db", str(db), "show", "inc_nope"])
    assert shown.exit_code == 1
    assert shown.stderr.startswith("error:") and "inc_nope" in shown.stderr


def test_export_csv_has_acled_columns(tmp_path: Path, files: dict[str, Path]) -> None:
    db = tmp_path / "e.db"
    ingest(db, files["good"])
    out = runner.invoke(app, ["export", "--db", str(db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and rows[0]["event_date"] == "2017-03-06"
    for column in (
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
        "injuries",
    ):
        assert column in rows[0]


def test_export_geojson(tmp_path: Path, files: dict[str, Path]) -> None:
    db = tmp_path / "e.db"
    ingest(db, files["good"])
    out = runner.invoke(app, ["export", "--db", str(db), "--format", "geojson"])
    data = json.loads(out.stdout)
    assert (
        data["type"] == "FeatureCollection" and data["features"][0]["geometry"]["type"] == "Point"
    )


def test_unknown_export_format_is_a_usage_error(tmp_path: Path) -> None:
    out = runner.invoke(app, ["export", "--db", str(tmp_path / "e.db"), "--format", "xlsx"])
    assert out.exit_code == 2 and "xlsx" in out.stderr


def test_future_published_date_is_refused(tmp_path: Path, files: dict[str, Path]) -> None:
    out = runner.invoke(app, ["extract", "--published", "2999-01-01", str(files["good"])])
    assert out.exit_code == 1 and "future" in out.stderr.lower() and "Traceback" not in out.output


def test_bad_published_value_is_a_usage_error(files: dict[str, Path]) -> None:
    out = runner.invoke(app, ["extract", "--published", "yesterday", str(files["good"])])
    assert out.exit_code == 2 and "YYYY-MM-DD" in out.stderr


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("hello")
    out = runner.invoke(app, ["incidents", "--db", str(bogus)])
    assert out.exit_code == 1 and "notes.db" in out.stderr and "Traceback" not in out.output


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = runner.invoke(app, ["demo", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    return db, json.loads(out.stdout)


def qaterji_of(incidents: list[dict[str, Any]]) -> dict[str, Any]:
    (qaterji,) = [i for i in incidents if (i["location"] or {}).get("name") == "Qaterji"]
    return qaterji


def test_demo_links_the_reports_of_the_qaterji_strike(
    demo_db: tuple[Path, list[dict[str, Any]]],
) -> None:
    _, incidents = demo_db
    qaterji = qaterji_of(incidents)
    assert qaterji["reports"] == ["demo-wire-0818", "demo-daily-0818", "demo-video-0817"]
    assert len(qaterji["members"]) == 3
    # the other incidents of those days stay apart
    assert {"M10", "Aleppo", "Ramouseh"} <= {(i["location"] or {}).get("name") for i in incidents}


def test_demo_flags_the_name_and_the_injuries_sources_disagree_on(
    demo_db: tuple[Path, list[dict[str, Any]]],
) -> None:
    flags = {c["field"]: c for c in qaterji_of(demo_db[1])["contradictions"]}
    names = {
        side["value"] if isinstance(side["value"], str) else side["value"]["name"]
        for side in flags["victim_name"]["sides"]
    }
    assert names == {"Omran Daqneesh", "Omar Daqneesh"}
    assert len({json.dumps(side["value"]) for side in flags["injuries"]["sides"]}) >= 2
    assert qaterji_of(demo_db[1])["corroboration"]["grade"] in {"fair", "confirmed", "contested"}


def test_incidents_show_prints_the_contradictions_and_the_grade(
    demo_db: tuple[Path, list[dict[str, Any]]],
) -> None:
    db, incidents = demo_db
    out = runner.invoke(app, ["incidents", "show", qaterji_of(incidents)["id"], "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "Where sources disagree" in out.stdout
    assert "Omar Daqneesh" in out.stdout and "Omran Daqneesh" in out.stdout
    assert "grade:" in out.stdout


def test_help_does_not_load_spacy() -> None:
    code = "import sys; from eventwire.cli.app import app; assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def _command_paths() -> list[list[str]]:
    """Every command and group of the CLI, walked from the Typer app (new ones are covered)."""
    import typer.main

    paths: list[list[str]] = []

    def walk(cmd: Any, path: list[str]) -> None:
        paths.append(path)
        for name, sub in getattr(cmd, "commands", {}).items():  # groups have sub-commands
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return paths


@pytest.mark.parametrize("command", _command_paths(), ids=" ".join)
def test_every_command_has_help(command: list[str]) -> None:
    out = runner.invoke(app, [*command, "--help"])
    assert out.exit_code == 0 and "Usage" in out.stdout


@pytest.mark.parametrize(
    ("group", "count", "shown"),
    [("women", 1, "woman"), ("women", 2, "women"), ("children", 1, "child"),
     ("soldiers", 1, "soldier"), ("people", 1, "person"), ("police", 1, "police"),
     ("children", None, "children")],
)  # fmt: skip
def test_a_group_of_one_reads_in_the_singular(group: str, count: int | None, shown: str) -> None:
    assert group_noun(group, count) == shown

"""Linking through the CLI: merge, split and relink by hand, and their refusals.

Each test works on its own copy of one demo database, where the Qaterji strike is one
incident told by three reports and the M10 hospital strike another.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = runner.invoke(app, ["demo", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    return db


@pytest.fixture
def db(demo_original: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_original, copy)
    return copy


def listed(db: Path) -> list[dict[str, Any]]:
    out = runner.invoke(app, ["incidents", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    found: list[dict[str, Any]] = json.loads(out.stdout)
    return found


def at(db: Path, place: str) -> dict[str, Any]:
    (found,) = [i for i in listed(db) if (i["location"] or {}).get("name") == place]
    return found


def fingerprint(db: Path) -> str:
    # the WAL is checkpointed when the last connection closes, so the file is the database
    return hashlib.sha256(db.read_bytes()).hexdigest()


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args))


def test_split_moves_a_report_out_into_a_new_incident(db: Path) -> None:
    qaterji = at(db, "Qaterji")["id"]
    out = invoke(
        "incidents", "split", qaterji, "--report", "demo-video-0817", "--db", str(db), "--json"
    )
    assert out.exit_code == 0, out.output
    new = json.loads(out.stdout)
    assert new["reports"] == ["demo-video-0817"]
    left = [i for i in listed(db) if i["id"] == qaterji]
    assert left[0]["reports"] == ["demo-wire-0818", "demo-daily-0818"]


def test_relink_keeps_a_split_apart_and_a_merge_together(db: Path) -> None:
    qaterji, m10 = at(db, "Qaterji")["id"], at(db, "M10")["id"]
    assert (
        invoke(
            "incidents", "split", qaterji, "--report", "demo-video-0817", "--db", str(db)
        ).exit_code
        == 0
    )
    assert invoke("incidents", "merge", qaterji, m10, "--db", str(db)).exit_code == 0
    before = {i["id"]: sorted(i["members"]) for i in listed(db)}
    out = invoke("relink", "--db", str(db))
    assert out.exit_code == 0, out.output
    after = {i["id"]: sorted(i["members"]) for i in listed(db)}
    assert after == before


def test_relink_of_an_unlinked_database_links_it(tmp_path: Path) -> None:
    from eventwire.demo import reports_path

    db = tmp_path / "plain.db"
    out = invoke("ingest", str(reports_path()), "--db", str(db), "--no-link")
    assert out.exit_code == 0, out.output
    assert len([i for i in listed(db) if (i["location"] or {}).get("name") == "Qaterji"]) == 3
    assert invoke("relink", "--db", str(db)).exit_code == 0
    assert len(at(db, "Qaterji")["reports"]) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("merge", "{q}", "inc_nope"), "no incident 'inc_nope'"),
        (("merge", "{q}", "{q}"), "with itself"),
        (("split", "{m}", "--report", "demo-m10-0810"), "one report only"),
        (("split", "{q}", "--report", "demo-m10-0810"), "has no report demo-m10-0810"),
        (
            ("split", "{q}", "--report", "demo-wire-0818", "--report", "demo-daily-0818",
             "--report", "demo-video-0817"),
            "would leave it empty",
        ),
    ],
)  # fmt: skip
def test_a_refused_edit_prints_one_line_and_changes_nothing(
    db: Path, args: tuple[str, ...], message: str
) -> None:
    ids = {"q": at(db, "Qaterji")["id"], "m": at(db, "M10")["id"]}
    before = fingerprint(db)
    out = invoke("incidents", *(a.format(**ids) for a in args), "--db", str(db))
    assert out.exit_code in (1, 2)  # 2: the request itself is wrong (a usage error)
    assert message in out.output
    assert len(out.output.strip().splitlines()) == 1
    assert "Traceback" not in out.output
    assert fingerprint(db) == before


def test_links_say_why_each_report_joined(db: Path) -> None:
    qaterji = at(db, "Qaterji")
    out = invoke("incidents", "links", qaterji["id"], "--db", str(db), "--json")
    assert out.exit_code == 0, out.output
    links = json.loads(out.stdout)
    assert [tuple(link["reports"]) for link in links] == [(r,) for r in qaterji["reports"]]
    assert links[0]["why"] == "first report"
    assert all(link["why"].startswith("scores ") for link in links[1:])
    assert all(link["reasons"] for link in links[1:])
    shown = invoke("incidents", "show", qaterji["id"], "--db", str(db))
    assert "How its reports were linked" in shown.output


def test_links_of_an_unknown_incident_is_one_line(db: Path) -> None:
    out = invoke("incidents", "links", "inc_nope", "--db", str(db))
    assert out.exit_code == 1
    assert len(out.output.strip().splitlines()) == 1 and "inc_nope" in out.output


def test_list_only_the_incidents_sources_dispute_or_one_grade(db: Path) -> None:
    disputed = invoke("incidents", "--db", str(db), "--disputed", "--json")
    assert disputed.exit_code == 0, disputed.output
    assert [i["location"]["name"] for i in json.loads(disputed.stdout)] == ["Qaterji"]
    for grade in ("confirmed", "fair", "weak", "contested"):
        out = invoke("incidents", "--db", str(db), "--grade", grade, "--json")
        assert out.exit_code == 0, out.output
        assert all(i["corroboration"]["grade"] == grade for i in json.loads(out.stdout))
    every = sum(
        len(json.loads(invoke("incidents", "--db", str(db), "--grade", g, "--json").stdout))
        for g in ("confirmed", "fair", "weak", "contested")
    )
    assert every == len(listed(db))


def test_an_unknown_grade_is_one_line(db: Path) -> None:
    out = invoke("incidents", "--db", str(db), "--grade", "solid")
    assert out.exit_code == 2
    assert "--grade 'solid': use one of confirmed, fair, weak, contested" in out.output
    assert len(out.output.strip().splitlines()) == 1

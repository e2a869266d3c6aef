"""Opening a database: schema, pragmas, migrations, and files that are not ours."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from eventwire.errors import StoreError, UsageError
from eventwire.model import Corroboration, Extraction, Grade
from eventwire.store import IncidentQuery, SQLiteStore, migrations, open_store, rows, writes

LATER = datetime(2030, 1, 1, tzinfo=UTC)


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_new_database_has_the_whole_schema(store: SQLiteStore, db_path: Path) -> None:
    found = {r[0] for r in query(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    expected = {
        "migrations",
        "reports",
        "incidents",
        "incident_reports",
        "claims",
        "incident_rtree",
    }
    assert expected <= found


@pytest.mark.parametrize(
    "index",
    ["incidents_dates", "incidents_types", "incidents_sub_type", "incident_reports_report"],
)
def test_indexes_exist(store: SQLiteStore, db_path: Path, index: str) -> None:
    assert query(db_path, f"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = '{index}'")


def test_the_database_is_in_wal_mode(store: SQLiteStore, db_path: Path) -> None:
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_foreign_keys_are_enforced(store: SQLiteStore) -> None:
    assert store._conn.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_migrations_are_recorded(store: SQLiteStore, db_path: Path, fixed_time: datetime) -> None:
    stamp = fixed_time.isoformat(timespec="seconds")
    assert query(db_path, "SELECT name, applied_at FROM migrations ORDER BY name") == [
        (name, stamp) for name, _ in migrations.MIGRATIONS
    ]
    assert query(db_path, "PRAGMA user_version") == [(len(migrations.MIGRATIONS),)]


def test_reopening_does_not_rerun_migrations(
    store: SQLiteStore, db_path: Path, fixed_time: datetime
) -> None:
    store.close()
    SQLiteStore(db_path, clock=lambda: LATER).close()
    stamp = fixed_time.isoformat(timespec="seconds")
    assert {r[1] for r in query(db_path, "SELECT name, applied_at FROM migrations")} == {stamp}


def test_a_new_migration_runs_once_on_reopen(
    store: SQLiteStore, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    runs: list[str] = []
    known = [name for name, _ in migrations.MIGRATIONS]

    def m099_test(conn: sqlite3.Connection) -> None:
        runs.append("m099")
        conn.execute("CREATE TABLE extra (x INTEGER)")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", [*migrations.MIGRATIONS, ("m099_test", m099_test)]
    )
    SQLiteStore(db_path).close()
    SQLiteStore(db_path).close()
    assert runs == ["m099"]
    assert [r[0] for r in query(db_path, "SELECT name FROM migrations ORDER BY name")] == [
        *known,
        "m099_test",
    ]
    assert query(db_path, "PRAGMA user_version") == [(len(known) + 1,)]


def test_incidents_stored_before_linking_become_their_own_members(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: list[Extraction]
) -> None:
    path = _first_release_database(tmp_path, monkeypatch, batch)
    with SQLiteStore(path) as upgraded:
        for incident in upgraded.incidents():
            assert upgraded.members(incident.id) == [incident]


def _first_release_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: list[Extraction]
) -> Path:
    """A database as the first release's save wrote it: schema m001, incidents without the
    columns later migrations add."""
    path = tmp_path / "old.db"
    first_columns = rows.INCIDENT_COLUMNS[: rows.INCIDENT_COLUMNS.index("json") + 1]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        SQLiteStore(path).close()
        today = rows.incident_row
        patch.setattr(rows, "INCIDENT_COLUMNS", first_columns)
        patch.setattr(rows, "incident_row", lambda i: today(i)[: len(first_columns)])
        conn = sqlite3.connect(path)
        with conn:
            for extraction in batch:
                writes.insert_report(conn, "old.db", extraction.report, "2020-01-01")
                writes.add_incidents(
                    conn, "old.db", extraction.incidents, also_cites=extraction.report.id
                )
        conn.close()
    return path


def test_grades_and_disagreements_of_stored_incidents_become_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: list[Extraction]
) -> None:
    graded = [
        ex.model_copy(
            update={
                "incidents": [
                    i.model_copy(
                        update={
                            "corroboration": Corroboration(
                                grade=Grade.CONTESTED, independent_sources=2
                            )
                        }
                    )
                    for i in ex.incidents
                ]
            }
        )
        for ex in batch
    ]
    path = _first_release_database(tmp_path, monkeypatch, graded)
    with SQLiteStore(path) as upgraded:
        stored = upgraded.incidents()
        assert stored and upgraded.incidents(IncidentQuery(grade=Grade.CONTESTED)) == stored
        assert upgraded.incidents(IncidentQuery(grade=Grade.WEAK)) == []
    assert query(path, "SELECT DISTINCT disagreements FROM incidents") == [(0,)]


def test_a_database_from_a_newer_eventwire_is_refused(store: SQLiteStore, db_path: Path) -> None:
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match=r"eventwire\.db: written by a newer eventwire"):
        SQLiteStore(db_path)


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are not the incidents you are looking for\n" * 50)
    with pytest.raises(StoreError, match=r"notes\.txt: not a usable SQLite database"):
        open_store(path)
    assert path.read_text().startswith("these are not")


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(path)


@pytest.mark.parametrize(
    ("target", "message"),
    [("", "is a directory"), ("missing/dir/x.db", "does not exist; create it first")],
)
def test_unusable_paths_are_store_errors(tmp_path: Path, target: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(tmp_path / target)


@pytest.mark.parametrize(
    "target",
    ["{tmp}/a.db", "sqlite:///{tmp}/a.db", "sqlite:///rel.db", ":memory:"],
)
def test_open_store_accepts_paths_and_sqlite_urls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store(target.format(tmp=tmp_path)) as s:
        assert s.count_incidents() == 0


def test_a_relative_sqlite_url_is_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    open_store("sqlite:///rel.db").close()
    assert (tmp_path / "rel.db").is_file()


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (
            "postgresql://user@host/db",
            "the PostgreSQL store is not available yet; use a SQLite path",
        ),
        ("postgres://host/db", "the PostgreSQL store is not available yet; use a SQLite path"),
        (
            "postgresql+psycopg://h/db",
            "the PostgreSQL store is not available yet; use a SQLite path",
        ),
        ("mysql://host/db", "unknown store URL scheme 'mysql'"),
        ("sqlite:///", "no file after"),
    ],
)
def test_open_store_refuses_other_urls(target: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        open_store(target)


def test_operations_on_a_closed_store_are_store_errors(store: SQLiteStore) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count_incidents()

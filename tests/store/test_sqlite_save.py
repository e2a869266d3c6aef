"""Saving: round trips, dedup by content hash, idempotence, atomicity."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import NotFoundError, StoreError
from eventwire.model import Extraction, Incident, Report
from eventwire.store import IncidentQuery, SaveResult, SQLiteStore, rows

Dump = Callable[[Path], dict[str, list[tuple[object, ...]]]]


def test_save_reports_what_it_added(store: SQLiteStore, damascus: Extraction) -> None:
    assert store.save(damascus) == SaveResult(report_id="rep_damascus", new=True, incidents_added=2)


def test_report_round_trip(store: SQLiteStore, aleppo: Extraction) -> None:
    store.save(aleppo)
    assert store.get_report("rep_aleppo") == aleppo.report


def test_incident_round_trip(filled: SQLiteStore, batch: list[Extraction]) -> None:
    for incident in (i for e in batch for i in e.incidents):
        assert filled.get_incident(incident.id) == incident


def test_same_text_under_another_id_is_not_stored_again(
    store: SQLiteStore, aleppo: Extraction
) -> None:
    store.save(aleppo)
    again = Report(id="rep_copy", text="  " + aleppo.report.text.replace(" ", "\n") + "\n")
    copy = Extraction(
        report=again,
        incidents=[aleppo.incidents[0].model_copy(update={"id": "inc_copy", "reports": []})],
    )
    assert store.save(copy) == SaveResult(report_id="rep_aleppo", new=False, incidents_added=0)
    assert [r.id for r in store.reports()] == ["rep_aleppo"]
    assert store.count_incidents() == 1


def test_resaving_a_batch_in_another_order_changes_nothing(
    filled: SQLiteStore, batch: list[Extraction], db_path: Path, dump: Dump
) -> None:
    before = dump(db_path)
    results = [filled.save(e) for e in reversed(batch)]
    assert all(not r.new and r.incidents_added == 0 for r in results)
    assert dump(db_path) == before


def test_a_batch_in_any_order_gives_the_same_database(
    tmp_path: Path, batch: list[Extraction], dump: Dump, fixed_time: datetime
) -> None:
    dumps = []
    for n, seed in enumerate((1, 2, 3)):
        order = batch[:]
        random.Random(seed).shuffle(order)
        path = tmp_path / f"run{n}.db"
        with SQLiteStore(path, clock=lambda: fixed_time) as s:
            for extraction in order:
                s.save(extraction)
        dumps.append(dump(path))
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_failing_incident_leaves_nothing_of_its_report(
    store: SQLiteStore, damascus: Extraction, db_path: Path, dump: Dump
) -> None:
    before = dump(db_path)
    good, bad = damascus.incidents
    broken = bad.model_copy(update={"reports": ["rep_nowhere"]})
    with pytest.raises(StoreError, match="rep_nowhere"):
        store.save(damascus.model_copy(update={"incidents": [good, broken]}))
    assert dump(db_path) == before


def test_an_injected_crash_mid_save_rolls_back(
    store: SQLiteStore,
    damascus: Extraction,
    db_path: Path,
    dump: Dump,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = dump(db_path)
    real = rows.claim_rows
    calls: list[str] = []

    def crash_on_second(incident: Incident) -> list[tuple[Any, ...]]:
        calls.append(incident.id)
        if len(calls) == 2:  # the report and the first incident are written by now
            raise RuntimeError("injected")
        return real(incident)

    monkeypatch.setattr(rows, "claim_rows", crash_on_second)
    with pytest.raises(RuntimeError, match="injected"):
        store.save(damascus)
    assert len(calls) == 2
    assert dump(db_path) == before


def test_the_store_works_after_a_rolled_back_save(store: SQLiteStore, damascus: Extraction) -> None:
    broken = damascus.incidents[1].model_copy(update={"reports": ["rep_nowhere"]})
    with pytest.raises(StoreError):
        store.save(damascus.model_copy(update={"incidents": [broken]}))
    assert store.save(damascus).new


def test_a_report_id_reused_for_another_text_is_refused(
    store: SQLiteStore, aleppo: Extraction
) -> None:
    store.save(aleppo)
    other = Extraction(report=Report(id="rep_aleppo", text="Something else entirely."))
    with pytest.raises(StoreError, match="'rep_aleppo' is already stored with a different text"):
        store.save(other)


def test_an_incident_id_already_stored_is_refused(store: SQLiteStore, aleppo: Extraction) -> None:
    store.save(aleppo)
    other = Extraction(report=Report(id="rep_2", text="Other text."), incidents=aleppo.incidents)
    with pytest.raises(StoreError, match="already stored"):
        store.save(other)
    with pytest.raises(NotFoundError):
        store.get_report("rep_2")


def test_an_incident_is_linked_to_its_report_even_if_it_forgot_it(
    store: SQLiteStore, aleppo: Extraction
) -> None:
    forgetful = aleppo.incidents[0].model_copy(update={"reports": []})
    store.save(aleppo.model_copy(update={"incidents": [forgetful]}))
    assert store.get_incident(forgetful.id).reports == []  # the JSON is kept as given
    assert store.count_incidents(IncidentQuery(report_id="rep_aleppo")) == 1


@pytest.mark.parametrize(
    ("getter", "missing", "message"),
    [
        ("get_incident", "inc_nope", "no incident 'inc_nope'"),
        ("get_report", "rep_nope", "no report 'rep_nope'"),
    ],
)
def test_missing_records_raise_not_found(
    store: SQLiteStore, getter: str, missing: str, message: str
) -> None:
    with pytest.raises(NotFoundError, match=message):
        getattr(store, getter)(missing)


def test_claims_are_queryable_by_field_and_source(filled: SQLiteStore, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    found = conn.execute(
        "SELECT source_name, source_kind, value_json, hedged FROM claims WHERE field = 'injuries'"
    ).fetchall()
    conn.close()
    assert found == [("a local doctor", "medical", '{"best": 8}', 0)]


def test_ingested_at_comes_from_the_clock(
    filled: SQLiteStore, db_path: Path, fixed_time: datetime
) -> None:
    conn = sqlite3.connect(db_path)
    stamps = {r[0] for r in conn.execute("SELECT ingested_at FROM reports")}
    conn.close()
    assert stamps == {fixed_time.isoformat(timespec="seconds")}
